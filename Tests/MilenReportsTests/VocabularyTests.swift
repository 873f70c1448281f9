import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow
import Testing

/// Every case of the typed vocabulary, rendered in both languages: Danish has no English word,
/// both name people, companies, mentors and sessions by name, and a plan file keeps the values
/// (not sentences) through a round trip.
@Suite("vocabulary: every case in Danish and English, by name")
struct VocabularyTests {
  /// A small scenario whose names differ from its ids.
  static func scenario() -> Scenario {
    var s = Scenario(week: "2026-W05")
    s.participants = [
      Participant(id: "p1", name: "Line K.", track: .placement),
      Participant(id: "p2", name: "Oliver J.", track: .placement),
      Participant(id: "p3", name: "Oliver J.", track: .socialOnly),
    ]
    s.companies = [
      Company(id: "c-aubo", name: "Aubo Køkkener"), Company(id: "c-horn", name: "Horn Auto"),
    ]
    s.mentors = [Mentor(id: "m-hanne", name: "Hanne Ø.", hoursPerWeek: 10)]
    s.activities = [
      Activity(
        id: "a-cafe", name: "Kaffeklubben", day: .tue,
        time: TimeWindow(parsing: "16:00-18:00")!, seats: 8)
    ]
    return s
  }

  static let work = TimeWindow(parsing: "08:00-12:00")!
  static let slots = CompanyBinding.slots(
    company: "c-aubo", slots: 2,
    holders: [
      Holder(participant: "p2", week: 3, limit: 13),
      Holder(participant: "p3", admittedThisWeek: true),
    ])
  static let exclusions: [Exclusion] = [
    .lockedElsewhere(company: "c-horn"), .banned, .noSlots,
    .legalRatioFull(subsidised: 2, employees: 8), .lacksAccommodations(["quietPlace"]),
    .requiresLicence, .requiresAge(minimum: 18, known: true),
    .requiresAge(minimum: 18, known: false),
    .notReachable, .tooFar(km: 12.5, limit: 10), .placementLimit(used: 4, limit: 4),
    .noCommonDay(available: [.mon, .tue], open: [.wed]), .noCommonDay(available: [], open: []),
    .fewCommonHours(hours: 6, minimum: 8),
    .shortCommonDays(longest: 2.5, shortest: 3), .lockDaysWithoutHours([.fri]), .closedOn(.fri),
    .unavailableOn(.fri),
  ]
  static let weekChanges: [WeekChange] = [
    .companySlot(company: "c-aubo"), .companyDaySlot(company: "c-aubo", day: .mon),
    .mentorHours(mentor: "m-hanne", hours: 1.5), .mentorMentee(mentor: "m-hanne"),
    .activitySeat(activity: "a-cafe"), .endPlacement(participant: "p2", company: "c-aubo"),
  ]

  /// One sample or more of every case of ``Note`` and the vocabularies it carries.
  static let notes: [Note] =
    [
      .admitted(referredOn: "2025-11-10"), .admitted(referredOn: nil),
      .enrolmentEnded(reason: .job, on: "2026-01-26"),
      .waiting(Waiting()),
      .waiting(Waiting(position: 2, of: 5, cause: .nothingFits, laterAdmitted: ["p1"])),
      .waiting(Waiting(position: 1, of: 2, cause: .coordinatorHours(needs: 2, left: 0.5))),
      .waiting(
        Waiting(
          position: 1, of: 2,
          cause: .full([
            .activity("a-cafe", taken: 8, seats: 8), .mentorMentees("m-hanne", count: 5, max: 5),
            .mentorHours("m-hanne", used: 10, total: 10), .company("c-aubo", taken: 2, room: 2),
            .companyDays("c-horn"),
          ]), laterAdmitted: ["p2", "p3"])),
      .lastLegalWeek(company: "c-aubo", week: 4, limit: 4),
      .limitReached(company: "c-aubo", limit: 13),
      .notPlaced(
        .nothingFits(
          excluded: exclusions.map { CompanyExclusion(company: "c-horn", why: $0) }, outOfReach: 3)),
      .notPlaced(.nothingFits(excluded: [], outOfReach: 0)),
      .notPlaced(.noPlaceLeft(companies: ["c-aubo", "c-horn"])),
      .notPlaced(.taken(slots, change: .companySlot(company: "c-aubo"))),
      .notPlaced(
        .taken(
          .legalRatio(
            company: "c-aubo", room: 1, employees: 8, holders: [Holder(participant: "p2")]),
          change: nil)),
      .notPlaced(
        .taken(
          .dayPlaces(company: "c-aubo", days: [.mon, .tue], day: .mon, holders: []), change: nil)),
      .notPlaced(.roomButCosts(company: "c-horn", .breaksHardRule)),
      .notPlaced(.roomButCosts(company: "c-horn", .keptForOthers)),
    ]
    + GoalKind.allCases.map {
      .notPlaced(.roomButCosts(company: "c-horn", .costsGoal($0, changed: ["p2"])))
    }
    + [
      .placedAt(
        company: "c-aubo",
        facts: [
          .wish(rank: 2, of: 3), .higherWishExcluded(company: "c-horn", why: .banned),
          .hours(worked: 8, agreed: 10, limit: .companyHours(company: "c-aubo", hours: 8)),
        ]),
      .placedAt(
        company: "c-aubo",
        facts: [
          .noWishes, .higherWishExcluded(company: "c-horn", why: nil), .higherWishTaken(slots),
          .hours(worked: 6, agreed: 10, limit: .sessions(company: "c-aubo", days: [.tue])),
        ]),
      .placedAt(
        company: "c-aubo",
        facts: [
          .notAmongWishes, .higherWishKeptForOthers(company: "c-horn"),
          .keptAtRunningPlacement(company: "c-aubo", wished: "c-horn"),
          .hours(worked: 6, agreed: 10, limit: .dayPlaces(company: "c-aubo", days: [.mon])),
          .hours(worked: 6, agreed: 10, limit: .workGoalStopped),
          .hours(worked: 6, agreed: 10, limit: .higherGoal),
          .hours(worked: 10, agreed: 10, limit: nil),
        ]),
      .mentorHoursUnmet(unmet: 1.5, needed: 3, why: .noMentorSharesDay(competences: ["anxiety"])),
      .mentorHoursUnmet(unmet: 1.5, needed: 3, why: .noMentorSharesDay(competences: [])),
      .mentorHoursUnmet(unmet: 1.5, needed: 3, why: .fittingMentorsFull),
      .mentorHoursUnmet(unmet: 1, needed: 2, why: .oneMentorNoMoreHours(mentor: "m-hanne")),
      .mentorHoursUnmet(unmet: 1, needed: 2, why: .oneMentorNoMoreHours(mentor: nil)),
      .mentorHoursUnmet(
        unmet: 1.5, needed: 3,
        why: .mentors(
          [
            .hoursInUse(mentor: "m-hanne", used: 6, total: 6, others: ["p2"]),
            .menteesFull(mentor: "m-hanne", count: 5, max: 5, mentees: ["p2", "p3"]),
          ], change: .mentorHours(mentor: "m-hanne", hours: 1.5))),
      .sessionsShort(missing: 2, wanted: 2, why: .noneFit),
      .sessionsShort(missing: 1, wanted: 2, why: .onlyFit(["a-cafe"])),
      .sessionsShort(missing: 1, wanted: 2, why: .fullOrClash),
      .sessionsShort(
        missing: 1, wanted: 2,
        why: .sessions(
          [
            .clashesWithWork(activity: "a-cafe", day: .tue, company: "c-aubo", time: work),
            .full(activity: "a-cafe", seats: 8), .sameDayOtherPlans(activity: "a-cafe", day: .tue),
          ], change: .activitySeat(activity: "a-cafe"))),
    ]

  static let changes: [ChangeReason] = [
    .ended(reason: .education, on: "2026-01-26"), .admitted(referredOn: "2025-11-10"),
    .notInScenario, .newInScenario,
    .companyExcluded(CompanyExclusion(company: "c-aubo", why: .closedOn(.fri)), wish: 2),
    .trackNow(.job), .companyUsedByHigherGoal(company: "c-aubo", wish: nil),
    .placementFits(company: "c-aubo"), .agreedHoursNow(12), .dayGivenUp(.fri),
    .dayNoLongerFits(.fri, because: .closedOn(.fri)), .otherHours,
    .mentorHadNoRoom(mentor: "m-hanne"), .mentorNoLongerFits(mentor: "m-hanne"), .mentorNeeded,
    .noMentorRoom, .noMentorHoursNeeded, .mentorHoursNow(2), .mentorNoMoreHours(mentor: "m-hanne"),
    .sessionAdded,
    .sessionsDropped([
      DroppedSession(activity: "a-cafe", why: .noLongerFits),
      DroppedSession(activity: "a-cafe", why: .full(seats: 8)),
      DroppedSession(activity: "a-cafe", why: .clashesWithWork(.tue)),
      DroppedSession(activity: "a-cafe", why: .higherGoal),
    ]),
  ]

  static let values: [ChangeValue] = [
    .company("c-aubo"), .mentor("m-hanne"), .hours(1.5), .work([WorkDay(day: .mon, time: work)]),
    .work([]), .sessions(["a-cafe"]), .sessions([]),
  ]
  static let shortfalls: [ProgrammeShortfall] = [
    .served(served: 10, enrolled: 9, admitted: 1, breakEven: 12), .waitingListEmpty(needed: 2),
    .waitingListEmpty(needed: 1), .notAdmitted(count: 3, hoursUsed: 35.5, hours: 37),
  ]
  static let events: [SimulationEvent] = [
    .hired(participant: "p1", company: "c-aubo"),
    .limitUsed(participant: "p1", weeks: 4, company: "c-aubo"), .pauseNoHours(participant: "p1"),
    .backFromPause(participant: "p1"), .followUpDone(participant: "p1"),
    .referred(participant: "p1", name: "#1"),
  ]
  static let fileNotes: [ChangeFileNote] =
    [ChangeFileNote.Reference.wishedCompany, .wishedActivity, .reachableCompany, .currentSession]
    .map { .referenceDropped(participant: "p1", what: $0) }
    + [
      .currentMentorRemoved(participant: "p1", mentor: "m-hanne"),
      .currentPlacementEnds(participant: "p1", company: "c-aubo"),
      .lockDropped(participant: "p1", company: "c-aubo"),
      .banDropped(participant: "p1", company: "c-aubo"),
    ]
  static let summaries: [WeekSummary] = {
    var w = ParticipantWeek(id: "p1", name: "Line K.", status: .admitted, track: .placement)
    w.company = "c-aubo"
    w.work = [WorkDay(day: .mon, time: work)]
    w.mentor = "m-hanne"
    w.mentorHours = 1
    w.activities = ["a-cafe"]
    var job = ParticipantWeek(id: "p2", name: "Oliver J.", status: .enrolled, track: .job)
    job.employer = "c-horn"
    return [
      WeekSummary(w), WeekSummary(job), WeekSummary(nil),
      WeekSummary(ParticipantWeek(id: "p3", name: "x", status: .waiting, track: .placement)),
      WeekSummary(ParticipantWeek(id: "p3", name: "x", status: .left, track: .placement)),
      WeekSummary(ParticipantWeek(id: "p3", name: "x", status: .enrolled, track: .placement)),
    ]
  }()

  static let moves: [Move] = [GoalKind.keepWhatRuns, .wishes].map { goal in
    Move(
      locks: [
        MoveLock(participant: "p1", company: "c-aubo"),
        MoveLock(participant: "p2", company: "c-horn"),
      ],
      effects: [
        MoveEffect(
          participant: "p1", before: MoveSituation(company: nil, hours: 0, wish: nil),
          after: MoveSituation(company: "c-aubo", hours: 20, wish: 1)),
        MoveEffect(
          participant: "p2", before: MoveSituation(company: "c-aubo", hours: 30, wish: 2, week: 3),
          after: MoveSituation(company: "c-horn", hours: 30, wish: 1, week: 1)),
      ], blockedBy: goal)
  }

  static let contacts: [ContactLine] = {
    let kim = Contact(name: "Kim V.", phone: "00 00 10 01", email: "kim@aubo.example")
    return [
      .contact(kim), .company("c-aubo", kim), .activity("a-cafe", Contact(phone: "00 00 30 01")),
      .mentor("m-hanne", Contact(email: "hanne@milen.example")), .coordinator(kim),
      .coordinator(nil), .coordinator(Contact()), .menteePhone("p1", phone: "00 00 40 01"),
      .place("Eksempelvej 1, 7490 Aulum"),
    ]
  }()

  static let cafeTime = TimeOfDay(16 * 60)

  /// One sample of every row of a conflict (and a lock, with and without days).
  static let conflictRows: [ConflictRow] = [
    .seats(activity: "a-cafe", seats: 1), .seats(activity: "a-cafe", seats: 8),
    .slots(company: "c-aubo", slots: 1),
    .legalRatio(company: "c-aubo", room: 1, employees: 8, subsidised: 1),
    .daySlots(company: "c-aubo", day: .mon, places: 1), .coordinator(hours: 37),
    .maxChanges(count: 2), .oneMentor(participant: "p1"),
    .mentorHours(mentor: "m-hanne", hours: 10), .mentees(mentor: "m-hanne", count: 5),
    .clash(participant: "p1", first: "a-cafe", second: "a-cafe"),
    .workBefore(participant: "p1", company: "c-aubo", by: cafeTime, activity: "a-cafe"),
    .workOrActivity(participant: "p1", company: "c-aubo", activity: "a-cafe"),
    .something(participant: "p1"), .oneCompany(participant: "p1"),
    .referralOrder(later: "p2", earlier: "p1"), .referralAdmit(participant: "p1"),
    .weekMin(participant: "p1", company: "c-aubo", hours: 8),
    .weekMax(participant: "p1", company: "c-aubo", hours: 20, agreed: true),
    .weekMax(participant: "p1", company: "c-aubo", hours: 20, agreed: false),
    .dayLink(participant: "p1", company: "c-aubo", day: .tue),
    .dayHours(participant: "p1", company: "c-aubo", day: .tue, window: work),
    .dayLeast(participant: "p1", company: "c-aubo", day: .tue, hours: 1), .breakEven,
    .lock(index: 0, participant: "p1", company: "c-aubo", days: [.mon, .wed]),
    .lock(index: 1, participant: "p2", company: "c-horn", days: []),
  ]

  /// One sample of every change that resolves a conflict.
  static let conflictChanges: [Diagnosis.Change] = [
    .removeLock(index: 1, participant: "p2", company: "c-horn"),
    .addSeats(activity: "a-cafe", count: 1), .addSeats(activity: "a-cafe", count: 2),
    .addSlots(company: "c-aubo", count: 1), .addSlots(company: "c-aubo", count: 3),
    .addDaySlots(company: "c-aubo", day: .fri, count: 1),
    .addDaySlots(company: "c-aubo", day: .fri, count: 2),
    .addMentorHours(mentor: "m-hanne", hours: 1.5),
    .addMentorHours(mentor: "m-hanne", hours: 1), .addCoordinatorHours(1),
    .addMentees(mentor: "m-hanne", count: 1),
    .addMentees(mentor: "m-hanne", count: 2), .addCoordinatorHours(2.5), .allowChanges(1),
    .allowChanges(3),
  ]

  /// One sample of every reason, fix and note of an impossible week.
  static let conflicts: [Diagnosis.Conflict] = {
    var groups = Diagnosis.Conflict(
      .groups, fix: .change(.addSeats(activity: "a-cafe", count: 1)),
      elements: [
        Diagnosis.Element(row: .seats(activity: "a-cafe", seats: 1), key: "seats[a-cafe]"),
        Diagnosis.Element(row: .something(participant: "p1"), key: "something[p1]"),
      ])
    groups.people = [
      Diagnosis.Conflict.Person(id: "p1", days: [.tue]),
      Diagnosis.Conflict.Person(id: "p2", days: []),
    ]
    return [
      groups,
      Diagnosis.Conflict(
        .coordinatorHours(fixed: 12, enrolled: 10, followUp: 20, activities: 8, available: 37),
        fix: .change(.addCoordinatorHours(3))),
      Diagnosis.Conflict(
        .givenNothing(
          participant: "p1",
          why: [
            .noActivities, .noActivityInTime, .noMentorOnCommonDay, .needsNoMentor,
            .noCompanyFits(
              exclusions.map { CompanyExclusion(company: "c-horn", why: $0) }, outOfReach: 2),
            .noCompanyFits([], outOfReach: 0), .trackGetsNoWork(.socialOnly),
          ]), fix: .addActivity(participant: "p1")),
      Diagnosis.Conflict(
        .lockCannotHold(index: 0, participant: "p1", company: "c-aubo", why: .closedOn(.fri)),
        fix: .changeData(.lock(index: 0, participant: "p1", company: "c-aubo", days: []))),
      Diagnosis.Conflict(
        .lockCannotHold(index: 0, participant: "p1", company: "c-aubo", why: nil),
        fix: .checkLocks),
      Diagnosis.Conflict(
        .rowBreaks(.slots(company: "c-aubo", slots: 1), by: 1), fix: .relax(by: 1)),
      Diagnosis.Conflict(.notIsolated, fix: .validate),
      Diagnosis.Conflict(.locksTogether, fix: .checkLocks),
    ]
  }()

  static let searchNotes: [SearchNote] = [
    .roundsUsed(12), .timeCapElastic(seconds: 30), .timeCap(seconds: 2.5),
  ]

  /// Every sample of an impossible week, rendered in one language.
  static func renderedDiagnosis(_ l: Localizer, _ names: Names) -> [String] {
    HardRule.allCases.map { l.say($0) } + ConflictFamily.allCases.map { l.say($0) }
      + conflictRows.map { l.say($0, names) } + conflictChanges.map { l.say($0, names) }
      + conflicts.map { l.say($0, names) } + searchNotes.map { l.say($0) }
      + [l.say(Diagnosis(conflicts: conflicts, notes: searchNotes), names)]
  }

  /// The top-level case of a note. The switch does not compile when a case is added, so the
  /// samples above are revisited with every new case.
  static func caseName(_ n: Note) -> String {
    switch n {
    case .admitted: return "admitted"
    case .enrolmentEnded: return "enrolmentEnded"
    case .waiting: return "waiting"
    case .lastLegalWeek: return "lastLegalWeek"
    case .limitReached: return "limitReached"
    case .notPlaced: return "notPlaced"
    case .placedAt: return "placedAt"
    case .mentorHoursUnmet: return "mentorHoursUnmet"
    case .sessionsShort: return "sessionsShort"
    case .written: return "written"
    }
  }

  /// Every rendering of every sample in one language.
  static func rendered(_ l: Localizer, _ names: Names) -> [String] {
    notes.map { l.say($0, names) } + changes.map { l.say($0, names) }
      + values.map { l.say($0, names) } + shortfalls.map { l.say($0, names) }
      + events.map { l.say($0, names) } + weekChanges.map { l.say($0, names) }
      + exclusions.map { l.say($0, names) } + fileNotes.map { l.say($0, names) }
      + summaries.map { l.say($0, names) } + moves.map { l.say($0, names) }
      + contacts.map { l.say($0, names) } + renderedDiagnosis(l, names)
  }

  /// English words that must not appear in Danish output (whole words, lower case).
  static let englishWords: Set<String> = [
    "the", "and", "of", "to", "is", "are", "has", "have", "not",
    "no", "on", "in", "by", "held", "placed", "placement", "waiting", "waits", "wish", "hours",
    "mentor hours", "session", "sessions", "full", "room", "would", "week", "weeks", "legal",
    "ratio", "banned", "locked", "reach", "reached", "limit", "unmet", "short", "fits", "fit",
    "company", "companies", "admitted", "referred", "enrolment", "ended", "goal", "higher",
    "priority", "their", "them", "they", "more", "one", "nobody", "with", "without", "monday",
    "tuesday",
    "wednesday", "thursday", "friday", "mon", "tue", "wed", "thu", "fri", "seat", "seats",
    "left", "hired", "back", "follow-up", "days", "day", "used",
    "served", "break-even at", "list", "dropped", "removed", "ends", "lock", "ban",
  ]

  static func words(_ text: String) -> [String] {
    text.lowercased().split { !($0.isLetter || $0 == "-") }.map(String.init)
  }

  @Test("every note case has a sample; every sample renders in Danish and English")
  func everyCase() {
    let cases = Set(Self.notes.map(Self.caseName))
    // `written` is what an old plan file keeps; it is shown as written in both languages.
    #expect(cases.count == 9, "\(cases.sorted())")
    let names = Names(Self.scenario())
    let da = Self.rendered(.danish, names)
    let en = Self.rendered(.english, names)
    #expect(da.count == en.count)
    let shownAsNames = Set(["Aubo Køkkener", "Hanne Ø.", "Kaffeklubben"])
    for (d, e) in zip(da, en) {
      #expect(!d.isEmpty && !e.isEmpty)
      // A change's company, mentor or session is its name in both languages.
      if !shownAsNames.contains(d) { #expect(d != e, "the same text in both languages: \(d)") }
    }
  }

  @Test("Danish renderings hold no English word; both name by name, never by id")
  func danishAndNames() {
    let names = Names(Self.scenario())
    for text in Self.rendered(.danish, names) {
      let english = Self.words(text).filter { Self.englishWords.contains($0) }
      // "break-even" is the Danish word too; single words are checked.
      #expect(english.isEmpty, "English in Danish: \(english) in \(text)")
    }
    for l in [Localizer.danish, .english] {
      for text in Self.rendered(l, names) {
        for id in ["p1", "p2", "c-aubo", "c-horn", "m-hanne", "a-cafe"] {
          #expect(!Self.words(text).contains(id), "id \(id) in \(text)")
        }
      }
    }
    // Two participants share a name: the id tells them apart.
    #expect(names.participant("p2") == "Oliver J. (p2)")
    #expect(names.participant("p1") == "Line K.")
    #expect(Names(Self.scenario(), details: true).company("c-aubo") == "Aubo Køkkener (c-aubo)")
  }

  @Test("a plan keeps typed notes through its file, and a format-2 plan still reads")
  func planRoundTrip() throws {
    let s = try BuiltIn.aulum()
    let plan = try Planner.plan(s, options: PlanningOptions()).plan
    #expect(plan.format == 3)
    let text = PlanFile.jsonText(plan)
    #expect(try PlanFile.decode(text) == plan)
    // Format 2: sentences, kept as written; from and to typed by the change's kind.
    var old = text.replacingOccurrences(of: "\"format\" : 3", with: "\"format\" : 2")
    let notes = try #require(old.range(of: #""notes" : \[\s*\{"#, options: .regularExpression))
    old.replaceSubrange(notes, with: "\"notes\" : [\"an old note\", {")
    let read = try PlanFile.decode(old)
    #expect(read.participants.contains { $0.notes.first == .written("an old note") })
    #expect(read.format == 3)
  }
}
