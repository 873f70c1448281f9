import Testing

@testable import GLPK

/// Every ModelError case: found in Swift, before GLPK could abort the process.
@Suite("Model errors")
struct ModelErrorTests {
  /// A valid base: two variables and one constraint.
  static func base() -> (Model, Variable, Variable) {
    var model = Model(name: "base")
    let x = model.addVariable("x", objective: 1)
    let y = model.addVariable("y", kind: .integer, upper: 5, objective: 2)
    model.addConstraint("c", [(x, 1), (y, 1)], .greaterOrEqual(1))
    return (model, x, y)
  }

  /// Checks that validate, solve and both exports all report `expected`.
  func expectError(_ model: Model, _ expected: ModelError) {
    #expect(throws: expected) { try model.validate() }
    do {
      _ = try Solver.solve(model)
      Issue.record("solve accepted an invalid model (\(expected))")
    } catch {
      if case .invalidModel(let found) = error {
        #expect(found == expected)
      } else {
        Issue.record("unexpected error \(error)")
      }
    }
    #expect(throws: SolverError.self) { try model.lpText() }
    #expect(throws: SolverError.self) { try model.mpsText() }
    #expect(!expected.description.isEmpty)
  }

  @Test("The base model is valid")
  func valid() throws {
    try Self.base().0.validate()
  }

  @Test("Non-finite coefficients")
  func nonFiniteCoefficient() {
    var (model, x, y) = Self.base()
    model.setObjectiveCoefficient(x, .nan)
    expectError(model, .nonFiniteCoefficient(constraint: nil, variable: "x"))
    (model, x, y) = Self.base()
    model.addConstraint("bad", [(x, 1), (y, .infinity)], .lessOrEqual(3))
    expectError(model, .nonFiniteCoefficient(constraint: "bad", variable: "y"))
    #expect(
      ModelError.nonFiniteCoefficient(constraint: "bad", variable: "y").description
        .contains("'y' in constraint 'bad'"))
    (model, _, _) = Self.base()
    model.objectiveConstant = -.infinity
    expectError(model, .nonFiniteObjectiveConstant)
  }

  @Test("Non-finite bounds")
  func nonFiniteBound() {
    var (model, x, _) = Self.base()
    model.setBounds(x, lower: .nan, upper: nil)
    expectError(model, .nonFiniteBound("x"))
    (model, x, _) = Self.base()
    model.setBounds(x, lower: .infinity, upper: nil)
    expectError(model, .nonFiniteBound("x"))
    (model, _, _) = Self.base()
    model.setBound(Constraint(index: 0), .lessOrEqual(.infinity))
    expectError(model, .nonFiniteBound("c"))
    // Infinities on the proper side mean "no bound".
    (model, x, _) = Self.base()
    model.setBounds(x, lower: -.infinity, upper: .infinity)
    #expect(model.bounds(of: x).lower == nil && model.bounds(of: x).upper == nil)
    #expect(throws: Never.self) { try model.validate() }
  }

  @Test("Crossed bounds")
  func lowerAboveUpper() {
    var (model, x, _) = Self.base()
    model.setBounds(x, lower: 3, upper: 2)
    expectError(model, .lowerAboveUpper("x", lower: 3, upper: 2))
    (model, _, _) = Self.base()
    model.setBound(Constraint(index: 0), .range(5, 1))
    expectError(model, .lowerAboveUpper("c", lower: 5, upper: 1))
  }

  @Test("Fractional bounds on integer variables")
  func nonIntegralBound() {
    var (model, _, y) = Self.base()
    model.setBounds(y, lower: 0, upper: 2.5)
    expectError(model, .nonIntegralBoundOnInteger("y"))
  }

  @Test("Binary bounds outside [0, 1]")
  func binaryBounds() {
    var (model, _, _) = Self.base()
    let b = model.addVariable("b", kind: .binary, lower: 7, upper: 9)
    #expect(model.bounds(of: b) == (0, 1))  // arguments ignored
    model.setBounds(b, lower: nil, upper: 1)
    expectError(model, .binaryBoundsOutsideUnitInterval("b"))
  }

  @Test("Terms that refer to missing variables")
  func indexOutOfRange() {
    var (model, x, _) = Self.base()
    model.addConstraint("ghost", [(x, 1), (Variable(index: 9), 1)], .lessOrEqual(1))
    expectError(model, .variableIndexOutOfRange(constraint: "ghost", index: 9))
    (model, x, _) = Self.base()
    model.addConstraint("negative", [(Variable(index: -1), 1)], .lessOrEqual(1))
    expectError(model, .variableIndexOutOfRange(constraint: "negative", index: -1))
  }

  @Test("Duplicate names")
  func duplicateNames() {
    var (model, _, _) = Self.base()
    model.addVariable("x")
    expectError(model, .duplicateVariableName("x"))
    (model, _, _) = Self.base()
    model.addConstraint("c", [], .lessOrEqual(1))
    expectError(model, .duplicateConstraintName("c"))
    // A variable and a constraint may share a name.
    (model, _, _) = Self.base()
    model.addVariable("c")
    #expect(throws: Never.self) { try model.validate() }
  }

  @Test("Empty and invalid names")
  func invalidNames() {
    var (model, _, _) = Self.base()
    model.addVariable("")
    expectError(model, .unnamedVariable(index: 2))
    (model, _, _) = Self.base()
    model.addConstraint("", [], .lessOrEqual(1))
    expectError(model, .unnamedConstraint(index: 1))
    let badNames = [
      "has space", "tab\there", "new\nline", "bell\u{7}", String(repeating: "n", count: 256),
    ]
    for bad in badNames {
      (model, _, _) = Self.base()
      model.addVariable(bad)
      expectError(model, .invalidName(bad))
    }
    (model, _, _) = Self.base()
    model.addConstraint("row one", [], .lessOrEqual(1))
    expectError(model, .invalidName("row one"))
    (model, _, _) = Self.base()
    model.name = "bad\u{0}name"
    expectError(model, .invalidName("bad\u{0}name"))
    // Allowed: 255 bytes, brackets, non-ASCII letters; spaces in the model name.
    (model, _, _) = Self.base()
    model.addVariable(String(repeating: "n", count: 255))
    model.addVariable("assign[p07,aubo,mon]")
    model.addVariable("Ærø")
    model.name = "Aulum week 12"
    #expect(throws: Never.self) { try model.validate() }
  }

  @Test("Names are judged the same on the ASCII fast path and the Unicode path")
  func namePaths() {
    // ASCII: controls (below 0x20, DEL) and the space are refused, the rest of ASCII allowed.
    for byte in UInt8(0)..<0x80 {
      let name = "a" + String(UnicodeScalar(byte)) + "b"
      let expected = byte >= 0x21 && byte != 0x7F
      #expect(Model.isValidName(name, allowSpaces: false) == expected, "byte \(byte)")
      #expect(Model.isValidName(name, allowSpaces: true) == (expected || byte == 0x20))
    }
    // Beyond ASCII: Unicode white space and controls are refused, letters allowed.
    for bad in ["a\u{A0}b", "a\u{2003}b", "a\u{85}b", "Ær\u{2028}ø"] {
      #expect(!Model.isValidName(bad, allowSpaces: true), "\(bad.unicodeScalars.map(\.value))")
    }
    #expect(Model.isValidName("Ærø[p1,mon]", allowSpaces: false))
    // A name that is ASCII up to a non-ASCII character is judged whole.
    #expect(!Model.isValidName("abc\u{3000}", allowSpaces: true))
  }

  @Test("Names checked once: what is added later is still checked, numbers always")
  func validateOnce() throws {
    var (checked, x, y) = Self.base()
    try checked.validateOnce()
    #expect(checked.checkedNames == Model.CheckedNames(columns: 2, rows: 1))
    // A few names added after: compared with every earlier name.
    var model = checked
    model.addVariable("x")
    expectError(model, .duplicateVariableName("x"))
    model = checked
    model.addConstraint("c", [(x, 1)], .lessOrEqual(1))
    expectError(model, .duplicateConstraintName("c"))
    model = checked
    model.addConstraint("bad name", [(x, 1)], .lessOrEqual(1))
    expectError(model, .invalidName("bad name"))
    // Many names added after: through a set of all names.
    model = checked
    for k in 0..<40 { model.addConstraint("r\(k)", [(y, 1)], .lessOrEqual(5)) }
    try model.validate()
    model.addConstraint("r3", [(y, 1)], .lessOrEqual(5))
    expectError(model, .duplicateConstraintName("r3"))
    // Numbers, bounds and terms of the checked part are judged at every validation.
    model = checked
    model.setObjectiveCoefficient(y, .nan)
    expectError(model, .nonFiniteCoefficient(constraint: nil, variable: "y"))
    model = checked
    model.setBound(Constraint(index: 0), .range(2, 1))
    expectError(model, .lowerAboveUpper("c", lower: 2, upper: 1))
    // A restriction keeps what was checked, and still checks what it did not.
    var r = checked.restricted(fixing: [nil, 1]).model
    #expect(r.checkedNames == Model.CheckedNames(columns: 1, rows: 1))
    try r.validate()
    r.addVariable("x")
    expectError(r, .duplicateVariableName("x"))
    // Solves of the checked model and of an unchecked copy give the same result.
    let a = try Solver.solve(checked)
    let b = try Solver.solve(Self.base().0)
    #expect(a.objective == b.objective && a.values == b.values)
  }

  @Test("A variable twice in one constraint")
  func duplicateTerm() {
    var (model, x, y) = Self.base()
    model.addConstraint("twice", [(x, 1), (y, 2), (x, 3)], .lessOrEqual(1))
    expectError(model, .duplicateTermInConstraint(constraint: "twice", variable: "x"))
  }

  @Test("Invalid solve options")
  func invalidParameters() {
    let model = Self.base().0
    let limit = "timeLimit must be finite and >= 0, got"
    let gap = "relativeGap must be finite and >= 0, got"
    let cases: [(SolveOptions, ModelError)] = [
      (with { $0.timeLimit = -1 }, .invalidParameter("\(limit) -1.0")),
      (with { $0.timeLimit = .nan }, .invalidParameter("\(limit) nan")),
      (with { $0.timeLimit = .infinity }, .invalidParameter("\(limit) inf")),
      (with { $0.relativeGap = -0.1 }, .invalidParameter("\(gap) -0.1")),
      (with { $0.relativeGap = .nan }, .invalidParameter("\(gap) nan")),
      (
        with { $0.warmStart = [1] },
        .invalidWarmStart("it has 1 values but the model has 2 variables")
      ),
      (
        with { $0.warmStart = [1, .infinity] },
        .invalidWarmStart("the value inf of variable 'y' is not finite")
      ),
    ]
    for (options, expected) in cases {
      do {
        _ = try Solver.solve(model, options: options)
        Issue.record("accepted invalid options (\(expected))")
      } catch {
        guard case .invalidModel(let found) = error else {
          Issue.record("unexpected error \(error)")
          continue
        }
        #expect(found == expected)
      }
    }
  }

  @Test("Descriptions are sentences that name the culprit")
  func descriptions() {
    let errors: [(ModelError, String)] = [
      (.nonFiniteCoefficient(constraint: nil, variable: "v"), "'v'"),
      (.nonFiniteObjectiveConstant, "constant"),
      (.nonFiniteBound("v"), "'v'"),
      (.lowerAboveUpper("v", lower: 2, upper: 1), "'v'"),
      (.nonIntegralBoundOnInteger("v"), "'v'"),
      (.binaryBoundsOutsideUnitInterval("v"), "'v'"),
      (.variableIndexOutOfRange(constraint: "c", index: 4), "'c'"),
      (.duplicateVariableName("v"), "'v'"),
      (.duplicateConstraintName("c"), "'c'"),
      (.unnamedVariable(index: 3), "index 3"),
      (.unnamedConstraint(index: 3), "index 3"),
      (.invalidName("a b"), "'a b'"),
      (.duplicateTermInConstraint(constraint: "c", variable: "v"), "'v'"),
      (.tooLarge("x"), "too large"),
      (.invalidParameter("x"), "option"),
      (.invalidWarmStart("x"), "warm start"),
    ]
    for (error, fragment) in errors {
      #expect(error.description.contains(fragment), "\(error.description)")
      #expect(error.description.hasSuffix("."))
      #expect(SolverError.invalidModel(error).description == error.description)
    }
  }
}
