import Foundation
import GLPK
import MilenIO
import MilenModel
import MilenSolver
import Testing

/// `milen export-model` writes exactly the integer program `plan` solves.
@Suite("Model export")
struct ExportTests {
  @Test(
    "GLPK reads the exported MPS back and reaches the optimum plan reports",
    arguments: [1, 2, 3, 4])
  func mpsRoundTrip(level: Int) throws {
    let s = try BuiltIn.aulum()
    let plan = try Planner.plan(s).plan
    let text = try Planner.exportModel(s, level: level, format: .mps)
    let model = try Model(mpsText: text)
    var options = SolveOptions()
    options.cuts = .all
    options.timeLimit = 60
    let r = try Solver.solve(model, options: options)
    #expect(r.termination == .optimal)
    let reported = plan.solver.goals[level - 1].objective
    // MPS keeps 12 significant characters per number: compare with a matching tolerance.
    #expect(abs((r.objective ?? .nan) - reported) <= 1e-5 * max(1, abs(reported)), "level \(level)")
  }

  @Test("The LP export names rows and columns by ids")
  func readableNames() throws {
    let text = try Planner.exportModel(try BuiltIn.aulum(), level: 1, format: .lp)
    #expect(text.contains("one_company(p09)"))
    #expect(text.contains("x(p09,aubo)"))
    #expect(text.contains("coordinator"))
  }
}
