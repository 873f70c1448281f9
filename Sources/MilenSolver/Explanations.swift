import Foundation
import MilenModel

/// A change to the week's capacities or agreements that would resolve a shortfall: what a
/// reason proposes, and what a test (or `milen suggest`) applies to check it.
public enum WeekChange: Hashable, Sendable, CustomStringConvertible {
  /// One more weekly placement slot at a company.
  case companySlot(company: String)
  /// One more placement slot at a company on one weekday.
  case companyDaySlot(company: String, day: Weekday)
  /// More weekly hours for a mentor.
  case mentorHours(mentor: String, hours: Double)
  /// One more mentee place for a mentor.
  case mentorMentee(mentor: String)
  /// One more seat at an activity session.
  case activitySeat(activity: String)
  /// Ending a participant's placement at a company (a ban there this week).
  case endPlacement(participant: String, company: String)

  /// The change in words: `one more slot at nettoline`.
  public var description: String {
    switch self {
    case .companySlot(let c): return "one more slot at \(c)"
    case .companyDaySlot(let c, let d): return "one more \(d.rawValue) slot at \(c)"
    case .mentorHours(let m, let h): return "\(fmt(h)) more hours for \(m)"
    case .mentorMentee(let m): return "one more mentee place for \(m)"
    case .activitySeat(let a): return "one more seat at \(a)"
    case .endPlacement(let p, let c): return "ending \(p)'s placement at \(c)"
    }
  }

  /// The scenario with the change made.
  public func applied(to given: Scenario) -> Scenario {
    var s = given
    switch self {
    case .companySlot(let c):
      if let i = s.companies.firstIndex(where: { $0.id == c }) { s.companies[i].slots += 1 }
    case .companyDaySlot(let c, let d):
      if let i = s.companies.firstIndex(where: { $0.id == c }) {
        let slots = s.companies[i].slots
        s.companies[i].slotsPerDay[d, default: slots] += 1
      }
    case .mentorHours(let m, let h):
      if let i = s.mentors.firstIndex(where: { $0.id == m }) { s.mentors[i].hoursPerWeek += h }
    case .mentorMentee(let m):
      if let i = s.mentors.firstIndex(where: { $0.id == m }) { s.mentors[i].maxMentees += 1 }
    case .activitySeat(let a):
      if let i = s.activities.firstIndex(where: { $0.id == a }) { s.activities[i].seats += 1 }
    case .endPlacement(let p, let c):
      s.bans.append(Ban(participant: p, company: c))
    }
    return s
  }
}

/// A shortfall's reason: the binding constraint, read from the plan's loads (the rows that
/// bind), and the smallest change that frees it, checked by planning the week with it.
public struct ShortfallReason: Hashable, Sendable {
  /// What falls short: `notPlaced`, `mentorHours`, `sessions`.
  public var kind: String
  /// The participant.
  public var participant: String
  /// The binding company, mentor or session.
  public var binding: String?
  /// The note: one reason, naming the capacity or rule and who holds it.
  public var text: String
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
  /// ``defaultBudget`` for at most ``verifiedWeekSize`` participants and none above.
  public static func budget(_ s: Scenario, _ options: PlanningOptions) -> Int {
    options.explainBudget
      ?? (s.participants.count <= verifiedWeekSize ? defaultBudget : 0)
  }

  /// The plan with its shortfall notes replaced by reasons.
  public static func explain(
    _ s: Scenario, _ plan: Plan, options: PlanningOptions, budget: Int
  ) -> (plan: Plan, reasons: [ShortfallReason]) {
    var e = Explainer(s: s, plan: plan, options: options, budget: budget)
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
        replace(&notes, prefix: "not placed: the companies that fit", with: reason.text)
        reasons.append(reason)
      }
      if row.company != nil, let reason = e.whyHere(p, row) {
        notes.insert(reason.text, at: 0)
        reasons.append(reason)
      }
      if row.unmetMentorHours > 1e-6, let reason = e.mentorHours(p, row) {
        replace(&notes, containing: "mentor hours unmet: the mentors who fit", with: reason.text)
        reasons.append(reason)
      }
      if row.missingSocialSessions > 0, let reason = e.sessions(p, row) {
        replace(&notes, containing: "social session(s) short of", with: reason.text)
        reasons.append(reason)
      }
      out.participants[r].notes = notes
    }
    return (out, reasons)
  }

  static func replace(_ notes: inout [String], prefix: String, with text: String) {
    if let i = notes.firstIndex(where: { $0.hasPrefix(prefix) }) { notes[i] = text }
  }

  static func replace(_ notes: inout [String], containing part: String, with text: String) {
    if let i = notes.firstIndex(where: { $0.contains(part) }) { notes[i] = text }
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

  init(s: Scenario, plan: Plan, options: PlanningOptions, budget: Int) {
    self.s = s
    self.plan = plan
    self.options = options
    self.budget = budget
    opts = ScenarioOptions(s)
    rows = Dictionary(plan.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    parts = budget > 0 ? Planner.independentParts(s) : []
  }

  // MARK: Who holds a place

  /// `p14 (week 3 of 13)`, `p26 (admitted this week)`.
  func holder(_ id: String) -> String {
    guard let row = rows[id] else { return id }
    if row.status == .admitted { return "\(id) (admitted this week)" }
    if let w = row.placementWeek,
      let limit = s.participants.first(where: { $0.id == id })?.readiness.placementWeekLimit
    {
      return "\(id) (week \(w) of \(limit))"
    }
    return id
  }

  func holders(_ ids: [String]) -> String {
    ids.isEmpty ? "nobody" : ids.map(holder).joined(separator: ", ")
  }

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
  func companyBinding(_ p: Int, _ c: Int) -> (text: String, change: WeekChange)? {
    let company = s.companies[c]
    guard let load = plan.companies.first(where: { $0.id == company.id }) else { return nil }
    let here = load.participants
    if here.count >= load.slots {
      return (
        "\(company.id) has \(load.slots) slot\(load.slots == 1 ? "" : "s"), held by \(holders(here))",
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
        "\(company.id) is at its legal ratio (rule 3: \(load.legalRoom) in placement for "
          + "\(company.ordinaryEmployees) employees), held by \(holders(here))",
        .endPlacement(participant: newest ?? here[0], company: company.id)
      )
    }
    let option = opts.byParticipant[p].placements.first { $0.company == c }
    let days = option?.days.map(\.day) ?? []
    let full = days.filter { d in
      let cap = company.slotsPerDay[d] ?? company.slots
      return (load.perDay[d.rawValue] ?? 0) >= cap
    }
    if !days.isEmpty, full.count == days.count, let d = full.first {
      let onDay = here.filter { id in rows[id]?.work.contains { $0.day == d } ?? false }
      return (
        "\(company.id)'s places on the days they can work there (\(days.map(\.rawValue).joined(separator: ","))) "
          + "are full: \(d.rawValue) is held by \(holders(onDay))",
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
          kind: "notPlaced", participant: id, binding: companyOf(b.change),
          text: "not placed: \(b.text); \(b.change) would place \(id)", change: b.change)
      }
    }
    if let (_, b) = bindings.first {
      return ShortfallReason(
        kind: "notPlaced", participant: id, binding: companyOf(b.change),
        text: "not placed: \(b.text)", change: nil)
    }
    // Room everywhere that fits: placing them would cost a goal above placements.
    let c = companies[0]
    let company = s.companies[c].id
    if let traded = tradeOff(p, at: company) {
      return ShortfallReason(
        kind: "notPlaced", participant: id, binding: company,
        text: "not placed: \(company) has room, but \(traded)", change: nil)
    }
    return ShortfallReason(
      kind: "notPlaced", participant: id, binding: company,
      text: "not placed: \(company) has room, but a higher goal keeps its places for others",
      change: nil)
  }

  func companyOf(_ change: WeekChange) -> String? {
    switch change {
    case .companySlot(let c), .companyDaySlot(let c, _), .endPlacement(_, let c): return c
    default: return nil
    }
  }

  /// What placing `p` at `company` would cost, by planning with them locked there: the first
  /// goal that gets worse and who would be moved.
  mutating func tradeOff(_ p: Int, at company: String) -> String? {
    let id = s.participants[p].id
    var locked = s
    locked.locks.removeAll { $0.participant == id }
    locked.locks.append(Lock(participant: id, company: company))
    guard budget > 0 else { return nil }
    budget -= 1
    guard let other = replan(locked, around: p) else {
      return "placing \(id) there breaks a hard rule this week"
    }
    let base = plan.solver.goals
    for g in other.solver.goals.sorted(by: { $0.priority < $1.priority }) {
      guard let b = base.first(where: { $0.priority == g.priority }) else { continue }
      if g.objective < b.objective - 1e-6 {
        let moved = other.participants.filter { r in
          r.id != id
            && rows[r.id].map { $0.company != r.company || $0.status != r.status }
              == true
        }.map(\.id)
        let who = moved.isEmpty ? "" : " (\(moved.joined(separator: ", ")) would change)"
        return "placing \(id) there lowers the \(g.name) goal from \(fmt(b.objective)) to "
          + "\(fmt(g.objective))\(who)"
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
    var facts: [String] = []
    if let rank = part.wishes.companies.firstIndex(of: c) {
      facts.append("wish \(rank + 1) of \(part.wishes.companies.count)")
    } else if part.wishes.companies.isEmpty {
      facts.append("no wishes given, it fits")
    } else {
      facts.append("not among their wishes, it fits")
    }
    // A higher wish that was not met: what holds it.
    let rank = part.wishes.companies.firstIndex(of: c) ?? part.wishes.companies.count
    let fitting = Set(opts.byParticipant[p].placements.map(\.company))
    for w in part.wishes.companies.prefix(rank) {
      guard let wi = s.companies.firstIndex(where: { $0.id == w }) else { continue }
      if !fitting.contains(wi) {
        let why = opts.byParticipant[p].excludedCompanies.first { $0.0 == w }?.1 ?? "out of reach"
        facts.append("wish \(w): \(why)")
      } else if let b = companyBinding(p, wi) {
        facts.append("wish \(b.text)")
      } else {
        facts.append("wish \(w) has room, but a higher goal keeps its places for others")
      }
      break
    }
    let hours = row.work.reduce(0) { $0 + $1.time.hours }
    let agreed = part.hours.target
    if hours < agreed - 1e-6 {
      let option = opts.byParticipant[p].placements.first { $0.company == ci }
      let possible = option?.days.reduce(0) { $0 + $1.window.hours } ?? 0
      if possible < agreed - 1e-6 {
        facts.append(
          "\(fmt(hours)) of \(fmt(agreed)) agreed hours: \(c)'s hours on their days allow "
            + "\(fmt(rounded(possible))) h")
      } else {
        facts.append("\(fmt(hours)) of \(fmt(agreed)) agreed hours: " + shortHours(p, ci, row))
      }
    } else {
      facts.append("\(fmt(hours)) of \(fmt(agreed)) agreed hours")
    }
    return ShortfallReason(
      kind: "placement", participant: part.id, binding: c,
      text: "at \(c): " + facts.joined(separator: "; "), change: nil)
  }

  /// What bounds a placement's hours below the agreed hours when the company's hours on the
  /// person's days would allow them: sessions in the way, full day places, or the work level
  /// stopped before it was proven.
  func shortHours(_ p: Int, _ ci: Int, _ row: ParticipantWeek) -> String {
    let company = s.companies[ci]
    let option = opts.byParticipant[p].placements.first { $0.company == ci }
    let days = option?.days ?? []
    var free = 0.0
    var sessionDays: [String] = []
    for d in days {
      var h = d.window.hours
      for a in s.activities where row.activities.contains(a.id) && a.day == d.day {
        let lo = max(a.time.start.minutes, d.window.start.minutes)
        let hi = min(a.time.end.minutes, d.window.end.minutes)
        if hi > lo {
          h -= Double(hi - lo) / 60
          sessionDays.append(d.day.rawValue)
        }
      }
      free += max(0, h)
    }
    if free < s.participants[p].hours.target - 1e-6, !sessionDays.isEmpty {
      return "their sessions on \(sessionDays.joined(separator: ",")) take hours at \(company.id)"
    }
    let load = plan.companies.first { $0.id == company.id }
    let fullDays = days.map(\.day).filter { d in
      !row.work.contains { $0.day == d }
        && (load?.perDay[d.rawValue] ?? 0) >= (company.slotsPerDay[d] ?? company.slots)
    }
    if !fullDays.isEmpty {
      return "\(company.id)'s places on \(fullDays.map(\.rawValue).joined(separator: ",")) are full"
    }
    if let work = plan.solver.goals.first(where: { $0.priority == 4 }), work.status != "optimal" {
      return "the work goal stopped at its \(work.status) before more hours were proven"
    }
    return "more hours here would lower a higher goal"
  }

  // MARK: Mentor hours

  mutating func mentorHours(_ p: Int, _ row: ParticipantWeek) -> ShortfallReason? {
    let id = s.participants[p].id
    let fitting = opts.byParticipant[p].mentors.map(\.mentor)
    guard !fitting.isEmpty else { return nil }  // the decoder says no mentor fits
    var facts: [String] = []
    var change: WeekChange?
    for mi in fitting {
      let m = s.mentors[mi]
      guard let load = plan.mentors.first(where: { $0.id == m.id }) else { continue }
      let mine = row.mentor == m.id
      if load.hours >= m.hoursPerWeek - 1e-6 {
        let others = load.mentees.filter { $0 != id }
        facts.append(
          "\(m.id) has \(fmt(load.hours)) of \(fmt(m.hoursPerWeek)) h in use"
            + (others.isEmpty ? "" : " (\(others.joined(separator: ", ")))"))
        if change == nil { change = .mentorHours(mentor: m.id, hours: row.unmetMentorHours) }
      } else if !mine, load.mentees.count >= m.maxMentees {
        facts.append(
          "\(m.id) has \(load.mentees.count) of \(m.maxMentees) mentees "
            + "(\(load.mentees.joined(separator: ", ")))")
        if change == nil { change = .mentorMentee(mentor: m.id) }
      }
    }
    let head =
      "\(fmt(row.unmetMentorHours)) of \(fmt(s.participants[p].needs.mentorHours)) mentor hours unmet"
    guard !facts.isEmpty else {
      return ShortfallReason(
        kind: "mentorHours", participant: id, binding: row.mentor,
        text: "\(head): one mentor a week, and \(row.mentor ?? "their mentor") has no more "
          + "hours on the days they share", change: nil)
    }
    var text = "\(head): " + facts.joined(separator: "; ")
    var verified: WeekChange?
    if let change, verifyMentor(change, covers: p, row.unmetMentorHours) {
      text += "; \(change) would cover them"
      verified = change
    }
    return ShortfallReason(
      kind: "mentorHours", participant: id, binding: facts.isEmpty ? nil : row.mentor,
      text: text, change: verified)
  }

  // MARK: Sessions

  func sessions(_ p: Int, _ row: ParticipantWeek) -> ShortfallReason? {
    let id = s.participants[p].id
    let fitting = opts.byParticipant[p].activities.map(\.activity)
    let wanted = s.policy.socialSessionsPerWeek
    let head = "\(row.missingSocialSessions) social session(s) short of \(wanted)"
    if fitting.count < wanted {
      let names = fitting.map { s.activities[$0].id }
      let fits =
        names.isEmpty
        ? "no session fits their availability"
        : "only \(names.joined(separator: ", ")) fit\(names.count == 1 ? "s" : "") their availability"
      return ShortfallReason(
        kind: "sessions", participant: id, binding: nil, text: "\(head): \(fits)", change: nil)
    }
    var facts: [String] = []
    var change: WeekChange?
    for ai in fitting {
      let a = s.activities[ai]
      if row.activities.contains(a.id) { continue }
      let attendees = plan.activities.first { $0.id == a.id }?.attendees ?? []
      if let w = row.work.first(where: {
        $0.day == a.day && $0.time.start < a.time.end && a.time.start < $0.time.end
      }) {
        facts.append(
          "\(a.id) (\(a.day.rawValue)) clashes with their work at \(row.company ?? "work") "
            + "\(w.time.start)-\(w.time.end)")
      } else if attendees.count >= a.seats {
        facts.append("\(a.id) is full (\(a.seats) of \(a.seats) seats)")
        if change == nil { change = .activitySeat(activity: a.id) }
      } else {
        facts.append(
          "\(a.id) has a free seat but the same \(a.day.rawValue) holds their other plans")
      }
    }
    return ShortfallReason(
      kind: "sessions", participant: id, binding: nil,
      text: "\(head): " + facts.joined(separator: "; "), change: change)
  }

  // MARK: Verification by re-planning

  /// The part of the week that holds participant `p`, with `change` made.
  func partScenario(_ changed: Scenario, around p: Int) -> Scenario {
    let id = s.participants[p].id
    guard parts.count > 1 else { return changed }
    let changedParts = Planner.independentParts(changed)
    return changedParts.first { $0.participants.contains { $0.id == id } } ?? changed
  }

  func replan(_ changed: Scenario, around p: Int) -> Plan? {
    var o = PlanningOptions(timeLimit: options.timeLimit, relativeGap: options.relativeGap)
    o.stabilityReference = plan
    o.nodeLimit = options.nodeLimit
    o.explain = false
    o.cancellation = options.cancellation
    return try? Planner.plan(partScenario(changed, around: p), options: o).plan
  }

  mutating func verify(_ change: WeekChange, places p: Int) -> Bool {
    guard budget > 0 else { return false }
    budget -= 1
    let id = s.participants[p].id
    guard let other = replan(change.applied(to: s), around: p) else { return false }
    return other.participants.first { $0.id == id }?.company != nil
  }

  mutating func verifyMentor(_ change: WeekChange, covers p: Int, _ unmet: Double) -> Bool {
    guard budget > 0 else { return false }
    budget -= 1
    let id = s.participants[p].id
    guard let other = replan(change.applied(to: s), around: p),
      let row = other.participants.first(where: { $0.id == id })
    else { return false }
    return row.unmetMentorHours < unmet - 1e-6
  }
}
