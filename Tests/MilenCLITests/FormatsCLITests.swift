import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenTestSupport
import MilenWorkflow
import Testing

/// Runs a program found on PATH; nil when it is not there.
func runTool(_ name: String, _ args: [String]) throws -> (code: Int32, out: String, err: String)? {
  let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
  guard
    let exe = paths.map({ URL(fileURLWithPath: String($0)).appendingPathComponent(name) }).first(
      where: { FileManager.default.isExecutableFile(atPath: $0.path) })
  else { return nil }
  let p = Process()
  p.executableURL = exe
  p.arguments = args
  let out = Pipe()
  let err = Pipe()
  p.standardOutput = out
  p.standardError = err
  try p.run()
  let o = out.fileHandleForReading.readDataToEndOfFile()
  let e = err.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return (
    p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self)
  )
}

/// Whether Python's `icalendar` can be imported (`.ci/run` installs it).
let hasICalendar: Bool = {
  (try? runTool("python3", ["-c", "import icalendar"]))??.code == 0
}()

/// Whether Debian's `chromium` is on PATH (`.ci/run` installs it).
let hasChromium: Bool = {
  let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
  return paths.contains {
    FileManager.default.isExecutableFile(atPath: String($0) + "/chromium")
  }
}()

@Suite("The coordinator's formats on the command line")
struct FormatsCLITests {
  let aulum = packageRoot().appendingPathComponent("Fixtures/aulum.json").path

  /// The Aulum plan as a file in a new folder.
  func planned() throws -> URL {
    let dir = try temporaryDirectory()
    let r = try milen([
      "plan", aulum, "--format", "json", "-o", dir.appendingPathComponent("plan.json").path,
    ])
    #expect(r.code == 0, "\(r.err)")
    return dir
  }

  @Test("plan --lang da prints the Aulum week in Danish, with no English solver words (golden)")
  func danishPlan() throws {
    let r = try milen(["plan", "--lang", "da"])
    #expect(r.code == 0, "\(r.err)")
    try expectGolden(withoutTiming(r.out), "aulum-plan-da.txt")
    let words = Set(r.out.split { !$0.isLetter }.map(String.init))
    for word in [
      "simplex", "nodes", "bound", "gap", "optimal", "socialOnly", "Participants", "Companies",
      "Solver", "enrolled", "admitted", "waiting", "placement", "session", "served", "DKK",
      "target", "the", "and", "of", "hours", "relaxation",
    ] {
      #expect(!words.contains(word), "English or solver word \"\(word)\"")
    }
    for phrase in ["LP relaxation", "LP-relaksering", "branch-and-bound", "not placed", "short of"]
    {
      #expect(!r.out.contains(phrase), "English or solver words \"\(phrase)\"")
    }
    #expect(r.out.contains("Uge 2 (5.-9. januar 2026)"))
    #expect(r.out.contains("Kun socialt") && r.out.contains("Pause") && r.out.contains("DELTAGERE"))
    #expect(r.out.contains("36,75 af 37") && r.out.contains("500.000 kr. om året"))
  }

  @Test(
    "The language follows LANG when --lang is not given (Danish without one); solver figures only with --details"
  )
  func languageFromLocale() throws {
    let da = try milen(["plan"], environment: ["LANG": "da_DK.UTF-8"])
    #expect(da.out.hasPrefix("Milen-plan, Uge 2"))
    let all = try milen(["plan"], environment: ["LC_ALL": "da_DK.UTF-8", "LANG": "en_GB.UTF-8"])
    #expect(all.out.hasPrefix("Milen-plan, Uge 2"))
    // The coordinator's Danish without a locale (a server's or a container's C locale).
    let c = try milen(["plan"], environment: ["LANG": "C.UTF-8"])
    #expect(c.out.hasPrefix("Milen-plan, Uge 2"))
    let en = try milen(["plan"], environment: ["LANG": "en_GB.UTF-8"])
    #expect(en.out.hasPrefix("Milen plan, week 2 (5-9 January 2026)"))
    #expect(!en.out.contains("simplex"))
    let details = try milen(["plan", "--details"])
    #expect(details.out.contains("simplex iterations") && details.out.contains("LP relaxation"))
    let detailsDa = try milen(["plan", "--details", "--lang", "da"])
    #expect(
      detailsDa.out.contains("simplex-iterationer") && detailsDa.out.contains("LP-relaksering"))
  }

  @Test("plan --format csv is one sheet in Danish Excel's conventions (golden)")
  func planCSV() throws {
    let r = try milen(["plan", "--format", "csv"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.hasPrefix("\u{FEFF}id;navn;status;forløb;"))
    let lines = r.out.components(separatedBy: "\r\n")
    // The header, 29 participants, and the empty rest after the last CRLF.
    #expect(lines.count == 29 + 2)
    #expect(r.out.contains(";0,5;") && r.out.contains("Bjørn T.") && r.out.contains("Nikolaj Å."))
    try expectGolden(r.out, "aulum-plan.csv")
    let dir = try temporaryDirectory()
    let folder = try milen(["plan", "--format", "csv", "-o", dir.path + "/"])
    #expect(folder.code == 0, "\(folder.err)")
    let written = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(written == ["aktiviteter.csv", "deltagere.csv", "mentorer.csv", "virksomheder.csv"])
  }

  @Test("export-scenario then import gives a scenario that plans to the same plan")
  func exportImportRoundTrip() throws {
    let dir = try temporaryDirectory()
    let sheets = dir.appendingPathComponent("ark").path
    let e = try milen(["export-scenario", aulum, "--format", "csv", "-o", sheets])
    #expect(e.code == 0, "\(e.err)")
    let back = dir.appendingPathComponent("back.json").path
    let i = try milen(["import", sheets, "-o", back])
    #expect(i.code == 0, "\(i.err)")
    let a = try milen(["plan", aulum, "--format", "json"])
    let b = try milen(["plan", back, "--format", "json"])
    #expect(a.code == 0 && b.code == 0)
    #expect(a.out == b.out)
    let original = try ScenarioFile.decode(
      String(contentsOfFile: aulum, encoding: .utf8), format: .json)
    let imported = try ScenarioFile.decode(
      String(contentsOfFile: back, encoding: .utf8), format: .json)
    #expect(original == imported)
  }

  @Test("import reports bad cells by file, row and column and exits 65; template imports")
  func importErrors() throws {
    let dir = try temporaryDirectory()
    let t = try milen(["import", "--template", dir.path])
    #expect(t.code == 0, "\(t.err)")
    let ok = try milen(["import", dir.path])
    #expect(ok.code == 0, "\(ok.err)")
    let file = dir.appendingPathComponent("deltagere.csv")
    var text = try String(contentsOf: file, encoding: .utf8)
    text = text.replacingOccurrences(of: ";Praktik;", with: ";Praktikk;")
    try Data(text.utf8).write(to: file)
    // The coordinator's language by default (as the sheets themselves), English on request.
    let bad = try milen(["import", dir.path])
    #expect(bad.code == 65)
    #expect(
      bad.err.contains(#"deltagere.csv, række 2, kolonne "forløb": "Praktikk" er ikke en af"#),
      "\(bad.err)")
    #expect(bad.err.contains(#"(mente du "Praktik"?)"#), "\(bad.err)")
    let en = try milen(["import", dir.path, "--lang", "en"])
    #expect(
      en.err.contains(#"deltagere.csv, row 2, column "forløb": "Praktikk" is not one of"#),
      "\(en.err)")
    // Saved by Danish Excel's default CSV (Windows-1252): read alike, and said so.
    text = text.replacingOccurrences(of: ";Praktikk;", with: ";Praktik;")
      .replacingOccurrences(of: "\u{FEFF}", with: "")
      .replacingOccurrences(of: "Fornavn E.", with: "Søren Æ.")
    try #require(text.data(using: .windowsCP1252)).write(to: file)
    let windows = try milen(["import", dir.path])
    #expect(windows.code == 0, "\(windows.err)")
    #expect(windows.err.contains("deltagere.csv: læst som Windows-1252"), "\(windows.err)")
    #expect(windows.out.contains("Søren Æ."))
    let missing = try milen(["import", dir.appendingPathComponent("nope").path])
    #expect(missing.code == 66)
  }

  @Test("view --format json works for each audience")
  func viewJSON() throws {
    let dir = try planned()
    let plan = dir.appendingPathComponent("plan.json").path
    let r = try milen(["view", aulum, plan, "--for", "company:aubo", "--format", "json"])
    #expect(r.code == 0, "\(r.err)")
    let v = try JSONDecoder().decode(CompanyView.self, from: Data(r.out.utf8))
    #expect(
      v.company.id == "aubo" && v.people.map(\.name) == ["Sofie L.", "Oliver J.", "Sebastian Ø."])
    let m = try milen(["view", aulum, plan, "--for", "mentor:m-hanne", "--format", "json"])
    #expect(m.code == 0 && m.out.contains("\"audience\" : \"mentor\""))
  }

  @Test("view --all writes every audience's text, HTML, calendar, JSON and CSV in one run")
  func viewAll() throws {
    let dir = try planned()
    let plan = dir.appendingPathComponent("plan.json").path
    let out = dir.appendingPathComponent("ud")
    let r = try milen(["view", aulum, plan, "--all", "-o", out.path])
    #expect(r.code == 0, "\(r.err)")
    let s = try BuiltIn.aulum()
    // Each file carries the readable name and the id (line-k--p15.html).
    for (folder, who) in [
      ("virksomheder", s.companies.map { ($0.id, $0.name) }),
      ("mentorer", s.mentors.map { ($0.id, $0.name) }),
      ("deltagere", s.participants.map { ($0.id, $0.name) }),
    ] {
      for (id, name) in who {
        let base = Handouts.fileName(id: id, name: name)
        #expect(base.hasSuffix("--" + id), "\(base)")
        for ext in ["txt", "html", "ics", "json", "csv"] {
          let f = out.appendingPathComponent("\(folder)/\(base).\(ext)")
          #expect(FileManager.default.fileExists(atPath: f.path), "\(folder)/\(base).\(ext)")
        }
      }
    }
    for f in [
      "plan.txt", "plan.json", "uge.html", "kalender.ics", "deltagere.csv", "virksomheder.csv",
      "mentorer.csv", "aktiviteter.csv",
    ] {
      #expect(
        FileManager.default.fileExists(atPath: out.appendingPathComponent("koordinator/\(f)").path))
    }
    let bad = try milen(["view", aulum, plan, "--all"])
    #expect(bad.code == 64)
  }
}
