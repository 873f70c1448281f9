import Foundation
import GLPK
import MilenFormats
import MilenGenerator
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow
import Testing

/// `milen export-model` writes exactly the integer program `plan` solves.
@Suite("Model export")
struct ExportTests {
  @Test(
    "GLPK reads the exported MPS back and reaches the optimum plan reports",
    arguments: [1, 2, 3, 4, 5])
  func mpsRoundTrip(level: Int) throws {
    let s = try BuiltIn.aulum()
    let plan = try Planner.plan(s).plan
    let text = try Planner.exportModel(s, level: level, format: .mps)
    // Portable MPS: no OBJSENSE (glpsol rejects it); the negated goal is minimised.
    #expect(!text.contains("OBJSENSE"))
    #expect(text.hasPrefix("* Milen week \(s.week): goal level \(level)"))
    let model = try Model(mpsText: text)
    #expect(model.sense == .minimize)
    let r = try Self.solve(model)
    #expect(r.termination == .optimal)
    let reported = plan.solver.goals[level - 1].objective
    // MPS keeps 12 significant characters per number: compare with a matching tolerance.
    #expect(
      abs(-(r.objective ?? .nan) - reported) <= 1e-5 * max(1, abs(reported)), "level \(level)")
  }

  /// A generated S week of three towns: `plan` solves three parts.
  static func threeTowns() throws -> Scenario {
    var counts = GeneratorCounts.preset(.s)
    counts.towns = 3
    return ScenarioGenerator(seed: 1, counts: counts).generate()
  }

  static func solve(_ model: Model) throws -> SolveResult {
    var options = SolveOptions()
    options.cuts = .all
    options.timeLimit = 60
    return try Solver.solve(model, options: options)
  }

  @Test(
    "One part of a week that splits: GLPK reads each level back and reaches the part's values",
    arguments: [1, 2, 3, 4, 5])
  func partRoundTrip(level: Int) throws {
    let s = try Self.threeTowns()
    #expect(Planner.partCount(s) == 3)
    let part = Planner.independentParts(s)[1]
    let plan = try Planner.plan(part).plan
    let reported = plan.solver.goals[level - 1].objective
    // Re-derived part by part, and fixed at the part's plan: the same optimum.
    let reached = Dictionary(
      uniqueKeysWithValues: plan.solver.goals.map { ($0.priority, $0.objective) })
    for scope in [ExportScope(part: 2), ExportScope(part: 2, reached: reached)] {
      let text = try Planner.exportModel(s, level: level, format: .mps, scope: scope)
      #expect(text.hasPrefix("* Milen week \(s.week), part 2 of 3: goal level \(level)"))
      let r = try Self.solve(try Model(mpsText: text))
      #expect(r.termination == .optimal)
      #expect(
        abs(-(r.objective ?? .nan) - reported) <= 1e-5 * max(1, abs(reported)),
        "level \(level), reached given: \(scope.reached != nil)")
    }
  }

  @Test("A week that splits is exported one part at a time")
  func partRequired() throws {
    let s = try Self.threeTowns()
    #expect(throws: PlanningError.self) {
      try Planner.exportModel(s, level: 1, format: .mps)
    }
    #expect(throws: PlanningError.self) {
      try Planner.exportModel(s, level: 1, format: .mps, scope: ExportScope(part: 4))
    }
  }

  @Test("The LP export names rows and columns by ids")
  func readableNames() throws {
    let text = try Planner.exportModel(try BuiltIn.aulum(), level: 1, format: .lp)
    #expect(text.contains("one_company(p09)"))
    #expect(text.contains("x(p09,aubo)"))
    #expect(text.contains("coordinator"))
  }
}
