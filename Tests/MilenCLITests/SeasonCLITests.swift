import Foundation
import GRDB
import MilenFormats
import MilenModel
import MilenReports
import MilenSeason
import MilenSolver
import MilenTestSupport
import MilenWorkflow
import Testing

/// Tiny weeks, quick to plan: week `k` of 2026, each its own scenario and stamped plan, written
/// to `dir` as `wK.json` and `pK.json`.
func tinyWeeks(_ n: Int, in dir: URL) throws -> [(scenario: Scenario, plan: Plan)] {
  var out: [(Scenario, Plan)] = []
  for k in 1...n {
    var s = Tiny.scenario(
      [Tiny.placement("a"), Tiny.placement("b"), Tiny.person("c", track: .socialOnly)],
      companies: [Tiny.company("x")], activities: [Tiny.activity("club", .wed, "10:00-12:00")])
    s.week = String(format: "2026-W%02d", k + 1)
    let plan = PlanFile.stamped(try Planner.plan(s, options: PlanningOptions()).plan, for: s)
    try Data(ScenarioFile.jsonText(s).utf8).write(to: dir.appendingPathComponent("w\(k).json"))
    try Data(PlanFile.jsonText(plan).utf8).write(to: dir.appendingPathComponent("p\(k).json"))
    out.append((s, plan))
  }
  return out
}

/// Starts `milen` without waiting for it.
func startMilen(_ args: [String], environment: [String: String] = [:]) throws -> Process {
  let p = Process()
  p.executableURL = try milenExecutable()
  p.arguments = args
  var env = ProcessInfo.processInfo.environment
  env["LANG"] = "C.UTF-8"
  for (k, v) in environment { env[k] = v }
  p.environment = env
  p.standardOutput = FileHandle.nullDevice
  p.standardError = FileHandle.nullDevice
  try p.run()
  return p
}

@Suite("milen season: the store through the binary")
struct SeasonCLITests {
  @Test("plan --season, next, plan --previous --season, season add, report in every format")
  func routine() throws {
    let dir = try temporaryDirectory()
    let db = dir.appendingPathComponent("saeson.sqlite").path
    try FileManager.default.copyItem(
      at: packageRoot().appendingPathComponent("Fixtures/aulum.json"),
      to: dir.appendingPathComponent("w1.json"))
    var r = try milen(["plan", "w1.json", "-o", "p1.json", "--season", db], in: dir)
    #expect(r.code == 0, "\(r.err)")
    #expect(r.err.contains("week 2 2026 added to the season (version 1)"), "\(r.err)")
    r = try milen(["season", "add", "--db", db, "w1.json", "p1.json"], in: dir)
    #expect(r.code == 0 && r.err.contains("already in the season"), "\(r.err)")
    r = try milen(["next", "w1.json", "p1.json", "-o", "w2.json"], in: dir)
    #expect(r.code == 0, "\(r.err)")
    r = try milen(
      ["plan", "w2.json", "--previous", "p1.json", "-o", "p2.json", "--season", db], in: dir)
    #expect(r.code == 0 && r.err.contains("week 3 2026 added"), "\(r.err)")
    // A plan for another scenario is refused (65).
    r = try milen(["season", "add", "--db", db, "w2.json", "p1.json"], in: dir)
    #expect(r.code == 65, "\(r.err)")

    r = try milen(["season", "report", "--db", db, "--format", "json"], in: dir)
    #expect(r.code == 0, "\(r.err)")
    let json = try JSONDecoder().decode(SeasonReport.self, from: Data(r.out.utf8))
    #expect(json.weeks.map(\.week) == ["2026-W02", "2026-W03"])
    r = try milen(["season", "report", "--db", db, "--lang", "da"], in: dir)
    #expect(r.code == 0 && r.out.contains("Tilknyttede unge") && r.out.contains("uge 2 2026"))
    #expect(r.out.contains("januar 2026"), "\(r.out)")
    r = try milen(["season", "report", "--db", db, "--format", "csv", "-o", "ark/"], in: dir)
    #expect(r.code == 0, "\(r.err)")
    let sheets = try FileManager.default.contentsOfDirectory(
      atPath: dir.appendingPathComponent("ark").path
    ).sorted()
    #expect(
      sheets == [
        "antagelser.csv", "evaluering.csv", "kvartaler.csv", "maaneder.csv", "tid-paa-ydelse.csv",
        "uger.csv",
      ])
    let months = try Data(contentsOf: dir.appendingPathComponent("ark/maaneder.csv"))
    #expect(months.starts(with: [0xEF, 0xBB, 0xBF]))
    r = try milen(["season", "report", "--db", db, "--format", "html", "-o", "r.html"], in: dir)
    #expect(r.code == 0, "\(r.err)")
    let html = try String(contentsOf: dir.appendingPathComponent("r.html"), encoding: .utf8)
    #expect(html.components(separatedBy: "<svg").count - 1 == 3)
    r = try milen(
      ["season", "report", "--db", db, "--from", "2026-W03", "--format", "json"], in: dir)
    let part = try JSONDecoder().decode(SeasonReport.self, from: Data(r.out.utf8))
    #expect(part.weeks.map(\.week) == ["2026-W03"])

    // Rebuilt from the folder: the same report.
    r = try milen(["season", "rebuild", "--db", "igen.sqlite", "."], in: dir)
    #expect(r.code == 0, "\(r.err)")
    let again = try milen(["season", "report", "--db", "igen.sqlite", "--format", "json"], in: dir)
    let first = try milen(["season", "report", "--db", db, "--format", "json"], in: dir)
    #expect(again.out == first.out)
    // Missing (66) and damaged (65, naming the way out).
    r = try milen(["season", "report", "--db", "none.sqlite"], in: dir)
    #expect(r.code == 66, "\(r.err)")
    try Data(String(repeating: "garbage!", count: 1000).utf8).write(
      to: dir.appendingPathComponent("bad.sqlite"))
    r = try milen(["season", "report", "--db", "bad.sqlite"], in: dir)
    #expect(r.code == 65 && r.err.contains("milen season rebuild"), "\(r.err)")
    r = try milen(["season", "rebuild", "--db", "bad.sqlite", "."], in: dir)
    #expect(r.code == 0, "\(r.err)")
    r = try milen(["season", "report", "--db", "bad.sqlite", "--format", "json"], in: dir)
    #expect(r.out == first.out)

    // A forecast into a scratch season reads in the same report; never into an existing one.
    r = try milen(["simulate", "w1.json", "--weeks", "3", "--season", "prognose.sqlite"], in: dir)
    #expect(
      r.code == 0 && r.err.contains("3 weeks are written into the scratch season"), "\(r.err)")
    r = try milen(["season", "report", "--db", "prognose.sqlite", "--format", "json"], in: dir)
    let forecast = try JSONDecoder().decode(SeasonReport.self, from: Data(r.out.utf8))
    #expect(forecast.weeks.map(\.week) == ["2026-W02", "2026-W03", "2026-W04"])
    r = try milen(["simulate", "w1.json", "--weeks", "1", "--season", db], in: dir)
    #expect(r.code == 73, "\(r.err)")
  }

  @Test("Two writers in two processes at once: every week lands once, the store stays intact")
  func twoWriters() throws {
    let dir = try temporaryDirectory()
    let weeks = try tinyWeeks(8, in: dir)
    let db = dir.appendingPathComponent("s.sqlite").path
    let exe = try milenExecutable().path
    // Each writer adds four weeks of its own and week 8, which both add.
    func loop(_ ks: [Int]) -> String {
      ks.map { "\"\(exe)\" season add --db \"\(db)\" w\($0).json p\($0).json || exit 1" }
        .joined(separator: "; ")
    }
    var writers: [Process] = []
    for ks in [[1, 3, 5, 7, 8], [2, 4, 6, 8]] {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/bin/sh")
      p.arguments = ["-c", loop(ks)]
      p.currentDirectoryURL = dir
      p.standardError = FileHandle.nullDevice
      try p.run()
      writers.append(p)
    }
    for p in writers {
      p.waitUntilExit()
      #expect(p.terminationStatus == 0)
    }
    let store = try SeasonStore(path: db, creating: false)
    let history = try store.history()
    #expect(history.map(\.week) == weeks.map(\.plan.week))
    #expect(history.allSatisfy { $0.version == 1 })
    let db2 = try DatabaseQueue(path: db)
    #expect(try db2.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
    #expect(try db2.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
  }

  @Test(
    "A writer killed inside its transaction: the store stays readable and complete up to the last week fully added"
  )
  func killedWriter() throws {
    let dir = try temporaryDirectory()
    let weeks = try tinyWeeks(3, in: dir)
    let db = dir.appendingPathComponent("s.sqlite").path
    for k in 1...2 {
      let r = try milen(["season", "add", "--db", db, "w\(k).json", "p\(k).json"], in: dir)
      #expect(r.code == 0, "\(r.err)")
    }
    let marker = dir.appendingPathComponent("inside-the-transaction").path
    let writer = try startMilen(
      [
        "season", "add", "--db", db, dir.appendingPathComponent("w3.json").path,
        dir.appendingPathComponent("p3.json").path,
      ],
      environment: ["MILEN_SEASON_HOLD_BEFORE_COMMIT": marker])
    // Wait until the writer has written every row of week 3 and holds its transaction open.
    var polls = 0
    while !FileManager.default.fileExists(atPath: marker) && writer.isRunning && polls < 1200 {
      usleep(50_000)
      polls += 1
    }
    #expect(FileManager.default.fileExists(atPath: marker), "the writer never reached its commit")
    kill(writer.processIdentifier, SIGKILL)
    writer.waitUntilExit()
    #expect(writer.terminationReason == .uncaughtSignal)
    let store = try SeasonStore(path: db, creating: false)
    #expect(try store.history().map(\.week) == weeks.prefix(2).map(\.plan.week))
    let fresh = try SeasonStore(path: dir.appendingPathComponent("fresh.sqlite").path)
    for w in weeks.prefix(2) { try fresh.add(scenario: w.scenario, plan: w.plan) }
    #expect(
      allReports(SeasonReport(try store.weeks())) == allReports(SeasonReport(try fresh.weeks())))
    let q = try DatabaseQueue(path: db)
    #expect(try q.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
    try q.close()
    // The lock died with the writer: week 3 goes in now.
    let r = try milen(["season", "add", "--db", db, "w3.json", "p3.json"], in: dir)
    #expect(r.code == 0, "\(r.err)")
    #expect(try store.history().count == 3)
  }
}

/// The report in JSON and both languages' text, to compare.
func allReports(_ r: SeasonReport) -> String {
  SeasonRender.json(r) + SeasonRender.text(r, SeasonWords(.da))
    + SeasonRender.text(r, SeasonWords(.en))
}
