import Foundation
import MilenModel

/// Added capacity that would lift the count served, measured by planning with it.
public struct BreakEvenLever: Hashable, Sendable, Codable {
  /// The capacity added, in words.
  public var description: String
  /// Participants served with it.
  public var served: Int
  /// More served than without it (admitted from the waiting list).
  public var admitsMore: Int

  /// A lever's outcome.
  public init(description: String, served: Int, admitsMore: Int) {
    self.description = description
    self.served = served
    self.admitsMore = admitsMore
  }
}

/// Candidate capacities for the break-even report, each a scenario to plan.
public enum BreakEvenLevers {
  /// A mentor with 5 h/week covering every needed competence, 5 more coordinator hours, a
  /// new company with 2 slots offering every needed accommodation, 4 more seats at every session, and all four together.
  public static func candidates(_ s: Scenario) -> [(String, Scenario)] {
    var out: [(String, Scenario)] = []
    let competences = Array(Set(s.participants.flatMap(\.needs.competences))).sorted()
    var mentor = s
    var id = "lever-mentor"
    while s.mentors.contains(where: { $0.id == id }) { id += "-x" }
    mentor.mentors.append(
      Mentor(id: id, name: "New mentor", hoursPerWeek: 5, competences: competences, maxMentees: 5))
    out.append(("a mentor with 5 h/week", mentor))
    var coordinator = s
    coordinator.coordinator.hoursPerWeek += 5
    out.append(("5 more coordinator hours a week", coordinator))
    var company = s
    let accommodations = Array(Set(s.participants.flatMap(\.needs.accommodations))).sorted()
    var cid = "lever-company"
    while s.companies.contains(where: { $0.id == cid }) { cid += "-x" }
    let open = TimeWindow(start: TimeOfDay(8), end: TimeOfDay(15))
    company.companies.append(
      Company(
        id: cid, name: "New company", sector: "any",
        open: Dictionary(uniqueKeysWithValues: Weekday.workdays.map { ($0, open) }), slots: 2,
        ordinaryEmployees: 20, accommodations: accommodations,
        location: s.companies.first?.location))
    out.append(("a new company with 2 placement slots", company))
    var seats = s
    for i in seats.activities.indices { seats.activities[i].seats += 4 }
    out.append(("4 more seats at every activity session", seats))
    var all = company
    all.mentors = mentor.mentors
    all.coordinator = coordinator.coordinator
    all.activities = seats.activities
    out.append(("all four together", all))
    return out
  }
}

extension Planner {
  /// Plans several scenarios on all cores. Each solve lives wholly on one worker thread, as
  /// GLPK requires; results come back in the given order.
  public static func planAll(
    _ scenarios: [Scenario], options: PlanningOptions = PlanningOptions()
  ) -> [Result<PlanResult, PlanningError>] {
    let box = ResultBox<Result<PlanResult, PlanningError>>(count: scenarios.count)
    DispatchQueue.concurrentPerform(iterations: scenarios.count) { i in
      let r = Result { () throws(PlanningError) -> PlanResult in
        try Planner.plan(scenarios[i], options: options)
      }
      box.set(i, r)
    }
    return box.values.map { $0! }
  }
}

/// Results written by worker threads, each to its own slot.
final class ResultBox<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [T?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ i: Int, _ value: T) {
    lock.lock()
    slots[i] = value
    lock.unlock()
  }

  var values: [T?] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
