import Foundation
import Testing

@testable import GLPK

/// What a branch-and-bound search reports beyond its result, and the process settings a solve
/// makes (issue 22).
@Suite("Search facts")
struct SearchFactsTests {
  @Test("the last improvement's node lies within the search, and is nil without a solution")
  func lastImprovement() throws {
    let model = TestModels.multiKnapsack(items: 30, seed: 5)
    let r = try Solver.solve(model)
    #expect(r.termination == .optimal)
    let last = try #require(r.lastImprovementNode)
    #expect(last >= 0 && last <= r.nodes, "\(last) of \(r.nodes) nodes")
    // Started from the optimum itself: nothing better is ever found after the root.
    let held = try Solver.solve(model, options: with { $0.warmStart = r.values })
    #expect(held.warmStart == .accepted)
    #expect(approx(held.objective, r.objective))
    #expect(try #require(held.lastImprovementNode) <= 1)

    var infeasible = Model(name: "infeasible")
    let x = infeasible.addVariable("x", kind: .integer, upper: 3, objective: 1)
    infeasible.addConstraint("tooMuch", [(x, 1)], .greaterOrEqual(5))
    let none = try Solver.solve(infeasible)
    #expect(none.termination == .infeasible)
    #expect(none.lastImprovementNode == nil)
  }

  @Test("a solve keeps freed memory for the next allocation, unless the process chose its own")
  func freedMemoryKept() throws {
    _ = try Solver.solve(TestModels.knapsack())
    #if canImport(Glibc)
      let own =
        ProcessInfo.processInfo.environment["MALLOC_TRIM_THRESHOLD_"] != nil
        || ProcessInfo.processInfo.environment["GLIBC_TUNABLES"]?.contains("trim_threshold")
          == true
      #expect(MemoryPolicy.applied == !own)
    #else
      #expect(!MemoryPolicy.applied)
    #endif
  }
}
