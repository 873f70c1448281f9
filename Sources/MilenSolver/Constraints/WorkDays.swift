import GLPK
import MilenModel

extension Formulation {
  /// Hard rule 5 (availability and time): a day is worked only at the chosen company, and its
  /// hours fit the common window. `w[p,c,d] <= x[p,c]`, `h <= len * w`, `h >= min(1,len) * w`.
  mutating func addWorkDayRows() {
    var rows: [(Constraint, ConflictRow)] = []
    for pv in placements {
      let c = scenario.companies[pv.option.company].id
      let p = pid(pv.option.participant)
      for d in pv.days {
        let tag = "\(p),\(c),\(d.window.day.rawValue)"
        let len = d.window.window.hours
        rows.append(
          (
            model.addConstraint("day_link[\(tag)]", [(d.w, 1), (pv.x, -1)], .lessOrEqual(0)),
            .dayLink(participant: p, company: c, day: d.window.day)
          ))
        rows.append(
          (
            model.addConstraint("day_hours[\(tag)]", [(d.h, 1), (d.w, -len)], .lessOrEqual(0)),
            .dayHours(participant: p, company: c, day: d.window.day, window: d.window.window)
          ))
        let least = ScenarioOptions.minimumDayHours(d.window.window)
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
