import Foundation
import MilenModel

/// The hard rules of a weekly plan (docs/model.md), plus the plan's own consistency.
/// The raw value is the rule's number in the product's definition (1-10); the plan's own
/// consistency comes after them, as 11. Its name in each language is `MilenReports`'s (`rule.N` in
/// the catalogues).
public enum HardRule: Int, CaseIterable, Sendable, Codable, Comparable {
  /// 1. Every enrolled or admitted participant gets something; enrolled ones are never dropped.
  case nobodyDischarged = 1
  /// 2. Company slots per week and weekday, mentor hours and mentees, seats, coordinator hours.
  case capacity
  /// 3. Placements plus subsidised staff within the legal ratio ("rimelighedskrav").
  case legalRatio
  /// 4. At most 4 (job-ready) or 13 (activity-ready) placement weeks at one company.
  case placementLength
  /// 5. Work within both sides' days and hours, the weekly hours range, no clashes.
  case availabilityAndTime
  /// 6. Accommodations, requirements, reachability, mentor competences and days.
  case fit
  /// 7. No work for social-only and paused participants; the employed keep their employer.
  case tracks
  /// 8. Locks and bans are kept.
  case locksAndBans
  /// 9. The waiting list is served in referral order: a later referral is admitted while an
  /// earlier one waits only with a waiting reason that the checker confirms.
  case referralOrder
  /// 10. Nobody enrolled ever leaves the plan: only an exit in the scenario ends an enrolment,
  /// and the admitted of last week are enrolled this week.
  case nobodyLeaves
  /// 11. Not a rule of the product: the plan's own sums and lists disagree with its rows,
  /// participants are missing or unknown, the plan names ids the scenario does not have, or a
  /// previous plan belongs to an unrelated week. Numbered after the rules so it sorts last.
  case consistency

  /// Orders rules by their number.
  public static func < (a: HardRule, b: HardRule) -> Bool { a.rawValue < b.rawValue }
}

/// One broken rule of a plan: the rule, what is wrong (a typed ``Finding``), and the people and
/// places it concerns. People read it through `MilenReports`'s `Localizer.say`, by name.
public struct Violation: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The rule broken.
  public var rule: HardRule
  /// What is wrong, with the ids and numbers involved.
  public var finding: Finding
  /// Participant ids concerned.
  public var participants: [String]
  /// Company, mentor and activity ids concerned, or `coordinator`.
  public var places: [String]

  /// A violation.
  public init(
    rule: HardRule, finding: Finding, participants: [String] = [], places: [String] = []
  ) {
    self.rule = rule
    self.finding = finding
    self.participants = participants
    self.places = places
  }

  /// For logs and test failures, not for people: `rule 5: workWhenClosed(...)`, the finding
  /// as Swift prints it (ids, no words). People read ``Finding`` through `Localizer.say`.
  public var description: String { "rule \(rule.rawValue): \(finding)" }
}

extension Finding {
  /// The case's name, a stable machine code (`workWhenClosed`): for JSON and tests.
  public var code: String {
    Mirror(reflecting: self).children.first?.label ?? "\(self)"
  }
}
