import Foundation
import MilenModel

/// The independent plan checker: re-verifies every hard rule of docs/model.md on any plan,
/// from the scenario and the plan alone. It shares no code with the formulation, so a plan
/// that passes here keeps the product's rules whatever produced it.
public enum PlanChecker {
  /// Tolerance on hours (times themselves are whole minutes).
  public static let tolerance = 1e-6

  /// Every hard rule the plan breaks against the scenario, sorted by rule, then finding.
  /// An empty list means the plan is valid. Never traps: unknown ids, duplicates and missing
  /// entries on either side are reported, not assumed away.
  public static func check(_ plan: Plan, against scenario: Scenario) -> [Violation] {
    check(plan, against: scenario, previous: nil)
  }

  /// Every hard rule the plan breaks against the scenario and, when given, the plan it
  /// continues, sorted by rule, then finding. `previous` is last week's plan (its week is the
  /// ISO week before the scenario's) or an earlier plan of the same week (a replan). With it,
  /// rule 10 also holds across the weeks: everyone enrolled or admitted last week is enrolled
  /// now or has left by an exit in this scenario (in a replan only the enrolled must stay),
  /// and placement weeks at the same company count on (k + 1 after last week, k in a replan).
  /// A previous plan of any other week is a consistency violation and is not compared.
  public static func check(
    _ plan: Plan, against scenario: Scenario, previous: Plan?
  ) -> [Violation] {
    var checker = Checker(plan: plan, scenario: scenario, previous: previous)
    checker.run()
    return Array(Set(checker.found)).sorted(by: ordered)
  }

  /// The legal ratio's room at a company with `ordinaryEmployees` ordinary employees: one
  /// placement or subsidised person per 5 employees up to 50 (always at least 1), plus one
  /// per 10 beyond 50. `0 -> 1`, `10 -> 2`, `50 -> 10`, `60 -> 11`, `85 -> 13`.
  public static func legalRoom(ordinaryEmployees: Int) -> Int {
    let e = max(0, ordinaryEmployees)
    return max(1, min(e, 50) / 5) + max(0, e - 50) / 10
  }

  /// The violations one per line (`rule 5: workWhenClosed(...)`), for logs and test
  /// failures; people read them through `MilenReports` (`Localizer.say`, by name). Empty when the
  /// plan keeps every hard rule.
  public static func report(_ violations: [Violation]) -> String {
    violations.map(\.description).joined(separator: "\n")
  }

  /// Deterministic order: rule, finding (as Swift prints it), then the ids concerned.
  static func ordered(_ a: Violation, _ b: Violation) -> Bool {
    if a.rule != b.rule { return a.rule < b.rule }
    let af = "\(a.finding)"
    let bf = "\(b.finding)"
    if af != bf { return af < bf }
    let ap = a.participants.joined(separator: ",")
    let bp = b.participants.joined(separator: ",")
    if ap != bp { return ap < bp }
    return a.places.joined(separator: ",") < b.places.joined(separator: ",")
  }
}
