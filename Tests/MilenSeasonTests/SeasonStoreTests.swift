import Foundation
import GRDB
import MilenFormats
import MilenModel
import MilenReports
import MilenSeason
import MilenSolver
import MilenWorkflow
import Testing

@Suite("The season store: a 12-week Aulum season")
struct SeasonStoreTests {
  /// A new store holding the season's weeks, added one by one.
  func store(_ season: AulumSeason, weeks: Int = 12) throws -> (SeasonStore, URL) {
    let dir = try scratchFolder()
    let path = dir.appendingPathComponent("saeson.sqlite").path
    let store = try SeasonStore(path: path)
    for w in season.weeks.prefix(weeks) {
      let outcome = try store.add(scenario: w.scenario, plan: w.plan)
      #expect(outcome == .added(week: w.plan.week, version: 1))
    }
    return (store, dir)
  }

  @Test("The report's counts equal a count made from the week files themselves")
  func countsFromFiles() throws {
    let season = try AulumSeason.get()
    let (store, _) = try store(season)
    let report = SeasonReport(try store.weeks())
    // The independent count: read the folder's plan files back and count from their rows.
    var plans: [Plan] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: season.folder.path).sorted()
    where name.hasSuffix("-plan.json") {
      let text = try String(contentsOf: season.folder.appendingPathComponent(name), encoding: .utf8)
      plans.append(try PlanFile.decode(text))
    }
    #expect(plans.count == 12)
    #expect(report.weeks.map(\.week) == plans.map(\.week))
    for (row, plan) in zip(report.weeks, plans) {
      let ps = plan.participants
      #expect(row.served == ps.filter { $0.status == .enrolled || $0.status == .admitted }.count)
      #expect(row.admitted == ps.filter { $0.status == .admitted }.count, "\(plan.week)")
      #expect(row.waiting == ps.filter { $0.status == .waiting }.count, "\(plan.week)")
      #expect(row.inPlacement == ps.filter { $0.company != nil }.count, "\(plan.week)")
      let hours = ps.flatMap(\.work).reduce(0.0) { $0 + $1.time.hours }
      #expect(abs(row.placementHours - hours) < 0.01, "\(plan.week)")
      #expect(row.benefitSaved == plan.businessCase?.benefitSavedThisWeek, "\(plan.week)")
    }
    // Greenbox is closed on Fridays from the second week: nobody works there on a Friday.
    for plan in plans.dropFirst() {
      for p in plan.participants where p.company == "greenbox" {
        #expect(!p.work.contains { $0.day == .fri }, "\(plan.week): \(p.id) on a Friday")
      }
    }
    let attached = Set(plans.flatMap { $0.participants.filter { $0.status != .waiting }.map(\.id) })
    #expect(report.attached == attached.count)
    #expect(report.evaluation.reduce(0) { $0 + $1.count } == attached.count)
    func who(_ c: EvaluationCategory) -> Set<String> {
      Set(report.evaluation.first { $0.category == c }!.people.map(\.id))
    }
    let last = plans.last!.participants
    let active = last.filter { $0.status == .enrolled || $0.status == .admitted }
    #expect(
      who(.inPlacement)
        == Set(active.filter { $0.track == .placement && $0.company != nil }.map(\.id)))
    #expect(who(.socialOnly) == Set(active.filter { $0.track == .socialOnly }.map(\.id)))
    #expect(
      who(.betweenPlacements)
        == Set(
          active.filter { ($0.track == .placement && $0.company == nil) || $0.track == .paused }
            .map(\.id)))
    #expect(who(.hiredAfterTrial) == [season.hiredAfterTrial])
    #expect(who(.hireUnderway) == [season.hiredElsewhere])
    #expect(who(.employed).contains(season.exitedToJob))
    #expect(
      who(.keptFlexjobOrApprenticeship)
        == Set(active.filter { $0.track == .flexjob || $0.track == .apprenticeship }.map(\.id)))
    #expect(
      Set(report.waitingAtEnd.map(\.id)) == Set(last.filter { $0.status == .waiting }.map(\.id)))
    // The hired person left benefit in the week of the hire: time on benefit from the first
    // week the store has them (their enrolment date is not given).
    let spell = try #require(report.timeOnBenefit.left.first { $0.id == season.hiredAfterTrial })
    #expect(spell.fromFirstWeekSeen && spell.weeks == 4)
    #expect(report.timeOnBenefit.medianWeeks != nil)
    // The business case over the period, from the plans' own business case.
    let saved = plans.reduce(0.0) { $0 + ($1.businessCase?.benefitSavedThisWeek ?? 0) }
    let cost = plans.reduce(0.0) { $0 + ($1.businessCase?.annualCost ?? 0) / 52 }
    #expect(abs(report.total.saved - saved) < 0.01 && saved > 0)
    #expect(abs(report.total.cost - cost) < 0.01)
    #expect(report.months.reduce(0) { $0 + $1.weeks } == 12)
    #expect(report.quarters.reduce(0) { $0 + $1.weeks } == 12)
    #expect(abs(report.months.reduce(0) { $0 + $1.saved } - saved) < 0.05)
    #expect(report.months.map(\.period) == ["2026-01", "2026-02", "2026-03"])
    #expect(report.months.map(\.weeks) == [4, 4, 4])
  }

  @Test("Adding a week again changes nothing; a replanned week is a new version, the old kept")
  func versions() throws {
    let season = try AulumSeason.get()
    let (store, _) = try store(season, weeks: 3)
    let before = try store.history()
    for w in season.weeks.prefix(3) {
      #expect(
        try store.add(scenario: w.scenario, plan: w.plan)
          == .alreadyThere(week: w.plan.week, version: 1))
    }
    #expect(try store.history() == before)
    // Replan week 3 after an edit: a new version; the report reads it, the old one stays.
    var s = season.weeks[2].scenario
    s.programme.breakEven += 1
    let plan = PlanFile.stamped(try Planner.plan(s, options: PlanningOptions()).plan, for: s)
    #expect(try store.add(scenario: s, plan: plan) == .added(week: s.week, version: 2))
    let history = try store.history()
    #expect(history.count == 4)
    #expect(history.filter { $0.week == s.week }.map(\.version) == [1, 2])
    let latest = try #require(try store.weeks().last)
    #expect(latest.version == 2 && latest.breakEven == s.programme.breakEven)
    let old = try #require(try store.files(week: s.week, version: 1))
    #expect(old.plan == PlanFile.jsonText(season.weeks[2].plan))
    #expect(old.scenario == ScenarioFile.jsonText(season.weeks[2].scenario))
    // A plan made for another scenario is refused.
    #expect(throws: SeasonError.self) {
      try store.add(scenario: season.weeks[1].scenario, plan: season.weeks[2].plan)
    }
  }

  @Test("The history is append-only: SQLite refuses an update or a delete")
  func appendOnly() throws {
    let season = try AulumSeason.get()
    let (store, dir) = try store(season, weeks: 1)
    try store.close()
    let db = try DatabaseQueue(path: dir.appendingPathComponent("saeson.sqlite").path)
    for sql in [
      "UPDATE week_version SET served = 0", "DELETE FROM week_version",
      "UPDATE person_week SET name = 'x'", "DELETE FROM person_week",
    ] {
      #expect(throws: DatabaseError.self, "\(sql)") { try db.write { try $0.execute(sql: sql) } }
    }
    let count = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM person_week") }
    #expect(count == season.weeks[0].plan.participants.count)
  }

  @Test("Deleting the store and rebuilding it from the files gives the same report, byte for byte")
  func rebuild() throws {
    let season = try AulumSeason.get()
    let (store, dir) = try store(season)
    let before = allFormats(SeasonReport(try store.weeks()))
    let path = store.path
    try store.close()
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: path + suffix)
    }
    let (weeks, notes) = try SeasonFolder.read(season.folder.path)
    #expect(notes.isEmpty, "\(notes)")
    #expect(weeks.count == 12)
    _ = try SeasonStore.rebuild(at: path, from: weeks)
    let after = allFormats(SeasonReport(try SeasonStore(path: path, creating: false).weeks()))
    #expect(before == after)
    // A damaged store: garbage over its pages is found, and a rebuild replaces it.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    var broken = bytes
    for i in stride(from: 100, to: broken.count, by: 7) { broken[i] ^= 0x5A }
    try broken.write(to: URL(fileURLWithPath: path))
    #expect {
      _ = try SeasonStore(path: path, creating: false).weeks()
    } throws: { e in
      if case .corrupt = e as? SeasonError { return true }
      return false
    }
    _ = try SeasonStore.rebuild(at: path, from: weeks)
    #expect(allFormats(SeasonReport(try SeasonStore(path: path).weeks())) == before)
    _ = dir
  }

  @Test("A missing store is refused for reading; a newer schema is refused")
  func schema() throws {
    let dir = try scratchFolder()
    let path = dir.appendingPathComponent("none.sqlite").path
    #expect(throws: SeasonError.missing(path: path)) {
      try SeasonStore(path: path, creating: false)
    }
    let store = try SeasonStore(path: path)
    #expect(try store.schemaVersions() == ["v1-weeks-people-append-only"])
    try store.close()
    let db = try DatabaseQueue(path: path)
    try db.write {
      try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
    }
    try db.close()
    #expect(throws: SeasonError.newerSchema(path: path, unknown: ["v9-from-the-future"])) {
      try SeasonStore(path: path)
    }
    // Not a store at all.
    let text = dir.appendingPathComponent("text.sqlite").path
    try Data(String(repeating: "not a database ", count: 400).utf8).write(
      to: URL(fileURLWithPath: text))
    #expect {
      try SeasonStore(path: text)
    } throws: { e in
      if case .corrupt = e as? SeasonError { return true }
      return false
    }
  }

  @Test("The report by period: --from and --to choose the weeks")
  func range() throws {
    let season = try AulumSeason.get()
    let (store, _) = try store(season)
    let weeks = season.weeks.map(\.plan.week)
    let part = try store.weeks(from: weeks[2], to: weeks[5])
    #expect(part.map(\.week) == Array(weeks[2...5]))
    let r = SeasonReport(part)
    #expect(r.from == weeks[2] && r.to == weeks[5])
    #expect(SeasonReport([]).weeks.isEmpty)
  }
}
