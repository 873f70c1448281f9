extension Model {
  /// The absolute tolerance used to judge a warm start, scaled by `max(1, |bound|)`.
  static let warmStartTolerance = 1e-6

  /// Checks a full point for feasibility, rounding integer and binary values that are
  /// within the tolerance of a whole number.
  ///
  /// Returns the rounded point, or a sentence naming the first violation. The model must
  /// be valid and `x` must have one finite value per variable.
  func checkedWarmStart(_ x: [Double]) -> Result<[Double], WarmStartRejection> {
    let tolerance = Self.warmStartTolerance
    var point = x
    for (j, column) in columns.enumerated() {
      var value = point[j]
      if column.kind != .continuous {
        let rounded = value.rounded()
        guard abs(value - rounded) <= tolerance else {
          return .failure(.init("variable '\(column.name)' = \(value) is not integral"))
        }
        value = rounded
        point[j] = value
      }
      if let l = column.lower, value < l - tolerance * max(1, abs(l)) {
        return .failure(.init("variable '\(column.name)' = \(value) is below its bound \(l)"))
      }
      if let u = column.upper, value > u + tolerance * max(1, abs(u)) {
        return .failure(.init("variable '\(column.name)' = \(value) is above its bound \(u)"))
      }
    }
    for row in rows {
      var activity = 0.0
      for (j, a) in zip(row.columns, row.coefficients) { activity += a * point[j] }
      if let l = row.bound.lower, activity < l - tolerance * max(1, abs(l)) {
        return .failure(
          .init("constraint '\(row.name)' has activity \(activity), below its bound \(l)"))
      }
      if let u = row.bound.upper, activity > u + tolerance * max(1, abs(u)) {
        return .failure(
          .init("constraint '\(row.name)' has activity \(activity), above its bound \(u)"))
      }
    }
    return .success(point)
  }
}

/// Why a warm start is infeasible: the first violation found, in English.
struct WarmStartRejection: Error {
  let message: String
  init(_ message: String) { self.message = message }
}

extension Model {
  /// Whether a full point keeps every bound, integrality and row within the warm-start
  /// tolerance (1e-6, scaled by the bound's size). The model must be valid.
  public func isFeasible(_ x: [Double]) -> Bool {
    guard x.count == variableCount, x.allSatisfy(\.isFinite) else { return false }
    if case .success = checkedWarmStart(x) { return true }
    return false
  }
}
