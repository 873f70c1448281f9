import Foundation
import MilenModel

/// One option for a participant, planned: their week with it, what it costs the plan and who
/// it displaces. The coordinator chooses one and locks it (`milen suggest`).
public struct Suggestion: Hashable, Sendable {
  /// The company (nil: the option without a placement, as the base plan has it).
  public var company: String?
  /// The participant's rank of this company among their wishes (1 = first), if wished.
  public var wishRank: Int?
  /// The participant's week with this option: work days and times, mentor and hours, sessions.
  public var week: ParticipantWeek?
  /// Why the option cannot be planned, when it cannot (a hard rule breaks).
  public var impossible: Obstacle?
  /// Per goal level (1-5), the plan's value with the option minus the base plan's (0: no cost).
  public var goalChanges: [GoalChange]
  /// Other participants whose company, mentor or status differs from the base plan, with what
  /// they had and get.
  public var displaced: [Displacement]
  /// The lock that keeps this option (`{participant, company}`), for the coordinator.
  public var lock: Lock?
  /// Others whose company, mentor and status stay but whose sessions change.
  public var othersSessionsChanged = 0

  /// A goal's change under an option.
  public struct GoalChange: Hashable, Sendable {
    /// The goal level (1 = break-even ... 5 = wishes and stability).
    public var priority: Int
    /// The goal's name.
    public var name: String
    /// Value with the option minus the base plan's value (negative: the plan loses).
    public var change: Double
  }

  /// Another participant's week that an option changes.
  public struct Displacement: Hashable, Sendable {
    /// The participant.
    public var participant: String
    /// Their week in the base plan, in short.
    public var before: WeekSummary
    /// Their week with the option.
    public var after: WeekSummary
  }

  /// Why an option cannot be planned.
  public enum Obstacle: Hashable, Sendable {
    /// The hard rules conflict with the option (the first conflict, as diagnosed).
    case conflict(Diagnosis)
    /// Without a placement the participant is not admitted this week.
    case notAdmitted
    /// Planning failed for another reason (no plan in time, ...).
    case failed(PlanningError)
  }
}

/// Ranked options for one participant: the companies that fit them (their wishes first, at most
/// `limit`) and staying without a placement, in their part of the week (their town), each planned with the participant locked there and the base plan as the
/// stability reference, ranked by what the plan gives up, goal by goal in priority order.
public enum Suggestions {
  /// The options for participant `id`, best first. The base plan is planned with `options`;
  /// each option with the same options and the base plan as stability reference.
  /// The default number of companies tried: the person's wishes first, then the others.
  public static let defaultLimit = 8

  public static func rank(
    _ week: Scenario, for id: String, options: PlanningOptions = PlanningOptions(),
    limit: Int = Suggestions.defaultLimit
  ) throws(PlanningError) -> (base: Plan, suggestions: [Suggestion]) {
    // Only the person's part of the week (their town, out of everyone else's reach) can change:
    // the options are planned on that part, as `plan` plans it.
    let scenario =
      Planner.independentParts(week).first { $0.participants.contains { $0.id == id } } ?? week
    guard let p = scenario.participants.firstIndex(where: { $0.id == id }) else {
      throw .invalidScenario(
        ScenarioError(
          issues: [ValidationIssue(path: "--for", .unknown(.participant, id))], scenario: week))
    }
    var o = options
    o.explain = false
    let planned = try Planner.plan(scenario, options: o)
    let base = planned.plan
    let opts = ScenarioOptions(scenario)
    let wishes = scenario.participants[p].wishes.companies
    let fitting = opts.byParticipant[p].placements.map { scenario.companies[$0.company].id }
    let companies = Array(
      fitting.enumerated().sorted { a, b in
        (wishes.firstIndex(of: a.element) ?? Int.max, a.offset)
          < (wishes.firstIndex(of: b.element) ?? Int.max, b.offset)
      }.map(\.element).prefix(max(0, limit)))
    var variants: [(String?, Scenario)] = []
    for c in companies {
      var s = scenario
      s.locks.removeAll { $0.participant == id }
      s.locks.append(Lock(participant: id, company: c))
      s.bans.removeAll { $0.participant == id && $0.company == c }
      variants.append((c, s))
    }
    // Without a placement: the participant served, kept off every company.
    var none = scenario
    none.locks.removeAll { $0.participant == id }
    for c in companies where !none.bans.contains(where: { $0.participant == id && $0.company == c })
    {
      none.bans.append(Ban(participant: id, company: c))
    }
    variants.append((nil, none))
    var vo = o
    vo.stabilityReference = base
    vo.verify = options.verify
    // The week itself, planned the same way, is what each option's goals are measured against
    // (stability then counts against the same reference for all).
    let weeks = [scenario] + variants.map(\.1)
    // The week planned against its own plan is that plan, and so is the option the plan took
    // for the person when no lock of theirs is lifted for it: both are solved with every
    // choice held (``Planner/planHeld(_:at:options:)``), the other options in full, in
    // parallel.
    let row = base.participants.first { $0.id == id }
    let ownLocks = scenario.locks.filter { $0.participant == id }
    let taken = variants.firstIndex { company, _ in
      guard row?.company == company else { return false }
      return ownLocks.allSatisfy { lock in
        company.map { lock == Lock(participant: id, company: $0) } ?? false
      }
    }
    var held: [Int: PlanResult] = [:]
    for i in [0] + (taken.map { [$0 + 1] } ?? []) {
      held[i] = Planner.planHeld(weeks[i], at: planned, options: vo)
    }
    let rest = weeks.indices.filter { held[$0] == nil }
    var solved = Array(zip(rest, Planner.planAll(rest.map { weeks[$0] }, options: vo)))
    solved += held.map { ($0.key, .success($0.value)) }
    let all = solved.sorted { $0.0 < $1.0 }.map(\.1)
    let reference: Plan
    switch all[0] {
    case .success(let r): reference = r.plan
    case .failure(let e): throw e
    }
    let results = all.dropFirst()
    var out: [Suggestion] = []
    for ((company, _), r) in zip(variants, results) {
      var sug = Suggestion(
        company: company, wishRank: company.flatMap { wishes.firstIndex(of: $0) }.map { $0 + 1 },
        week: nil, impossible: nil, goalChanges: [], displaced: [],
        lock: company.map { Lock(participant: id, company: $0) })
      switch r {
      case .failure(.infeasible(let d)):
        sug.impossible = .conflict(Diagnosis(conflicts: Array(d.conflicts.prefix(1))))
      case .failure(let e):
        sug.impossible = .failed(e)
      case .success(let planned):
        let plan = planned.plan
        sug.week = plan.participants.first { $0.id == id }
        if company == nil, sug.week?.status == .waiting {
          sug.impossible = .notAdmitted
        }
        sug.goalChanges = plan.solver.goals.compactMap { g in
          guard let b = reference.solver.goals.first(where: { $0.priority == g.priority }) else {
            return nil
          }
          return Suggestion.GoalChange(
            priority: g.priority, name: g.name, change: rounded(g.objective - b.objective))
        }.sorted { $0.priority < $1.priority }
        let before = Dictionary(
          reference.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        sug.displaced = plan.participants.compactMap { row in
          guard row.id != id, let old = before[row.id],
            old.company != row.company || old.mentor != row.mentor || old.status != row.status
          else { return nil }
          return Suggestion.Displacement(
            participant: row.id, before: WeekSummary(old), after: WeekSummary(row))
        }
        sug.othersSessionsChanged =
          plan.participants.filter { row in
            guard row.id != id, let old = before[row.id] else { return false }
            return old.company == row.company && old.mentor == row.mentor
              && old.status == row.status && old.activities != row.activities
          }.count
      }
      out.append(sug)
    }
    out.sort(by: better)
    return (base, out)
  }

  /// Possible before impossible; a placement before staying without one (the week as planned,
  /// which costs nothing by definition, is the reference the others are read against); then
  /// the goal changes compared level by level (less lost at a higher level wins); then fewer
  /// people displaced; then the wish rank; then the company id.
  static func better(_ a: Suggestion, _ b: Suggestion) -> Bool {
    if (a.impossible == nil) != (b.impossible == nil) { return a.impossible == nil }
    if (a.company == nil) != (b.company == nil) { return a.company != nil }
    for (x, y) in zip(a.goalChanges, b.goalChanges) where abs(x.change - y.change) > 1e-6 {
      return x.change > y.change
    }
    if a.displaced.count != b.displaced.count { return a.displaced.count < b.displaced.count }
    let ra = a.wishRank ?? Int.max
    let rb = b.wishRank ?? Int.max
    if ra != rb { return ra < rb }
    return (a.company ?? "~") < (b.company ?? "~")
  }
}
