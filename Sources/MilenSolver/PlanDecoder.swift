import Foundation
import GLPK
import MilenModel

/// Turns a solution of the formulation into a ``Plan``, with the notes that explain it.
struct PlanDecoder {
  let f: Formulation
  let x: [Double]
  let levels: [GoalFigures]

  init(_ f: Formulation, values: [Double], levels: [GoalFigures]) {
    self.f = f
    self.x = values
    self.levels = levels
  }

  var s: Scenario { f.scenario }

  func on(_ v: Variable) -> Bool { x[v.index] > 0.5 }

  func plan() -> Plan {
    let served = f.participants.indices.map { p in f.admit[p].map(on) ?? true }
    var rows: [ParticipantWeek] = []
    var placedAt: [Int: Int] = [:]  // participant -> placement index
    for p in f.participants.indices {
      rows.append(participantWeek(p, served: served[p], placedAt: &placedAt))
    }
    let companies = s.companies.enumerated().map { ci, c -> CompanyLoad in
      let here = rows.filter { $0.company == c.id }
      var perDay: [String: Int] = [:]
      for d in Weekday.workdays {
        let n = here.filter { $0.work.contains { $0.day == d } }.count
        if n > 0 { perDay[d.rawValue] = n }
      }
      return CompanyLoad(
        id: c.id, participants: here.map(\.id), slots: c.slots,
        legalRoom: legalPlacementRoom(ordinaryEmployees: c.ordinaryEmployees) - c.subsidisedStaff,
        perDay: perDay)
    }
    let mentors = s.mentors.map { m -> MentorLoad in
      let here = rows.filter { $0.mentor == m.id }
      return MentorLoad(
        id: m.id, mentees: here.map(\.id), hours: rounded(here.reduce(0) { $0 + $1.mentorHours }),
        hoursPerWeek: m.hoursPerWeek, maxMentees: m.maxMentees)
    }
    let activities = s.activities.map { a in
      ActivityLoad(
        id: a.id, attendees: rows.filter { $0.activities.contains(a.id) }.map(\.id), seats: a.seats)
    }
    let figures = programme(rows)
    var plan = Plan(
      week: s.week, participants: rows, companies: companies, mentors: mentors,
      activities: activities, programme: figures, solver: solverFigures())
    plan.businessCase = BusinessCase(s, rows: rows)
    return plan
  }

  /// The notes of a waiting participant before the reason is settled.
  static let waitingNotes: [Note] = [.waiting(Waiting())]

  func participantWeek(_ p: Int, served: Bool, placedAt: inout [Int: Int]) -> ParticipantWeek {
    let part = f.participants[p]
    let status: ParticipantStatus =
      part.exit != nil
      ? .left : (part.enrolment == .enrolled ? .enrolled : (served ? .admitted : .waiting))
    var row = ParticipantWeek(id: part.id, name: part.name, status: status, track: part.track)
    var notes: [Note] = []
    if status == .left {
      row.exitReason = part.exit?.reason
      row.notes = [.enrolmentEnded(reason: part.exit?.reason ?? .other, on: part.exit?.on)]
      return row
    }
    if status == .waiting {
      // The reason (rule 9) is settled on the whole week's plan (WaitingReasons).
      row.notes = Self.waitingNotes
      return row
    }
    if status == .admitted {
      notes.append(.admitted(referredOn: part.referredOn))
    }
    if part.track.isEmployed { row.employer = part.employment?.employer }
    if let i = f.placementsOf[p].first(where: { on(f.placements[$0].x) }) {
      let pv = f.placements[i]
      let c = s.companies[pv.option.company]
      row.company = c.id
      placedAt[p] = i
      for d in pv.days where on(d.w) {
        let minutes = Int((x[d.h.index] * 60).rounded())
        let start = d.window.window.start
        row.work.append(
          WorkDay(
            day: d.window.day,
            time: TimeWindow(start: start, end: TimeOfDay(minutes: start.minutes + minutes))))
      }
      let limit = part.readiness.placementWeekLimit
      let week = part.current.weeksUsed(at: c.id) + 1
      row.placementWeek = week
      if week == limit {
        notes.append(.lastLegalWeek(company: c.id, week: week, limit: limit))
      }
    } else if part.track == .placement {
      notes.append(notPlacedNote(p))
    }
    var earlier = part.current.earlierPlacements
    if let cur = part.current.company, part.current.placementWeeks > 0 {
      earlier[cur, default: 0] += part.current.placementWeeks
    }
    if let c = row.company { earlier[c] = nil }
    row.earlierPlacements = earlier.isEmpty ? nil : earlier
    if let at = f.options.byParticipant[p].limitReachedAt, row.company != at {
      notes.append(.limitReached(company: at, limit: part.readiness.placementWeekLimit))
    }
    if let i = f.mentorsOf[p].first(where: { on(f.mentors[$0].m) }) {
      row.mentor = s.mentors[f.mentors[i].option.mentor].id
      // To whole minutes, like work times: removes the solver's 1e-7 noise.
      row.mentorHours = rounded((x[f.mentors[i].g.index] * 60).rounded() / 60)
    }
    row.unmetMentorHours = rounded(max(0, part.needs.mentorHours - row.mentorHours))
    if row.unmetMentorHours > 1e-6 { notes.append(unmetMentorNote(p, row)) }
    row.activities = f.activitiesOf[p].filter { on(f.activities[$0].y) }.map {
      s.activities[f.activities[$0].option.activity].id
    }
    row.missingSocialSessions = max(0, s.policy.socialSessionsPerWeek - row.activities.count)
    if row.missingSocialSessions > 0 {
      let fitting = f.activitiesOf[p].map { s.activities[f.activities[$0].option.activity].id }
      let why: SessionShortfall
      if fitting.isEmpty {
        why = .noneFit
      } else if fitting.count < s.policy.socialSessionsPerWeek {
        why = .onlyFit(fitting)
      } else {
        why = .fullOrClash
      }
      notes.append(
        .sessionsShort(
          missing: row.missingSocialSessions, wanted: s.policy.socialSessionsPerWeek, why: why))
    }
    row.notes = notes
    return row
  }

  func notPlacedNote(_ p: Int) -> Note {
    let o = f.options.byParticipant[p]
    if o.placements.isEmpty {
      return .notPlaced(.nothingFits(excluded: o.excludedCompanies, outOfReach: o.outOfReach))
    }
    return .notPlaced(.noPlaceLeft(companies: o.placements.map { s.companies[$0.company].id }))
  }

  func unmetMentorNote(_ p: Int, _ row: ParticipantWeek) -> Note {
    let part = f.participants[p]
    let why: MentorShortfall =
      f.mentorsOf[p].isEmpty
      ? .noMentorSharesDay(competences: part.needs.competences) : .fittingMentorsFull
    return .mentorHoursUnmet(unmet: row.unmetMentorHours, needed: part.needs.mentorHours, why: why)
  }

  func programme(_ rows: [ParticipantWeek]) -> ProgrammeFigures {
    PlanDecoder.programme(s, rows)
  }

  /// The programme figures of a scenario's plan rows (also used to merge the parts of a
  /// decomposed plan).
  static func programme(_ s: Scenario, _ rows: [ParticipantWeek]) -> ProgrammeFigures {
    let enrolled = rows.filter { $0.status == .enrolled }.count
    let admitted = rows.filter { $0.status == .admitted }.count
    let waiting = rows.filter { $0.status == .waiting }.count
    let served = enrolled + admitted
    let be = s.programme.breakEven
    let status: BreakEvenStatus =
      served >= s.programme.target ? .atTarget : (served >= be ? .aboveBreakEven : .belowBreakEven)
    let tracks = Dictionary(
      s.participants.map { ($0.id, $0.track) }, uniquingKeysWith: { a, _ in a })
    var used =
      s.coordinator.fixedHours
      + s.activities.filter(\.runByCoordinator).reduce(0) { $0 + $1.time.hours }
    for r in rows where r.status == .enrolled || r.status == .admitted {
      used += s.coordinator.followUp(for: tracks[r.id] ?? r.track)
    }
    var reasons: [ProgrammeShortfall] = []
    if served < be {
      reasons.append(
        .served(served: served, enrolled: enrolled, admitted: admitted, breakEven: be))
      if waiting == 0 {
        reasons.append(.waitingListEmpty(needed: be - served))
      } else {
        reasons.append(
          .notAdmitted(
            count: waiting, hoursUsed: rounded(used), hours: s.coordinator.hoursPerWeek))
      }
    }
    return ProgrammeFigures(
      enrolled: enrolled, admitted: admitted, waiting: waiting, served: served,
      inPlacement: rows.filter { $0.company != nil }.count,
      employed: rows.filter {
        $0.employer != nil && ($0.status == .enrolled || $0.status == .admitted)
      }.count, breakEven: be,
      target: s.programme.target, margin: served - be, status: status,
      coordinatorHoursUsed: rounded(used), coordinatorHours: s.coordinator.hoursPerWeek,
      shortfallReasons: reasons)
  }

  func solverFigures() -> SolverFigures {
    let status: String
    if levels.allSatisfy({ $0.status == "optimal" }) {
      status = "optimal"
    } else if levels.contains(where: { $0.status == "feasibleAtTimeLimit" }) {
      status = "feasibleAtTimeLimit"
    } else if levels.contains(where: { $0.status == "workLimit" }) {
      status = "workLimit"
    } else {
      status = levels.first { $0.status != "optimal" }?.status ?? "optimal"
    }
    let ints = f.model.variables.filter { f.model.kind(of: $0) != .continuous }.count
    return SolverFigures(
      status: status, goals: levels, variables: f.model.variableCount, integerVariables: ints,
      constraints: f.model.constraintCount,
      simplexIterations: levels.reduce(0) { $0 + $1.simplexIterations },
      nodes: levels.reduce(0) { $0 + $1.nodes })
  }
}
