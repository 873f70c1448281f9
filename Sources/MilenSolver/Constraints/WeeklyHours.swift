import GLPK
import MilenModel

extension Formulation {
  /// Hard rule 5: weekly hours within the participant's range and never above the agreed
  /// hours, constrained per company (`min * x[p,c] <= sum_d h[p,c,d] <= agreed * x[p,c]`),
  /// which keeps the LP relaxation tight.
  mutating func addWeeklyHoursRows() {
    var rows: [(Constraint, ConflictRow)] = []
    for pv in placements {
      let part = participants[pv.option.participant]
      let c = scenario.companies[pv.option.company].id
      let tag = "\(part.id),\(c)"
      let hours = pv.days.map { ($0.h, 1.0) }
      rows.append(
        (
          model.addConstraint(
            "week_min[\(tag)]", hours + [(pv.x, -part.hours.min)], .greaterOrEqual(0)),
          .weekMin(participant: part.id, company: c, hours: part.hours.min)
        ))
      rows.append(
        (
          model.addConstraint(
            "week_max[\(tag)]", hours + [(pv.x, -part.hours.target)], .lessOrEqual(0)),
          .weekMax(
            participant: part.id, company: c, hours: part.hours.target,
            agreed: part.hours.agreed != nil)
        ))
    }
    family(.weeklyHours, rows)
  }
}
