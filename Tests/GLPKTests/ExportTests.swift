import Testing

@testable import GLPK

/// LP and MPS text written by GLPK, and MPS read back.
@Suite("Export and import")
struct ExportTests {
  static let models: [Model] = [
    TestModels.knapsack(constant: 7.5), TestModels.assignment(), TestModels.facilityLocation(),
    TestModels.ranged(.maximize), TestModels.ranged(.minimize), TestModels.equalitySystem(),
    TestModels.wyndor(), TestModels.integerGap(), TestModels.generalInteger(),
    TestModels.multiKnapsack(items: 25),
  ]

  @Test("MPS round trip keeps the model and its optimum")
  func mpsRoundTrip() throws {
    for model in Self.models {
      let text = try model.mpsText()
      let back = try Model(mpsText: text)
      #expect(back.name == model.name)
      #expect(back.sense == model.sense)
      #expect(back.objectiveConstant == model.objectiveConstant)
      #expect(back.variableCount == model.variableCount)
      #expect(back.constraintCount == model.constraintCount)
      for v in model.variables {
        #expect(back.name(of: v) == model.name(of: v))
        #expect(back.kind(of: v) == model.kind(of: v))
        #expect(back.bounds(of: v) == model.bounds(of: v), "\(model.name(of: v))")
        #expect(back.objectiveCoefficient(v) == model.objectiveCoefficient(v))
      }
      for c in model.constraints {
        #expect(back.name(of: c) == model.name(of: c))
        #expect(back.bound(of: c) == model.bound(of: c))
        let original = model.terms(of: c).map { ($0.0.index, $0.1) }.sorted { $0.0 < $1.0 }
        let read = back.terms(of: c).map { ($0.0.index, $0.1) }.sorted { $0.0 < $1.0 }
        #expect(original.map(\.0) == read.map(\.0))
        #expect(original.map(\.1) == read.map(\.1))
      }
      let a = try Solver.solve(model)
      let b = try Solver.solve(back)
      #expect(a.termination == .optimal && b.termination == .optimal)
      #expect(approx(a.objective, b.objective), "\(model.name)")
    }
  }

  @Test("Integer variables with other bounds survive the round trip")
  func kinds() throws {
    var model = Model(name: "kinds")
    let a = model.addVariable("a", kind: .integer, objective: 1)  // [0, +inf)
    let b = model.addVariable("b", kind: .integer, lower: nil, upper: 5, objective: 1)
    let c = model.addVariable("c", kind: .integer, lower: -3, upper: 7, objective: 1)
    let d = model.addVariable("d", kind: .integer, lower: 2, upper: 2, objective: 1)
    let e = model.addVariable("e", lower: nil, upper: nil, objective: 1)
    let f = model.addVariable("f", kind: .integer, lower: nil, upper: nil, objective: 1)
    model.addConstraint("row", [(a, 1), (b, 1), (c, 1), (d, 1), (e, 1), (f, 1)], .equal(4))
    let back = try Model(mpsText: try model.mpsText())
    for v in model.variables {
      #expect(back.kind(of: v) == model.kind(of: v), "\(model.name(of: v))")
      #expect(back.bounds(of: v) == model.bounds(of: v), "\(model.name(of: v))")
    }
  }

  @Test("A variable in no constraint and not in the objective survives the round trip")
  func isolatedVariable() throws {
    var model = TestModels.wyndor()
    model.addVariable("idle", lower: -2, upper: 3)
    let back = try Model(mpsText: try model.mpsText())
    #expect(back.variableCount == 3)
    #expect(back.bounds(of: Variable(index: 2)) == (-2, 3))
    #expect(back.terms(of: Constraint(index: 0)).count == 1)
    #expect(approx(try Solver.solve(back).objective, 36))
  }

  @Test("Spaces in the model name become underscores in MPS")
  func modelName() throws {
    var model = TestModels.wyndor()
    model.name = "Aulum week 12"
    #expect(try Model(mpsText: try model.mpsText()).name == "Aulum_week_12")
  }

  @Test("LP text names the variables and the sense")
  func lpText() throws {
    let text = try TestModels.wyndor().lpText()
    #expect(text.contains("Maximize"))
    for name in ["x", "y", "plant1", "plant2", "plant3"] { #expect(text.contains(name)) }
    let knapsack = try TestModels.knapsack().lpText()
    #expect(knapsack.contains("capacity"))
    #expect(knapsack.contains("Binary") || knapsack.contains("Generals"))
  }

  @Test("Models GLPK's MPS writer cannot express are refused")
  func refused() throws {
    var model = TestModels.knapsack()
    model.addConstraint("R0000000", [(Variable(index: 0), 1)], .lessOrEqual(1))
    #expect(throws: SolverError.self) { try model.mpsText() }
    model = TestModels.knapsack()
    model.addVariable("$dollar")
    #expect(throws: SolverError.self) { try model.mpsText() }
    var lonely = Model()
    lonely.addVariable("idle")
    #expect(throws: SolverError.self) { try lonely.mpsText() }
    // An empty model and constraint-free models with objective terms are fine.
    #expect(throws: Never.self) { try Model().mpsText() }
    var free = Model()
    free.addVariable("x", upper: 3, objective: -1)
    let back = try Model(mpsText: try free.mpsText())
    #expect(approx(try Solver.solve(back).objective, -3))
  }

  @Test("Bad MPS text gives GLPK's message with a line number")
  func badText() throws {
    let text = """
      NAME bad
      ROWS
       N obj
       L c1
      COLUMNS
       x obj 1 c2 1
      RHS
       RHS1 c1 4
      ENDATA
      """
    do {
      _ = try Model(mpsText: text)
      Issue.record("expected an import error")
    } catch {
      guard case .importFailed(let message) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(message.contains("line 6"))
      #expect(message.contains("c2"))
      #expect(!message.contains("/tmp"))
    }
    #expect(throws: SolverError.self) { try Model(mpsText: "") }
    #expect(throws: SolverError.self) { try Model(mpsText: "NAME x\nOBJSENSE\n    SIDEWAYS\n") }
  }

  @Test("OBJSENSE on one line and foreign files")
  func foreign() throws {
    let text = """
      NAME foreign
      OBJSENSE MAXIMIZE
      ROWS
       N profit
       L cap
      COLUMNS
       MARKER 'MARKER' 'INTORG'
       x profit 3 cap 2
       MARKER 'MARKER' 'INTEND'
       y profit 2 cap 1
      RHS
       RHS cap 7
      BOUNDS
       UP BND x 10
       UP BND y 1.5
      ENDATA
      """
    let model = try Model(mpsText: text)
    #expect(model.sense == .maximize)
    #expect(model.kind(of: Variable(index: 0)) == .integer)
    #expect(model.bounds(of: Variable(index: 0)) == (0, 10))
    let result = try Solver.solve(model)
    #expect(approx(result.objective, 11))  // x = 3, y = 1
  }
}
