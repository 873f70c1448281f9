import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow

/// One participant's week as the season keeps it: the facts the report needs, taken from the
/// week's scenario and plan when the week is added (the files themselves are kept too).
public struct PersonWeek: Hashable, Sendable, Codable {
  /// Participant id.
  public var id: String
  /// Display name.
  public var name: String
  /// Enrolled, admitted, waiting or left in this week's plan.
  public var status: ParticipantStatus
  /// The track.
  public var track: Track
  /// The placement company's id, when placed this week.
  public var company: String?
  /// The placement company's display name.
  public var companyName: String?
  /// The employer kept (job, flex-job, apprenticeship), by name.
  public var employer: String?
  /// Work hours at the placement company this week.
  public var workHours: Double
  /// Mentor hours this week.
  public var mentorHours: Double
  /// Why the enrolment ended this week, for status `left`.
  public var exitReason: ExitReason?
  /// When the participant left benefit (a job or apprenticeship in follow-up with
  /// `benefit.offSince`, or an exit to a job, apprenticeship or education), as the business
  /// case dates it.
  public var leftBenefitOn: String?
  /// `enrolledOn` in the scenario.
  public var enrolledOn: String?
  /// `referredOn` in the scenario.
  public var referredOn: String?
  /// The benefit this participant's exit saved this week (DKK), by the business case.
  public var saved: Double
}

/// One week of the season (one version of it): its fingerprints, the programme's figures and
/// the business case of the week, and everyone's week.
public struct WeekRecord: Hashable, Sendable, Codable {
  /// ISO week.
  public var week: String
  /// 1 for the first plan of the week added, 2 for a replanned week, ...
  public var version: Int
  /// The scenario's fingerprint (`ScenarioFile.fingerprint`).
  public var scenarioFingerprint: String
  /// The plan's fingerprint (`PlanFile.fingerprint`).
  public var planFingerprint: String
  /// Served (enrolled + admitted).
  public var served: Int
  /// Enrolled before this week.
  public var enrolled: Int
  /// Admitted from the waiting list this week.
  public var admitted: Int
  /// Still waiting.
  public var waiting: Int
  /// In a work placement.
  public var inPlacement: Int
  /// In a job, flex-job or apprenticeship.
  public var employed: Int
  /// The stated break-even.
  public var breakEven: Int
  /// The stated target.
  public var target: Int
  /// Work hours in placements.
  public var placementHours: Double
  /// Mentor hours given.
  public var mentorHours: Double
  /// Coordinator hours used.
  public var coordinatorHours: Double
  /// Coordinator hours available.
  public var coordinatorCapacity: Double
  /// What the positions cost a year (DKK).
  public var annualCost: Double
  /// Benefit saved this week by those counted off benefit (DKK).
  public var benefitSaved: Double
  /// Counted as off benefit this week.
  public var offBenefit: Int
  /// The business case's assumptions this week, each with its source.
  public var assumptions: [Assumption]
  /// Every participant of the week's plan, in id order.
  public var people: [PersonWeek]
}

extension WeekRecord {
  /// The record of a week from its scenario and the plan made for it. The business case is
  /// computed afresh from the scenario (a plan file's copy may be older).
  public init(scenario s: Scenario, plan: Plan, version: Int = 1) {
    week = plan.week
    self.version = version
    scenarioFingerprint = ScenarioFile.fingerprint(s)
    planFingerprint = PlanFile.fingerprint(plan)
    let pr = plan.programme
    served = pr.served
    enrolled = pr.enrolled
    admitted = pr.admitted
    waiting = pr.waiting
    inPlacement = pr.inPlacement
    employed = pr.employed
    breakEven = pr.breakEven
    target = pr.target
    placementHours = Self.rounded(plan.participants.reduce(0) { $0 + $1.workHours })
    mentorHours = Self.rounded(plan.mentors.reduce(0) { $0 + $1.hours })
    coordinatorHours = pr.coordinatorHoursUsed
    coordinatorCapacity = pr.coordinatorHours
    let bc = BusinessCase(s, rows: plan.participants)
    annualCost = bc.annualCost
    benefitSaved = bc.benefitSavedThisWeek
    offBenefit = bc.leftBenefit.count
    assumptions = bc.assumptions
    let scenarioPeople = Dictionary(
      s.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let companies = Dictionary(
      s.companies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    var counted: [String: CountedExit] = [:]
    for x in bc.leftBenefit where x.from != "ledger" { counted[x.id] = x }
    people = plan.participants.map { row in
      let p = scenarioPeople[row.id]
      let employer = row.employer ?? p?.employment?.employer
      return PersonWeek(
        id: row.id, name: row.name, status: row.status, track: row.track, company: row.company,
        companyName: row.company.map { companies[$0] ?? $0 },
        employer: employer.map { companies[$0] ?? $0 }, workHours: Self.rounded(row.workHours),
        mentorHours: row.mentorHours, exitReason: row.exitReason ?? p?.exit?.reason,
        leftBenefitOn: counted[row.id]?.since, enrolledOn: p?.enrolledOn,
        referredOn: p?.referredOn, saved: counted[row.id]?.savedThisWeek ?? 0)
    }
  }

  static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
