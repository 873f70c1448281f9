import CGLPK
import CGLPKGuard

/// The one place where GLPK's C state is scoped: a session per operation and thread, a
/// problem object per session, and 1-based arrays.
///
/// Thread rules (GLPK's environment is thread-local, and a problem object must be deleted
/// on the thread that created it): every operation of this module runs synchronously on the
/// calling thread, creates its problem object, uses it and deletes it before returning, and
/// then frees the thread's GLPK environment. Nothing GLPK-owned outlives a call or crosses a
/// thread, so calls on different threads run independently. A second operation started on
/// the same thread while one runs (from a progress callback) is refused.
enum GLPKSession {
  /// Runs `body` inside a session; `reentered` is thrown when one is already active on this
  /// thread.
  static func run<T>(
    echo: Bool,
    reentered: SolverError,
    _ body: () throws(SolverError) -> T
  ) throws(SolverError) -> T {
    guard cglpk_session_begin(echo ? 1 : 0) == 0 else { throw reentered }
    defer { cglpk_session_end() }
    return try body()
  }

  /// GLPK's captured terminal output of the current session.
  static var output: String { String(cString: cglpk_session_output()) }

  /// Forgets the captured output.
  static func clearOutput() { cglpk_session_clear_output() }

  /// GLPK's message for a fatal error caught by the guard: the captured output, trimmed.
  static var fatalMessage: String {
    let text = output.split(separator: "\n").suffix(4).joined(separator: " ")
    return text.isEmpty ? "unknown GLPK error" : text
  }

  /// Creates a problem object, runs `body` with it and deletes it, unless a fatal error
  /// freed the whole environment meanwhile (then the object is gone already).
  static func withProblem<T>(
    _ body: (OpaquePointer) throws(SolverError) -> T
  ) throws(SolverError) -> T {
    let problem = glp_create_prob()!
    defer {
      if cglpk_session_failed() == 0 { glp_delete_prob(problem) }
    }
    return try body(problem)
  }

  /// Copies a validated model into an empty problem object.
  ///
  /// With `relax`, every variable is continuous (bounds kept). Zero coefficients are left
  /// out. The model must have passed ``Model/validate()``. Names are handed to GLPK only with
  /// `names` (exports): a solve never reads them, and setting some 2,000 names per level was a
  /// measurable share of a small week's time (docs/performance.md).
  static func load(_ model: Model, into problem: OpaquePointer, relax: Bool, names: Bool = true) {
    if names, !model.name.isEmpty { glp_set_prob_name(problem, model.name) }
    glp_set_obj_dir(problem, model.sense == .maximize ? GLP_MAX : GLP_MIN)
    glp_set_obj_coef(problem, 0, model.objectiveConstant)
    let n = model.columns.count
    let m = model.rows.count
    if n > 0 { glp_add_cols(problem, Int32(n)) }
    if m > 0 { glp_add_rows(problem, Int32(m)) }
    for (offset, column) in model.columns.enumerated() {
      let j = Int32(offset + 1)
      if names { glp_set_col_name(problem, j, column.name) }
      glp_set_col_kind(problem, j, relax || column.kind == .continuous ? GLP_CV : GLP_IV)
      let (type, lower, upper) = boundType(lower: column.lower, upper: column.upper)
      glp_set_col_bnds(problem, j, type, lower, upper)
      glp_set_obj_coef(problem, j, column.objective)
    }
    var nonZeros = 0
    for (offset, row) in model.rows.enumerated() {
      let i = Int32(offset + 1)
      if names { glp_set_row_name(problem, i, row.name) }
      let (type, lower, upper) = boundType(lower: row.bound.lower, upper: row.bound.upper)
      glp_set_row_bnds(problem, i, type, lower, upper)
      nonZeros += row.coefficients.lazy.filter { $0 != 0 }.count
    }
    guard nonZeros > 0 else { return }
    // glp_load_matrix takes 1-based triplets; element 0 is unused.
    var ia = [Int32](repeating: 0, count: nonZeros + 1)
    var ja = [Int32](repeating: 0, count: nonZeros + 1)
    var ar = [Double](repeating: 0, count: nonZeros + 1)
    var k = 0
    for (offset, row) in model.rows.enumerated() {
      for (j, a) in zip(row.columns, row.coefficients) where a != 0 {
        k += 1
        ia[k] = Int32(offset + 1)
        ja[k] = Int32(j + 1)
        ar[k] = a
      }
    }
    glp_load_matrix(problem, Int32(nonZeros), &ia, &ja, &ar)
  }

  /// GLPK's bound type for a pair of optional finite bounds.
  static func boundType(lower: Double?, upper: Double?) -> (Int32, Double, Double) {
    switch (lower, upper) {
    case (nil, nil): (GLP_FR, 0, 0)
    case (let l?, nil): (GLP_LO, l, 0)
    case (nil, let u?): (GLP_UP, 0, u)
    case (let l?, let u?): (l == u ? GLP_FX : GLP_DB, l, u)
    }
  }

  /// Reads a problem object back into a model (used by the MPS import).
  static func model(from problem: OpaquePointer) -> Model {
    var model = Model(name: glp_get_prob_name(problem).map { String(cString: $0) } ?? "")
    model.sense = glp_get_obj_dir(problem) == GLP_MAX ? .maximize : .minimize
    model.objectiveConstant = glp_get_obj_coef(problem, 0)
    let n = Int(glp_get_num_cols(problem))
    let m = Int(glp_get_num_rows(problem))
    for offset in 0..<n {
      let index = Int32(offset + 1)
      let name = glp_get_col_name(problem, index).map { String(cString: $0) } ?? ""
      let kind: VariableKind =
        switch glp_get_col_kind(problem, index) {
        case GLP_BV: .binary
        case GLP_IV: .integer
        default: .continuous
        }
      let (lower, upper) = bounds(
        type: glp_get_col_type(problem, index),
        lower: glp_get_col_lb(problem, index),
        upper: glp_get_col_ub(problem, index))
      let v = model.addVariable(
        name, kind: .continuous, lower: lower, upper: upper,
        objective: glp_get_obj_coef(problem, index))
      if kind != .continuous { model.columns[v.index].kind = kind }
    }
    var indices = [Int32](repeating: 0, count: n + 1)
    var values = [Double](repeating: 0, count: n + 1)
    for offset in 0..<m {
      let index = Int32(offset + 1)
      let name = glp_get_row_name(problem, index).map { String(cString: $0) } ?? ""
      let count = Int(glp_get_mat_row(problem, index, &indices, &values))
      let terms = (0..<count).map { k in
        (Variable(index: Int(indices[k + 1]) - 1), values[k + 1])
      }
      let lower = glp_get_row_lb(problem, index)
      let upper = glp_get_row_ub(problem, index)
      let bound: ConstraintBound =
        switch glp_get_row_type(problem, index) {
        case GLP_LO: .greaterOrEqual(lower)
        case GLP_UP: .lessOrEqual(upper)
        case GLP_FX: .equal(lower)
        case GLP_DB: .range(lower, upper)
        default: .range(-.infinity, .infinity)  // a free row; validation rejects it
        }
      model.addConstraint(name, terms, bound)
    }
    return model
  }

  /// Optional bounds from GLPK's bound type.
  static func bounds(type: Int32, lower: Double, upper: Double) -> (Double?, Double?) {
    switch type {
    case GLP_LO: (lower, nil)
    case GLP_UP: (nil, upper)
    case GLP_DB, GLP_FX: (lower, upper)
    default: (nil, nil)
    }
  }
}

extension GLPKSession {
  /// Test support: provokes a GLPK fatal error under the guard in a session of its own and
  /// returns GLPK's message when the guard caught it (nil when it did not).
  /// Test support: the next branch-and-bound callback on this thread provokes a GLPK fatal
  /// error inside the search, which the guard must catch without unwinding Swift frames.
  static func failNextSearchCallback() { cglpk_search_fail_next_callback() }

  static func provokeFatalError() -> String? {
    guard cglpk_session_begin(0) == 0 else { return nil }
    defer { cglpk_session_end() }
    return cglpk_guard_selftest() == 1 ? fatalMessage : nil
  }
}
