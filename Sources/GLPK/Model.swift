/// The direction of optimisation.
public enum ObjectiveSense: Sendable {
  /// Find the smallest objective value.
  case minimize
  /// Find the largest objective value.
  case maximize
}

/// The domain of a variable.
public enum VariableKind: Sendable, Equatable {
  /// A real-valued variable.
  case continuous
  /// An integer-valued variable (its finite bounds must be integral).
  case integer
  /// A 0/1 variable: an integer variable whose bounds lie within [0, 1].
  case binary
}

/// A handle to a variable of a ``Model``: its 0-based position in the model.
public struct Variable: Hashable, Sendable {
  /// The 0-based index of the variable in its model.
  public let index: Int

  /// Makes a handle for the variable at `index` (0-based) of some model.
  ///
  /// Handles are normally returned by ``Model/addVariable(_:kind:lower:upper:objective:)``;
  /// a handle made here is checked against the model by ``Model/validate()`` when it is used
  /// in a constraint.
  public init(index: Int) {
    self.index = index
  }
}

/// A handle to a constraint of a ``Model``: its 0-based position in the model.
public struct Constraint: Hashable, Sendable {
  /// The 0-based index of the constraint in its model.
  public let index: Int

  /// Makes a handle for the constraint at `index` (0-based) of some model.
  public init(index: Int) {
    self.index = index
  }
}

/// The bounds of a linear constraint's activity (the sum of its terms).
public enum ConstraintBound: Sendable, Equatable {
  /// activity <= value.
  case lessOrEqual(Double)
  /// activity >= value.
  case greaterOrEqual(Double)
  /// activity == value.
  case equal(Double)
  /// lower <= activity <= upper.
  case range(Double, Double)

  /// The lower bound, or nil when there is none.
  public var lower: Double? {
    switch self {
    case .lessOrEqual: nil
    case .greaterOrEqual(let b), .equal(let b): b
    case .range(let l, _): l
    }
  }

  /// The upper bound, or nil when there is none.
  public var upper: Double? {
    switch self {
    case .greaterOrEqual: nil
    case .lessOrEqual(let b), .equal(let b): b
    case .range(_, let u): u
    }
  }
}

/// A linear model as a pure Swift value (no C inside; cheap to copy and build).
///
/// A model holds variables (columns) with bounds, kinds and objective coefficients, and
/// linear constraints (rows). Building a model never touches GLPK and never fails: every
/// problem (a non-finite number, a duplicate name, a term that refers to a variable that
/// does not exist) is reported by ``validate()``, which ``Solver/solve(_:options:)`` and the
/// exports call first, so no model written in Swift can make GLPK abort the process.
///
/// Names follow GLPK's rules plus one of this binding: 1 to 255 UTF-8 bytes, no control
/// characters and no white space (GLPK would turn spaces into `_` in LP and MPS files, so
/// two names could collide there). Every variable and every constraint needs a unique name;
/// the model name may be empty and may contain spaces.
///
/// Accessors that take a ``Variable`` or ``Constraint`` trap on a handle that is out of
/// range, like an array subscript.
public struct Model: Sendable {
  struct Column: Sendable {
    var name: String
    var kind: VariableKind
    var lower: Double?
    var upper: Double?
    var objective: Double
  }

  struct Row: Sendable {
    var name: String
    var columns: [Int]
    var coefficients: [Double]
    var bound: ConstraintBound
  }

  /// The model's name (may be empty), written into exported LP and MPS text.
  public var name: String
  /// The direction of optimisation; `.minimize` by default.
  public var sense: ObjectiveSense = .minimize
  /// A constant added to the objective; 0 by default.
  public var objectiveConstant: Double = 0

  var columns: [Column] = []
  var rows: [Row] = []

  /// How many of the first variables and constraints ``validateOnce()`` found with valid names,
  /// unique among them. Names never change once added, so this holds for every copy of the
  /// model, whatever is added to it later; ``validate()`` checks only the names after it.
  struct CheckedNames: Sendable, Equatable {
    var columns = 0
    var rows = 0
  }
  var checkedNames = CheckedNames()

  /// Makes an empty model.
  public init(name: String = "") {
    self.name = name
  }

  /// The number of variables.
  public var variableCount: Int { columns.count }

  /// The number of constraints.
  public var constraintCount: Int { rows.count }

  /// All variables, in index order.
  public var variables: [Variable] { columns.indices.map { Variable(index: $0) } }

  /// All constraints, in index order.
  public var constraints: [Constraint] { rows.indices.map { Constraint(index: $0) } }

  /// Adds a variable and returns its handle.
  ///
  /// A `nil` lower bound means minus infinity and a `nil` upper bound plus infinity;
  /// `-.infinity` and `.infinity` in those places mean the same. For `.binary` the bounds
  /// are set to [0, 1] and the arguments are ignored.
  @discardableResult
  public mutating func addVariable(
    _ name: String,
    kind: VariableKind = .continuous,
    lower: Double? = 0,
    upper: Double? = nil,
    objective: Double = 0
  ) -> Variable {
    let (l, u) = kind == .binary ? (0, 1) : Self.normalized(lower: lower, upper: upper)
    columns.append(Column(name: name, kind: kind, lower: l, upper: u, objective: objective))
    return Variable(index: columns.count - 1)
  }

  /// Adds a constraint `bound` on the sum of `terms` (variable, coefficient) and returns
  /// its handle.
  ///
  /// Terms with a zero coefficient are kept in the model but not handed to GLPK. A variable
  /// may appear only once per constraint (``validate()`` reports a repeated one).
  @discardableResult
  public mutating func addConstraint(
    _ name: String,
    _ terms: [(Variable, Double)],
    _ bound: ConstraintBound
  ) -> Constraint {
    rows.append(
      Row(
        name: name,
        columns: terms.map { $0.0.index },
        coefficients: terms.map { $0.1 },
        bound: bound
      )
    )
    return Constraint(index: rows.count - 1)
  }

  /// Sets the objective coefficient of `v`.
  public mutating func setObjectiveCoefficient(_ v: Variable, _ c: Double) {
    columns[checked: v].objective = c
  }

  /// Sets the bounds of `v` (`nil` = unbounded on that side).
  ///
  /// This also works for a `.binary` variable, for example to fix it at 0 or 1; its bounds
  /// must then stay within [0, 1] (``validate()`` checks).
  public mutating func setBounds(_ v: Variable, lower: Double?, upper: Double?) {
    let (l, u) = Self.normalized(lower: lower, upper: upper)
    columns[checked: v].lower = l
    columns[checked: v].upper = u
  }

  /// Sets the kind of `v`; making it `.binary` also sets its bounds to [0, 1].
  public mutating func setKind(_ v: Variable, _ kind: VariableKind) {
    columns[checked: v].kind = kind
    if kind == .binary {
      columns[checked: v].lower = 0
      columns[checked: v].upper = 1
    }
  }

  /// Replaces the bound of constraint `c`.
  public mutating func setBound(_ c: Constraint, _ bound: ConstraintBound) {
    rows[checked: c].bound = bound
  }

  /// The objective coefficient of `v`.
  public func objectiveCoefficient(_ v: Variable) -> Double { columns[checked: v].objective }

  /// The name of `v`.
  public func name(of v: Variable) -> String { columns[checked: v].name }

  /// The kind of `v`.
  public func kind(of v: Variable) -> VariableKind { columns[checked: v].kind }

  /// The bounds of `v` (`nil` = unbounded on that side).
  public func bounds(of v: Variable) -> (lower: Double?, upper: Double?) {
    let column = columns[checked: v]
    return (column.lower, column.upper)
  }

  /// The name of `c`.
  public func name(of c: Constraint) -> String { rows[checked: c].name }

  /// The terms (variable, coefficient) of `c`, in the order they were given.
  public func terms(of c: Constraint) -> [(Variable, Double)] {
    let row = rows[checked: c]
    return zip(row.columns, row.coefficients).map { (Variable(index: $0.0), $0.1) }
  }

  /// The bound of `c`.
  public func bound(of c: Constraint) -> ConstraintBound { rows[checked: c].bound }

  /// Whether the model has an integer or binary variable.
  public var hasIntegerVariables: Bool { columns.contains { $0.kind != .continuous } }

  /// The objective value of a point: `objectiveConstant + sum c_j x_j`.
  ///
  /// - Precondition: `x` has one value per variable.
  public func objectiveValue(_ x: [Double]) -> Double {
    precondition(
      x.count == columns.count,
      "objectiveValue: \(x.count) values given for \(columns.count) variables"
    )
    var sum = objectiveConstant
    for (column, value) in zip(columns, x) { sum += column.objective * value }
    return sum
  }

  /// The activity (sum of terms) of constraint `c` at point `x`.
  ///
  /// - Precondition: `x` has one value per variable and the constraint's terms refer to
  ///   existing variables.
  public func activity(of c: Constraint, at x: [Double]) -> Double {
    let row = rows[checked: c]
    var sum = 0.0
    for (j, a) in zip(row.columns, row.coefficients) { sum += a * x[j] }
    return sum
  }

  /// Turns infinite bounds on the right side into `nil`; anything else is kept for
  /// ``validate()`` to judge.
  static func normalized(lower: Double?, upper: Double?) -> (Double?, Double?) {
    let l = lower == -.infinity ? nil : lower
    let u = upper == .infinity ? nil : upper
    return (l, u)
  }
}

extension Array where Element == Model.Column {
  subscript(checked v: Variable) -> Model.Column {
    get {
      precondition(indices.contains(v.index), "variable index \(v.index) is out of range")
      return self[v.index]
    }
    set {
      precondition(indices.contains(v.index), "variable index \(v.index) is out of range")
      self[v.index] = newValue
    }
  }
}

extension Array where Element == Model.Row {
  subscript(checked c: Constraint) -> Model.Row {
    get {
      precondition(indices.contains(c.index), "constraint index \(c.index) is out of range")
      return self[c.index]
    }
    set {
      precondition(indices.contains(c.index), "constraint index \(c.index) is out of range")
      self[c.index] = newValue
    }
  }
}
