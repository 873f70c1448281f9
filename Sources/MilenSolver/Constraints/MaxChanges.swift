import GLPK
import MilenModel

extension Formulation {
  /// `policy.maxChanges`: at most N voluntary changes of company or mentor.
  mutating func addMaxChangesRow() {
    guard let n = scenario.policy.maxChanges else { return }
    let (terms, count) = voluntaryChangeTerms()
    guard count > n else { return }
    let r = model.addConstraint("max_changes", terms, .lessOrEqual(Double(n - count)))
    family(.maxChanges, [(r, .maxChanges(count: n))])
  }
}
