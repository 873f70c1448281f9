import Foundation
import MilenModel

/// What one more unit of a capacity is worth this week, measured by planning the week with it.
public struct CapacityLever: Hashable, Sendable, Codable {
  /// The kind of capacity added.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// One more placement slot at a company (and one more on each day it limits).
    case companySlot
    /// One more hour a week for a mentor.
    case mentorHour
    /// One more coordinator hour a week.
    case coordinatorHour
    /// One more seat at an activity session.
    case activitySeat
  }

  /// What holds the first referral who still waits with the capacity added: their waiting
  /// reason in that plan (rule 9's claim, which the checker verifies).
  public struct Limit: Hashable, Sendable, Codable {
    /// The first waiting referral, by id.
    public var participant: String
    /// The claim; nil when no single capacity holds them (admission ranks below the needs of
    /// the enrolled and keeping what runs).
    public var kind: WaitingReason.Kind?
    /// The full capacities for `full`.
    public var capacities: [String]
    /// Their follow-up hours, for `coordinatorHours`.
    public var followUp: Double?
    /// The coordinator's hours left, for `coordinatorHours`.
    public var coordinatorHoursLeft: Double?
  }

  /// The kind.
  public var kind: Kind
  /// The company, mentor or activity id (nil for the coordinator).
  public var target: String?
  /// Participants served with it.
  public var served: Int
  /// More served than without it (admitted from the waiting list).
  public var admitsMore: Int
  /// Who it admits, by id.
  public var admitted: [String]
  /// What the added admissions are worth a year (DKK): each stands for the ordinary
  /// counselling of one young person (``BusinessCase/counsellingPerYoungPerson``).
  public var worthPerYear: Double
  /// For a company slot: the legal ratio already caps the company below its slots, so the
  /// slot cannot be used.
  public var beyondLegalRoom: Bool
  /// What still holds admissions, when it admits nobody more and someone waits.
  public var limit: Limit?
}

/// The capacities `milen breakeven` values, one unit each: a slot at every company, an hour
/// for every mentor, a coordinator hour, a seat at every activity.
public enum CapacityLevers {
  /// Each candidate: its kind, the id it adds to, and the scenario with it added; `unusable`
  /// when the added unit cannot change the model (a slot at a company the legal ratio already
  /// caps at or below its slots, on every weekday too), so its plan is the base plan and needs no solve. A mentor at
  /// the 80-hour limit gets no candidate.
  public static func candidates(_ s: Scenario) -> [(
    kind: CapacityLever.Kind, target: String?, scenario: Scenario, unusable: Bool
  )] {
    var out: [(CapacityLever.Kind, String?, Scenario, Bool)] = []
    for (i, c) in s.companies.enumerated() {
      var v = s
      v.companies[i].slots += 1
      for d in v.companies[i].slotsPerDay.keys { v.companies[i].slotsPerDay[d]! += 1 }
      let room = legalPlacementRoom(ordinaryEmployees: c.ordinaryEmployees) - c.subsidisedStaff
      // Unusable only when the ratio caps the week and every weekday: a day limit below the
      // room (Green Box supervises one on Fridays) grows with the slot and can be used.
      let daysCapped = c.slotsPerDay.values.allSatisfy { $0 >= room }
      out.append((.companySlot, c.id, v, room <= c.slots && daysCapped))
    }
    for i in s.mentors.indices where s.mentors[i].hoursPerWeek + 1 <= 80 {
      var v = s
      v.mentors[i].hoursPerWeek += 1
      out.append((.mentorHour, s.mentors[i].id, v, false))
    }
    var c = s
    c.coordinator.hoursPerWeek += 1
    out.append((.coordinatorHour, nil, c, false))
    for i in s.activities.indices {
      var v = s
      v.activities[i].seats += 1
      out.append((.activitySeat, s.activities[i].id, v, false))
    }
    return out
  }

  /// The lever measured by a candidate's plan against the base plan.
  public static func measure(
    _ kind: CapacityLever.Kind, target: String?, in s: Scenario, base: Plan, with plan: Plan
  ) -> CapacityLever {
    let before = Set(base.participants.filter { $0.status == .admitted }.map(\.id))
    let admitted = plan.participants.filter { $0.status == .admitted && !before.contains($0.id) }
      .map(\.id)
    let more = plan.programme.served - base.programme.served
    let worth = ResolvedEconomics(s.programme).counsellingPerYoungPerson
    var beyond = false
    if kind == .companySlot, let c = base.companies.first(where: { $0.id == target }) {
      beyond = c.legalRoom <= c.slots
    }
    var limit: CapacityLever.Limit?
    if more <= 0 {
      let rows = Dictionary(plan.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      if let first = s.waitingListOrder.map({ s.participants[$0] }).first(where: {
        rows[$0.id]?.status == .waiting
      }) {
        let reason = rows[first.id]?.waitingReason
        let coordinator = reason?.kind == .coordinatorHours
        limit = CapacityLever.Limit(
          participant: first.id, kind: reason?.kind, capacities: reason?.capacities ?? [],
          followUp: coordinator ? s.coordinator.followUp(for: first.track) : nil,
          coordinatorHoursLeft: coordinator
            ? (max(0, plan.programme.coordinatorHours - plan.programme.coordinatorHoursUsed) * 100)
              .rounded() / 100 : nil)
      }
    }
    return CapacityLever(
      kind: kind, target: target, served: plan.programme.served, admitsMore: more,
      admitted: admitted, worthPerYear: (Double(max(0, more)) * worth * 100).rounded() / 100,
      beyondLegalRoom: beyond, limit: limit)
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

extension Planner {
  /// Plans `base`, then each of `variants` (the week with one capacity raised, as
  /// `milen breakeven` plans them) on all cores, each goal level's LP starting from the
  /// optimal basis of the same level of `base` (``PlanningOptions/levelBases``): a capacity
  /// changes a right-hand side, so that basis fits the variant's level and is dual feasible
  /// there, and the simplex method needs a few pivots instead of hundreds. Every level is
  /// still solved to its optimum. The first result is the base's; the variants' follow in the
  /// given order. With `MILEN_LEVER_BASES=0` in the environment (measuring) the variants start
  /// as any plan does.
  public static func planVariants(
    of base: Scenario, _ variants: [Scenario], options: PlanningOptions = PlanningOptions()
  ) -> [Result<PlanResult, PlanningError>] {
    let first = Result { () throws(PlanningError) -> PlanResult in
      try Planner.plan(base, options: options)
    }
    var o = options
    if ProcessInfo.processInfo.environment["MILEN_LEVER_BASES"] != "0",
      case .success(let r) = first, let bases = r.solved?.bases, !bases.isEmpty
    {
      o.levelBases = bases
    }
    return [first] + planAll(variants, options: o)
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
