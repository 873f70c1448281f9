import GLPK
import MilenModel

extension Formulation {
  /// Hard rule 5 (availability and time): a day is worked only at the chosen company, in one
  /// block, which starts at the common window's start or where a session ends
  /// (`sum_k w[p,c,d,k] <= x[p,c]`), keeps to its window (`h <= len * w`) and lasts at least
  /// the participant's shortest work day (`h >= least * w`). A locked day with several
  /// blocks works one of them (`sum_k w[p,c,d,k] >= 1`).
  mutating func addWorkDayRows() {
    var rows: [(Constraint, ConflictRow)] = []
    for pv in placements {
      let c = scenario.companies[pv.option.company].id
      let part = participants[pv.option.participant]
      let p = part.id
      let least = scenario.policy.shortestWorkDay(for: part)
      var seen: Set<Weekday> = []
      for d in pv.days where seen.insert(d.window.day).inserted {
        let day = d.window.day
        let blocks = pv.days.filter { $0.window.day == day }
        let tag = "\(p),\(c),\(day.rawValue)"
        rows.append(
          (
            model.addConstraint(
              "day_link[\(tag)]", blocks.map { ($0.w, 1.0) } + [(pv.x, -1)], .lessOrEqual(0)),
            .dayLink(participant: p, company: c, day: day)
          ))
        if blocks.count > 1 && pv.option.lockedDays.contains(day) {
          rows.append(
            (
              model.addConstraint(
                "day_locked[\(tag)]", blocks.map { ($0.w, 1.0) }, .greaterOrEqual(1)),
              .lock(
                index: scenario.locks.firstIndex { $0.participant == p } ?? 0, participant: p,
                company: c, days: [day])
            ))
        }
      }
      for d in pv.days {
        let tag = "\(p),\(c),\(d.window.tag)"
        let len = d.window.window.hours
        rows.append(
          (
            model.addConstraint("day_hours[\(tag)]", [(d.h, 1), (d.w, -len)], .lessOrEqual(0)),
            .dayHours(participant: p, company: c, day: d.window.day, window: d.window.window)
          ))
        rows.append(
          (
            model.addConstraint(
              "day_least[\(tag)]", [(d.h, 1), (d.w, -least)], .greaterOrEqual(0)),
            .dayLeast(participant: p, company: c, day: d.window.day, hours: least)
          ))
      }
    }
    family(.workDays, rows)
  }
}
