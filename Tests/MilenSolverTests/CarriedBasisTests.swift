import Foundation
import MilenCheck
import MilenFormats
import MilenGenerator
import MilenModel
import MilenTestSupport
import Testing

@testable import MilenSolver

/// ``PlanningOptions/carryBasis``: each goal level's LP relaxation starts from the previous
/// level's optimal basis. That changes the simplex path, so among equally good plans another
/// may be returned; what it may not change is the value reached at any goal level (each level
/// of these weeks is solved to its optimum), nor may the plan break a hard rule.
@Suite("the basis carried from level to level: the same value at every goal level")
struct CarriedBasisTests {
  static func plan(_ s: Scenario, carry: Bool) throws -> Plan {
    var o = PlanningOptions()
    o.explain = false
    o.carryBasis = carry
    return try Planner.plan(s, options: o).plan
  }

  @Test(
    "Aulum and generated S weeks: every level's value as without the basis, and a clean check",
    arguments: [0, 1, 2, 3, 4, 5, 6, 7] as [UInt64])
  func sameValues(seed: UInt64) throws {
    let s =
      seed == 0
      ? try BuiltIn.aulum()
      : ScenarioGenerator(seed: seed, counts: GeneratorCounts.preset(.s)).generate()
    let carried = try Self.plan(s, carry: true)
    let fresh = try Self.plan(s, carry: false)
    let a = carried.solver.goals.sorted { $0.priority < $1.priority }
    let b = fresh.solver.goals.sorted { $0.priority < $1.priority }
    #expect(a.count == b.count)
    for (x, y) in zip(a, b) {
      #expect(x.status == y.status, "seed \(seed) level \(x.priority)")
      #expect(
        abs(x.objective - y.objective) <= 1e-6 * max(1, abs(y.objective)),
        "seed \(seed) level \(x.priority): \(x.objective) carried, \(y.objective) fresh")
    }
    let problems = PlanChecker.check(carried, against: s)
    #expect(problems.isEmpty, "seed \(seed): \(problems)")
    // The same programme: who is served is decided above the wishes level.
    #expect(carried.programme.served == fresh.programme.served, "seed \(seed)")
  }

  @Test("the Aulum week's levels start from the carried basis, with fewer simplex iterations")
  func fewerIterations() throws {
    let s = try BuiltIn.aulum()
    let carried = try Self.plan(s, carry: true)
    let fresh = try Self.plan(s, carry: false)
    #expect(carried.solver.simplexIterations < fresh.solver.simplexIterations)
  }
}
