import Foundation
import MilenModel

/// A shortfall's reason: the binding constraint, read from the plan's loads (the rows that
/// bind), and the smallest change that frees it, checked by planning the week with it.
public struct ShortfallReason: Hashable, Sendable {
  /// What falls short: `notPlaced`, `placement` (why here), `mentorHours`, `sessions`.
  public var kind: String
  /// The participant.
  public var participant: String
  /// The binding company, mentor or session.
  public var binding: String?
  /// The note: one reason, naming the capacity or rule and who holds it.
  public var note: Note
  /// The change that, planned, resolves the shortfall (nil: none was verified).
  public var change: WeekChange?
}

/// Reasons for every shortfall of a plan, derived from the model: the binding capacity from the
/// plan's loads against the scenario, and the change that frees it verified by re-planning the
/// participant's part of the week with the change (the base plan as the stability reference),
/// within a budget of re-plans. See docs/explanations.md.
public enum Explanations {
  /// Re-plans per week spent on verifying changes by default (weeks of at most
  /// ``verifiedWeekSize`` participants; larger weeks name the binding rows only unless asked).
  public static let defaultBudget = 12
  /// The largest week (or part of a week: a town) whose changes are verified by default.
  public static let verifiedWeekSize = 40

  /// The re-plans to spend on a week (or a part of one): `options.explainBudget`, else
  /// ``defaultBudget`` for at most ``verifiedWeekSize`` participants and none above; none once
  /// the clock was stopped (``PlanningOptions/clockStop``).
  public static func budget(_ s: Scenario, _ options: PlanningOptions) -> Int {
    if options.clockStopped { return 0 }
    return options.explainBudget
      ?? (s.participants.count <= verifiedWeekSize ? defaultBudget : 0)
  }

  /// The plan with its shortfall notes replaced by reasons.
  public static func explain(
    _ s: Scenario, _ plan: Plan, options: PlanningOptions, budget: Int
  ) -> (plan: Plan, reasons: [ShortfallReason]) {
    explain(s, plan, options: options, budget: budget, solved: nil)
  }

  /// The plan with its shortfall notes replaced by reasons; `solved`, the week's program and
  /// solution the plan was decoded from, lets a change be verified on everyone else's week as
  /// planned (``Explainer/restrictedReplan(_:around:)``) before the whole week is planned again.
  static func explain(
    _ s: Scenario, _ plan: Plan, options: PlanningOptions, budget: Int, solved: SolvedWeek?
  ) -> (plan: Plan, reasons: [ShortfallReason]) {
    var e = Explainer(s: s, plan: plan, options: options, budget: budget, solved: solved)
    var out = plan
    var reasons: [ShortfallReason] = []
    for (p, part) in s.participants.enumerated() {
      guard let r = out.participants.firstIndex(where: { $0.id == part.id }) else { continue }
      let row = out.participants[r]
      guard row.status == .enrolled || row.status == .admitted else { continue }
      var notes = row.notes
      if part.track == .placement, row.company == nil,
        let reason = e.notPlaced(p, row)
      {
        replace(&notes, with: reason.note) {
          if case .notPlaced(.noPlaceLeft) = $0 { return true }
          return false
        }
        reasons.append(reason)
      }
      if row.company != nil, let reason = e.whyHere(p, row) {
        notes.insert(reason.note, at: 0)
        reasons.append(reason)
      }
      if row.unmetMentorHours > 1e-6, let reason = e.mentorHours(p, row) {
        replace(&notes, with: reason.note) {
          if case .mentorHoursUnmet(_, _, .fittingMentorsFull) = $0 { return true }
          return false
        }
        reasons.append(reason)
      }
      if row.missingSocialSessions > 0, let reason = e.sessions(p, row) {
        replace(&notes, with: reason.note) {
          if case .sessionsShort = $0 { return true }
          return false
        }
        reasons.append(reason)
      }
      out.participants[r].notes = notes
    }
    if budget > 0 {
      let moves = e.moves(budget: Moves.defaultBudget)
      out.moves = moves.isEmpty ? nil : moves
    }
    // A change left unverified because the run's deadline had come: the plan says it was cut
    // by the clock (its reasons name the binding rows without the change).
    if e.stoppedByClock { out.cutByClock = true }
    return (out, reasons)
  }

  /// Replaces the first note that `matches` with `note` (the decoder's general note with the
  /// explanation's specific one).
  static func replace(_ notes: inout [Note], with note: Note, where matches: (Note) -> Bool) {
    if let i = notes.firstIndex(where: matches) { notes[i] = note }
  }
}

/// The work of ``Explanations``: one plan, its scenario, and the re-plans left.
struct Explainer {
  let s: Scenario
  let plan: Plan
  let options: PlanningOptions
  var budget: Int
  let opts: ScenarioOptions
  let rows: [String: ParticipantWeek]
  let parts: [Scenario]
  /// The re-plans made so far, by their input (the changed week or part); nil: no plan.
  var replans: [Scenario: Plan?] = [:]
  /// The week's program and solution the plan was decoded from (nil: not at hand, as for a
  /// plan given from outside, or a week explained across its parts).
  let solved: SolvedWeek?
  /// The restricted re-plans made so far, by the changed week and the person left free.
  var restricted: [RestrictedKey: Plan?] = [:]
  /// The solution's values by column name (made at the first restricted re-plan).
  var solvedValues: [String: Double]?
  /// Whether a re-plan was not made, or was cut, because the run's deadline had come.
  var stoppedByClock = false

  init(s: Scenario, plan: Plan, options: PlanningOptions, budget: Int, solved: SolvedWeek? = nil) {
    self.s = s
    self.plan = plan
    self.options = options
    self.budget = budget
    self.solved = solved
    opts = ScenarioOptions(s)
    rows = Dictionary(plan.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    parts = budget > 0 ? Planner.independentParts(s) : []
  }

  // MARK: Who holds a place

  /// A participant who holds a place, with their week there or their admission.
  func holder(_ id: String) -> Holder {
    guard let row = rows[id] else { return Holder(participant: id) }
    if row.status == .admitted { return Holder(participant: id, admittedThisWeek: true) }
    if let w = row.placementWeek,
      let limit = s.participants.first(where: { $0.id == id })?.readiness.placementWeekLimit
    {
      return Holder(participant: id, week: w, limit: limit)
    }
    return Holder(participant: id)
  }

  func holders(_ ids: [String]) -> [Holder] { ids.map(holder) }

  // MARK: Not placed

  /// The companies that fit, the participant's wishes first (in their order), then the rest.
  func fittingCompanies(_ p: Int) -> [Int] {
    let wishes = s.participants[p].wishes.companies
    let fitting = opts.byParticipant[p].placements.map(\.company)
    return fitting.sorted { a, b in
      let ra = wishes.firstIndex(of: s.companies[a].id) ?? Int.max
      let rb = wishes.firstIndex(of: s.companies[b].id) ?? Int.max
      return (ra, a) < (rb, b)
    }
  }

  /// What binds at a company for one participant, and the change that would free it.
  func companyBinding(_ p: Int, _ c: Int) -> (binding: CompanyBinding, change: WeekChange)? {
    let company = s.companies[c]
    guard let load = plan.companies.first(where: { $0.id == company.id }) else { return nil }
    let here = load.participants
    if here.count >= load.slots {
      return (
        .slots(company: company.id, slots: load.slots, holders: holders(here)),
        .companySlot(company: company.id)
      )
    }
    if here.count >= load.legalRoom {
      // Rule 3 cannot be raised: the place of the holder admitted last (or in the fewest
      // weeks) is what would free it.
      let newest = here.max { a, b in
        (rows[a]?.status == .admitted ? 1 : 0, -(rows[a]?.placementWeek ?? 0), a)
          < (rows[b]?.status == .admitted ? 1 : 0, -(rows[b]?.placementWeek ?? 0), b)
      }
      return (
        .legalRatio(
          company: company.id, room: load.legalRoom, employees: company.ordinaryEmployees,
          holders: holders(here)),
        .endPlacement(participant: newest ?? here[0], company: company.id)
      )
    }
    let option = opts.byParticipant[p].placements.first { $0.company == c }
    let days = option?.commonWindows.map(\.day) ?? []
    let full = days.filter { d in
      let cap = company.slotsPerDay[d] ?? company.slots
      return (load.perDay[d.rawValue] ?? 0) >= cap
    }
    if !days.isEmpty, full.count == days.count, let d = full.first {
      let onDay = here.filter { id in rows[id]?.work.contains { $0.day == d } ?? false }
      return (
        .dayPlaces(company: company.id, days: days, day: d, holders: holders(onDay)),
        .companyDaySlot(company: company.id, day: d)
      )
    }
    return nil
  }

  mutating func notPlaced(_ p: Int, _ row: ParticipantWeek) -> ShortfallReason? {
    let id = s.participants[p].id
    let companies = fittingCompanies(p)
    guard !companies.isEmpty else { return nil }  // the decoder's note names every obstacle
    let bindings = companies.compactMap { c in companyBinding(p, c).map { (c, $0) } }
    for (_, b) in bindings {
      if verify(b.change, places: p) {
        return ShortfallReason(
          kind: "notPlaced", participant: id, binding: b.binding.company,
          note: .notPlaced(.taken(b.binding, change: b.change)), change: b.change)
      }
    }
    if let (_, b) = bindings.first {
      return ShortfallReason(
        kind: "notPlaced", participant: id, binding: b.binding.company,
        note: .notPlaced(.taken(b.binding, change: nil)), change: nil)
    }
    // Room everywhere that fits: placing them would cost a goal above placements.
    let c = companies[0]
    let company = s.companies[c].id
    let traded = tradeOff(p, at: company) ?? .keptForOthers
    return ShortfallReason(
      kind: "notPlaced", participant: id, binding: company,
      note: .notPlaced(.roomButCosts(company: company, traded)), change: nil)
  }

  /// What placing `p` at `company` would cost, by planning with them locked there: the first
  /// goal that gets worse and whose weeks would change.
  mutating func tradeOff(_ p: Int, at company: String) -> TradeOff? {
    let id = s.participants[p].id
    var locked = s
    locked.locks.removeAll { $0.participant == id }
    locked.locks.append(Lock(participant: id, company: company))
    guard budget > 0 else { return nil }
    budget -= 1
    guard let other = replan(locked, around: p, why: "tradeOff \(company)") else {
      return .breaksHardRule
    }
    let base = plan.solver.goals
    for g in other.solver.goals.sorted(by: { $0.priority < $1.priority }) {
      guard let b = base.first(where: { $0.priority == g.priority }) else { continue }
      if g.objective < b.objective - 1e-6, let goal = GoalKind(rawValue: g.priority) {
        let moved = other.participants.filter { r in
          r.id != id
            && rows[r.id].map { $0.company != r.company || $0.status != r.status }
              == true
        }.map(\.id)
        return .costsGoal(goal, changed: moved)
      }
    }
    return nil
  }

  // MARK: Why here

  /// Why the participant works where they do: the wish it meets (and what holds a higher wish),
  /// and their hours against the agreed hours (and what bounds them when short).
  func whyHere(_ p: Int, _ row: ParticipantWeek) -> ShortfallReason? {
    guard let c = row.company, let ci = s.companies.firstIndex(where: { $0.id == c }) else {
      return nil
    }
    let part = s.participants[p]
    var facts: [PlacementFact] = []
    if let rank = part.wishes.companies.firstIndex(of: c) {
      facts.append(.wish(rank: rank + 1, of: part.wishes.companies.count))
    } else if part.wishes.companies.isEmpty {
      facts.append(.noWishes)
    } else {
      facts.append(.notAmongWishes)
    }
    // A higher wish that was not met: what holds it.
    let rank = part.wishes.companies.firstIndex(of: c) ?? part.wishes.companies.count
    let fitting = Set(opts.byParticipant[p].placements.map(\.company))
    // Their running placement here, still legal: goal 3 keeps it before any wish.
    let running =
      part.current.company == c && part.current.placementWeeks > 0
      && part.current.placementWeeks < part.readiness.placementWeekLimit
    for w in part.wishes.companies.prefix(rank) {
      guard let wi = s.companies.firstIndex(where: { $0.id == w }) else { continue }
      if !fitting.contains(wi) {
        let why = opts.byParticipant[p].excludedCompanies.first { $0.company == w }?.why
        facts.append(.higherWishExcluded(company: w, why: why))
      } else if let b = companyBinding(p, wi) {
        facts.append(.higherWishTaken(b.binding))
      } else if running {
        facts.append(.keptAtRunningPlacement(company: c, wished: w))
      } else {
        facts.append(.higherWishKeptForOthers(company: w))
      }
      break
    }
    let hours = row.work.reduce(0) { $0 + $1.time.hours }
    let agreed = part.hours.target
    if hours < agreed - 1e-6 {
      let option = opts.byParticipant[p].placements.first { $0.company == ci }
      let possible = option?.commonWindows.reduce(0) { $0 + $1.window.hours } ?? 0
      if possible < agreed - 1e-6 {
        facts.append(
          .hours(
            worked: hours, agreed: agreed,
            limit: .companyHours(company: c, hours: rounded(possible))))
      } else {
        facts.append(.hours(worked: hours, agreed: agreed, limit: shortHours(p, ci, row)))
      }
    } else {
      facts.append(.hours(worked: hours, agreed: agreed, limit: nil))
    }
    return ShortfallReason(
      kind: "placement", participant: part.id, binding: c,
      note: .placedAt(company: c, facts: facts), change: nil)
  }

  /// What bounds a placement's hours below the agreed hours when the company's hours on the
  /// person's days would allow them: sessions in the way, full day places, or the work level
  /// stopped before it was proven.
  func shortHours(_ p: Int, _ ci: Int, _ row: ParticipantWeek) -> HoursLimit {
    let company = s.companies[ci]
    let option = opts.byParticipant[p].placements.first { $0.company == ci }
    let days = option?.commonWindows ?? []
    var free = 0.0
    var sessionDays: [Weekday] = []
    let least = s.policy.shortestWorkDay(for: s.participants[p])
    for d in days {
      // A day's work is one block (rule 5): the longest stretch free of the day's sessions,
      // when it reaches the shortest work day.
      var edge = d.window.start.minutes
      var longest = 0
      let sessions = s.activities.filter {
        row.activities.contains($0.id) && $0.day == d.day && $0.time.overlaps(d.window)
      }.sorted { $0.time.start < $1.time.start }
      for a in sessions {
        longest = max(longest, a.time.start.minutes - edge)
        edge = max(edge, a.time.end.minutes)
        if !sessionDays.contains(d.day) { sessionDays.append(d.day) }
      }
      longest = max(longest, d.window.end.minutes - edge)
      let h = Double(longest) / 60
      free += h + 1e-9 >= least ? h : 0
    }
    if free < s.participants[p].hours.target - 1e-6, !sessionDays.isEmpty {
      return .sessions(company: company.id, days: sessionDays)
    }
    let load = plan.companies.first { $0.id == company.id }
    let fullDays = days.map(\.day).filter { d in
      !row.work.contains { $0.day == d }
        && (load?.perDay[d.rawValue] ?? 0) >= (company.slotsPerDay[d] ?? company.slots)
    }
    if !fullDays.isEmpty {
      return .dayPlaces(company: company.id, days: fullDays)
    }
    if let work = plan.solver.goals.first(where: { $0.priority == 4 }), work.status != "optimal" {
      return .workGoalStopped
    }
    return .higherGoal
  }

  // MARK: Mentor hours

  mutating func mentorHours(_ p: Int, _ row: ParticipantWeek) -> ShortfallReason? {
    let id = s.participants[p].id
    let fitting = opts.byParticipant[p].mentors.map(\.mentor)
    guard !fitting.isEmpty else { return nil }  // the decoder says no mentor fits
    var facts: [MentorFact] = []
    var change: WeekChange?
    for mi in fitting {
      let m = s.mentors[mi]
      guard let load = plan.mentors.first(where: { $0.id == m.id }) else { continue }
      let mine = row.mentor == m.id
      if load.hours >= m.hoursPerWeek - 1e-6 {
        let others = load.mentees.filter { $0 != id }
        facts.append(
          .hoursInUse(mentor: m.id, used: load.hours, total: m.hoursPerWeek, others: others))
        if change == nil { change = .mentorHours(mentor: m.id, hours: row.unmetMentorHours) }
      } else if !mine, load.mentees.count >= m.maxMentees {
        facts.append(
          .menteesFull(
            mentor: m.id, count: load.mentees.count, max: m.maxMentees, mentees: load.mentees))
        if change == nil { change = .mentorMentee(mentor: m.id) }
      }
    }
    let needed = s.participants[p].needs.mentorHours
    guard !facts.isEmpty else {
      return ShortfallReason(
        kind: "mentorHours", participant: id, binding: row.mentor,
        note: .mentorHoursUnmet(
          unmet: row.unmetMentorHours, needed: needed,
          why: .oneMentorNoMoreHours(mentor: row.mentor)),
        change: nil)
    }
    var verified: WeekChange?
    if let change, verifyMentor(change, covers: p, row.unmetMentorHours) {
      verified = change
    }
    return ShortfallReason(
      kind: "mentorHours", participant: id, binding: row.mentor,
      note: .mentorHoursUnmet(
        unmet: row.unmetMentorHours, needed: needed, why: .mentors(facts, change: verified)),
      change: verified)
  }

  // MARK: Sessions

  func sessions(_ p: Int, _ row: ParticipantWeek) -> ShortfallReason? {
    let id = s.participants[p].id
    let fitting = opts.byParticipant[p].activities.map(\.activity)
    let wanted = s.policy.socialSessionsPerWeek
    if fitting.count < wanted {
      let names = fitting.map { s.activities[$0].id }
      return ShortfallReason(
        kind: "sessions", participant: id, binding: nil,
        note: .sessionsShort(
          missing: row.missingSocialSessions, wanted: wanted,
          why: names.isEmpty ? .noneFit : .onlyFit(names)),
        change: nil)
    }
    var facts: [SessionFact] = []
    var change: WeekChange?
    for ai in fitting {
      let a = s.activities[ai]
      if row.activities.contains(a.id) { continue }
      let attendees = plan.activities.first { $0.id == a.id }?.attendees ?? []
      if let w = row.work.first(where: {
        $0.day == a.day && $0.time.start < a.time.end && a.time.start < $0.time.end
      }) {
        facts.append(
          .clashesWithWork(activity: a.id, day: a.day, company: row.company, time: w.time))
      } else if attendees.count >= a.seats {
        facts.append(.full(activity: a.id, seats: a.seats))
        if change == nil { change = .activitySeat(activity: a.id) }
      } else {
        facts.append(.sameDayOtherPlans(activity: a.id, day: a.day))
      }
    }
    return ShortfallReason(
      kind: "sessions", participant: id, binding: nil,
      note: .sessionsShort(
        missing: row.missingSocialSessions, wanted: wanted,
        why: .sessions(facts, change: change)),
      change: change)
  }

  // MARK: Verification by re-planning

  /// The part of the week that holds participant `p`, with `change` made.
  func partScenario(_ changed: Scenario, around p: Int) -> Scenario {
    let id = s.participants[p].id
    guard parts.count > 1 else { return changed }
    let changedParts = Planner.independentParts(changed)
    return changedParts.first { $0.participants.contains { $0.id == id } } ?? changed
  }

  /// The re-plan of `changed`; nil once the clock was stopped (no change is verified then).
  /// A week (or part) asked again with the same input is not solved again: its first plan is
  /// returned (GLPK finds the same plan for the same model, so the answer is the same), such
  /// as one more slot at a company checked for two people who both wait for it. Each ask
  /// still counts against the budget, so the notes do not depend on the cache.
  mutating func replan(_ changed: Scenario, around p: Int, why: @autoclosure () -> String) -> Plan?
  {
    if options.clockStopped { return nil }
    let input = partScenario(changed, around: p)
    if let known = replans[input] {
      trace("replan: \(why()) for \(s.participants[p].id): known")
      return known
    }
    // The run's deadline bounds the re-plans too: none starts after it, and each may use only
    // the time left before it.
    var limit = options.timeLimit
    if let deadline = options.deadline {
      let left = deadline.timeIntervalSinceNow
      if left <= 0 {
        trace("replan: \(why()) for \(s.participants[p].id): past the deadline")
        stoppedByClock = true
        return nil
      }
      limit = min(limit ?? left, left)
    }
    trace("replan: \(why()) for \(s.participants[p].id)")
    var o = PlanningOptions(timeLimit: limit, relativeGap: options.relativeGap)
    o.stabilityReference = plan
    o.nodeLimit = options.nodeLimit
    o.explain = false
    o.cancellation = options.cancellation
    o.clockStop = options.clockStop
    let other = try? Planner.plan(input, options: o).plan
    // A re-plan the clock stop (or a cancellation) cut short verifies nothing, and is not
    // kept.
    if options.clockStopped || options.cancellation?.isCancelled == true { return nil }
    if other?.cutByClock == true {
      // Cut by the deadline: its answer depends on the machine, so it verifies nothing.
      stoppedByClock = true
      return nil
    }
    replans[input] = .some(other)
    return other
  }

  /// Whether `change` places `p`: first with everyone else's week held as planned
  /// (``restrictedReplan(_:around:)``), else the week (or part) planned again whole.
  mutating func verify(_ change: WeekChange, places p: Int) -> Bool {
    guard budget > 0 else { return false }
    budget -= 1
    let id = s.participants[p].id
    let changed = change.applied(to: s)
    func placed(_ plan: Plan) -> Bool { plan.participants.first { $0.id == id }?.company != nil }
    if let held = restrictedReplan(change, around: p), placed(held) { return true }
    guard let other = replan(changed, around: p, why: "verify \(change)") else {
      return false
    }
    return placed(other)
  }

  /// Whether `change` lowers `p`'s unmet mentor hours below `unmet`: first with everyone
  /// else's week held as planned, else the week (or part) planned again whole.
  mutating func verifyMentor(_ change: WeekChange, covers p: Int, _ unmet: Double) -> Bool {
    guard budget > 0 else { return false }
    budget -= 1
    let id = s.participants[p].id
    let changed = change.applied(to: s)
    func covers(_ plan: Plan) -> Bool {
      guard let row = plan.participants.first(where: { $0.id == id }) else { return false }
      return row.unmetMentorHours < unmet - 1e-6
    }
    if let held = restrictedReplan(change, around: p), covers(held) { return true }
    guard let other = replan(changed, around: p, why: "verifyMentor \(change)") else {
      return false
    }
    return covers(other)
  }
}
