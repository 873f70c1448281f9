import GLPK
import MilenModel

extension Formulation {
  /// Hard rule 2: activity seats; attendance only when served.
  mutating func addActivityRows() {
    var rows: [(Constraint, ConflictRow)] = []
    var byActivity: [[Int]] = Array(repeating: [], count: scenario.activities.count)
    for (i, av) in activities.enumerated() { byActivity[av.option.activity].append(i) }
    for (a, act) in scenario.activities.enumerated() where byActivity[a].count > act.seats {
      rows.append(
        (
          model.addConstraint(
            "seats[\(act.id)]", byActivity[a].map { (activities[$0].y, 1.0) },
            .lessOrEqual(Double(act.seats))),
          .seats(activity: act.id, seats: act.seats)
        ))
    }
    family(.seats, rows)
    for (p, v) in admit.sorted(by: { $0.key < $1.key }) {
      for i in activitiesOf[p] {
        let a = scenario.activities[activities[i].option.activity].id
        model.addConstraint(
          "attend_if_admitted[\(pid(p)),\(a)]", [(activities[i].y, 1), (v, -1)], .lessOrEqual(0))
      }
    }
  }
}
