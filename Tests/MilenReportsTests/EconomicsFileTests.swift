import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow
import Testing

/// The business case's inputs in the scenario file and the sheets: `programme.economics`,
/// `participants[].benefit` and the ledger `leftBenefit` (docs/scenario.md, docs/formats.md).
@Suite("Economics in files")
struct EconomicsFileTests {
  static let text = """
    {
      "week": "2026-W02",
      "programme": { "economics": {
        "benefitPerMonth": "7300,5", "refundSteps": [ { "untilWeek": 8, "refund": 0.7 }, { "refund": 0.25 } ],
        "exitDurationWeeks": 26, "ordinaryCaseload": 12 } },
      "participants": [
        { "id": "p1", "name": "Emil K.", "track": "job", "employment": { "employer": "Aulum Bibliotek" },
          "benefit": { "livingAtHome": true, "since": "2025-03-03", "offSince": "2026-01-05" } },
        { "id": "p2", "name": "Ida S.", "track": "socialOnly", "benefit": { "perMonth": 6000 } }
      ],
      "leftBenefit": [
        { "id": "p0", "name": "Jonas L.", "reason": "education", "on": "2025-12-19", "weeksOnBenefit": 40 },
        { "id": "p9", "reason": "apprenticeship", "on": "2025-11-03", "livingAtHome": true, "perMonth": 2500 }
      ]
    }
    """

  @Test("JSON and YAML read the fields; the writer writes them back the same")
  func roundTrip() throws {
    let s = try ScenarioFile.decode(Self.text, format: .json)
    let e = try #require(s.programme.economics)
    #expect(e.benefitPerMonth == 7_300.5 && e.benefitAtHomePerMonth == nil)
    #expect(
      e.refundSteps == [
        RefundStep(untilWeek: 8, refund: 0.7), RefundStep(untilWeek: nil, refund: 0.25),
      ])
    #expect(e.exitDurationWeeks == 26 && e.ordinaryCaseload == 12)
    #expect(
      s.participants[0].benefit
        == BenefitStatus(livingAtHome: true, since: "2025-03-03", offSince: "2026-01-05"))
    #expect(s.participants[1].benefit == BenefitStatus(perMonth: 6_000))
    #expect(
      s.leftBenefit == [
        BenefitExit(
          id: "p0", name: "Jonas L.", reason: .education, on: "2025-12-19", weeksOnBenefit: 40),
        BenefitExit(
          id: "p9", reason: .apprenticeship, on: "2025-11-03", livingAtHome: true, perMonth: 2_500),
      ])
    let again = try ScenarioFile.decode(ScenarioFile.jsonText(s), format: .json)
    #expect(again == s)
    let yaml = """
      week: 2026-W02
      programme:
        economics: {counsellorCostPerYear: 480000, refundSteps: [{untilWeek: 4, refund: 0.8}, {refund: 0.2}]}
      participants: []
      leftBenefit:
        - {id: p0, reason: job, on: 2025-12-19}
      """
    let y = try ScenarioFile.decode(yaml, format: .yaml)
    #expect(y.programme.economics?.counsellorCostPerYear == 480_000)
    #expect(y.leftBenefit.map(\.id) == ["p0"])
  }

  @Test("A scenario without them writes none of them, so its fingerprint is unchanged")
  func absentIsNotWritten() throws {
    let text = ScenarioFile.jsonText(try BuiltIn.aulum())
    for key in ["\"economics\"", "\"leftBenefit\"", "\"benefit\""] {
      #expect(!text.contains(key), "\(key)")
    }
  }

  @Test("Reading problems name their path")
  func readingProblems() {
    let bad = """
      {
        "week": "2026-W02",
        "programme": { "economics": { "exitDuration": 4, "refundSteps": [ { "untilWeek": 4 } ] } },
        "participants": [ { "id": "p1", "name": "E", "track": "job", "employment": { "employer": "x" },
          "benefit": { "livingAtHome": "ja", "offsince": "2026-01-05" } } ],
        "leftBenefit": [ { "id": "p0", "on": "2025-12-19" }, { "id": "p9", "reason": "moved" } ]
      }
      """
    var found: [ValidationIssue] = []
    do {
      _ = try ScenarioFile.decode(bad, format: .json)
    } catch let e as ScenarioError {
      found = e.issues
    } catch {
      Issue.record("unexpected \(error)")
    }
    let expected = [
      ValidationIssue(path: "programme.economics.refundSteps[0].refund", .required),
      ValidationIssue(path: "programme.economics.exitDuration", .unknownField(closest: nil)),
      ValidationIssue(
        path: "participants[0].benefit.livingAtHome", .expected(.boolean, found: .string)),
      ValidationIssue(
        path: "participants[0].benefit.offsince", .unknownField(closest: "offSince")),
      ValidationIssue(path: "leftBenefit[0].reason", .required),
      ValidationIssue(path: "leftBenefit[1].on", .required),
      ValidationIssue(path: "leftBenefit[1].reason", .notLeavingBenefit(.moved)),
    ]
    for m in expected { #expect(found.contains(m), "missing: \(m)\n\(found)") }
  }

  @Test("The sheets carry the economics, each participant's benefit and the ledger")
  func sheets() throws {
    let s = try ScenarioFile.decode(Self.text, format: .json)
    let sheets = ScenarioSheets.export(s)
    let files = Dictionary(uniqueKeysWithValues: sheets.map { ($0.file, $0.text) })
    #expect(sheets.map(\.file).last == "ude_af_ydelse.csv")
    #expect(files["indstillinger.csv"]!.contains("refusion;8: 70 % / 25 %;"))
    #expect(files["indstillinger.csv"]!.contains("ydelse_pr_måned;7300,5;"))
    #expect(files["ude_af_ydelse.csv"]!.contains("p0;Jonas L.;Uddannelse;2025-12-19;nej;;40"))
    let back = try ScenarioSheets.importSheets(files)
    #expect(back == s)
    // Without anyone who left benefit, there is no ledger sheet.
    var none = s
    none.leftBenefit = []
    #expect(!ScenarioSheets.export(none).contains { $0.file == "ude_af_ydelse.csv" })
  }

  /// The problems importing the sheets, or nil when they import.
  static func problems(_ files: [String: String]) -> String? {
    let r = Result { () throws(SheetError) -> Scenario in try ScenarioSheets.importSheets(files) }
    if case .failure(let e) = r { return e.description }
    return nil
  }

  @Test("A sheet problem is named by file, row and column")
  func sheetProblems() throws {
    let s = try ScenarioFile.decode(Self.text, format: .json)
    let good = Dictionary(
      uniqueKeysWithValues: ScenarioSheets.export(s).map { ($0.file, $0.text) })
    var files = good
    files["indstillinger.csv"] = good["indstillinger.csv"]!.replacingOccurrences(
      of: "refusion;8: 70 % / 25 %;", with: "refusion;otte: 70 %;")
    let refund = try #require(Self.problems(files))
    #expect(refund.contains("indstillinger.csv, row "))
    #expect(refund.contains(#"column "refusion": "otte: 70 %" is not a step like 26: 40 %"#))
    files = good
    files["ude_af_ydelse.csv"] = good["ude_af_ydelse.csv"]!.replacingOccurrences(
      of: "Uddannelse", with: "Fleksjob")
    #expect(
      Self.problems(files)
        == #"ude_af_ydelse.csv, row 2, column "årsag": "flexjob" does not leave benefit: only job, apprenticeship or education do"#
    )
  }

  @Test("Every assumption, reason and capacity has its words in both languages")
  func wordsForEveryName() {
    var keys: [String] = []
    for name in Economics.defaultSources.keys.sorted() + ["savingPerParticipantPerYear"] {
      keys += ["business.name.\(name)", "business.source.\(name)"]
    }
    keys += BusinessCase.notCountedReasons.map { "business.notCounted.\($0)" }
    keys += CapacityLever.Kind.allCases.map { "breakeven.kind.\($0.rawValue)" }
    for key in keys {
      #expect(Localizer.english.t(key) != key, "English lacks \(key)")
      #expect(Localizer.danish.t(key) != key, "Danish lacks \(key)")
    }
    // The English sources are the model's own.
    for (name, source) in Economics.defaultSources {
      #expect(Localizer.english.t("business.source.\(name)") == source, "\(name)")
    }
  }
}
