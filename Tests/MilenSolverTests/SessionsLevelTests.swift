import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow
import Testing

@testable import MilenSolver

/// The wishes level solved in two steps (`PlanningOptions.sessionsLevel`, a lever of issue 13
/// measured in docs/performance.md, off by default).
@Suite("Sessions as their own step of the wishes level")
struct SessionsLevelTests {
  @Test("The two steps keep levels 1-4 and reach no more on the wishes level than one solve")
  func noBetterThanOneLevel() throws {
    let s = try BuiltIn.aulum()
    var o = PlanningOptions()
    o.explain = false
    let joint = try Planner.plan(s, options: o).plan.solver.goals
    o.sessionsLevel = true
    let split = try Planner.plan(s, options: o).plan.solver.goals
    #expect(joint.map(\.priority) == [1, 2, 3, 4, 5])
    #expect(split.map(\.priority) == [1, 2, 3, 4, 5])
    #expect(Array(split.prefix(4).map(\.objective)) == Array(joint.prefix(4).map(\.objective)))
    // The one solve of the Aulum week is optimal, so two steps can at best equal it; their
    // bounds hold only with the first step's plan fixed, so none is reported.
    #expect(joint[4].status == "optimal")
    #expect(split[4].objective <= joint[4].objective + 1e-6)
    #expect(split[4].bound == nil)
    #expect(split[4].nodes > 0)
  }
}
