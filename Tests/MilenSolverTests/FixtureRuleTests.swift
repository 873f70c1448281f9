import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenTestSupport
import MilenWorkflow
import Testing

/// The hand-made scenarios of Fixtures/rules, one per hard rule, against the outcomes their
/// README states. Every plan goes through the independent checker.
@Suite("Rule fixtures")
struct FixtureRuleTests {
  func load(_ name: String) throws -> Scenario {
    let url = packageRoot().appendingPathComponent("Fixtures/rules/\(name).json")
    return try ScenarioFile.decode(String(contentsOf: url, encoding: .utf8), format: .json)
  }

  func plan(_ name: String) throws -> CheckedPlan {
    let r = try planAndCheck(load(name))
    #expect(r.violations.isEmpty, "\(r.violations)")
    return r
  }

  @Test func r1NobodyDischarged() throws {
    let r = try plan("r1-nobody-discharged")
    #expect(r.week("p2").activities == ["a-mon"])
    #expect(r.week("p1").activities == ["a-wed"])
    #expect(r.week("p1").missingSocialSessions == 1)
  }

  @Test func r2Capacity() throws {
    let r = try plan("r2-capacity")
    #expect(r.week("p1").company == "c1")
    #expect(r.week("p1").workHours == 16)
    #expect(r.week("p2").company == nil)
    #expect(r.week("p2").activities == ["a1"])
  }

  @Test func r3LegalRatio() throws {
    let r = try plan("r3-legal-ratio")
    #expect(r.plan.companies[0].participants == ["p1", "p2"])
    #expect(r.week("p3").company == nil)
  }

  @Test func r4PlacementLength() throws {
    let r = try plan("r4-placement-length")
    #expect(r.week("p1").company == "c2")
    #expect(r.week("p1").placementWeek == 1)
    #expect(r.week("p2").company == "c1")
    #expect(r.week("p2").placementWeek == 5)
  }

  @Test func r5AvailabilityAndTime() throws {
    let r = try plan("r5-availability-time")
    #expect(r.week("p1").company == "c2")
    #expect(r.week("p1").workHours == 8)
    #expect(r.week("p2").activities == ["a-thu"])
  }

  @Test func r6Fit() throws {
    let r = try plan("r6-fit")
    #expect(r.week("p1").company == nil)
    #expect(r.week("p1").mentor == "m2")
    #expect(r.week("p2").company == "c2")
  }

  @Test func r7Tracks() throws {
    let r = try plan("r7-tracks")
    #expect(r.plan.companies[0].participants == ["p4"])
    #expect(r.week("p3").employer == "c1")
  }

  @Test func r8LocksAndBans() throws {
    let r = try plan("r8-locks-bans")
    #expect(r.week("p1").company == "c2")
    #expect(Set(r.week("p1").work.map(\.day)).isSuperset(of: [.mon, .wed]))
    #expect(r.week("p2").company == "c2")
  }

  @Test(
    "The impossible fixtures are diagnosed, naming the conflict",
    arguments: [
      ("infeasible-coordinator", HardRule.coordinatorCapacity),
      ("infeasible-lock", HardRule.locksAndBans),
    ])
  func infeasible(name: String, rule: HardRule) throws {
    let s = try load(name)
    #expect {
      try Planner.plan(s)
    } throws: { e in
      guard case PlanningError.infeasible(let d) = e else { return false }
      return d.conflicts.contains { $0.rules.contains(rule) }
    }
  }

  @Test("The built-in Aulum week is the text of Fixtures/aulum.json (run `make embed`)")
  func builtInMatchesFixture() throws {
    let url = packageRoot().appendingPathComponent("Fixtures/aulum.json")
    #expect(BuiltIn.aulumText == (try String(contentsOf: url, encoding: .utf8)))
  }

  @Test("The Aulum week plans, passes the checker and keeps the seed's mix")
  func aulum() throws {
    let s = try BuiltIn.aulum()
    let r = try planAndCheck(s)
    #expect(r.violations.isEmpty, "\(r.violations)")
    #expect(r.plan.solver.status == "optimal")
    #expect(r.plan.programme.served >= s.programme.breakEven)
    #expect(r.plan.participants.filter { $0.status == .enrolled }.count == 25)
  }
}
