import Foundation
import MilenCheck
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow
import Testing

/// Every case of the independent checker's ``Finding``, rendered in both languages: Danish has
/// no English word, both name people, companies, mentors and sessions by name, and the two
/// languages differ.
@Suite("vocabulary: every checker finding in Danish and English, by name")
struct FindingVocabularyTests {
  static let t = TimeWindow(parsing: "08:00-12:00")!
  static let u = TimeWindow(parsing: "10:00-14:00")!
  static let prev: [Finding.PreviousPlan] = [.lastWeek("2026-W04"), .sameWeek]

  /// One sample or more of every case (ids of ``VocabularyTests/scenario()``; `x-ghost` is an
  /// id the scenario does not have, shown as it is).
  static let findings: [Finding] =
    [
      .enrolledNotKept(participant: "p1", status: .waiting),
      .referredMarkedEnrolled(participant: "p1"),
      .waitingGiven(
        participant: "p1",
        given: [
          .company("c-aubo"), .workDays(2), .mentor("m-hanne"), .mentorHours(1.5),
          .activities(["a-cafe"]),
        ]),
      .servedGetsNothing(participant: "p2", status: .admitted),
      .companyOverSlots(company: "c-aubo", placed: ["p1", "p2"], slots: 1),
      .companyOverDaySlots(company: "c-aubo", day: .wed, working: ["p1"], slots: 0, closed: true),
      .mentorOverHours(
        mentor: "m-hanne", hours: 12, limit: 10,
        mentees: [Finding.MenteeHours(participant: "p1", hours: 12)]),
      .mentorOverMentees(mentor: "m-hanne", mentees: ["p1", "p2"], limit: 1),
      .activityOverSeats(activity: "a-cafe", attendees: ["p1", "p2"], seats: 1),
      .coordinatorOverHours(
        needed: 22, fixed: 10, followUp: 10, served: 5, running: 2, available: 21.5),
      .overLegalRatio(company: "c-aubo", placed: ["p1"], subsidised: 1, room: 1, employees: 4),
      .beyondPlacementLimit(
        participant: "p1", company: "c-aubo", week: 5, done: 4, limit: 4, readiness: .jobReady),
      .wrongPlacementWeek(participant: "p1", company: "c-aubo", week: 3, done: 2, stated: 1),
      .wrongPlacementWeek(participant: "p1", company: "c-aubo", week: 3, done: 2, stated: nil),
      .newPlacementNotWeekOne(participant: "p1", company: "c-horn", stated: 2),
      .statedWeekBeyondLimit(
        participant: "p1", company: "c-aubo", stated: 20, limit: 13, readiness: .activityReady),
    ]
    + prev.map {
      .placementWeekNotCounted(
        participant: "p1", company: "c-aubo", previousWeek: 2, previous: $0, expected: 3,
        stated: 2)
    }
    + [
      .emptyWorkWindow(participant: "p1", company: "c-aubo", day: .thu, time: t),
      .workOnWeekend(participant: "p1", company: "c-aubo", day: .sat, time: t),
      .workOutsideAvailability(
        participant: "p1", company: nil, day: .mon, time: t, available: u),
      .workWhenUnavailable(participant: "p1", company: "c-aubo", day: .tue, time: t),
      .workOutsideOpening(participant: "p1", company: "c-aubo", day: .mon, time: t, open: u),
      .workWhenClosed(participant: "p1", company: "c-aubo", day: .fri, time: t),
      .severalWorkWindows(participant: "p1", company: "c-aubo", day: .mon, windows: [t, u]),
      .hoursOutsideRange(participant: "p1", company: "c-aubo", hours: 3, minimum: 4, maximum: 10),
      .hoursAboveAgreed(participant: "p1", company: "c-aubo", hours: 21, agreed: 20),
      .shortWorkDay(participant: "p1", company: "c-aubo", day: .tue, time: t, shortest: 3),
      .sessionOutsideActivityTime(participant: "p1", activity: "a-cafe", day: .tue, time: t),
      .sessionWhileBusy(
        participant: "p1", activity: "a-cafe", day: .tue, time: t, busy: u, label: "skole"),
      .clash(
        participant: "p1", day: .tue, first: .work(company: "c-aubo"), firstTime: t,
        second: .session(activity: "a-cafe"), secondTime: u),
      .clash(
        participant: "p1", day: .tue, first: .job(employer: "c-horn"), firstTime: t,
        second: .work(company: nil), secondTime: u),
      .mentorLacksCompetences(participant: "p1", mentor: "m-hanne", missing: ["anxiety"]),
      .mentorTooFar(participant: "p1", mentor: "m-hanne", km: 12.5, limit: 10),
      .mentorNoCommonDay(participant: "p1", mentor: "m-hanne", mentorDays: [.sat], available: []),
      .sessionTooFar(participant: "p1", activity: "a-cafe", km: 9, limit: 8),
      .mentorHoursAboveNeed(participant: "p1", hours: 2.5, need: 2),
      .mentorHoursWithoutMentor(participant: "p1", hours: 2),
      .mentorWithoutHours(participant: "p1", mentor: "m-hanne", hours: 0),
      .companyLacksAccommodations(participant: "p1", company: "c-aubo", missing: ["quietPlace"]),
      .companyRequiresLicence(participant: "p1", company: "c-aubo"),
      .companyRequiresAge(participant: "p1", company: "c-aubo", minimum: 18, age: 17),
      .companyRequiresAge(participant: "p1", company: "c-aubo", minimum: 18, age: nil),
      .companyNotReachable(participant: "p1", company: "c-aubo", reachable: ["c-horn"]),
      .companyNotReachable(participant: "p1", company: "c-aubo", reachable: []),
      .companyTooFar(participant: "p1", company: "c-horn", km: 9, limit: 8),
      .workOnTrack(participant: "p3", track: .socialOnly, given: [.workDays(1)]),
      .workOnTrack(participant: "p3", track: .job, given: [.company("c-aubo")]),
      .employerOnTrack(participant: "p1", track: .placement, employer: "c-horn"),
      .wrongEmployer(participant: "p1", track: .job, expected: "c-horn", given: nil),
      .wrongEmployer(participant: "p1", track: .flexjob, expected: nil, given: "c-aubo"),
      .lockedNotListed(participant: "p1", company: "c-aubo", days: [.mon]),
      .lockNotKept(participant: "p1", company: "c-aubo", days: [], placedAt: "c-horn"),
      .lockNotKept(participant: "p1", company: "c-aubo", days: [.tue], placedAt: nil),
      .lockDaysMissing(participant: "p1", company: "c-aubo", days: [.mon, .tue], missing: [.mon]),
      .banBroken(participant: "p1", company: "c-aubo"),
      .laterAdmittedWithoutReason(waiting: "p1", later: "p2"),
      .reasonOmitsLater(waiting: "p1", later: "p2"),
      .reasonNamesWrongPerson(waiting: "p1", named: "p2", why: .referredBefore),
      .reasonNamesWrongPerson(waiting: "p1", named: "p2", why: .notAdmitted),
      .reasonNamesWrongPerson(waiting: "p1", named: "p2", why: .notReferral),
    ]
    + claims.map { .waitingClaimFails(waiting: "p1", later: "p2", claim: $0) }
    + [
      .exitNotLeft(participant: "p1", reason: .moved, status: .waiting),
      .leftGiven(participant: "p1", reason: .job, given: [.mentorHours(1)]),
      .leftWithoutExit(participant: "p1"),
    ]
    + prev.flatMap { (pp: Finding.PreviousPlan) -> [Finding] in
      [
        .previousMissingFromScenario(participant: "p1", was: .enrolled, previous: pp),
        .previousNotEnrolledInScenario(
          participant: "p1", was: .admitted, previous: pp, enrolment: .referred),
        .previousNotEnrolledInPlan(
          participant: "p1", was: .admitted, previous: pp, status: .waiting),
        .previousMissingFromPlan(participant: "p1", was: .enrolled, previous: pp),
      ]
    }
    + [
      .weekDiffers(plan: "2026-W03", scenario: "2026-W05"),
      .previousUnrelated(previous: "2025-W51", week: "2026-W05", before: "2026-W04"),
      .previousUnrelated(previous: "2025-W51", week: "2026-W05", before: nil),
      .listedTimes(participant: "p1", times: 2), .missingFromPlan(participant: "p1"),
      .notInScenario(participant: "p1"),
      .trackDiffers(participant: "p1", scenario: .socialOnly, plan: .paused),
      .nameDiffers(participant: "p1", plan: "Linea", scenario: "Line K."),
      .exitReasonDiffers(participant: "p1", plan: .moved, scenario: .job),
      .exitReasonDiffers(participant: "p1", plan: nil, scenario: .education),
      .exitReasonWithStatus(participant: "p1", reason: .job, status: .enrolled),
      .waitingReasonWithStatus(participant: "p1", kind: .full, status: .admitted),
      .unknownCompany(participant: "p1", company: "x-ghost"),
      .unknownMentor(participant: "p1", mentor: "x-ghost"),
      .unknownActivity(participant: "p1", activity: "x-ghost"),
      .activityRepeated(participant: "p1", activity: "a-cafe"),
      .workWithoutCompany(participant: "p1", days: 2),
      .placementWeekWithoutCompany(participant: "p1", week: 1),
      .hoursNotANumber(participant: "p1", unmet: false, value: -1),
      .hoursNotANumber(participant: "p1", unmet: true, value: -2),
      .unmetHoursWrong(participant: "p1", stated: 1, need: 2, given: 2),
      .loadListsTwice(load: .activity("a-cafe"), ids: ["p1"]),
      .loadDisagrees(load: .company("c-aubo"), listed: ["p2"], rows: ["p1"]),
      .loadDisagrees(load: .mentor("m-hanne"), listed: [], rows: ["p1"]),
      .loadRepeated(load: .activity("a-cafe")), .loadMissing(load: .mentor("m-hanne")),
      .loadUnknown(load: .company("x-ghost")),
      .loadSlots(company: "c-aubo", stated: 3, scenario: 2),
      .loadLegalRoom(company: "c-aubo", stated: 2, room: 1, subsidised: 1),
      .loadPerDay(company: "c-aubo", day: .wed, stated: 2, rows: 1),
      .loadUnknownDay(company: "c-aubo", key: "someday", count: 1),
      .loadMentorHours(mentor: "m-hanne", stated: 3, rows: 2),
      .loadMentorWeekHours(mentor: "m-hanne", stated: 8, scenario: 10),
      .loadMaxMentees(mentor: "m-hanne", stated: 4, scenario: 5),
      .loadSeats(activity: "a-cafe", stated: 7, scenario: 8),
    ]
    + Finding.Figure.allCases.map { .figureDiffers(figure: $0, stated: 6, actual: 5) }
    + [
      .marginWrong(stated: 1, served: 5, breakEven: 5, margin: 0),
      .statusWrong(
        stated: .atTarget, served: 5, breakEven: 5, target: 8, actual: .aboveBreakEven),
      .coordinatorUsedWrong(stated: 20, actual: 22),
      .coordinatorHoursWrong(stated: 20, scenario: 21.5),
      .offBenefitTwice(participant: "p1"),
      .offBenefitTooEarly(participant: "p1", since: "2026-03-02"),
      .offBenefitUnknown(participant: "x-ghost"),
    ]
    + onBenefit.map { .offBenefitStillOn(participant: "p1", why: $0) }
    + [
      .moveUnknownParticipant(move: 1, participant: "x-ghost"),
      .moveUnknownCompany(move: 1, participant: "p1", company: "x-ghost"),
      .moveNotPlacement(move: 1, participant: "p3", company: "c-aubo"),
      .moveToBan(move: 2, participant: "p1", company: "c-horn"),
      .moveLocksTwice(move: 1),
    ]

  static let claims: [Finding.ClaimProblem] = [
    .somethingFits([.employer("c-horn"), .activity("a-cafe"), .mentor("m-hanne")]),
    .somethingFits([.company("c-aubo")]), .neverFull(.employer("c-horn")),
    .room(without: ["p2"], .activity("a-cafe", taken: 0, seats: 1)),
    .room(
      without: ["p2"],
      .mentor("m-hanne", mentees: 1, maxMentees: 3, hours: 4, total: 10, could: 2, need: 2)),
    .room(without: ["p2"], .company("c-aubo", taken: 1, slots: 2, legalRoom: 2, days: [.mon])),
    .fullNotListed(.mentor("m-hanne")), .unknownCapacity("x-ghost"),
    .coordinatorHoursSuffice(needs: 1, left: 0.5, freed: 1),
  ]

  static let onBenefit: [Finding.OnBenefit] = [
    .leftWithoutExit, .leavesFor(.moved), .waits, .noDateOffBenefit(.job), .track(.placement),
  ]

  /// The case of a finding. The switch does not compile when a case is added, so the samples
  /// above are revisited with every new case.
  static func caseName(_ f: Finding) -> String {
    switch f {
    case .enrolledNotKept: "enrolledNotKept"
    case .referredMarkedEnrolled: "referredMarkedEnrolled"
    case .waitingGiven: "waitingGiven"
    case .servedGetsNothing: "servedGetsNothing"
    case .companyOverSlots: "companyOverSlots"
    case .companyOverDaySlots: "companyOverDaySlots"
    case .mentorOverHours: "mentorOverHours"
    case .mentorOverMentees: "mentorOverMentees"
    case .activityOverSeats: "activityOverSeats"
    case .coordinatorOverHours: "coordinatorOverHours"
    case .overLegalRatio: "overLegalRatio"
    case .beyondPlacementLimit: "beyondPlacementLimit"
    case .wrongPlacementWeek: "wrongPlacementWeek"
    case .newPlacementNotWeekOne: "newPlacementNotWeekOne"
    case .statedWeekBeyondLimit: "statedWeekBeyondLimit"
    case .placementWeekNotCounted: "placementWeekNotCounted"
    case .emptyWorkWindow: "emptyWorkWindow"
    case .workOnWeekend: "workOnWeekend"
    case .workOutsideAvailability: "workOutsideAvailability"
    case .workWhenUnavailable: "workWhenUnavailable"
    case .workOutsideOpening: "workOutsideOpening"
    case .workWhenClosed: "workWhenClosed"
    case .severalWorkWindows: "severalWorkWindows"
    case .hoursOutsideRange: "hoursOutsideRange"
    case .hoursAboveAgreed: "hoursAboveAgreed"
    case .shortWorkDay: "shortWorkDay"
    case .sessionOutsideActivityTime: "sessionOutsideActivityTime"
    case .sessionWhileBusy: "sessionWhileBusy"
    case .clash: "clash"
    case .mentorLacksCompetences: "mentorLacksCompetences"
    case .mentorTooFar: "mentorTooFar"
    case .mentorNoCommonDay: "mentorNoCommonDay"
    case .sessionTooFar: "sessionTooFar"
    case .mentorHoursAboveNeed: "mentorHoursAboveNeed"
    case .mentorHoursWithoutMentor: "mentorHoursWithoutMentor"
    case .mentorWithoutHours: "mentorWithoutHours"
    case .companyLacksAccommodations: "companyLacksAccommodations"
    case .companyRequiresLicence: "companyRequiresLicence"
    case .companyRequiresAge: "companyRequiresAge"
    case .companyNotReachable: "companyNotReachable"
    case .companyTooFar: "companyTooFar"
    case .workOnTrack: "workOnTrack"
    case .employerOnTrack: "employerOnTrack"
    case .wrongEmployer: "wrongEmployer"
    case .lockedNotListed: "lockedNotListed"
    case .lockNotKept: "lockNotKept"
    case .lockDaysMissing: "lockDaysMissing"
    case .banBroken: "banBroken"
    case .laterAdmittedWithoutReason: "laterAdmittedWithoutReason"
    case .reasonOmitsLater: "reasonOmitsLater"
    case .reasonNamesWrongPerson: "reasonNamesWrongPerson"
    case .waitingClaimFails: "waitingClaimFails"
    case .exitNotLeft: "exitNotLeft"
    case .leftGiven: "leftGiven"
    case .leftWithoutExit: "leftWithoutExit"
    case .previousMissingFromScenario: "previousMissingFromScenario"
    case .previousNotEnrolledInScenario: "previousNotEnrolledInScenario"
    case .previousNotEnrolledInPlan: "previousNotEnrolledInPlan"
    case .previousMissingFromPlan: "previousMissingFromPlan"
    case .weekDiffers: "weekDiffers"
    case .previousUnrelated: "previousUnrelated"
    case .listedTimes: "listedTimes"
    case .missingFromPlan: "missingFromPlan"
    case .notInScenario: "notInScenario"
    case .trackDiffers: "trackDiffers"
    case .nameDiffers: "nameDiffers"
    case .exitReasonDiffers: "exitReasonDiffers"
    case .exitReasonWithStatus: "exitReasonWithStatus"
    case .waitingReasonWithStatus: "waitingReasonWithStatus"
    case .unknownCompany: "unknownCompany"
    case .unknownMentor: "unknownMentor"
    case .unknownActivity: "unknownActivity"
    case .activityRepeated: "activityRepeated"
    case .workWithoutCompany: "workWithoutCompany"
    case .placementWeekWithoutCompany: "placementWeekWithoutCompany"
    case .hoursNotANumber: "hoursNotANumber"
    case .unmetHoursWrong: "unmetHoursWrong"
    case .loadListsTwice: "loadListsTwice"
    case .loadDisagrees: "loadDisagrees"
    case .loadRepeated: "loadRepeated"
    case .loadMissing: "loadMissing"
    case .loadUnknown: "loadUnknown"
    case .loadSlots: "loadSlots"
    case .loadLegalRoom: "loadLegalRoom"
    case .loadPerDay: "loadPerDay"
    case .loadUnknownDay: "loadUnknownDay"
    case .loadMentorHours: "loadMentorHours"
    case .loadMentorWeekHours: "loadMentorWeekHours"
    case .loadMaxMentees: "loadMaxMentees"
    case .loadSeats: "loadSeats"
    case .figureDiffers: "figureDiffers"
    case .marginWrong: "marginWrong"
    case .statusWrong: "statusWrong"
    case .coordinatorUsedWrong: "coordinatorUsedWrong"
    case .coordinatorHoursWrong: "coordinatorHoursWrong"
    case .offBenefitTwice: "offBenefitTwice"
    case .offBenefitTooEarly: "offBenefitTooEarly"
    case .offBenefitUnknown: "offBenefitUnknown"
    case .offBenefitStillOn: "offBenefitStillOn"
    case .moveUnknownParticipant: "moveUnknownParticipant"
    case .moveUnknownCompany: "moveUnknownCompany"
    case .moveNotPlacement: "moveNotPlacement"
    case .moveToBan: "moveToBan"
    case .moveLocksTwice: "moveLocksTwice"
    }
  }

  static let allCaseNames = 104

  @Test("every finding has a sample; its code is its case; both languages differ")
  func everyCase() {
    let cases = Set(Self.findings.map(Self.caseName))
    #expect(cases.count == Self.allCaseNames, "\(cases.count)")
    for f in Self.findings { #expect(f.code == Self.caseName(f)) }
    let names = Names(VocabularyTests.scenario())
    for f in Self.findings {
      let d = Localizer.danish.say(f, names)
      let e = Localizer.english.say(f, names)
      #expect(!d.isEmpty && d != e, "the same text in both languages: \(d)")
    }
  }

  @Test("Danish findings hold no English word; both name by name, never by id")
  func danishAndNames() {
    let names = Names(VocabularyTests.scenario())
    for f in Self.findings {
      let d = Localizer.danish.say(f, names)
      let english = VocabularyTests.words(d).filter {
        VocabularyTests.englishWords.contains($0) || DanishFindingWords.more.contains($0)
      }
      #expect(english.isEmpty, "English in Danish: \(english) in \(d)")
      for l in [Localizer.danish, .english] {
        let text = l.say(f, names)
        for id in ["p1", "p2", "p3", "c-aubo", "c-horn", "m-hanne", "a-cafe"] {
          #expect(!VocabularyTests.words(text).contains(id), "id \(id) in \(text)")
        }
      }
    }
    let v = Violation(rule: .capacity, finding: .banBroken(participant: "p1", company: "c-aubo"))
    #expect(Localizer.danish.say(v, names).hasPrefix("regel 2 (Kapacitet): Line K. "))
    #expect(Localizer.english.say(v, names).hasPrefix("rule 2 (Capacity): Line K. "))
    #expect(Localizer.danish.report([], names).hasPrefix("Ingen overtrædelser"))
  }
}

/// English words of the checker's own findings, beyond the vocabulary's list.
enum DanishFindingWords {
  static let more: Set<String> = [
    "load", "lists", "says", "plan's", "scenario", "employer", "track", "move", "moves",
    "exit", "reason", "works", "attends", "gives", "needs", "lacks", "requires", "twice",
    "once", "but", "which", "who", "missing", "listed", "times", "number", "figures",
    "coordinator", "staff", "subsidised", "ordinary", "employees", "licence", "age",
    "window", "windows", "opening", "closed", "availability", "available", "beyond",
    "above", "below", "outside", "neither", "nor", "only", "still", "off", "counts",
  ]
}
