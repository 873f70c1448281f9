import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow
import Testing

/// Every case of a scenario's ``ValidationProblem``, rendered in both languages: Danish has no
/// English word, both name people, companies and mentors by name (an unknown id as given, in
/// quotes), and the two languages differ.
@Suite("vocabulary: every validation problem in Danish and English, by name")
struct ValidationVocabularyTests {
  static let window = TimeWindow(start: TimeOfDay(15), end: TimeOfDay(7))

  /// One sample or more of every case (ids of ``VocabularyTests/scenario()``; `x-ghost` is an
  /// id the scenario does not have, shown as given).
  static let problems: [ValidationProblem] =
    [
      .notFinite(.nan), .outsideRange(-1, lowest: 0, highest: 37.5),
      .belowAMinute(hours: 0.001), .notWholeMinutes(hours: 1.005), .endsBeforeStart(window),
      .busyEndsBeforeStart(from: TimeOfDay(14), to: TimeOfDay(12)),
      .busyEndsBeforeStart(from: TimeOfDay(14), to: TimeOfDay(14)),
      .belowOneKrone(0.5), .savingBelowOneKrone(0.25), .notAnID("p 2\u{7}"),
      .duplicateID("x-twice", firstAt: "participants[0]"),
    ]
    + ValidationProblem.Kind.allCases.map { .unknown($0, "x-ghost") }
    + [
      .companyWishedTwice(company: "c-aubo"), .companyWishedTwice(company: "x-ghost"), .dayTwice,
      .empty, .tooLong(characters: 101, most: 100), .controlCharacter, .notAWeek("2026-W2"),
      .noSuchWeek("2025-W53", year: 2025, weeks: 52), .notADate("2026-13-01"),
      .phoneCharacter("ring 00 00", character: "r"), .phonePlusInside("00+45"),
      .phoneDigits("12", digits: 2), .phoneDigits("1", digits: 1), .notAnEmail("lene@kommune"),
      .targetBelowBreakEven(target: 12, breakEven: 14),
      .savingWithRates(clashing: [
        "programme.economics.benefitPerMonth", "programme.economics.refundSteps",
      ]),
      .noRefundSteps, .untilWeekOnLastStep(week: 60), .untilWeekNotAfter(week: 4, previous: 26),
      .untilWeekRequired, .referredOnRequired, .minAboveMax(min: 20, max: 10.5),
      .placementNeedsHours, .placementWeeksWithoutCompany, .earlierIsCurrent(company: "c-aubo"),
      .sinceWithoutCompany,
      .placementWeeksSince(weeks: 5, possible: 3, since: "2025-12-15", week: "2026-W02"),
      .workWithoutCompany, .agreedOutsideRange(agreed: 30, min: 10, max: 20),
      .employmentRequired(.flexjob), .employmentOnTrack(.placement),
      .offBeforeSince(off: "2026-01-05", since: "2026-02-01"), .offBenefitOnTrack(.socialOnly),
      .weekendWork, .daySlotsAboveWeekly(slots: 2, weekly: 1), .slotsWhenClosed,
      .lockOffTrack(participant: "p1", track: .job),
      .lockedTwice(participant: "p1", company: "c-horn", lock: 0),
      .lockedTwice(participant: "p2", company: "x-ghost", lock: 1), .lockRepeated(lock: 0),
      .banWhereLocked(participant: "p1", company: "c-aubo", lock: 2),
      .notLeavingBenefit(.moved), .leftBenefitTwice(participant: "p1", on: "2026-01-05", first: 1),
      .leftBenefitTwice(participant: "x-ghost", on: "2026-01-05", first: 0),
      .required, .unknownField(closest: "offSince"), .unknownField(closest: nil),
    ]
    + ValidationProblem.Shape.allCases.map { .expected($0, found: .number) }
    + [
      .expected(.weeks, found: nil), .notANumber("tyve"), .tooLarge(1e12), .notWhole(2.5),
      .notOneOf("fleks", choices: ["job", "flexjob"], closest: "flexjob"),
      .notOneOf("x", choices: ["job", "flexjob"], closest: nil), .notAWeekday("fre"),
      .notATimeWindow("9-12"), .notATime("25:00"), .oneOperation, .notAChangePath,
      .valueRequired(set: true), .valueRequired(set: false), .removeTakesNoValue,
      .moreNotListed(count: 3, listed: 100), .moreNotListed(count: 1, listed: 100),
      .notAListAt(path: "policy"), .entryExists(path: "companies", id: "\"x-ghost\""),
      .setNeedsField(path: "companies[3]"), .cannotGoInto(.number),
      .noEntry(list: "companies", id: "x-ghost"), .noEntry(list: "locks", id: "x-ghost"),
      .noEntry(list: "sectors", id: "x-ghost"), .noIndex(list: "companies", index: 7),
      .noField("slotz"), .noList("companiez"), .notAnEntry(path: "policy"),
      .notAPath("companies[].slots"),
      .afterChanges(path: "bans[0]", .unknown(.company, "x-ghost")),
      .afterChanges(path: "", .moreNotListed(count: 2, listed: 100)),
      .syntax(SyntaxError(.json, line: 3, column: 5, .expectedCommaOr(.object))),
      .syntax(SyntaxError(.yaml, line: 4, column: 12, .yamlColonNotAllowed)),
      .syntax(SyntaxError(.yaml, line: 2, .yamlTab)),
      .syntax(SyntaxError(nil, .fileTooLarge(bytes: 70_000_000, mostBytes: 67_108_864))),
      .notAPlanFormat("7", readable: [2, 3]), .invalidValue("maybe"),
      .written("an old sentence"),
    ]

  /// The case of a problem. The switch does not compile when a case is added, so the samples
  /// above are revisited with every new case.
  static func caseName(_ p: ValidationProblem) -> String {
    switch p {
    case .notFinite: "notFinite"
    case .outsideRange: "outsideRange"
    case .belowAMinute: "belowAMinute"
    case .notWholeMinutes: "notWholeMinutes"
    case .endsBeforeStart: "endsBeforeStart"
    case .busyEndsBeforeStart: "busyEndsBeforeStart"
    case .belowOneKrone: "belowOneKrone"
    case .savingBelowOneKrone: "savingBelowOneKrone"
    case .notAnID: "notAnID"
    case .duplicateID: "duplicateID"
    case .unknown: "unknown"
    case .companyWishedTwice: "companyWishedTwice"
    case .dayTwice: "dayTwice"
    case .empty: "empty"
    case .tooLong: "tooLong"
    case .controlCharacter: "controlCharacter"
    case .notAWeek: "notAWeek"
    case .noSuchWeek: "noSuchWeek"
    case .notADate: "notADate"
    case .phoneCharacter: "phoneCharacter"
    case .phonePlusInside: "phonePlusInside"
    case .phoneDigits: "phoneDigits"
    case .notAnEmail: "notAnEmail"
    case .targetBelowBreakEven: "targetBelowBreakEven"
    case .savingWithRates: "savingWithRates"
    case .noRefundSteps: "noRefundSteps"
    case .untilWeekOnLastStep: "untilWeekOnLastStep"
    case .untilWeekNotAfter: "untilWeekNotAfter"
    case .untilWeekRequired: "untilWeekRequired"
    case .referredOnRequired: "referredOnRequired"
    case .minAboveMax: "minAboveMax"
    case .placementNeedsHours: "placementNeedsHours"
    case .placementWeeksWithoutCompany: "placementWeeksWithoutCompany"
    case .earlierIsCurrent: "earlierIsCurrent"
    case .sinceWithoutCompany: "sinceWithoutCompany"
    case .placementWeeksSince: "placementWeeksSince"
    case .workWithoutCompany: "workWithoutCompany"
    case .agreedOutsideRange: "agreedOutsideRange"
    case .employmentRequired: "employmentRequired"
    case .employmentOnTrack: "employmentOnTrack"
    case .offBeforeSince: "offBeforeSince"
    case .offBenefitOnTrack: "offBenefitOnTrack"
    case .weekendWork: "weekendWork"
    case .daySlotsAboveWeekly: "daySlotsAboveWeekly"
    case .slotsWhenClosed: "slotsWhenClosed"
    case .lockOffTrack: "lockOffTrack"
    case .lockedTwice: "lockedTwice"
    case .lockRepeated: "lockRepeated"
    case .banWhereLocked: "banWhereLocked"
    case .notLeavingBenefit: "notLeavingBenefit"
    case .leftBenefitTwice: "leftBenefitTwice"
    case .required: "required"
    case .expected: "expected"
    case .unknownField: "unknownField"
    case .notANumber: "notANumber"
    case .tooLarge: "tooLarge"
    case .notWhole: "notWhole"
    case .notOneOf: "notOneOf"
    case .notAWeekday: "notAWeekday"
    case .notATimeWindow: "notATimeWindow"
    case .notATime: "notATime"
    case .oneOperation: "oneOperation"
    case .notAChangePath: "notAChangePath"
    case .valueRequired: "valueRequired"
    case .removeTakesNoValue: "removeTakesNoValue"
    case .moreNotListed: "moreNotListed"
    case .notAListAt: "notAListAt"
    case .entryExists: "entryExists"
    case .setNeedsField: "setNeedsField"
    case .cannotGoInto: "cannotGoInto"
    case .noEntry: "noEntry"
    case .noIndex: "noIndex"
    case .noField: "noField"
    case .noList: "noList"
    case .notAnEntry: "notAnEntry"
    case .notAPath: "notAPath"
    case .afterChanges: "afterChanges"
    case .syntax: "syntax"
    case .notAPlanFormat: "notAPlanFormat"
    case .invalidValue: "invalidValue"
    case .written: "written"
    }
  }

  static let allCaseNames = 81

  /// The file's own words a Danish text quotes as the file writes them: weekday keys, and the
  /// change file's example path `companies[aubo].slots`.
  static let fileWords: Set<String> = [
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "companies",
  ]

  @Test("every problem has a sample; its code is its case; both languages differ")
  func everyCase() {
    let cases = Set(Self.problems.map(Self.caseName))
    #expect(cases.count == Self.allCaseNames, "\(cases.count)")
    for p in Self.problems { #expect(p.code == Self.caseName(p)) }
    let names = Names(VocabularyTests.scenario())
    for p in Self.problems {
      let d = Localizer.danish.say(p, names)
      let e = Localizer.english.say(p, names)
      #expect(!d.isEmpty && !e.isEmpty)
      // A sentence not typed yet is shown as written, in both languages.
      if case .written = p { continue }
      #expect(d != e, "the same text in both languages: \(d)")
    }
  }

  @Test("Danish problems hold no English word; both name by name, an unknown id in quotes")
  func danishAndNames() {
    let names = Names(VocabularyTests.scenario())
    for p in Self.problems {
      if case .written = p { continue }
      let d = Localizer.danish.say(p, names)
      let english = VocabularyTests.words(d).filter {
        (VocabularyTests.englishWords.contains($0) || DanishFindingWords.more.contains($0))
          && !Self.fileWords.contains($0)
      }
      #expect(english.isEmpty, "English in Danish: \(english) in \(d)")
      for l in [Localizer.danish, .english] {
        let text = l.say(p, names)
        for id in ["p1", "p3", "c-aubo", "c-horn", "m-hanne", "a-cafe"] {
          #expect(!VocabularyTests.words(text).contains(id), "id \(id) in \(text)")
        }
        if text.contains("x-ghost") { #expect(text.contains("\"x-ghost\""), "\(text)") }
      }
    }
    #expect(
      Localizer.danish.say(.lockedTwice(participant: "p1", company: "c-horn", lock: 0), names)
        == "Line K. er allerede låst til Horn Auto af locks[0]")
    #expect(
      Localizer.english.say(.unknown(.company, "x-ghost"), names) == #"unknown company "x-ghost""#)
    // A control character in an id is shown as \uXXXX, never sent to the terminal.
    #expect(Localizer.english.say(.notAnID("a\u{7}b"), names).hasPrefix(#""a\u0007b" is not"#))
  }

  @Test("a scenario's problems are said at their place, by the scenario's names")
  func issuesByName() {
    let e = ScenarioError(
      issues: [
        ValidationIssue(path: "locks[0]", .lockRepeated(lock: 0)),
        ValidationIssue(
          path: "bans[0]", .banWhereLocked(participant: "p1", company: "c-aubo", lock: 0)),
        ValidationIssue(path: "", .moreNotListed(count: 2, listed: 100)),
      ], scenario: VocabularyTests.scenario())
    #expect(
      Localizer.danish.lines(e) == [
        "locks[0]: gentager locks[0]",
        "bans[0]: forbyder Line K. hos Aubo Køkkener, hvor locks[0] låser dem",
        "og 2 problemer mere, der ikke er vist (de første 100 står ovenfor)",
      ])
    #expect(
      Localizer.english.lines(e)[1]
        == "bans[0]: bans Line K. from Aubo Køkkener, where locks[0] puts them")
  }
}
