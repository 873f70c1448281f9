import Testing

@testable import GLPK

/// A model with some variables fixed and taken out (the neighbourhoods of a big part).
@Suite("Restriction")
struct RestrictionTests {
  @Test("Fixing half a knapsack: a smaller model whose points are the original's")
  func halfFixed() throws {
    let model = TestModels.multiKnapsack(items: 40, seed: 7)
    let start = TestModels.greedyPoint(model)
    var fixed = [Double?](repeating: nil, count: model.variableCount)
    for j in stride(from: 0, to: model.variableCount, by: 2) { fixed[j] = start[j] }
    let r = model.restricted(fixing: fixed)
    #expect(r.consistent)
    #expect(r.model.variableCount == model.variableCount / 2)
    #expect(r.original == Array(stride(from: 1, to: model.variableCount, by: 2)))
    // The start, restricted and expanded again, is itself, with the same objective.
    let y = r.restrict(start)
    #expect(r.expand(y) == start)
    #expect(abs(r.model.objectiveValue(y) - model.objectiveValue(start)) < 1e-9)
    #expect(r.model.isFeasible(y))
    // The smaller model's optimum, expanded, is feasible in the original, at least as good as
    // the start, and no better than the original's optimum.
    let small = try Solver.solve(r.model, options: with { $0.warmStart = y })
    let whole = try Solver.solve(model, options: SolveOptions())
    let x = r.expand(small.values)
    #expect(model.isFeasible(x))
    expectFixed(x, fixed)
    let value = model.objectiveValue(x)
    #expect(abs(value - (small.objective ?? .nan)) < 1e-6)
    #expect(value >= model.objectiveValue(start) - 1e-9)
    #expect(value <= (whole.objective ?? .nan) + 1e-6)
  }

  @Test("A row broken by the fixed values alone makes the restriction inconsistent")
  func inconsistent() {
    var m = Model()
    let a = m.addVariable("a", kind: .binary)
    let b = m.addVariable("b", kind: .binary)
    let c = m.addVariable("c", kind: .binary)
    m.addConstraint("ab", [(a, 1), (b, 1)], .lessOrEqual(1))
    m.addConstraint("bc", [(b, 1), (c, 1)], .greaterOrEqual(1))
    let broken = m.restricted(fixing: [1, 1, nil])
    #expect(!broken.consistent)
    let fine = m.restricted(fixing: [1, 0, nil])
    #expect(fine.consistent)
    // Row ab lost its variables and is dropped; bc keeps c with its bound moved: c >= 1.
    #expect(fine.model.constraintCount == 1)
    #expect(fine.model.bound(of: Constraint(index: 0)) == .greaterOrEqual(1))
  }
}

/// Every fixed variable kept its value.
private func expectFixed(_ x: [Double], _ fixed: [Double?]) {
  for (j, v) in fixed.enumerated() { if let v { #expect(x[j] == v) } }
}
