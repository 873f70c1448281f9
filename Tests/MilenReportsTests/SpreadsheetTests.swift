import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow
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
      #expect(
        text.contains(
          #"virksomheder.csv, row 1, column "brance": is not a known column (did you mean "branche"?)"#
        ), "\(text)")
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

  @Test("A lock against another lock or a ban names the other row of aftaler.csv, not locks[j]")
  func lockConflictsByRow() throws {
    var s = try aulum()
    // Row 2: p16 at KSA (the fixture's lock); row 3: p16 at Aubo; row 4: a ban at KSA.
    s.locks.append(Lock(participant: "p16", company: "aubo"))
    s.bans.append(Ban(participant: "p16", company: "ksa"))
    do {
      _ = try ScenarioSheets.importSheets(files(ScenarioSheets.export(s)))
      Issue.record("expected an error")
    } catch {
      // By name, as the importer says them (the sheets' names).
      let da = error.issues.map { $0.text(.danish, error.names) }
      let en = error.issues.map { $0.text(.english, error.names) }
      let p16 = try #require(s.participants.first { $0.id == "p16" }).name
      let ksa = try #require(s.companies.first { $0.id == "ksa" }).name
      #expect(
        da.contains {
          $0.hasPrefix("aftaler.csv, række 3: \(p16) er allerede låst til \(ksa) i række 2")
        },
        "\(da)")
      #expect(
        da.contains {
          $0.hasPrefix("aftaler.csv, række 5")
            && $0.hasSuffix("forbyder \(p16) hos \(ksa), hvor låsen i række 2 låser dem")
        }, "\(da)")
      #expect(!(da + en).contains { $0.contains("locks[") }, "\(da)")
      #expect(en.contains { $0.hasSuffix("where the lock in row 2 puts them") }, "\(en)")
    }
  }

  @Test("Cell and scenario problems come at once, by sheet, row and column header, with a hint")
  func errorsAtOnce() throws {
    var s = try aulum()
    s.participants[1].hours = HoursRange(min: 12, max: 6)  // a rule of the scenario: row 3
    var f = files(ScenarioSheets.export(s))
    // A cell that cannot be read (row 2) and a misspelt header, in the same sheet.
    var lines = f["deltagere.csv"]!.components(separatedBy: "\r\n")
    var header = lines[0].components(separatedBy: ";")
    var row = lines[1].components(separatedBy: ";")
    row[header.firstIndex(of: "forløb")!] = "Praktk"
    header[header.firstIndex(of: "kørekort")!] = "kørekrt"
    lines[0] = header.joined(separator: ";")
    lines[1] = row.joined(separator: ";")
    f["deltagere.csv"] = lines.joined(separator: "\r\n")
    do {
      _ = try ScenarioSheets.importSheets(f)
      Issue.record("expected an error")
    } catch {
      let en = error.issues.map(\.description)
      let da = error.issues.map { $0.text(.danish) }
      #expect(
        en.contains(
          #"deltagere.csv, row 1, column "kørekrt": is not a known column (did you mean "kørekort"?)"#
        ), "\(en)")
      #expect(
        da.contains {
          $0.hasPrefix(#"deltagere.csv, række 2, kolonne "forløb": "Praktk" er ikke en af:"#)
            && $0.hasSuffix(#"(mente du "Praktik"?)"#)
        }, "\(da)")
      // The scenario's own rule, at the same time, by the column's header (not a field path).
      #expect(
        error.issues.contains {
          $0.file == "deltagere.csv" && $0.row == 3 && $0.column == "timer_min"
        }, "\(en)")
      #expect(!en.contains { $0.contains("hours.") || $0.contains("participants[") }, "\(en)")
    }
  }

  @Test("Windows-1252, UTF-8 with and without a byte-order mark and UTF-16 read alike")
  func encodings() throws {
    let text = "id;navn\r\np01;Søren Æblegård – Å\r\n"
    // Encoded by Python's cp1252 codec, byte for byte: "Søren Æblegård – Å".
    let windows: [UInt8] =
      Array("id;navn\r\np01;S".utf8) + [0xF8] + Array("ren ".utf8) + [0xC6] + Array("bleg".utf8)
      + [0xE5] + Array("rd ".utf8) + [0x96] + Array(" ".utf8) + [0xC5] + Array("\r\n".utf8)
    let w = try #require(SheetText.decode(Data(windows)))
    #expect(w.text == text && w.encoding == .windows1252)
    let bom = try #require(SheetText.decode(Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))))
    #expect(bom.text == text && bom.encoding == .utf8WithBOM)
    let plain = try #require(SheetText.decode(Data(text.utf8)))
    #expect(plain.text == text && plain.encoding == .utf8)
    let utf16 = try #require(SheetText.decode(text.data(using: .utf16)!))
    #expect(utf16.text == text && utf16.encoding == .utf16)
    // A byte Windows-1252 leaves undefined, in a file that is not UTF-8: refused.
    #expect(SheetText.decode(Data([0x61, 0x81, 0xF8])) == nil)
  }

  @Test("Every setting explains itself in Danish in the Danish sheets and the template")
  func danishSettingDocs() throws {
    let template = files(ScenarioSheets.template())
    let rows = try CSVText.parse(template["indstillinger.csv"]!)
    #expect(rows[0] == ["nøgle", "værdi", "forklaring"])
    for r in rows.dropFirst() {
      #expect(r.count == 3)
      let words = r[2].lowercased().split { !$0.isLetter }.map(String.init)
      #expect(
        !words.contains { ["the", "a", "of", "hours", "week", "per", "when"].contains($0) },
        "English explanation: \(r)")
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
