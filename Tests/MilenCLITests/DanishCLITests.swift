import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenTestSupport
import MilenWorkflow
import Testing

/// Every command a coordinator runs, in Danish, over the Aulum fixture and a generated S week:
/// no English word in what they print (stdout and stderr), and people named by name.
@Suite("Danish: every command over the fixtures, no English word")
struct DanishCLITests {
  /// English words that have no place in Danish output (whole words, lower case). Words that
  /// are Danish too (for, at, job, pause, mentor, plan, status, break-even) are not in it.
  static let english: Set<String> = [
    "the", "and", "of", "to", "is", "are", "has", "have", "with", "without", "not", "no", "on",
    "in", "by", "held", "placed", "placement", "waiting", "waits", "wish", "wishes", "hours",
    "session", "sessions", "full", "room", "would", "week", "weeks", "legal", "ratio", "banned",
    "locked", "reach", "reached", "limit", "unmet", "short", "fits", "fit", "company",
    "companies", "admitted", "referred", "enrolment", "enrolled", "ended", "goal", "higher",
    "priority", "their", "them", "they", "more", "one", "nobody", "monday", "tuesday",
    "wednesday", "thursday", "friday", "mon", "tue", "wed", "thu", "fri", "seat", "seats",
    "left", "hired", "back", "days", "day", "used", "served", "list", "dropped", "removed",
    "ends", "lock", "ban", "written", "valid", "participants", "violations", "rule",
    "read", "change", "changes", "nothing", "what", "who", "where", "when", "cost", "option",
    "options", "figure", "base", "variant", "saved", "benefit", "case", "solver",
    "mentors", "activities", "programme", "target",
  ]

  static func englishWords(_ text: String) -> [String] {
    text.lowercased().split { !($0.isLetter || $0 == "-") }.map(String.init)
      .filter { english.contains($0) }
  }

  /// Runs `args` in Danish (no locale: the coordinator's default), expecting `code`, and
  /// returns what it printed with file paths taken out.
  func danish(_ args: [String], code: Int32 = 0, in dir: URL) throws -> String {
    let r = try milen(args, environment: ["LANG": "C.UTF-8"])
    #expect(r.code == code, "\(args): \(r.err)")
    return (r.out + "\n" + r.err).replacingOccurrences(of: dir.path, with: "")
  }

  /// `milen check --lang da` on the Aulum plan with a banned pair, a mentor's hours and a
  /// placement week edited in: exit 1, Danish findings by name, no id.
  func brokenCheck(_ aulum: String, in dir: URL) throws -> String {
    let path = dir.appendingPathComponent("broken.json").path
    #expect(try milen(["plan", aulum, "--format", "json", "-o", path]).code == 0)
    var plan =
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
      as! [String: Any]
    var rows = plan["participants"] as! [[String: Any]]
    let atAubo = try #require(rows.first { $0["company"] as? String == "aubo" })
    let i = rows.firstIndex { $0["id"] as? String == "p18" }!
    rows[i]["company"] = "aubo"
    rows[i]["work"] = atAubo["work"]
    rows[i]["placementWeek"] = 20
    rows[0]["mentorHours"] = 30
    plan["participants"] = rows
    try JSONSerialization.data(withJSONObject: plan).write(to: URL(fileURLWithPath: path))
    let r = try milen(["check", "--lang", "da", aulum, path])
    #expect(r.code == 1, "\(r.err)")
    let lines = r.out.split(separator: "\n")
    #expect(lines.count >= 4, "\(r.out)")
    #expect(lines.allSatisfy { $0.hasPrefix("regel ") }, "\(r.out)")
    #expect(r.out.contains("Jonas B. må ikke komme hos"), "\(r.out)")
    #expect(!r.out.contains("p18") && !r.out.contains("aubo"), "\(r.out)")
    return r.out
  }

  @Test("plan, check, validate, next, import, whatif, suggest, breakeven, simulate, view, split")
  func everyCommand() throws {
    let dir = try temporaryDirectory()
    func at(_ name: String) -> String { dir.appendingPathComponent(name).path }
    let aulum = packageRoot().appendingPathComponent("Fixtures/aulum.json").path
    #expect(try milen(["generate", "--size", "S", "--seed", "3", "-o", at("s.json")]).code == 0)
    let company = at("company.json")
    try Data(
      #"""
      {"description": "Aulum Tømrer", "changes": [{"add": "companies", "value": {
        "id": "aulum-toemrer", "name": "Aulum Tømrer", "sector": "byg", "slots": 2,
        "ordinaryEmployees": 8, "open": {"mon": "07:00-15:00", "wed": "07:00-15:00"}}}]}
      """#.utf8
    ).write(to: URL(fileURLWithPath: company))
    var outputs: [(String, String)] = []
    for (name, week) in [("aulum", aulum), ("s", at("s.json"))] {
      let plan = at("\(name)-plan.json")
      outputs.append(("plan", try danish(["plan", week], in: dir)))
      _ = try danish(["plan", week, "--format", "json", "-o", plan], in: dir)
      outputs.append(("check", try danish(["check", week, plan], in: dir)))
      outputs.append(("validate", try danish(["validate", week], in: dir)))
      let next = at("\(name)-next.json")
      outputs.append(("next", try danish(["next", week, plan, "-o", next], in: dir)))
      outputs.append(("plan --previous", try danish(["plan", next, "--previous", plan], in: dir)))
      outputs.append(("breakeven", try danish(["breakeven", week], in: dir)))
      outputs.append(("simulate", try danish(["simulate", week, "--weeks", "2"], in: dir)))
      outputs.append(("split", try danish(["split", week, dir.path], in: dir)))
      let sheets = at("\(name)-ark")
      _ = try danish(["export-scenario", week, "--format", "csv", "-o", sheets], in: dir)
      outputs.append(
        ("import", try danish(["import", sheets, "-o", at("\(name)-back.json")], in: dir)))
      let s = try ScenarioFile.decode(String(contentsOfFile: week, encoding: .utf8), format: .json)
      let c = try #require(s.companies.first)
      outputs.append(
        ("view", try danish(["view", week, plan, "--for", "company:\(c.id)"], in: dir)))
      let p = try #require(s.participants.first { $0.enrolment == .enrolled })
      outputs.append(
        ("suggest", try danish(["suggest", week, "--for", p.id, "--limit", "2"], in: dir)))
    }
    outputs.append(("whatif", try danish(["whatif", aulum, company], in: dir)))
    for (command, text) in outputs {
      let found = Self.englishWords(text)
      #expect(found.isEmpty, "\(command): English words \(Set(found).sorted()) in:\n\(text)")
    }
    outputs.append(("check (broken)", try brokenCheck(aulum, in: dir)))
    // Names, not ids, in the coordinator's notes and changes.
    let plan = outputs.first { $0.0 == "plan" }!.1
    let notes = plan.components(separatedBy: "NOTER").last ?? ""
    #expect(!notes.contains("p15:") && notes.contains("Line K.:"), "\(notes)")
  }

  /// `text` without the places a file names by its own (English) field names: a path such as
  /// `changes[0].set` or `participants[0].id` is where the problem is, as the file writes it.
  static func withoutPaths(_ text: String) -> String {
    text.replacingOccurrences(
      of: #"[A-Za-z_]+(\[[^\]]*\])?(\.[A-Za-z_]+(\[[^\]]*\])?)*(?=\[|\.|:)[^\s:]*"#,
      with: "", options: .regularExpression)
  }

  @Test("bad input in Danish: a change file, JSON, YAML, a plan file, a missing file, a merge")
  func badInput() throws {
    let dir = try temporaryDirectory()
    func at(_ name: String) -> String { dir.appendingPathComponent(name).path }
    func write(_ name: String, _ text: String) throws -> String {
      try Data(text.utf8).write(to: URL(fileURLWithPath: at(name)))
      return at(name)
    }
    let aulum = packageRoot().appendingPathComponent("Fixtures/aulum.json").path
    // Two towns: a week of two parts, one of them planned.
    let towns = at("towns.json")
    #expect(
      try milen([
        "generate", "--size", "S", "--towns", "2", "--participants", "8", "--companies", "4",
        "--mentors", "2", "--activities", "4", "-o", towns,
      ]).code == 0)
    #expect(try milen(["split", towns, dir.path]).code == 0)
    let part = at("part-01-plan.json")
    #expect(try milen(["plan", at("part-01.json"), "--format", "json", "-o", part]).code == 0)
    let cases: [(String, [String], Int32, String)] = [
      (
        "JSON", ["validate", try write("bad.json", "{\"week\": \"2026-W05\",\n}")], 65,
        "ugyldig JSON i linje 2, kolonne 1: forventede et feltnavn i anførselstegn"
      ),
      (
        "YAML", ["validate", try write("bad.yaml", "week: 2026-W05\nname: a: b\n")], 65,
        "ugyldig YAML i linje 2"
      ),
      (
        "change file",
        [
          "whatif", aulum,
          try write("change.json", #"{"changes": [{"set": "companies[xyz].slots", "value": 3}]}"#),
        ],
        65, #"changes[0].set: virksomheden med id'et "xyz" findes ikke"#
      ),
      (
        "change file, after",
        [
          "whatif", aulum,
          try write(
            "after.json", #"{"changes": [{"set": "locks[0].company", "value": "ghost"}]}"#),
        ],
        65, #"efter ændringerne: locks[0].company: ukendt virksomhed "ghost""#
      ),
      (
        "plan file", ["check", aulum, try write("plan.json", #"{"format": 3, "week": 5}"#)], 65,
        "planfilen: week: forventede en tekst, fandt et tal"
      ),
      (
        "plan format", ["check", aulum, try write("old.json", #"{"format": 9}"#)], 65,
        "9 er ikke et planformat"
      ),
      ("missing file", ["check", aulum, at("nowhere.json")], 66, "filen findes ikke"),
      ("another scenario", ["check", aulum, part], 65, "er lavet til et andet scenarie"),
      (
        "merge", ["merge", "--scenario", towns, part], 65,
        "der mangler en plan for del 2 (6 deltagere) af 2"
      ),
      ("export-model", ["export-model", towns], 64, "deler sig i 2 uafhængige dele"),
      (
        "input as output", ["plan", towns, "--format", "json", "-o", towns], 73,
        "er en inddatafil og overskrives aldrig"
      ),
    ]
    for (what, args, code, expected) in cases {
      let text = try danish(args, code: code, in: dir)
      #expect(text.contains(expected), "\(what): \(text)")
      let found = Self.englishWords(Self.withoutPaths(text))
      #expect(found.isEmpty, "\(what): English words \(Set(found).sorted()) in:\n\(text)")
    }
  }
}
