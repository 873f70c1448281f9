import Testing

@testable import GLPK

/// Warm starts handed to GLPK's heuristic callback.
@Suite("Warm start")
struct WarmStartTests {
  @Test("A feasible greedy start is accepted and never beaten by a worse result")
  func accepted() throws {
    let model = TestModels.multiKnapsack(items: 40, seed: 7)
    let start = TestModels.greedyPoint(model)
    #expect(TestModels.isFeasible(start, in: model))
    let startObjective = model.objectiveValue(start)
    let result = try Solver.solve(model, options: with { $0.warmStart = start })
    #expect(result.warmStart == .accepted)
    #expect(result.warmStartMessage == nil)
    #expect(result.termination == .optimal)
    #expect(try #require(result.objective) >= startObjective - 1e-9)
    // Under a time limit far too short to solve, the start guarantees a point at least as
    // good (0.3 s: the root LP, where the start is handed over, takes milliseconds).
    let hard = TestModels.multiKnapsack(items: 100)
    let greedy = TestModels.greedyPoint(hard)
    let limited = try Solver.solve(
      hard,
      options: with {
        $0.warmStart = greedy
        $0.timeLimit = 0.3
      })
    #expect(limited.warmStart == .accepted)
    #expect(limited.termination == .timeLimit)
    #expect(limited.pointStatus == .feasible)
    #expect(try #require(limited.objective) >= hard.objectiveValue(greedy) - 1e-9)
    #expect(TestModels.isFeasible(limited.values, in: hard))
  }

  @Test("Near-integral values are rounded before the hand-over")
  func rounded() throws {
    let model = TestModels.multiKnapsack(items: 30)
    let start = TestModels.greedyPoint(model).map { $0 == 1 ? 1 - 4e-7 : 3e-7 }
    let result = try Solver.solve(model, options: with { $0.warmStart = start })
    #expect(result.warmStart == .accepted)
  }

  @Test("An infeasible start is rejected in Swift")
  func rejected() throws {
    let model = TestModels.multiKnapsack(items: 30)
    let everything = [Double](repeating: 1, count: model.variableCount)
    let result = try Solver.solve(model, options: with { $0.warmStart = everything })
    #expect(result.warmStart == .rejectedInfeasible)
    #expect(result.warmStartMessage?.contains("capacity[0]") == true)
    #expect(result.termination == .optimal)

    var fractional = TestModels.greedyPoint(model)
    fractional[3] = 0.5
    let second = try Solver.solve(model, options: with { $0.warmStart = fractional })
    #expect(second.warmStart == .rejectedInfeasible)
    #expect(second.warmStartMessage?.contains("x[3]") == true)

    var outOfBounds = TestModels.greedyPoint(model)
    outOfBounds[0] = -1
    let third = try Solver.solve(model, options: with { $0.warmStart = outOfBounds })
    #expect(third.warmStart == .rejectedInfeasible)
  }

  @Test("A start is not used for LPs or with presolve")
  func notUsed() throws {
    let model = TestModels.multiKnapsack(items: 30)
    let start = TestModels.greedyPoint(model)
    let relaxed = try Solver.solve(
      model,
      options: with {
        $0.warmStart = start
        $0.relaxIntegrality = true
      })
    #expect(relaxed.warmStart == .notUsed)
    let presolved = try Solver.solve(
      model,
      options: with {
        $0.warmStart = start
        $0.presolve = true
      })
    #expect(presolved.warmStart == .notUsed)
    #expect(presolved.termination == .optimal)
    let none = try Solver.solve(model)
    #expect(none.warmStart == .notGiven)
  }

  @Test("Malformed starts are errors")
  func malformed() throws {
    let model = TestModels.knapsack()
    #expect(throws: SolverError.self) {
      try Solver.solve(model, options: with { $0.warmStart = [1, 0] })
    }
    do {
      _ = try Solver.solve(model, options: with { $0.warmStart = [1, .nan, 0] })
      Issue.record("expected an error")
    } catch {
      guard case .invalidModel(.invalidWarmStart(let text)) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(text.contains("'b'"))
    }
  }
}
