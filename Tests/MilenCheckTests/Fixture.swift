import MilenModel

@testable import MilenCheck

/// A tiny scenario and a valid plan for it, built by hand, with helpers to mutate the plan's
/// rows and rebuild its loads and figures so that a test breaks exactly one rule.
enum Fixture {
  static func w(_ text: String) -> TimeWindow { TimeWindow(parsing: text)! }

  static func days(_ days: [Weekday], _ text: String) -> [Weekday: TimeWindow] {
    Dictionary(uniqueKeysWithValues: days.map { ($0, w(text)) })
  }

  /// Two companies, two mentors, three activities, six participants, a lock and a ban.
  static func scenario() -> Scenario {
    let aubo = Company(
      id: "aubo", name: "Aubo", open: days(Weekday.workdays, "07:00-15:00"), slots: 2,
      slotsPerDay: [.wed: 1], ordinaryEmployees: 10,
      requirements: Requirements(minimumAge: 18), accommodations: ["quietPlace"],
      location: Location(x: 0, y: 0))
    let nettoline = Company(
      id: "nettoline", name: "Nettoline", open: days([.mon, .tue, .wed, .thu], "08:00-16:00"),
      slots: 1, ordinaryEmployees: 4, location: Location(x: 10, y: 0))
    let m1 = Mentor(
      id: "m1", name: "Hanne", hoursPerWeek: 6, competences: ["anxiety"], days: [.mon, .wed],
      maxMentees: 2)
    let m2 = Mentor(id: "m2", name: "Bo", hoursPerWeek: 4, competences: ["housingTraining"])
    let a1 = Activity(
      id: "a1", name: "UngeMilen", kind: .groupMeeting, day: .tue, time: w("13:00-15:00"),
      seats: 3, runByCoordinator: true)
    let a2 = Activity(
      id: "a2", name: "Kaffeklubben", kind: .coffeeClub, day: .thu, time: w("10:00-12:00"),
      seats: 2)
    let a3 = Activity(
      id: "a3", name: "Teaching day", kind: .teaching, day: .fri, time: w("09:00-14:00"),
      seats: 5, runByCoordinator: true)
    let p01 = Participant(
      id: "p01", name: "Mikkel", track: .placement, readiness: .jobReady, age: 20,
      hours: HoursRange(min: 8, max: 20), availability: days(Weekday.workdays, "07:00-15:00"),
      needs: Needs(mentorHours: 2, competences: ["anxiety"], accommodations: ["quietPlace"]),
      current: CurrentSituation(company: "aubo", placementWeeks: 2, mentor: "m1"))
    let p02 = Participant(
      id: "p02", name: "Sara", track: .placement, readiness: .activityReady,
      hours: HoursRange(min: 4, max: 10), availability: days([.mon, .tue], "08:00-16:00"),
      location: Location(x: 1, y: 0), maxTravelKm: 15)
    let p03 = Participant(
      id: "p03", name: "Jonas", track: .job,
      availability: days(Weekday.workdays, "08:00-16:00"),
      needs: Needs(mentorHours: 1, competences: ["housingTraining"]),
      employment: Employment(employer: "Bilka", schedule: [.mon: w("08:00-12:00")]))
    let p04 = Participant(
      id: "p04", name: "Emma", track: .socialOnly,
      availability: [.tue: w("12:00-16:00"), .thu: w("09:00-13:00")])
    let p05 = Participant(
      id: "p05", name: "Oliver", enrolment: .referred, referredOn: "2026-01-05",
      track: .placement, age: 19, hours: HoursRange(min: 4, max: 10),
      availability: days(Weekday.workdays, "08:00-14:00"))
    let p06 = Participant(
      id: "p06", name: "Freja", enrolment: .referred, referredOn: "2026-01-02", track: .paused,
      availability: [.fri: w("09:00-14:00")])
    return Scenario(
      week: "2026-W02", coordinator: Coordinator(hoursPerWeek: 37, fixedHours: 10),
      participants: [p01, p02, p03, p04, p05, p06], companies: [aubo, nettoline],
      mentors: [m1, m2], activities: [a1, a2, a3],
      locks: [Lock(participant: "p01", company: "aubo", days: [.mon])],
      bans: [Ban(participant: "p02", company: "aubo")])
  }

  /// The valid plan, loads and figures written out by hand.
  static func plan() -> Plan {
    let rows = [
      ParticipantWeek(
        id: "p01", name: "Mikkel", status: .enrolled, track: .placement, company: "aubo",
        work: [
          WorkDay(day: .mon, time: w("07:00-15:00")), WorkDay(day: .wed, time: w("08:00-12:00")),
        ],
        placementWeek: 3, mentor: "m1", mentorHours: 2, activities: ["a1"]),
      ParticipantWeek(
        id: "p02", name: "Sara", status: .enrolled, track: .placement, company: "nettoline",
        work: [
          WorkDay(day: .mon, time: w("08:00-12:00")), WorkDay(day: .tue, time: w("08:00-12:00")),
        ],
        placementWeek: 1, activities: ["a1"]),
      ParticipantWeek(
        id: "p03", name: "Jonas", status: .enrolled, track: .job, employer: "Bilka",
        mentor: "m2", mentorHours: 1, activities: ["a2"]),
      ParticipantWeek(
        id: "p04", name: "Emma", status: .enrolled, track: .socialOnly, activities: ["a1", "a2"]),
      ParticipantWeek(id: "p05", name: "Oliver", status: .waiting, track: .placement),
      ParticipantWeek(
        id: "p06", name: "Freja", status: .admitted, track: .paused, activities: ["a3"]),
    ]
    return Plan(
      week: "2026-W02", participants: rows,
      companies: [
        CompanyLoad(
          id: "aubo", participants: ["p01"], slots: 2, legalRoom: 2, perDay: ["mon": 1, "wed": 1]),
        CompanyLoad(
          id: "nettoline", participants: ["p02"], slots: 1, legalRoom: 1,
          perDay: ["mon": 1, "tue": 1]),
      ],
      mentors: [
        MentorLoad(id: "m1", mentees: ["p01"], hours: 2, hoursPerWeek: 6, maxMentees: 2),
        MentorLoad(id: "m2", mentees: ["p03"], hours: 1, hoursPerWeek: 4, maxMentees: 10),
      ],
      activities: [
        ActivityLoad(id: "a1", attendees: ["p01", "p02", "p04"], seats: 3),
        ActivityLoad(id: "a2", attendees: ["p03", "p04"], seats: 2),
        ActivityLoad(id: "a3", attendees: ["p06"], seats: 5),
      ],
      // 10 fixed + follow-up 1.5 + 1.5 + 0.5 + 1 + 0.5 + activities run 2 + 5 = 22 hours.
      programme: ProgrammeFigures(
        enrolled: 4, admitted: 1, waiting: 1, served: 5, inPlacement: 2, employed: 1,
        breakEven: 12, target: 14, margin: -7, status: .belowBreakEven,
        coordinatorHoursUsed: 22, coordinatorHours: 37),
      solver: SolverFigures(
        status: "optimal", goals: [], variables: 0, integerVariables: 0, constraints: 0,
        simplexIterations: 0, nodes: 0))
  }

  /// The plan with its loads, unmet mentor hours and figures rebuilt from its rows.
  static func rebuilt(_ plan: Plan, for s: Scenario) -> Plan {
    var plan = plan
    let rows = plan.participants
    let needs = Dictionary(s.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for i in plan.participants.indices
    where [.enrolled, .admitted].contains(plan.participants[i].status) {
      let need = needs[plan.participants[i].id]?.needs.mentorHours ?? 0
      plan.participants[i].unmetMentorHours = max(0, need - plan.participants[i].mentorHours)
    }
    plan.companies = s.companies.map { c in
      let placed = rows.filter { $0.company == c.id }
      var perDay: [String: Int] = [:]
      for d in Weekday.allCases {
        let n = placed.filter { $0.work.contains { $0.day == d } }.count
        if n > 0 { perDay[d.rawValue] = n }
      }
      let room = PlanChecker.legalRoom(ordinaryEmployees: c.ordinaryEmployees) - c.subsidisedStaff
      return CompanyLoad(
        id: c.id, participants: placed.map(\.id), slots: c.slots, legalRoom: room, perDay: perDay)
    }
    plan.mentors = s.mentors.map { m in
      let mentees = rows.filter { $0.mentor == m.id }
      return MentorLoad(
        id: m.id, mentees: mentees.map(\.id), hours: mentees.reduce(0) { $0 + $1.mentorHours },
        hoursPerWeek: m.hoursPerWeek, maxMentees: m.maxMentees)
    }
    plan.activities = s.activities.map { a in
      ActivityLoad(
        id: a.id, attendees: rows.filter { $0.activities.contains(a.id) }.map(\.id), seats: a.seats)
    }
    let served = rows.filter { $0.status == .enrolled || $0.status == .admitted }
    let f = s.programme
    let followUp = served.reduce(0) { $0 + s.coordinator.followUp(for: $1.track) }
    let run = s.activities.filter(\.runByCoordinator).reduce(0) { $0 + $1.time.hours }
    plan.programme = ProgrammeFigures(
      enrolled: rows.filter { $0.status == .enrolled }.count,
      admitted: rows.filter { $0.status == .admitted }.count,
      waiting: rows.filter { $0.status == .waiting }.count, served: served.count,
      inPlacement: rows.filter { $0.company != nil }.count,
      employed: served.filter { $0.track.isEmployed }.count, breakEven: f.breakEven,
      target: f.target, margin: served.count - f.breakEven,
      status: served.count >= f.target
        ? .atTarget : served.count >= f.breakEven ? .aboveBreakEven : .belowBreakEven,
      coordinatorHoursUsed: s.coordinator.fixedHours + followUp + run,
      coordinatorHours: s.coordinator.hoursPerWeek)
    return plan
  }

  /// Checks the fixture plan after changing its rows (loads and figures rebuilt) and,
  /// optionally, the scenario; against a previous plan when one is given.
  static func check(
    previous: Plan? = nil,
    scenario change: (inout Scenario) -> Void = { _ in },
    rows edit: (inout [String: ParticipantWeek]) -> Void = { _ in }
  ) -> [Violation] {
    var s = scenario()
    change(&s)
    var plan = plan()
    plan.week = s.week
    var byID = Dictionary(uniqueKeysWithValues: plan.participants.map { ($0.id, $0) })
    edit(&byID)
    plan.participants = byID.values.sorted { $0.id < $1.id }
    return PlanChecker.check(rebuilt(plan, for: s), against: s, previous: previous)
  }
}

extension Scenario {
  /// Changes one participant of the scenario.
  mutating func participant(_ id: String, _ change: (inout Participant) -> Void) {
    for i in participants.indices where participants[i].id == id { change(&participants[i]) }
  }

  /// Changes one company of the scenario.
  mutating func company(_ id: String, _ change: (inout Company) -> Void) {
    for i in companies.indices where companies[i].id == id { change(&companies[i]) }
  }

  /// Changes one mentor of the scenario.
  mutating func mentor(_ id: String, _ change: (inout Mentor) -> Void) {
    for i in mentors.indices where mentors[i].id == id { change(&mentors[i]) }
  }
}
