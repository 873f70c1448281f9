import GLPK
import MilenModel

extension Formulation {
  /// Hard rule 1: nobody is discharged. Every served participant on a track without an
  /// employer gets work, a mentor or an activity. (The employed keep their employer.)
  mutating func addNobodyDischargedRows() {
    var rows: [(Constraint, ConflictRow)] = []
    for p in participants.indices
    where !participants[p].track.isEmployed && participants[p].exit == nil {
      var terms = placementsOf[p].map { (placements[$0].x, 1.0) }
      terms += mentorsOf[p].map { (mentors[$0].m, 1.0) }
      terms += activitiesOf[p].map { (activities[$0].y, 1.0) }
      let name = "something[\(pid(p))]"
      let r: Constraint
      if let a = admit[p] {
        r = model.addConstraint(name, terms + [(a, -1)], .greaterOrEqual(0))
      } else {
        r = model.addConstraint(name, terms, .greaterOrEqual(1))
      }
      rows.append((r, .something(participant: pid(p))))
    }
    family(.nobodyDischarged, rows)
  }
}
