import Foundation
import MilenFormats
import MilenGenerator
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow
import Testing

/// `milen merge`: the parts of a week planned on their own give the week's plan, byte for byte.
@Suite("Merging part plans")
struct MergeTests {
  /// A generated S week of three towns, and each part as `milen split` writes and reads it.
  static func week() throws -> (Scenario, [Scenario]) {
    var counts = GeneratorCounts.preset(.s)
    counts.towns = 3
    let s = ScenarioGenerator(seed: 1, counts: counts).generate()
    let parts = try Planner.independentParts(s).map {
      try ScenarioFile.decode(ScenarioFile.jsonText($0), format: .json)
    }
    return (s, parts)
  }

  @Test("Parts planned on their own merge into the bytes of the whole week's plan")
  func sameBytes() throws {
    let (s, parts) = try Self.week()
    #expect(parts.count == 3)
    let whole = try Planner.plan(s).plan
    #expect(whole.parts == 3)
    let partPlans = try parts.map { try Planner.plan($0).plan }
    let merged = try Planner.merge(s, partPlans: partPlans)
    #expect(PlanFile.jsonText(merged) == PlanFile.jsonText(whole))
  }

  @Test("Last week's company in another town: the split part is valid, the merge still exact")
  func lastWeekElsewhere() throws {
    var (s, parts) = try Self.week()
    // Someone placed in town 1 last week was placed at a company of town 2.
    let townTwo = Set(parts[1].companies.map(\.id))
    let p = try #require(
      s.participants.firstIndex { p in
        parts[0].participants.contains { $0.id == p.id } && p.current.company != nil
          && p.current.since != nil
      })
    s.participants[p].current.company = try #require(parts[1].companies.first?.id)
    s.participants[p].current.placementWeeks = 1
    try s.validate()
    parts = try Planner.independentParts(s).map {
      try ScenarioFile.decode(ScenarioFile.jsonText($0), format: .json)
    }
    #expect(parts.count == 3)
    #expect(!parts[0].companies.contains { townTwo.contains($0.id) })
    let whole = try Planner.plan(s).plan
    #expect(whole.changes?.contains { $0.participant == s.participants[p].id } == true)
    let merged = try Planner.merge(s, partPlans: try parts.map { try Planner.plan($0).plan })
    #expect(PlanFile.jsonText(merged) == PlanFile.jsonText(whole))
  }

  @Test("A part cut by the clock marks the week's plan as cut; uncut parts leave it unmarked")
  func cutByClock() throws {
    let (s, parts) = try Self.week()
    var partPlans = try parts.map { try Planner.plan($0).plan }
    #expect(partPlans.allSatisfy { $0.cutByClock == nil })
    #expect(try Planner.merge(s, partPlans: partPlans).cutByClock == nil)
    // As `plan --time-limit` marks a part stopped by the clock (its plan is otherwise valid).
    partPlans[1].cutByClock = true
    let merged = try Planner.merge(s, partPlans: partPlans)
    #expect(merged.cutByClock == true)
    #expect(merged.participants.count == s.participants.count)
  }

  @Test("A missing part or a plan of the wrong part is refused")
  func refusals() throws {
    let (s, parts) = try Self.week()
    let partPlans = try parts.map { try Planner.plan($0).plan }
    #expect(throws: PlanningError.self) {
      try Planner.merge(s, partPlans: Array(partPlans.prefix(2)))
    }
    #expect(throws: PlanningError.self) {
      try Planner.merge(s, partPlans: [partPlans[1], partPlans[0], partPlans[2]])
    }
  }
}
