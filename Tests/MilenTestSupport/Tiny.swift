import Foundation
import MilenCheck
import MilenModel
import MilenSolver

/// Builders of tiny hand-made scenarios for tests: one participant, company, mentor or
/// activity per line, with defaults that keep every rule slack unless a test tightens it.
public enum Tiny {
  /// `08:00-16:00` on every weekday.
  public static let fullWeek: [Weekday: TimeWindow] = Dictionary(
    uniqueKeysWithValues: Weekday.workdays.map { ($0, w("08:00-16:00")) })

  /// A time window from text; traps on a typo in a test.
  public static func w(_ text: String) -> TimeWindow { TimeWindow(parsing: text)! }

  /// A placement participant available all week, 8-20 h.
  public static func placement(
    _ id: String, hours: HoursRange = HoursRange(min: 8, max: 20),
    availability: [Weekday: TimeWindow] = fullWeek
  ) -> Participant {
    Participant(
      id: id, name: "Name \(id)", track: .placement, hours: hours, availability: availability)
  }

  /// A participant on another track, available all week.
  public static func person(_ id: String, track: Track) -> Participant {
    var p = Participant(id: id, name: "Name \(id)", track: track, availability: fullWeek)
    if track.isEmployed {
      p.employment = Employment(employer: "outside", schedule: [.mon: w("07:00-15:00")])
    }
    return p
  }

  /// A company open 07:00-16:00 every weekday with room for `slots`.
  public static func company(_ id: String, slots: Int = 2, employees: Int = 50) -> Company {
    Company(
      id: id, name: "Company \(id)", open: fullWeekOpen, slots: slots, ordinaryEmployees: employees)
  }

  static let fullWeekOpen: [Weekday: TimeWindow] = Dictionary(
    uniqueKeysWithValues: Weekday.workdays.map { ($0, w("07:00-16:00")) })

  /// An activity session.
  public static func activity(
    _ id: String, _ day: Weekday, _ time: String, seats: Int = 20, coordinator: Bool = false
  ) -> Activity {
    Activity(
      id: id, name: "Activity \(id)", kind: .groupMeeting, day: day, time: w(time), seats: seats,
      runByCoordinator: coordinator)
  }

  /// A scenario with no break-even pressure and no social sessions wanted, unless given.
  public static func scenario(
    _ participants: [Participant], companies: [Company] = [], mentors: [Mentor] = [],
    activities: [Activity] = [], sessions: Int = 0, breakEven: Int = 0
  ) -> Scenario {
    Scenario(
      week: "2026-W02", coordinator: Coordinator(hoursPerWeek: 37, fixedHours: 0),
      programme: Programme(breakEven: breakEven, target: max(breakEven, 0)),
      policy: Policy(socialSessionsPerWeek: sessions, timeLimitSeconds: 20),
      participants: participants, companies: companies, mentors: mentors, activities: activities)
  }

  /// Kasper runs a placement at Aubo (week 2 of 4) and wishes for Horn, where he would fit;
  /// Mette needs a company without a driving licence, and only Aubo is such a company. Goal 3
  /// keeps Kasper at Aubo, so Mette gets no work unless the coordinator moves Kasper.
  public static func blockedByRunningPlacement(hornFitsKasper: Bool = true) -> Scenario {
    var aubo = company("aubo", slots: 1)
    aubo.name = "Aubo"
    var horn = company("horn", slots: 1)
    horn.name = "Horn"
    horn.requirements = Requirements(drivingLicence: true)
    var kasper = placement("p1", hours: HoursRange(min: 8, max: 20))
    kasper.name = "Kasper"
    kasper.drivingLicence = hornFitsKasper
    kasper.wishes = Wishes(companies: ["horn", "aubo"])
    kasper.current = CurrentSituation(company: "aubo", placementWeeks: 1, since: "2025-12-29")
    var mette = placement("p2", hours: HoursRange(min: 8, max: 20))
    mette.name = "Mette"
    return scenario(
      [kasper, mette], companies: [aubo, horn], activities: [activity("club", .tue, "15:00-16:00")])
  }
}

/// A plan together with what the independent checker says of it.
public struct CheckedPlan {
  /// The plan.
  public var plan: Plan
  /// Violations the checker found (should be none).
  public var violations: [Violation]

  /// A participant's week by id; traps if missing.
  public func week(_ id: String) -> ParticipantWeek {
    plan.participants.first { $0.id == id }!
  }
}

/// Plans the scenario and runs the independent checker on the plan.
public func planAndCheck(_ s: Scenario, levels: Int = 4) throws -> CheckedPlan {
  let r = try Planner.plan(s, options: PlanningOptions(levels: levels))
  return CheckedPlan(plan: r.plan, violations: PlanChecker.check(r.plan, against: s))
}

/// The package root, found from this file's path.
public func packageRoot(_ file: String = #filePath) -> URL {
  var url = URL(fileURLWithPath: file).deletingLastPathComponent()
  while url.path != "/" {
    if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
      return url
    }
    url.deleteLastPathComponent()
  }
  return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
}
