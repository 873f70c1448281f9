import Foundation
import GLPK
import MilenModel

extension Formulation {
  /// Valid inequalities: rows the hard rules already imply for every integer plan, added only
  /// to tighten the LP relaxation that GLPK's branch and bound works from (issue 22, item 3).
  /// They cut off no plan that keeps the hard rules, so they are no rule of their own: they
  /// come after the goal rows (``goalRowsStart``), in no ``RowFamily``, and the feasibility
  /// tests and the elastic copy of ``Diagnosis`` leave them out (``impliedRows``).
  ///
  /// Per placement option `(p, c)`, with `target` the agreed hours (else the maximum), `least`
  /// the shortest work day (``Policy/shortestWorkDay(for:)``, at most `target`) and `min` the
  /// weekly minimum:
  /// - `day_cap[p,c,d,k]`: `h <= target * w` where a block is longer than `target`. Proof:
  ///   `h >= 0` on every block, so one block's hours are at most the week's, and `week_max`
  ///   keeps the week at most `target * x <= target`; with `w = 0`, `day_hours` gives `h = 0`.
  /// - `week_days_least[p,c]`: `sum_d,k w >= n * x`, `n` the fewest days whose longest blocks
  ///   (each capped at `target`, as above) reach `min`. Proof: `day_link` allows one block a
  ///   day, so a day gives at most its cap; with `x = 1` and fewer than `n` days worked the
  ///   week is below `min`, against `week_min`; with `x = 0` every `w` is 0.
  /// - `week_days_most[p,c]`: `sum_d,k w <= floor(target / least) * x`, where that is fewer
  ///   than the usable days. Proof: `day_least` gives `h >= least * w` on every block, so
  ///   `least * sum w <= sum h <= target * x` (`week_max`); `sum w` is an integer.
  mutating func addImpliedRows(_ levers: Set<String>) {
    let eps = 1e-9
    for pv in placements {
      let part = participants[pv.option.participant]
      let c = scenario.companies[pv.option.company].id
      let tag = "\(part.id),\(c)"
      let target = part.hours.target
      let least = scenario.policy.shortestWorkDay(for: part)
      if levers.contains("cap") {
        for d in pv.days where d.window.window.hours > target + eps {
          let r = model.addConstraint(
            "day_cap[\(part.id),\(c),\(d.window.tag)]", [(d.h, 1), (d.w, -target)],
            .lessOrEqual(0))
          impliedRows.insert(r.index)
        }
      }
      var cap: [Weekday: Double] = [:]
      for d in pv.days {
        cap[d.window.day] = max(cap[d.window.day] ?? 0, min(d.window.window.hours, target))
      }
      let days = pv.days.map { ($0.w, 1.0) }
      if levers.contains("daymin") && part.hours.min > eps {
        var reached = 0.0
        var n = 0
        for hours in cap.values.sorted(by: >) where reached < part.hours.min - eps {
          reached += hours
          n += 1
        }
        if n > 0 {
          let r = model.addConstraint(
            "week_days_least[\(tag)]", days + [(pv.x, -Double(n))], .greaterOrEqual(0))
          impliedRows.insert(r.index)
        }
      }
      if levers.contains("daymax") && least > eps {
        let n = Int((target / least + eps).rounded(.down))
        if n < cap.count {
          let r = model.addConstraint(
            "week_days_most[\(tag)]", days + [(pv.x, -Double(n))], .lessOrEqual(0))
          impliedRows.insert(r.index)
        }
      }
    }
  }
}
