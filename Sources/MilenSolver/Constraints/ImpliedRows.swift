import GLPK
import MilenModel

extension Formulation {
  /// Valid inequalities: rows the hard rules already imply for every integer plan, added only
  /// to tighten the LP relaxation that GLPK's branch and bound works from (issue 22, item 3;
  /// the levers measured, kept and left out are in docs/performance.md). They cut off no plan
  /// that keeps the hard rules, so they are no rule of their own: they come after the goal rows
  /// (``goalRowsStart``), in no ``RowFamily``, and the feasibility tests of ``ConflictSearch``
  /// and the elastic copy of ``Diagnosis`` leave them out (``impliedRows``).
  ///
  /// `week_days_most[p,c]`: `sum_d,k w[p,c,d,k] <= floor(target / least) * x[p,c]`, with
  /// `target` the agreed hours (else the maximum) and `least` the shortest work day
  /// (``Policy/shortestWorkDay(for:)``, never above `target`), added where that is fewer than
  /// the usable days. Proof: `day_least` gives `h >= least * w` on every block and `week_max`
  /// gives `sum h <= target * x`, so `least * sum w <= target * x`; with `x = 1` the integer
  /// `sum w` is at most `floor(target / least)`, with `x = 0` every `w` is 0 (`day_link`). The
  /// LP relaxation only knew `sum w <= (target / least) * x` (8 agreed hours, 3-hour days:
  /// 2.67 days, now 2).
  mutating func addImpliedRows() {
    for pv in placements {
      let part = participants[pv.option.participant]
      let target = part.hours.target
      let least = scenario.policy.shortestWorkDay(for: part)
      guard least > 0 else { continue }
      let most = Int((target / least + 1e-9).rounded(.down))
      let usableDays = Set(pv.days.map(\.window.day)).count
      guard most < usableDays else { continue }
      let c = scenario.companies[pv.option.company].id
      let r = model.addConstraint(
        "week_days_most[\(part.id),\(c)]", pv.days.map { ($0.w, 1.0) } + [(pv.x, -Double(most))],
        .lessOrEqual(0))
      impliedRows.insert(r.index)
    }
  }
}
