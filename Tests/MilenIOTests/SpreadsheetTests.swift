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

  @Test("Import errors name the file, the row and the column")
  func importErrors() throws {
    var f = files(ScenarioSheets.export(try aulum()))
    var lines = f["deltagere.csv"]!.components(separatedBy: "\r\n")
    var cells = lines[3].components(separatedBy: ";")
    cells[7] = "mange"  // timer_min of the third participant (row 4)
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
