import Testing

@testable import GLPK

/// Starting bases carried from one solve to the next (``SolveOptions/basis``).
@Suite("Basis")
struct BasisTests {
  /// A lexicographic pair: the multi-knapsack's value first, then, with that value held by a
  /// row added at the end, the least weight in the first dimension (as a maximised negation).
  static func secondLevel(_ first: Model, holding value: Double) -> Model {
    var m = first
    let terms = m.variables.map { ($0, m.objectiveCoefficient($0)) }
    m.addConstraint("held", terms, .greaterOrEqual(value - 1e-6 * max(1, abs(value))))
    let weights = m.terms(of: m.constraints[0])
    for v in m.variables { m.setObjectiveCoefficient(v, 0) }
    for (v, w) in weights { m.setObjectiveCoefficient(v, -w) }
    return m
  }

  @Test("The previous level's basis gives the same optimum with fewer iterations (LP)")
  func carriedLP() throws {
    let first = TestModels.multiKnapsack(items: 300, seed: 11)
    let lp = with { $0.relaxIntegrality = true }
    let one = try Solver.solve(first, options: lp)
    #expect(one.termination == .optimal)
    let basis = try #require(one.basis)
    #expect(basis.rows.count == first.constraintCount)
    #expect(basis.columns.count == first.variableCount)
    #expect(basis.basicCount == first.constraintCount)
    #expect(one.basisOutcome == .notGiven)

    let second = Self.secondLevel(first, holding: try #require(one.objective))
    let scratch = try Solver.solve(second, options: lp)
    let carried = try Solver.solve(
      second,
      options: with {
        $0.relaxIntegrality = true
        $0.basis = basis.addingBasicRows(1)
      })
    #expect(carried.basisOutcome == .used)
    #expect(carried.termination == .optimal)
    #expect(approx(carried.objective, scratch.objective))
    #expect(carried.simplexIterations < scratch.simplexIterations)
  }

  @Test("A MIP's root LP starts from the carried basis: same optimum, fewer root iterations")
  func carriedMIP() throws {
    let first = TestModels.multiKnapsack(items: 24, seed: 3)
    let one = try Solver.solve(first)
    #expect(one.termination == .optimal)
    let basis = try #require(one.basis)
    #expect(one.relaxationIterations != nil)
    let second = Self.secondLevel(first, holding: try #require(one.objective))
    let scratch = try Solver.solve(second)
    let carried = try Solver.solve(second, options: with { $0.basis = basis.addingBasicRows(1) })
    #expect(carried.basisOutcome == .used)
    #expect(carried.termination == .optimal)
    #expect(approx(carried.objective, scratch.objective))
    #expect(try #require(carried.relaxationIterations) < #require(scratch.relaxationIterations))
  }

  @Test("A basis of the wrong size or with the wrong number of basic statuses is refused")
  func refused() throws {
    let model = TestModels.multiKnapsack(items: 20)
    let good = try #require(try Solver.solve(model).basis)
    let short = Basis(rows: good.rows, columns: Array(good.columns.dropLast()))
    #expect(throws: SolverError.self) {
      try Solver.solve(model, options: with { $0.basis = short })
    }
    // The rows of another model: one status too many.
    #expect(throws: SolverError.self) {
      try Solver.solve(model, options: with { $0.basis = good.addingBasicRows(1) })
    }
    var allLower = good
    allLower.columns = allLower.columns.map { _ in .lower }
    allLower.rows = allLower.rows.map { _ in .lower }
    do {
      _ = try Solver.solve(model, options: with { $0.basis = allLower })
      Issue.record("a basis without basic statuses was accepted")
    } catch {
      #expect("\(error)".contains("basic"))
    }
  }

  @Test("A singular basis is dropped for one built from scratch")
  func singular() throws {
    var model = Model(name: "dependent")
    model.sense = .maximize
    let x = model.addVariable("x", lower: 0, upper: 10, objective: 1)
    let y = model.addVariable("y", lower: 0, upper: 10, objective: 2)
    model.addConstraint("a", [(x, 1), (y, 1)], .lessOrEqual(4))
    model.addConstraint("b", [(x, 2), (y, 2)], .lessOrEqual(10))
    // x and y basic for rows a and b: the basis matrix [[1, 1], [2, 2]] is singular.
    let singular = Basis(rows: [.lower, .lower], columns: [.basic, .basic])
    let r = try Solver.solve(model, options: with { $0.basis = singular })
    #expect(r.basisOutcome == .rejected)
    #expect(r.termination == .optimal)
    #expect(approx(r.objective, 8))
  }
}
