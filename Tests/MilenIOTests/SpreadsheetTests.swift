import Foundation
import MilenIO
import MilenModel
import MilenSolver
import Testing

/// Danish Excel's CSV: writing, reading, and a scenario that round-trips through its sheets.
@Suite("Spreadsheets")
struct SpreadsheetTests {
  func aulum() throws -> Scenario { try BuiltIn.aulum() }

  func files(_ sheets: [(file: String, text: String)]) -> [String: String] {
    Dictionary(sheets.map { ($0.file, $0.text) }, uniquingKeysWith: { a, _ in a })
  }

  @Test("Fields are quoted when they hold the separator, a quote or a line break")
  func quoting() throws {
    #expect(CSVText.field("Aubo") == "Aubo")
    #expect(CSVText.field("a;b") == "\"a;b\"")
    #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVText.field("two\nlines") == "\"two\nlines\"")
    let doc = CSVText.document(header: ["navn", "note"], rows: [["Søren Å.", "a;\"b\"\nc"]])
    #expect(doc.hasPrefix("\u{FEFF}navn;note\r\n"))
    let back = try CSVText.parse(doc)
    #expect(back == [["navn", "note"], ["Søren Å.", "a;\"b\"\nc"]])
  }

  @Test("Numbers have a decimal comma and read back exactly")
  func numbers() {
    #expect(CSVText.number(1.5) == "1,5")
    #expect(CSVText.number(37) == "37")
    #expect(CSVText.number(0.1 + 0.2) == "0,30000000000000004")
    #expect(CSVText.parseNumber("0,30000000000000004") == 0.1 + 0.2)
    #expect(CSVText.parseNumber("1.500,5") == 1500.5)
    #expect(CSVText.parseNumber("2.5") == 2.5)
    #expect(CSVText.parseNumber("to") == nil)
  }

  @Test("The Aulum week exports as Danish Excel sheets: BOM, ';', CRLF, decimal comma, æøå")
  func exportConventions() throws {
    let sheets = ScenarioSheets.export(try aulum())
    #expect(
      sheets.map(\.file) == [
        "indstillinger.csv", "deltagere.csv", "virksomheder.csv", "mentorer.csv",
        "aktiviteter.csv", "aftaler.csv",
      ])
    let participants = files(sheets)["deltagere.csv"]!
    #expect(participants.hasPrefix("\u{FEFF}id;navn;indskrivning;"))
    #expect(!participants.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    #expect(participants.contains("Bjørn T."))
    #expect(participants.contains("Kun socialt"))
    #expect(participants.contains(";1,5;") || participants.contains(";0,5;"))
  }

  @Test("Export then import gives the same scenario, and it plans to the same plan")
  func roundTrip() throws {
    let s = try aulum()
    let back = try ScenarioSheets.importSheets(files(ScenarioSheets.export(s)))
    #expect(back == s)
    let english = try ScenarioSheets.importSheets(
      files(ScenarioSheets.export(s, localizer: .english)))
    #expect(english == s)
    let a = try Planner.plan(s, options: PlanningOptions()).plan
    let b = try Planner.plan(back, options: PlanningOptions()).plan
    #expect(PlanFile.jsonText(a) == PlanFile.jsonText(b))
  }

  @Test("A rolled-forward week round-trips: enrolment, exit, agreed hours, last week, rolledFrom")
  func rolledWeekRoundTrip() throws {
    let s = try aulum()
    let plan = try Planner.plan(s, options: PlanningOptions()).plan
    var next = Rolling.next(s, plan: plan, planFingerprint: PlanFile.fingerprint(plan)).scenario
    let first = try #require(next.participants.firstIndex { $0.enrolment == .enrolled })
    next.participants[first].exit = Exit(
      reason: .education, on: "2026-01-16", note: "Starter på HF; aftalt med UU")
    let second = try #require(
      next.participants.indices.first {
        $0 != first && next.participants[$0].hours.min <= 7.5
          && next.participants[$0].hours.max >= 7.5
      })
    next.participants[second].hours.agreed = 7.5
    // The new fields are all there, so the test tests something.
    #expect(next.rolledFrom != nil)
    #expect(next.participants.contains { $0.enrolledOn != nil })
    #expect(next.participants.contains { $0.current.work.map { !$0.isEmpty } ?? false })
    #expect(next.participants.contains { $0.current.activities.map { !$0.isEmpty } ?? false })
    // Not known (nil, an empty cell) stays apart from none (`(ingen)`).
    next.participants[second].current.activities = []
    next.participants[second].current.work = [:]
    let third = try #require(next.participants.indices.first { $0 != first && $0 != second })
    next.participants[third].current.activities = nil
    next.participants[third].current.work = nil
    for l in [Localizer.danish, .english] {
      let sheets = ScenarioSheets.export(next, localizer: l)
      let back = try ScenarioSheets.importSheets(files(sheets))
      #expect(back == next)
      for (a, b) in zip(back.participants, next.participants) where a != b {
        Issue.record("\(a.id) differs: \(a) vs \(b)")
      }
    }
    let settings = files(ScenarioSheets.export(next))["indstillinger.csv"]!
    #expect(settings.contains("rullet_fra_uge;\(s.week);"))
    let participants = files(ScenarioSheets.export(next))["deltagere.csv"]!
    #expect(participants.contains(";Uddannelse;2026-01-16;\"Starter på HF; aftalt med UU\";"))
    #expect(participants.contains(";7,5;"))
  }

  @Test("Import errors name the file, the row and the column")
  func importErrors() throws {
    var f = files(ScenarioSheets.export(try aulum()))
    var lines = f["deltagere.csv"]!.components(separatedBy: "\r\n")
    var cells = lines[3].components(separatedBy: ";")
    let header = lines[0].components(separatedBy: ";")
    let column = try #require(header.firstIndex { $0.hasSuffix("timer_min") })
    cells[column] = "mange"  // timer_min of the third participant (row 4)
    lines[3] = cells.joined(separator: ";")
    f["deltagere.csv"] = lines.joined(separator: "\r\n")
    f["virksomheder.csv"] = f["virksomheder.csv"]!.replacingOccurrences(
      of: "id;navn;branche", with: "id;navn;brance")
    do {
      _ = try ScenarioSheets.importSheets(f)
      Issue.record("expected an error")
    } catch {
      let text = error.description
      #expect(text.contains(#"deltagere.csv, row 4, column "timer_min": "mange" is not a number"#))
      #expect(text.contains(#"virksomheder.csv, row 1, column "brance": is not a known column"#))
    }
  }

  @Test("A reference to an unknown company is reported at its row")
  func meaningErrors() throws {
    var s = try aulum()
    s.participants[1].wishes.companies = ["nowhere"]
    do {
      _ = try ScenarioSheets.importSheets(files(ScenarioSheets.export(s)))
      Issue.record("expected an error")
    } catch {
      #expect(error.issues.contains { $0.file == "deltagere.csv" && $0.row == 3 }, "\(error)")
    }
  }

  @Test("The template imports as a valid scenario")
  func template() throws {
    let s = try ScenarioSheets.importSheets(files(ScenarioSheets.template()))
    #expect(s.participants.count == 1 && s.companies.count == 1)
  }
}

@Suite("docs/formats.md")
struct FormatDocsTests {
  /// The document's generated part lies between two markers; `MILEN_RECORD_GOLDEN=1`
  /// rewrites it on purpose.
  @Test("docs/formats.md lists every column of every sheet")
  func columnsDocumented() throws {
    var url = URL(fileURLWithPath: #filePath)
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path)
    {
      url.deleteLastPathComponent()
    }
    let file = url.appendingPathComponent("docs/formats.md")
    let text = try String(contentsOf: file, encoding: .utf8)
    let begin =
      "<!-- columns:begin (generated: MILEN_RECORD_GOLDEN=1 swift test --filter FormatDocsTests)"
      + " -->\n"
    let end = "<!-- columns:end -->"
    let a = try #require(text.range(of: begin))
    let b = try #require(text.range(of: end))
    let expected = SheetDocs.markdown() + "\n"
    if ProcessInfo.processInfo.environment["MILEN_RECORD_GOLDEN"] == "1" {
      let updated = String(text[..<a.upperBound]) + expected + String(text[b.lowerBound...])
      try Data(updated.utf8).write(to: file)
      return
    }
    #expect(String(text[a.upperBound..<b.lowerBound]) == expected)
  }
}
