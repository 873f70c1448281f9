import Foundation
import MilenModel

/// Independent parts of a week: participants who share no company, mentor or activity option
/// with each other (in practice, towns out of each other's reach). Each part is its own,
/// much smaller integer program; the parts are solved concurrently and merged.
struct Part: Sendable {
  var participants: [Int]
  var companies: [Int]
  var mentors: [Int]
  var activities: [Int]
}

enum Decomposition {
  /// The connected parts, in order of their first participant. Union-find over participants
  /// and the companies, mentors and activities they could use.
  static func parts(_ s: Scenario, _ o: ScenarioOptions) -> [Part] {
    let np = s.participants.count
    let nc = s.companies.count
    let nm = s.mentors.count
    var parent = Array(0..<(np + nc + nm + s.activities.count))
    func find(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    func union(_ a: Int, _ b: Int) {
      let ra = find(a)
      let rb = find(b)
      if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
    for (p, opts) in o.byParticipant.enumerated() {
      for x in opts.placements { union(p, np + x.company) }
      for m in opts.mentors { union(p, np + nc + m.mentor) }
      for a in opts.activities { union(p, np + nc + nm + a.activity) }
    }
    var byRoot: [Int: Int] = [:]
    var parts: [Part] = []
    for p in 0..<np {
      let r = find(p)
      if let i = byRoot[r] {
        parts[i].participants.append(p)
      } else {
        byRoot[r] = parts.count
        parts.append(Part(participants: [p], companies: [], mentors: [], activities: []))
      }
    }
    for c in 0..<nc { if let i = byRoot[find(np + c)] { parts[i].companies.append(c) } }
    for m in 0..<nm { if let i = byRoot[find(np + nc + m)] { parts[i].mentors.append(m) } }
    for a in s.activities.indices {
      if let i = byRoot[find(np + nc + nm + a)] { parts[i].activities.append(a) }
    }
    return parts
  }

  /// The coordinator's room for admissions, shared out over the parts in referral order:
  /// walking the waiting list from the earliest referral, each referral's follow-up hours go to
  /// its part while the room lasts. Exact when the room covers every referral.
  static func admissionRoom(_ s: Scenario, _ parts: [Part], fixedLoad: Double) -> [Double] {
    var room = s.coordinator.hoursPerWeek - fixedLoad
    var partOf: [Int: Int] = [:]
    for (i, part) in parts.enumerated() { for p in part.participants { partOf[p] = i } }
    var out = Array(repeating: 0.0, count: parts.count)
    for p in s.waitingListOrder {
      let cost = s.coordinator.followUp(for: s.participants[p].track)
      guard cost <= room + 1e-9, let i = partOf[p] else { continue }
      out[i] += cost
      room -= cost
    }
    return out
  }

  /// The scenario of one part: its people and places; the coordinator's hours are those its
  /// enrolled need plus its share of the room for admissions; break-even counts only what the
  /// part must add (see docs/performance.md).
  static func scenario(
    of part: Part, in s: Scenario, room: Double, breakEvenShare: Int
  ) -> Scenario {
    var sub = s
    sub.participants = part.participants.map { s.participants[$0] }
    sub.companies = part.companies.map { s.companies[$0] }
    sub.mentors = part.mentors.map { s.mentors[$0] }
    sub.activities = part.activities.map { s.activities[$0] }
    let ids = Set(sub.participants.map(\.id))
    let companyIds = Set(sub.companies.map(\.id))
    sub.locks = s.locks.filter { ids.contains($0.participant) }
    sub.bans = s.bans.filter { ids.contains($0.participant) && companyIds.contains($0.company) }
    let enrolled = sub.participants.filter(\.isActiveEnrolled)
    let load =
      enrolled.reduce(0) { $0 + s.coordinator.followUp(for: $1.track) }
      + sub.activities.filter(\.runByCoordinator).reduce(0) { $0 + $1.time.hours }
    sub.coordinator.fixedHours = 0
    // In whole minutes (rounded up), as a scenario file's hours are read: the part that
    // `milen split` writes reads back exactly as `plan` solves it.
    sub.coordinator.hoursPerWeek = ((load + room) * 60 - 1e-6).rounded(.up) / 60
    sub.programme.breakEven = breakEvenShare
    sub.programme.target = max(breakEvenShare, 0)
    // Wishes, reach and current places may name companies of other parts: keep them only
    // where they exist here (they could not be used anyway).
    let cids = Set(sub.companies.map(\.id))
    let mids = Set(sub.mentors.map(\.id))
    let aids = Set(sub.activities.map(\.id))
    for i in sub.participants.indices {
      sub.participants[i].wishes.companies.removeAll { !cids.contains($0) }
      sub.participants[i].wishes.activities.removeAll { !aids.contains($0) }
      sub.participants[i].reachableCompanies = sub.participants[i].reachableCompanies?.filter {
        cids.contains($0)
      }
      if let c = sub.participants[i].current.company, !cids.contains(c) {
        // A company of another part is out of reach here (last week still names it: the
        // part is solved with the whole week's reference). Its start and days go with it, so
        // the part written by `milen split` is a valid scenario.
        sub.participants[i].current.company = nil
        sub.participants[i].current.placementWeeks = 0
        sub.participants[i].current.since = nil
        sub.participants[i].current.work = nil
      }
      sub.participants[i].current.earlierPlacements = sub.participants[i].current.earlierPlacements
        .filter { cids.contains($0.key) }
      if let m = sub.participants[i].current.mentor, !mids.contains(m) {
        sub.participants[i].current.mentor = nil
      }
    }
    return sub
  }

  /// Merges the parts' plans into the week's plan, in the scenario's order.
  static func merge(_ plans: [Plan], parts: [Part], scenario s: Scenario) -> Plan {
    var rowOf: [String: ParticipantWeek] = [:]
    var companyLoad: [String: CompanyLoad] = [:]
    var mentorLoad: [String: MentorLoad] = [:]
    var activityLoad: [String: ActivityLoad] = [:]
    for plan in plans {
      for r in plan.participants { rowOf[r.id] = r }
      for c in plan.companies { companyLoad[c.id] = c }
      for m in plan.mentors { mentorLoad[m.id] = m }
      for a in plan.activities { activityLoad[a.id] = a }
    }
    let rows = s.participants.compactMap { rowOf[$0.id] }
    let companies = s.companies.map { c in
      companyLoad[c.id]
        ?? CompanyLoad(
          id: c.id, participants: [], slots: c.slots,
          legalRoom: legalPlacementRoom(ordinaryEmployees: c.ordinaryEmployees) - c.subsidisedStaff,
          perDay: [:])
    }
    let mentors = s.mentors.map {
      mentorLoad[$0.id]
        ?? MentorLoad(
          id: $0.id, mentees: [], hours: 0, hoursPerWeek: $0.hoursPerWeek, maxMentees: $0.maxMentees
        )
    }
    let activities = s.activities.map {
      activityLoad[$0.id] ?? ActivityLoad(id: $0.id, attendees: [], seats: $0.seats)
    }
    var goals: [GoalFigures] = []
    for level in GoalLevel.allCases {
      let g = plans.compactMap { $0.solver.goals.first { $0.priority == level.rawValue } }
      guard !g.isEmpty else { continue }
      let objective = rounded(g.reduce(0) { $0 + $1.objective })
      let reached = g.allSatisfy { $0.bound != nil }
      let bound = reached ? rounded(g.reduce(0) { $0 + $1.bound! }) : nil
      let worst = g.first { $0.status != "optimal" }?.status ?? "optimal"
      goals.append(
        GoalFigures(
          priority: level.rawValue, name: level.name, objective: objective, bound: bound,
          gap: bound.map { rounded(abs($0 - objective) / max(1e-10, abs(objective))) },
          status: worst,
          simplexIterations: g.reduce(0) { $0 + $1.simplexIterations },
          nodes: g.reduce(0) { $0 + $1.nodes }))
      if g.allSatisfy({ $0.lpRelaxation != nil }) {
        goals[goals.count - 1].lpRelaxation = rounded(g.reduce(0) { $0 + $1.lpRelaxation! })
      }
      let searched = g.reduce(0) { $0 + ($1.neighbourhoods ?? 0) }
      if searched > 0 { goals[goals.count - 1].neighbourhoods = searched }
    }
    let statuses = plans.map(\.solver.status)
    let status =
      statuses.allSatisfy { $0 == "optimal" }
      ? "optimal"
      : (statuses.first { $0 == "feasibleAtTimeLimit" } ?? statuses.first { $0 != "optimal" }!)
    let solver = SolverFigures(
      status: status, goals: goals, variables: plans.reduce(0) { $0 + $1.solver.variables },
      integerVariables: plans.reduce(0) { $0 + $1.solver.integerVariables },
      constraints: plans.reduce(0) { $0 + $1.solver.constraints },
      simplexIterations: plans.reduce(0) { $0 + $1.solver.simplexIterations },
      nodes: plans.reduce(0) { $0 + $1.solver.nodes })
    let figures = PlanDecoder.programme(s, rows)
    var plan = Plan(
      week: s.week, participants: rows, companies: companies, mentors: mentors,
      activities: activities, programme: figures, solver: solver)
    plan.parts = plans.count
    plan.businessCase = BusinessCase(s, rows: rows)
    return plan
  }
}
