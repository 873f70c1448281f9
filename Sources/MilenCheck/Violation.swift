import Foundation
import MilenModel

/// The hard rules of a weekly plan (docs/model.md), plus the plan's own consistency.
/// The raw value is the rule's number in the product's definition (1-10); the plan's own
/// consistency comes after them, as 11.
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

  /// The rule's name, e.g. "Nobody is discharged".
  public var title: String {
    switch self {
    case .nobodyDischarged: "Nobody is discharged"
    case .capacity: "Capacity"
    case .legalRatio: "Legal ratio"
    case .placementLength: "Legal placement length"
    case .availabilityAndTime: "Availability and time"
    case .fit: "Fit"
    case .tracks: "Tracks"
    case .locksAndBans: "Locks and bans"
    case .referralOrder: "Referral order"
    case .nobodyLeaves: "Nobody enrolled leaves"
    case .consistency: "Consistency"
    }
  }

  /// Orders rules by their number.
  public static func < (a: HardRule, b: HardRule) -> Bool { a.rawValue < b.rawValue }
}

/// One broken rule of a plan, with the people and places it concerns.
public struct Violation: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The rule broken.
  public var rule: HardRule
  /// What is wrong, naming people and places by id and the numbers involved.
  public var message: String
  /// Participant ids concerned.
  public var participants: [String]
  /// Company, mentor and activity ids concerned, or `coordinator`.
  public var places: [String]

  /// A violation.
  public init(rule: HardRule, message: String, participants: [String] = [], places: [String] = []) {
    self.rule = rule
    self.message = message
    self.participants = participants
    self.places = places
  }

  /// `rule 5 (Availability and time): ...`.
  public var description: String { "rule \(rule.rawValue) (\(rule.title)): \(message)" }
}
