import GLPK
import MilenModel

extension Formulation {
  /// Hard rule 5: weekly hours within the participant's range and never above the agreed
  /// hours, constrained per company (`min * x[p,c] <= sum_d h[p,c,d] <= agreed * x[p,c]`),
  /// which keeps the LP relaxation tight.
  mutating func addWeeklyHoursRows() {
    var rows: [(Constraint, String)] = []
    for pv in placements {
      let part = participants[pv.option.participant]
      let c = scenario.companies[pv.option.company].id
      let tag = "\(part.id),\(c)"
      let hours = pv.days.map { ($0.h, 1.0) }
      rows.append(
        (
          model.addConstraint(
            "week_min[\(tag)]", hours + [(pv.x, -part.hours.min)], .greaterOrEqual(0)),
          "\(part.id) works at least \(fmt(part.hours.min)) h a week when placed"
        ))
      rows.append(
        (
          model.addConstraint(
            "week_max[\(tag)]", hours + [(pv.x, -part.hours.target)], .lessOrEqual(0)),
          part.hours.agreed == nil
            ? "\(part.id) works at most \(fmt(part.hours.max)) h a week"
            : "\(part.id) works at most the agreed \(fmt(part.hours.target)) h a week"
        ))
    }
    family("weekly hours", rule: "availability and time", rows)
  }
}
