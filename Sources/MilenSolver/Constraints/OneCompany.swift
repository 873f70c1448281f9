import GLPK
import MilenModel

extension Formulation {
  /// Hard rule 7 (tracks) and the plan's shape: at most one company, and only when served.
  /// `sum_c x[p,c] <= served[p]`. Only placement participants have `x` variables, so the
  /// social-only, paused and employed tracks get no work by construction.
  mutating func addOneCompanyRows() {
    var rows: [(Constraint, ConflictRow)] = []
    for p in participants.indices where !placementsOf[p].isEmpty {
      let terms = placementsOf[p].map { (placements[$0].x, 1.0) }
      let r = addAtMostServed("one_company[\(pid(p))]", terms, p, 1)
      rows.append((r, .oneCompany(participant: pid(p))))
    }
    family(.oneCompany, rows)
  }
}
