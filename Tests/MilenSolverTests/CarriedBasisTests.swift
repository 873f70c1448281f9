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

  @Test(
    "breakeven's variants start from the week's own levels: the same values and admissions as each planned alone",
    arguments: [0, 3] as [UInt64])
  func variantsFromTheWeek(seed: UInt64) throws {
    let s =
      seed == 0
      ? try BuiltIn.aulum()
      : ScenarioGenerator(seed: seed, counts: GeneratorCounts.preset(.s)).generate()
    var o = PlanningOptions()
    o.explain = false
    let variants = CapacityLevers.candidates(s).filter { !$0.unusable }.map(\.scenario)
    #expect(!variants.isEmpty)
    let results = Planner.planVariants(of: s, variants, options: o)
    #expect(results.count == variants.count + 1)
    var seeded = 0
    var alone = 0
    for (i, r) in results.enumerated() {
      let week = i == 0 ? s : variants[i - 1]
      let got = try r.get().plan
      let own = try Planner.plan(week, options: o).plan
      let a = got.solver.goals.sorted { $0.priority < $1.priority }
      let b = own.solver.goals.sorted { $0.priority < $1.priority }
      #expect(a.count == b.count)
      for (x, y) in zip(a, b) {
        #expect(
          abs(x.objective - y.objective) <= 1e-6 * max(1, abs(y.objective)),
          "seed \(seed) variant \(i) level \(x.priority): \(x.objective) vs \(y.objective)")
      }
      #expect(got.programme.served == own.programme.served, "seed \(seed) variant \(i)")
      let problems = PlanChecker.check(got, against: week)
      #expect(problems.isEmpty, "seed \(seed) variant \(i): \(problems)")
      if i > 0 {
        seeded += got.solver.simplexIterations
        alone += own.solver.simplexIterations
      }
    }
    // Started from the week's own levels, the variants need fewer simplex iterations.
    #expect(seeded < alone, "seed \(seed): \(seeded) seeded, \(alone) alone")
  }

  @Test("the Aulum week's levels start from the carried basis, with fewer simplex iterations")
  func fewerIterations() throws {
    let s = try BuiltIn.aulum()
    let carried = try Self.plan(s, carry: true)
    let fresh = try Self.plan(s, carry: false)
    #expect(carried.solver.simplexIterations < fresh.solver.simplexIterations)
  }
}
