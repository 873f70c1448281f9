import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow
import Testing

@Suite("hardening: readers and writers")
struct HardeningIOTests {
  @Test("ISO weeks agree with Foundation's ISO 8601 calendar for 1900-2100")
  func isoWeeksMatchTheCalendar() {
    var calendar = Calendar(identifier: .iso8601)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    for year in 1900...2100 {
      let dec28 = calendar.date(from: DateComponents(year: year, month: 12, day: 28))!
      let weeks = calendar.component(.weekOfYear, from: dec28)
      #expect(isISOWeek(String(format: "%04d-W%02d", year, weeks)))
      #expect(!isISOWeek(String(format: "%04d-W%02d", year, weeks + 1)))
    }
    #expect(!isISOWeek("2025-W53"))
    #expect(isISOWeek("2026-W53"))
    #expect(!isISOWeek("2026-W00"))
  }

  @Test("hours are read to the minute; below a minute is refused with the path")
  func hoursToTheMinute() throws {
    let text = """
      {"week": "2026-W02", "mentors": [{"id": "m", "name": "M", "hoursPerWeek": 1.33}],
       "coordinator": {"hoursPerWeek": "7,33"}}
      """
    let s = try ScenarioFile.decode(text, format: .json)
    #expect(s.mentors[0].hoursPerWeek == 80.0 / 60)
    #expect(s.coordinator.hoursPerWeek == 440.0 / 60)
    let tiny =
      #"{"week": "2026-W02", "mentors": [{"id": "m", "name": "M", "hoursPerWeek": 1e-300}]}"#
    #expect(throws: ScenarioError.self) { try ScenarioFile.decode(tiny, format: .json) }
    do {
      _ = try ScenarioFile.decode(tiny, format: .json)
    } catch let e as ScenarioError {
      #expect(e.issues.map(\.path) == ["mentors[0].hoursPerWeek"])
    }
  }

  @Test("a scenario built in code with hours that are not whole minutes is refused")
  func wholeMinutesValidated() {
    var s = Scenario(week: "2026-W02")
    s.mentors = [Mentor(id: "m", name: "M", hoursPerWeek: 1.33)]
    #expect(s.validationIssues().map(\.path) == ["mentors[0].hoursPerWeek"])
  }

  @Test("the business case never traps on a tiny saving or huge costs")
  func businessCaseBounded() {
    var s = Scenario(week: "2026-W02")
    // Below an øre a year the saving rounds to nothing: never pays, never traps.
    s.programme.savingPerParticipantPerYear = 1e-300
    #expect(BusinessCase(s, rows: []).derivedBreakEven == nil)
    s.programme = Programme(
      positionCostPerYear: 1e9, positions: 10_000, savingPerParticipantPerYear: 0.01)
    #expect(BusinessCase(s, rows: []).derivedBreakEven == Int(BusinessCase.maxBreakEven))
    s.programme = Programme(
      positionCostPerYear: 1e9, positions: 10_000,
      economics: Economics(benefitPerMonth: 1e-300, counsellorCostPerYear: 1))
    let bc = BusinessCase(s, rows: [])
    #expect(bc.derivedBreakEven == nil)
    #expect(
      bc.counsellingEquivalent.isFinite && bc.costPerParticipantAtBreakEven == 833_333_333_333.33)
    s.programme.economics = Economics(benefitPerMonth: 1e6, exitDurationWeeks: 520)
    #expect(BusinessCase(s, rows: []).derivedBreakEven == 1_041_667)
    // Absurd weeks on benefit in a scenario built in code: clamped, counted, no overflow.
    s.leftBenefit = [BenefitExit(id: "x", reason: .job, on: "2026-01-05", weeksOnBenefit: .max)]
    #expect(BusinessCase(s, rows: []).leftBenefit.first?.municipalShare == 0.8)
  }

  @Test("deep nesting and long strings are refused in JSON and YAML")
  func depthAndLength() {
    let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(throws: ParseError.self) { try JSONValue.parseJSON(deep) }
    let long = "\"" + String(repeating: "x", count: 20_000) + "\""
    #expect(throws: ParseError.self) { try JSONValue.parseJSON(long) }
    #expect(throws: ParseError.self) {
      try JSONValue.parseYAML("a: " + String(repeating: "x", count: 20_000))
    }
    let yamlDeep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(throws: ParseError.self) { try JSONValue.parseYAML(yamlDeep) }
  }

  @Test("an atomic write never follows a planted symlink and leaves no temporary file")
  func noSymlinkFollowed() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "milen-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let victim = dir.appendingPathComponent("victim.txt")
    try Data("victim".utf8).write(to: victim)
    // The old predictable temporary name, planted as a symlink to another file.
    let target = dir.appendingPathComponent("out.txt")
    let planted = dir.appendingPathComponent(".out.txt.\(getpid()).tmp")
    try FileManager.default.createSymbolicLink(at: planted, withDestinationURL: victim)
    try AtomicFile.write("plan", to: target.path)
    #expect(try String(contentsOf: victim, encoding: .utf8) == "victim")
    #expect(try String(contentsOf: target, encoding: .utf8) == "plan")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(names == [".out.txt.\(getpid()).tmp", "out.txt", "victim.txt"])
    let registry = AtomicFile.TemporaryFiles()
    try AtomicFile.write("again", to: target.path, temporaries: registry)
    #expect(registry.pending.isEmpty)
  }
}
