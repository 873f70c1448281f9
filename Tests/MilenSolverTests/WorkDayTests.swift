import Foundation
import MilenCheck
import MilenFormats
import MilenGenerator
import MilenModel
import MilenReports
import MilenSolver
import MilenTestSupport
import MilenWorkflow
import Testing

/// Issue 19: real work days (rule 5) and two-part availability.
@Suite struct WorkDayTests {
  @Test("A morning session followed by work the same day")
  func workAfterMorningSession() throws {
    var p = Tiny.placement(
      "p1", hours: HoursRange(min: 4, max: 6, agreed: 6),
      availability: [.mon: Tiny.w("08:00-16:00")])
    p.wishes.activities = ["a"]
    var c = Tiny.company("c1")
    c.open = [.mon: Tiny.w("08:00-16:00")]
    let s = Tiny.scenario(
      [p], companies: [c], activities: [Tiny.activity("a", .mon, "08:00-10:00")], sessions: 1)
    let r = try planAndCheck(s, levels: 5)
    #expect(r.violations.isEmpty)
    let week = r.week("p1")
    #expect(week.company == "c1")
    #expect(week.activities == ["a"])
    #expect(week.work.count == 1)
    #expect(week.work.first.map { $0.time.start >= Tiny.w("10:00-11:00").start } == true)
    #expect(week.work.reduce(0) { $0 + $1.time.hours } == 6)
  }

  @Test("4 agreed hours give one 4-hour day, not 3 + 1")
  func fourAgreedHoursOneDay() throws {
    let p = Tiny.placement("p1", hours: HoursRange(min: 1, max: 10, agreed: 4))
    let s = Tiny.scenario([p], companies: [Tiny.company("c1")])
    let r = try planAndCheck(s, levels: 5)
    #expect(r.violations.isEmpty)
    #expect(r.week("p1").work.map(\.time.hours) == [4])
  }

  @Test("Even days: 8 agreed hours give 4 + 4 or one 8-hour day, never a day under 3 h")
  func evenDays() throws {
    let p = Tiny.placement(
      "p1", hours: HoursRange(min: 1, max: 10, agreed: 8),
      availability: [.mon: Tiny.w("08:00-13:00"), .tue: Tiny.w("08:00-13:00")])
    let s = Tiny.scenario([p], companies: [Tiny.company("c1")])
    let r = try planAndCheck(s, levels: 5)
    #expect(r.violations.isEmpty)
    #expect(r.week("p1").work.map(\.time.hours) == [4, 4])
  }

  @Test("An evening club outside an 08-15 work window is attended")
  func eveningClub() throws {
    var p = Tiny.placement(
      "p1", hours: HoursRange(min: 4, max: 10),
      availability: Dictionary(
        uniqueKeysWithValues: Weekday.workdays.map { ($0, Tiny.w("08:00-15:00")) }))
    p.busy = [BusyTime(day: .wed, time: Tiny.w("16:00-20:00"), label: "school")]
    let s = Tiny.scenario(
      [p], companies: [Tiny.company("c1")],
      activities: [
        Tiny.activity("club", .tue, "16:00-18:00"), Tiny.activity("late", .thu, "19:00-21:00"),
        Tiny.activity("busy", .wed, "17:00-19:00"),
      ], sessions: 2)
    let r = try planAndCheck(s, levels: 5)
    #expect(r.violations.isEmpty)
    #expect(r.week("p1").activities.sorted() == ["club", "late"])
  }
}

@Suite struct WorkDayFixtureTests {
  @Test("The spreadsheet template's example person plans the template's own activity")
  func templatePlansItsActivity() throws {
    let files = Dictionary(
      uniqueKeysWithValues: ScenarioSheets.template().map { ($0.file, $0.text) })
    let s = try ScenarioSheets.importSheets(files)
    let r = try planAndCheck(s, levels: 5)
    #expect(r.violations.isEmpty, "\(r.violations)")
    #expect(r.week("p01").activities == ["ungemilen"])
  }

  @Test("Busy times survive the scenario file and the spreadsheets")
  func busyRoundTrip() throws {
    var s = Tiny.scenario([Tiny.placement("p1")], companies: [Tiny.company("c1")])
    s.participants[0].busy = [
      BusyTime(day: .tue, time: Tiny.w("14:00-16:00"), label: "skole"),
      BusyTime(day: .sat, time: Tiny.w("09:00-12:00")),
    ]
    let json = try ScenarioFile.decode(ScenarioFile.jsonText(s), format: .json)
    #expect(json.participants[0].busy == s.participants[0].busy)
    let sheets = Dictionary(
      uniqueKeysWithValues: ScenarioSheets.export(s, localizer: .danish).map { ($0.file, $0.text) })
    #expect(try ScenarioSheets.importSheets(sheets).participants[0].busy == s.participants[0].busy)
    var bad = s
    bad.participants[0].busy = [BusyTime(day: .tue, time: Tiny.w("14:00-12:00"))]
    do {
      _ = try ScenarioFile.decode(ScenarioFile.jsonText(bad), format: .json)
      Issue.record("a busy time that ends before it starts was accepted")
    } catch let e as ScenarioError {
      #expect(
        e.issues.contains(
          ValidationIssue(
            path: "participants[0].busy[0]",
            .busyEndsBeforeStart(from: TimeOfDay(14), to: TimeOfDay(12)))))
    }
  }

  @Test("Aulum p15 gets her agreed hours, or a true reason")
  func aulumP15() throws {
    let r = try planAndCheck(BuiltIn.aulum(), levels: 5)
    #expect(r.violations.isEmpty, "\(r.violations)")
    let p15 = r.week("p15")
    let hours = p15.work.reduce(0) { $0 + $1.time.hours }
    print(
      "Aulum p15: \(hours) h at \(p15.company ?? "-"), \(p15.work.map { "\($0.day.rawValue) \($0.time)" })"
    )
    #expect(hours == 10)
  }

  /// Work days shorter than the participant's shortest work day, where the week's agreed
  /// hours are not fewer: over the fixtures and 40 generated S weeks, none.
  @Test("No work day shorter than the shortest day, over the fixtures and 40 S weeks")
  func shortDaysCounted() throws {
    var scenarios: [(String, Scenario)] = [("aulum", try BuiltIn.aulum())]
    let rules = packageRoot().appendingPathComponent("Fixtures/rules")
    for name in try FileManager.default.contentsOfDirectory(atPath: rules.path).sorted()
    where name.hasSuffix(".json") && !name.hasPrefix("infeasible") {
      let text = try String(contentsOf: rules.appendingPathComponent(name), encoding: .utf8)
      scenarios.append((name, try ScenarioFile.decode(text, format: .json)))
    }
    for seed in 1...40 {
      scenarios.append(
        ("S \(seed)", ScenarioGenerator(seed: UInt64(seed), counts: .preset(.s)).generate()))
    }
    var days = 0
    var short = 0
    var shortAllowed = 0
    for (name, s) in scenarios {
      let r = try planAndCheck(s)
      #expect(r.violations.isEmpty, "\(name): \(r.violations)")
      for row in r.plan.participants {
        guard let p = s.participants.first(where: { $0.id == row.id }) else { continue }
        let shortest = s.policy.shortestWorkDay(for: p)
        let base =
          p.needs.accommodations.contains("shortDays")
          ? s.policy.shortestShortDay : s.policy.shortestWorkDay
        for d in row.work {
          days += 1
          if d.time.hours < base - 1e-6 {
            if shortest < base { shortAllowed += 1 } else { short += 1 }
          }
        }
      }
    }
    print(
      "work days: \(days) over \(scenarios.count) weeks; shorter than the shortest day: \(short);"
        + " shorter in weeks whose agreed hours are fewer: \(shortAllowed)")
    #expect(short == 0)
  }
}
