import CGLPK

/// A simplex basis: one status per constraint and per variable, as GLPK's
/// `glp_get_row_stat`/`glp_get_col_stat` report it.
///
/// A solve returns the optimal basis of its LP (for a MIP, of the LP relaxation solved before
/// branch and bound) in ``SolveResult/basis``; handed to a later solve in
/// ``SolveOptions/basis``, the simplex method starts from it instead of from an advanced
/// basis built from scratch. That pays when the next model is the last one with a row added
/// and another objective (a lexicographic sequence: the previous optimum, with the new row
/// basic, is still primal feasible, so only the new objective's iterations remain).
///
/// A value type: it holds no GLPK state and may cross threads.
public struct Basis: Sendable, Equatable {
  /// Where a row or a column stands in the basis.
  public enum Status: Sendable, Equatable {
    /// Basic (`GLP_BS`).
    case basic
    /// Non-basic at its lower bound (`GLP_NL`).
    case lower
    /// Non-basic at its upper bound (`GLP_NU`).
    case upper
    /// Non-basic and free (`GLP_NF`).
    case free
    /// Non-basic and fixed (`GLP_NS`).
    case fixed
  }

  /// One status per constraint, in the model's order.
  public var rows: [Status]
  /// One status per variable, in the model's order.
  public var columns: [Status]

  /// Makes a basis from its statuses.
  public init(rows: [Status], columns: [Status]) {
    self.rows = rows
    self.columns = columns
  }

  /// The number of basic rows and columns (a valid basis has as many as the model has rows).
  public var basicCount: Int {
    rows.lazy.filter { $0 == .basic }.count + columns.lazy.filter { $0 == .basic }.count
  }

  /// This basis for a model with `count` more constraints at the end, each of them basic
  /// (their slacks in the basis): still a basis of the larger model, and still primal
  /// feasible when the point satisfies the new rows.
  public func addingBasicRows(_ count: Int) -> Basis {
    Basis(rows: rows + Array(repeating: .basic, count: max(0, count)), columns: columns)
  }

  /// Checks the basis against `model`: one status per row and per column, and exactly as many
  /// basic ones as the model has rows. (Statuses that do not fit a bound type, such as
  /// `.upper` for a variable without an upper bound, are mended by GLPK to the one that fits.)
  func validate(for model: Model) throws(ModelError) {
    guard rows.count == model.constraintCount, columns.count == model.variableCount else {
      throw .invalidParameter(
        "the basis has \(rows.count) row and \(columns.count) column statuses but the model has "
          + "\(model.constraintCount) constraints and \(model.variableCount) variables")
    }
    guard basicCount == rows.count else {
      throw .invalidParameter(
        "the basis has \(basicCount) basic rows and columns but needs exactly \(rows.count) "
          + "(one per constraint)")
    }
  }

  /// GLPK's code of a status.
  static func code(_ s: Status) -> Int32 {
    switch s {
    case .basic: GLP_BS
    case .lower: GLP_NL
    case .upper: GLP_NU
    case .free: GLP_NF
    case .fixed: GLP_NS
    }
  }

  /// The status of GLPK's code (an unknown code, which GLPK never returns, reads as basic).
  static func status(_ code: Int32) -> Status {
    switch code {
    case GLP_NL: .lower
    case GLP_NU: .upper
    case GLP_NF: .free
    case GLP_NS: .fixed
    default: .basic
    }
  }

  /// The current basis of a problem object.
  static func read(from problem: OpaquePointer) -> Basis {
    let m = Int(glp_get_num_rows(problem))
    let n = Int(glp_get_num_cols(problem))
    return Basis(
      rows: (0..<m).map { status(glp_get_row_stat(problem, Int32($0 + 1))) },
      columns: (0..<n).map { status(glp_get_col_stat(problem, Int32($0 + 1))) })
  }

  /// Sets the statuses in a problem object of the validated size and factorises the basis
  /// (`glp_warm_up`). False when GLPK finds it invalid, singular or ill-conditioned; the
  /// statuses are then left for the caller to replace.
  func install(in problem: OpaquePointer) -> Bool {
    for (offset, s) in rows.enumerated() {
      glp_set_row_stat(problem, Int32(offset + 1), Self.code(s))
    }
    for (offset, s) in columns.enumerated() {
      glp_set_col_stat(problem, Int32(offset + 1), Self.code(s))
    }
    return glp_warm_up(problem) == 0
  }
}

/// What became of ``SolveOptions/basis``.
public enum BasisOutcome: Sendable, Equatable {
  /// No basis was given.
  case notGiven
  /// The simplex method started from the given basis.
  case used
  /// GLPK found the given basis singular or ill-conditioned; the solve started from an
  /// advanced basis built from scratch instead.
  case rejected
  /// The basis was not used: presolve on, or no LP was solved.
  case notUsed
}
