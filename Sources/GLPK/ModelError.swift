/// A problem in a ``Model`` or in the options of a solve, found before GLPK is called.
///
/// Names in the payloads are the names given in the model, so a message can point at the
/// variable or constraint to fix.
public enum ModelError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An objective coefficient (`constraint == nil`) or a constraint coefficient is NaN or
  /// infinite.
  case nonFiniteCoefficient(constraint: String?, variable: String)
  /// The objective constant is NaN or infinite.
  case nonFiniteObjectiveConstant
  /// A bound of the named variable or constraint is NaN, or infinite on the wrong side
  /// (variable bounds of -inf/+inf on the proper side mean "no bound"; constraint bounds
  /// must be finite).
  case nonFiniteBound(String)
  /// The lower bound of the named variable or range constraint is above its upper bound.
  case lowerAboveUpper(String, lower: Double, upper: Double)
  /// The named integer or binary variable has a bound that is not a whole number.
  case nonIntegralBoundOnInteger(String)
  /// The named binary variable has bounds outside [0, 1].
  case binaryBoundsOutsideUnitInterval(String)
  /// A term of the named constraint refers to a variable index the model does not have.
  case variableIndexOutOfRange(constraint: String, index: Int)
  /// Two variables have the same name.
  case duplicateVariableName(String)
  /// Two constraints have the same name.
  case duplicateConstraintName(String)
  /// The variable at this 0-based index has an empty name.
  case unnamedVariable(index: Int)
  /// The constraint at this 0-based index has an empty name.
  case unnamedConstraint(index: Int)
  /// A name is longer than 255 UTF-8 bytes or contains white space or a control character.
  case invalidName(String)
  /// A variable appears more than once in the same constraint.
  case duplicateTermInConstraint(constraint: String, variable: String)
  /// The model exceeds GLPK's size limits (described in the payload).
  case tooLarge(String)
  /// A solve option is invalid (described in the payload).
  case invalidParameter(String)
  /// The warm start is unusable: wrong length or a non-finite value (described).
  case invalidWarmStart(String)

  /// A clear English sentence naming what is wrong and where.
  public var description: String {
    switch self {
    case .nonFiniteCoefficient(let constraint?, let variable):
      "The coefficient of variable '\(variable)' in constraint '\(constraint)' is not finite."
    case .nonFiniteCoefficient(nil, let variable):
      "The objective coefficient of variable '\(variable)' is not finite."
    case .nonFiniteObjectiveConstant:
      "The objective constant is not finite."
    case .nonFiniteBound(let name):
      "A bound of '\(name)' is NaN or infinite on the wrong side; use nil for no bound."
    case .lowerAboveUpper(let name, let lower, let upper):
      "The lower bound \(lower) of '\(name)' is above its upper bound \(upper)."
    case .nonIntegralBoundOnInteger(let name):
      "The integer variable '\(name)' has a bound that is not a whole number."
    case .binaryBoundsOutsideUnitInterval(let name):
      "The binary variable '\(name)' has bounds outside [0, 1]."
    case .variableIndexOutOfRange(let constraint, let index):
      "Constraint '\(constraint)' refers to variable index \(index), which the model does "
        + "not have."
    case .duplicateVariableName(let name):
      "Two variables are named '\(name)'; variable names must be unique."
    case .duplicateConstraintName(let name):
      "Two constraints are named '\(name)'; constraint names must be unique."
    case .unnamedVariable(let index):
      "The variable at index \(index) has an empty name; every variable needs a name."
    case .unnamedConstraint(let index):
      "The constraint at index \(index) has an empty name; every constraint needs a name."
    case .invalidName(let name):
      "The name '\(name)' is not allowed: names must be 1 to 255 UTF-8 bytes long, "
        + "without white space or control characters."
    case .duplicateTermInConstraint(let constraint, let variable):
      "Variable '\(variable)' appears more than once in constraint '\(constraint)'; "
        + "add its coefficients into one term."
    case .tooLarge(let detail):
      "The model is too large for GLPK: \(detail)."
    case .invalidParameter(let detail):
      "Invalid solve option: \(detail)."
    case .invalidWarmStart(let detail):
      "Invalid warm start: \(detail)."
    }
  }
}

extension Model {
  /// GLPK's limits on rows, columns and constraint coefficients.
  static let maxRows = 100_000_000
  static let maxColumns = 100_000_000
  static let maxNonZeros = 500_000_000

  /// Throws the first problem found (typed). Solve and export call this first.
  ///
  /// Checks names (see ``Model``), that every number is finite, that bounds are ordered,
  /// that integer and binary variables have integral bounds (binary ones within [0, 1]),
  /// that every term refers to an existing variable at most once per constraint, and
  /// GLPK's size limits. A model that passes can be handed to GLPK without any risk of a
  /// fatal GLPK error.
  ///
  /// The names of the first variables and constraints that ``validateOnce()`` found valid are
  /// not checked again (names never change once added): every number, bound and term is.
  public func validate() throws(ModelError) {
    if !name.isEmpty, !Self.isValidName(name, allowSpaces: true) {
      throw .invalidName(name)
    }
    let checked = checkedNames
    // Names added after the checked ones: few (a goal level's row) are compared with every
    // earlier name; many, or none checked yet, are checked with a set of all names.
    let fewColumns = checked.columns > 0 && columns.count - checked.columns <= Self.fewNewNames
    let fewRows = checked.rows > 0 && rows.count - checked.rows <= Self.fewNewNames
    guard objectiveConstant.isFinite else { throw .nonFiniteObjectiveConstant }
    guard columns.count <= Self.maxColumns else {
      throw .tooLarge("\(columns.count) variables (GLPK allows \(Self.maxColumns))")
    }
    guard rows.count <= Self.maxRows else {
      throw .tooLarge("\(rows.count) constraints (GLPK allows \(Self.maxRows))")
    }
    var columnNames = Set<String>(minimumCapacity: fewColumns ? 0 : columns.count)
    for (j, column) in columns.enumerated() {
      if j >= checked.columns {
        try Self.checkName(column.name, index: j, isVariable: true)
        if fewColumns {
          if columns[..<j].contains(where: { $0.name == column.name }) {
            throw .duplicateVariableName(column.name)
          }
        } else if !columnNames.insert(column.name).inserted {
          throw .duplicateVariableName(column.name)
        }
      } else if !fewColumns {
        columnNames.insert(column.name)
      }
      try Self.checkColumn(column)
    }
    var rowNames = Set<String>(minimumCapacity: fewRows ? 0 : rows.count)
    var seen = [Int](repeating: -1, count: columns.count)
    var nonZeros = 0
    for (i, row) in rows.enumerated() {
      if i >= checked.rows {
        try Self.checkName(row.name, index: i, isVariable: false)
        if fewRows {
          if rows[..<i].contains(where: { $0.name == row.name }) {
            throw .duplicateConstraintName(row.name)
          }
        } else if !rowNames.insert(row.name).inserted {
          throw .duplicateConstraintName(row.name)
        }
      } else if !fewRows {
        rowNames.insert(row.name)
      }
      for (j, a) in zip(row.columns, row.coefficients) {
        guard j >= 0, j < columns.count else {
          throw .variableIndexOutOfRange(constraint: row.name, index: j)
        }
        guard a.isFinite else {
          throw .nonFiniteCoefficient(constraint: row.name, variable: columns[j].name)
        }
        guard seen[j] != i else {
          throw .duplicateTermInConstraint(constraint: row.name, variable: columns[j].name)
        }
        seen[j] = i
        if a != 0 { nonZeros += 1 }
      }
      try Self.checkBound(row.bound, name: row.name)
    }
    guard nonZeros <= Self.maxNonZeros else {
      throw .tooLarge("\(nonZeros) non-zero coefficients (GLPK allows \(Self.maxNonZeros))")
    }
  }

  /// Up to this many names added after the checked ones are compared one by one with the
  /// earlier names instead of through a set of all names.
  static let fewNewNames = 16

  /// Validates like ``validate()`` and remembers that every name so far is valid and unique:
  /// later validations of this model and of its copies check only the names added after this
  /// call (a goal level's fixing row, say), so a model solved level after level has its names
  /// checked once. The numbers, bounds and terms are still checked at every validation.
  public mutating func validateOnce() throws(ModelError) {
    try validate()
    checkedNames = CheckedNames(columns: columns.count, rows: rows.count)
  }

  private static func checkName(_ name: String, index: Int, isVariable: Bool) throws(ModelError) {
    if name.isEmpty {
      throw isVariable ? .unnamedVariable(index: index) : .unnamedConstraint(index: index)
    }
    guard isValidName(name, allowSpaces: false) else { throw .invalidName(name) }
  }

  /// GLPK's name rules (at most 255 bytes, no control characters), plus no white space in
  /// variable and constraint names.
  ///
  /// ASCII names (all of Milen's) are judged byte by byte: a control character is below 0x20
  /// or 0x7F, and the only ASCII white space besides the controls is the space. Other names
  /// take the Unicode property lookups.
  static func isValidName(_ name: String, allowSpaces: Bool) -> Bool {
    guard name.utf8.count <= 255 else { return false }
    var ascii = true
    for byte in name.utf8 {
      if byte >= 0x80 {
        ascii = false
        break
      }
      if byte < 0x20 || byte == 0x7F || (byte == 0x20 && !allowSpaces) { return false }
    }
    if ascii { return true }
    for scalar in name.unicodeScalars {
      if scalar.properties.generalCategory == .control { return false }
      if scalar.properties.isWhitespace, !(allowSpaces && scalar == " ") { return false }
    }
    return true
  }

  private static func checkColumn(_ column: Column) throws(ModelError) {
    guard column.objective.isFinite else {
      throw .nonFiniteCoefficient(constraint: nil, variable: column.name)
    }
    // After normalisation only finite values are acceptable here.
    if let l = column.lower, !l.isFinite { throw .nonFiniteBound(column.name) }
    if let u = column.upper, !u.isFinite { throw .nonFiniteBound(column.name) }
    if let l = column.lower, let u = column.upper, l > u {
      throw .lowerAboveUpper(column.name, lower: l, upper: u)
    }
    switch column.kind {
    case .continuous:
      break
    case .integer:
      if let l = column.lower, l.rounded() != l { throw .nonIntegralBoundOnInteger(column.name) }
      if let u = column.upper, u.rounded() != u { throw .nonIntegralBoundOnInteger(column.name) }
    case .binary:
      guard let l = column.lower, let u = column.upper, l >= 0, u <= 1 else {
        throw .binaryBoundsOutsideUnitInterval(column.name)
      }
      if l.rounded() != l || u.rounded() != u { throw .nonIntegralBoundOnInteger(column.name) }
    }
  }

  private static func checkBound(_ bound: ConstraintBound, name: String) throws(ModelError) {
    switch bound {
    case .lessOrEqual(let b), .greaterOrEqual(let b), .equal(let b):
      guard b.isFinite else { throw .nonFiniteBound(name) }
    case .range(let l, let u):
      guard l.isFinite, u.isFinite else { throw .nonFiniteBound(name) }
      guard l <= u else { throw .lowerAboveUpper(name, lower: l, upper: u) }
    }
  }
}
