import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow
import Testing

/// Every JSON and YAML syntax problem (``SyntaxProblem``) and every line the command line says
/// about itself (``CommandMessage``), rendered in both languages: Danish holds no English word,
/// the two languages differ, and the parsers make the typed values with their line and column.
@Suite("vocabulary: syntax errors, plan-file problems and the command line's own lines")
struct CommandVocabularyTests {
  /// One sample or more of every syntax problem.
  static let syntax: [SyntaxProblem] = [
    .unexpectedEnd(in: nil), .unexpectedEnd(in: .object), .unexpectedEnd(in: .list),
    .textAfterDocument, .expectedKey, .keyTwice("navn"), .expectedColon(after: "navn"),
    .expectedColon(after: nil), .expectedCommaOr(.object), .expectedCommaOr(.list),
    .unexpectedCharacter, .numberOutOfRange("1e999"), .leadingZero,
    .stringTooLong(mostBytes: 1_048_576), .keyTooLong(mostBytes: 1_048_576), .stringNotUTF8,
    .controlInString, .badUnicodeEscape, .badEscape, .unclosedString, .nestedTooDeep(most: 64),
    .tooManyValues(most: 2_000_000), .yamlExpands(most: 2_000_000), .yamlAlias,
    .yamlComplexKey, .yamlColonNotAllowed, .yamlTab, .yamlExpectedValue,
    .yamlListItemNotAllowed, .yamlIndentation, .yamlOther("found undefined tag handle"),
    .fileTooLarge(bytes: 70_000_000, mostBytes: 67_108_864),
  ]

  /// The case of a syntax problem: the switch does not compile when a case is added.
  static func caseName(_ p: SyntaxProblem) -> String {
    switch p {
    case .unexpectedEnd: "unexpectedEnd"
    case .textAfterDocument: "textAfterDocument"
    case .expectedKey: "expectedKey"
    case .keyTwice: "keyTwice"
    case .expectedColon: "expectedColon"
    case .expectedCommaOr: "expectedCommaOr"
    case .unexpectedCharacter: "unexpectedCharacter"
    case .numberOutOfRange: "numberOutOfRange"
    case .leadingZero: "leadingZero"
    case .stringTooLong: "stringTooLong"
    case .keyTooLong: "keyTooLong"
    case .stringNotUTF8: "stringNotUTF8"
    case .controlInString: "controlInString"
    case .badUnicodeEscape: "badUnicodeEscape"
    case .badEscape: "badEscape"
    case .unclosedString: "unclosedString"
    case .nestedTooDeep: "nestedTooDeep"
    case .tooManyValues: "tooManyValues"
    case .yamlExpands: "yamlExpands"
    case .yamlAlias: "yamlAlias"
    case .yamlComplexKey: "yamlComplexKey"
    case .yamlColonNotAllowed: "yamlColonNotAllowed"
    case .yamlTab: "yamlTab"
    case .yamlExpectedValue: "yamlExpectedValue"
    case .yamlListItemNotAllowed: "yamlListItemNotAllowed"
    case .yamlIndentation: "yamlIndentation"
    case .yamlOther: "yamlOther"
    case .fileTooLarge: "fileTooLarge"
    }
  }

  /// One sample or more of every line of the command line's own.
  static let messages: [CommandMessage] =
    usages.map { .usage($0) } + [
      .noSuchFile(path: "/tmp/uge.json"), .isAFolder(path: "/tmp"),
      .noSuchFolder(path: "/tmp/ark"), .notAFolder(path: "/tmp/ark.csv"),
      .cannotRead(path: "/tmp/uge.json"),
      .inputTooLarge(path: "/tmp/uge.json", bytes: 70_000_000, most: 67_108_864),
      .inputTooLarge(path: "/tmp/uge.json", bytes: nil, most: 67_108_864),
      .notUTF8(path: "/tmp/uge.json"), .planWithoutFingerprint(path: "plan.json", scenario: nil),
      .planWithoutFingerprint(path: "plan.json", scenario: "uge.json"),
      .planForAnotherScenario(
        path: "plan.json", got: "sha256:0123456789ab", scenario: "uge.json",
        expected: "sha256:ba9876543210"),
      .notRolledFrom(path: "plan.json", recorded: "sha256:0123456789ab", file: "sha256:ba98765432"),
      .seasonExists(path: "saeson.db"),
      .cannotWriteStandardOutput(reason: "No space left on device"),
      .saveScenarioWithMove, .noSuchMove(asked: 2, count: 0), .noSuchMove(asked: 3, count: 1),
      .stopped(signal: "SIGINT", left: .noPartialOutput),
      .stopped(signal: "SIGTERM", left: .nothingWritten), .stopping(signal: "SIGINT"), .cutOnTerm,
      .serveStopped(signal: nil, unsaved: nil), .serveStopped(signal: "SIGINT", unsaved: nil),
      .serveStopped(signal: "SIGINT", unsaved: .edits(2)),
      .serveStopped(signal: "SIGTERM", unsaved: .week(scenario: "uge.json", plan: "plan.json")),
      .serving(week: "2026-W05", url: "http://127.0.0.1:8080/", token: true),
      .serving(week: "2026-W05", url: "http://127.0.0.1:8080/", token: false),
      .serveSaves(plan: "uge.plan.json", scenario: "uge.json"),
      .cannotServe(host: "127.0.0.1", port: 80, reason: "Permission denied"), .tokenVisible,
      .savedPlanForAnotherScenario(path: "uge.plan.json"),
      .savedPlanBreaks(path: "uge.plan.json", rules: 2),
      .plannedAfresh(because: "uge.plan.json: filen findes ikke"), .replanRejected(rules: 1),
      .planOfAnotherWeek(
        path: "del.json", week: "2026-W04", expected: "2026-W05", scenario: "u.json"),
      .notAPartPlan(path: "del.json", scenario: "uge.json"),
      .samePart(path: "a.json", other: "b.json", part: 2),
      .partsMissing(parts: [2], participants: [14], of: 3),
      .partsMissing(parts: [1, 3], participants: [1, 9], of: 3),
      .partCut(part: 2, path: "del-2.json"), .partCutWarning(part: 2, path: "del-2.json"),
      .mergedBreaks(rules: 3), .partOutOfRange(part: 4, scenario: "uge.json", count: 3),
      .partOutOfRange(part: 2, scenario: nil, count: 1), .needsPart(scenario: "uge.json", count: 3),
      .planOfParts(path: "plan.json", parts: 3, part: 2, scenario: "uge.json"),
      .planOfParts(path: "plan.json", parts: 3, part: nil, scenario: nil),
      .notMadeFor(path: "plan.json", part: 1, scenario: "uge.json"),
      .goalNotReached(path: "plan.json", level: 2),
      .noPlanWithinLimit(level: 3, seconds: 2.5), .planningStopped,
      .tooLargeToPlan(
        .weekTooLarge(variables: 2_500_000, most: 2_000_000, participants: 20_000, companies: 900)),
      .tooLargeToPlan(.townTooLarge(variables: 600_000, most: 400_000)),
      .previousPlanDoesNotFit([
        .wrongWeek(plan: "2026-W02", scenario: "2026-W05", lastWeek: "2026-W04"),
        .missing(participant: "p7", name: "Line K.", status: .enrolled, week: "2026-W04"),
        .notEnrolled(
          participant: "p8", name: "", status: .admitted, week: "2026-W04", enrolment: .referred),
      ]),
      .progress(
        seconds: 12.34, level: 2, goal: "behov", plan: 1234.5, bound: 1200, gap: 0.0281),
      .progress(seconds: 1, level: 1, goal: "break-even", plan: nil, bound: nil, gap: nil),
      .internalError("part 2 does not read back"),
    ]

  /// One sample or more of every option given wrongly.
  static let usages: [CommandMessage.Usage] = [
    .range(option: "--weeks", from: 1, to: 104, between: false),
    .range(option: "--gap", from: 0, to: 1, between: true), .atLeast(option: "--part", least: 1),
    .timeLimit, .goesWith(option: "--save-scenario", other: "--apply-move"), .givePlans,
    .giveSheets, .folderOrTemplate, .needsFolder(option: "--all"),
    .needsFolder(option: "--format csv"), .forOrAll, .forForm, .giveChangeFile,
    .notAWeek(option: "--from", given: "uge 5"), .tokenTooShort(least: 16),
    .tokenFewCharacters(least: 8), .tokenCharacters, .hostNeedsToken(host: "0.0.0.0"),
    .planIsScenario(plan: "uge.json"), .planIsPrevious(plan: "sidste.json"),
    .scenarioIsPrevious(scenario: "uge.json"), .planIsBackup(plan: "uge.bak.json"),
  ]

  /// The case of an option given wrongly: the switch does not compile when a case is added.
  static func caseName(_ u: CommandMessage.Usage) -> String {
    switch u {
    case .range: "range"
    case .atLeast: "atLeast"
    case .timeLimit: "timeLimit"
    case .goesWith: "goesWith"
    case .givePlans: "givePlans"
    case .giveSheets: "giveSheets"
    case .folderOrTemplate: "folderOrTemplate"
    case .needsFolder: "needsFolder"
    case .forOrAll: "forOrAll"
    case .forForm: "forForm"
    case .giveChangeFile: "giveChangeFile"
    case .notAWeek: "notAWeek"
    case .tokenTooShort: "tokenTooShort"
    case .tokenFewCharacters: "tokenFewCharacters"
    case .tokenCharacters: "tokenCharacters"
    case .hostNeedsToken: "hostNeedsToken"
    case .planIsScenario: "planIsScenario"
    case .planIsPrevious: "planIsPrevious"
    case .scenarioIsPrevious: "scenarioIsPrevious"
    case .planIsBackup: "planIsBackup"
    }
  }

  /// The case of a command line: the switch does not compile when a case is added.
  static func caseName(_ m: CommandMessage) -> String {
    switch m {
    case .usage: "usage"
    case .noSuchFile: "noSuchFile"
    case .isAFolder: "isAFolder"
    case .noSuchFolder: "noSuchFolder"
    case .notAFolder: "notAFolder"
    case .cannotRead: "cannotRead"
    case .inputTooLarge: "inputTooLarge"
    case .notUTF8: "notUTF8"
    case .planWithoutFingerprint: "planWithoutFingerprint"
    case .planForAnotherScenario: "planForAnotherScenario"
    case .notRolledFrom: "notRolledFrom"
    case .seasonExists: "seasonExists"
    case .cannotWriteStandardOutput: "cannotWriteStandardOutput"
    case .saveScenarioWithMove: "saveScenarioWithMove"
    case .noSuchMove: "noSuchMove"
    case .stopped: "stopped"
    case .stopping: "stopping"
    case .cutOnTerm: "cutOnTerm"
    case .serveStopped: "serveStopped"
    case .serving: "serving"
    case .serveSaves: "serveSaves"
    case .cannotServe: "cannotServe"
    case .tokenVisible: "tokenVisible"
    case .savedPlanForAnotherScenario: "savedPlanForAnotherScenario"
    case .savedPlanBreaks: "savedPlanBreaks"
    case .plannedAfresh: "plannedAfresh"
    case .replanRejected: "replanRejected"
    case .planOfAnotherWeek: "planOfAnotherWeek"
    case .notAPartPlan: "notAPartPlan"
    case .samePart: "samePart"
    case .partsMissing: "partsMissing"
    case .partCut: "partCut"
    case .partCutWarning: "partCutWarning"
    case .mergedBreaks: "mergedBreaks"
    case .partOutOfRange: "partOutOfRange"
    case .needsPart: "needsPart"
    case .planOfParts: "planOfParts"
    case .notMadeFor: "notMadeFor"
    case .goalNotReached: "goalNotReached"
    case .noPlanWithinLimit: "noPlanWithinLimit"
    case .planningStopped: "planningStopped"
    case .tooLargeToPlan: "tooLargeToPlan"
    case .previousPlanDoesNotFit: "previousPlanDoesNotFit"
    case .progress: "progress"
    case .internalError: "internalError"
    }
  }

  /// Words of the program's own that a Danish line quotes as they are written: options,
  /// fields of the files, the example path and the system's own reasons in the samples.
  static let quoted: Set<String> = [
    "companies", "slots", "space", "left", "device", "permission", "denied", "on", "no",
    "part-nn", "rolledfrom", "plan", "policy", "timelimitseconds", "cutbyclock", "token",
    "does", "not", "back", "read", "part", "exit", "company", "participant", "maxtravelkm",
    "reachablecompanies",
  ]

  static func english(_ text: String) -> [String] {
    VocabularyTests.words(text).filter {
      (VocabularyTests.englishWords.contains($0) || DanishFindingWords.more.contains($0))
        && !quoted.contains($0)
    }
  }

  @Test("every syntax problem has a sample; Danish holds no English word; the languages differ")
  func everySyntaxProblem() {
    #expect(Set(Self.syntax.map(Self.caseName)).count == 28)
    for p in Self.syntax {
      #expect(p.code == Self.caseName(p))
      for format in [SyntaxError.Format.json, .yaml, nil] {
        let problem = ValidationProblem.syntax(SyntaxError(format, line: 3, column: 7, p))
        let d = Localizer.danish.say(problem, Names())
        let e = Localizer.english.say(problem, Names())
        #expect(d != e, "the same text in both languages: \(d)")
        if case .yamlOther = p {
          // libyaml's own words stay out of the Danish text.
          #expect(!d.contains("undefined"), "\(d)")
        }
        #expect(Self.english(d).isEmpty, "English in Danish: \(Self.english(d)) in \(d)")
        if format != nil {
          #expect(d.contains("linje 3, kolonne 7") && e.contains("line 3, column 7"), "\(d) | \(e)")
        }
      }
    }
  }

  @Test("every command line has a sample; Danish holds no English word; the languages differ")
  func everyCommandLine() {
    #expect(Set(Self.messages.map(Self.caseName)).count == 45)
    for m in Self.messages {
      let d = Localizer.danish.say(m)
      let e = Localizer.english.say(m)
      #expect(!d.isEmpty && d != e, "\(d) | \(e)")
      #expect(Self.english(d).isEmpty, "English in Danish: \(Self.english(d)) in \(d)")
    }
    #expect(Set(Self.usages.map(Self.caseName)).count == 20)
    #expect(
      Localizer.danish.say(.usage(.range(option: "--gap", from: 0, to: 1, between: true)))
        == "--gap skal være mellem 0 og 1")
    #expect(
      Localizer.danish.say(.stopped(signal: "SIGINT", left: .noPartialOutput))
        == "stoppet af SIGINT; intet halvt skrevet blev efterladt")
    #expect(
      Localizer.english.say(.stopped(signal: "SIGINT", left: .noPartialOutput))
        == "stopped by SIGINT; no partial output was left")
    // Numbers with the decimal comma, weeks as people say them.
    #expect(
      Localizer.danish.say(
        .progress(seconds: 12.34, level: 2, goal: "behov", plan: 1234.5, bound: 1200, gap: 0.0281))
        == "12,3 s  mål 2 behov: plan 1234,5, grænse 1200, afstand 2,81 %")
    #expect(
      Localizer.danish.say(
        .planOfAnotherWeek(path: "d.json", week: "2026-W04", expected: "2026-W05", scenario: "u"))
        == "d.json er en plan for uge 4, ikke for uge 5 (u)")
    // Last week's plan that does not fit: by name (an id only where the plan has no name).
    let previous = Localizer.danish.say(
      Self.messages.first { Self.caseName($0) == "previousPlanDoesNotFit" }!)
    #expect(
      previous.contains("Line K. er indskrevet i planen for uge 4, men mangler"), "\(previous)")
    #expect(previous.contains("\"p8\" er optaget i planen for uge 4, men henvist"), "\(previous)")
    #expect(previous.contains("skal derfor være for uge 4 (sidste uge)"), "\(previous)")
  }

  /// One sample of every reason an output was not written.
  static let writes: [WriteProblem] = [
    .overwriteInput("uge.json"), .isAFolder("ud"), .symbolicLink("plan.json"),
    .existingFile("uge.json"), .system("plan.json", reason: "No space left on device"),
    .noFolder("ud/plan.json", folder: "ud"), .stopping("plan.json"),
    .outsideFolder("../x.json", folder: "ud"),
    .cannotMakeFolder("ud", reason: "Permission denied"), .folderAsWhole("/"),
    .folderHoldsInput("ud", input: "ud/uge.json"), .folderIsLink("ud"), .folderIsFile("ud"),
    .folderNotOurs("ud"), .cannotPutInPlace("ud", reason: "Permission denied"),
  ]

  /// The case of a write problem: the switch does not compile when a case is added.
  static func caseName(_ p: WriteProblem) -> String {
    switch p {
    case .overwriteInput: "overwriteInput"
    case .isAFolder: "isAFolder"
    case .symbolicLink: "symbolicLink"
    case .existingFile: "existingFile"
    case .system: "system"
    case .noFolder: "noFolder"
    case .stopping: "stopping"
    case .outsideFolder: "outsideFolder"
    case .cannotMakeFolder: "cannotMakeFolder"
    case .folderAsWhole: "folderAsWhole"
    case .folderHoldsInput: "folderHoldsInput"
    case .folderIsLink: "folderIsLink"
    case .folderIsFile: "folderIsFile"
    case .folderNotOurs: "folderNotOurs"
    case .cannotPutInPlace: "cannotPutInPlace"
    }
  }

  @Test("every reason an output was not written, in both languages; Danish holds no English word")
  func everyWriteProblem() {
    #expect(Set(Self.writes.map(Self.caseName)).count == 15)
    for p in Self.writes {
      let d = Localizer.danish.say(p)
      let e = Localizer.english.say(p)
      #expect(d != e, "\(d)")
      #expect(Self.english(d).isEmpty, "English in Danish: \(Self.english(d)) in \(d)")
    }
    #expect(
      Localizer.danish.say(.overwriteInput("uge.json"))
        == "uge.json er en inddatafil og overskrives aldrig")
  }

  @Test("the JSON parser says where and what it expected, in both languages")
  func jsonSyntax() throws {
    for (text, problem, line, column) in [
      ("{\"a\": 1,\n}", SyntaxProblem.expectedKey, 2, 1),
      ("{\"a\" 1}", .expectedColon(after: "a"), 1, 6),
      ("[1, 2", .unexpectedEnd(in: .list), 1, 6),
      ("{\"a\": 1, \"a\": 2}", .keyTwice("a"), 1, 13),
      ("{\"a\": 012}", .leadingZero, 1, 7),
      ("{\"a\": \"x}", .unclosedString, 1, 10),
    ] {
      do {
        _ = try JSONValue.parseJSON(text)
        Issue.record("\(text) was read")
      } catch {
        let s = try #require(error.syntax)
        #expect(s.format == .json && s.problem == problem, "\(text): \(s)")
        #expect(s.line == line && s.column == column, "\(text): \(s)")
        #expect(Localizer.danish.say(error).hasPrefix("ugyldig JSON i linje \(line), kolonne"))
        #expect(error.message.hasPrefix("not valid JSON at line \(line), column"))
      }
    }
  }

  @Test("the YAML parser's errors are typed: line, column and the common problems by name")
  func yamlSyntax() throws {
    for (text, problem, line) in [
      ("week: 2026-W05\nname: a: b\n", SyntaxProblem.yamlColonNotAllowed, 2),
      ("a:\n  - 1\n - 2\n", .expectedKey, 3),
      ("a: [1, 2\n", .expectedCommaOr(.list), 2),
      ("a: \"x\n", .unclosedString, 2),
    ] {
      do {
        _ = try JSONValue.parseYAML(text)
        Issue.record("\(text) was read")
      } catch {
        let s = try #require(error.syntax)
        #expect(s.format == .yaml && s.problem == problem, "\(text): \(s)")
        #expect(s.line == line, "\(text): \(s)")
        let d = Localizer.danish.say(error)
        #expect(d.hasPrefix("ugyldig YAML i linje \(line)"), "\(d)")
        #expect(Self.english(d).isEmpty, "\(d)")
      }
    }
  }

  @Test("a plan file's problems are said per language, at their place")
  func planFile() throws {
    func problem(_ text: String) throws -> ParseError {
      do {
        _ = try PlanFile.decode(text)
      } catch let e as ParseError {
        return e
      }
      throw CancellationError()
    }
    let format = try problem(#"{"format": 7}"#)
    #expect(
      format.issues == [ValidationIssue(path: "format", .notAPlanFormat("7", readable: [2, 3]))])
    #expect(
      Localizer.danish.say(format)
        == "planfilen: format: 7 er ikke et planformat, denne version kan læse (den læser 2 og 3)")
    #expect(
      Localizer.english.say(format)
        == "plan file: format: 7 is not a plan format this version reads (2, 3)")
    let type = try problem(#"{"format": 3, "week": 5}"#)
    #expect(type.issues.first == ValidationIssue(path: "week", .expected(.string, found: .number)))
    #expect(Localizer.danish.say(type) == "planfilen: week: forventede en tekst, fandt et tal")
    let syntax = try problem("{\"format\": 3,")
    #expect(Localizer.danish.say(syntax).hasPrefix("planfilen: ugyldig JSON i linje 1, kolonne 14"))
  }
}
