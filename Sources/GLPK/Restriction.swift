/// A model with some variables fixed at given values and taken out: their terms move into the
/// rows' bounds and the objective's constant, and rows left without a variable are dropped.
/// GLPK's presolver would do the same, but it also drops the warm start (glpk-notes.md), so a
/// neighbourhood of a big model is solved as its own small model instead.
public struct Restriction: Sendable {
  /// The smaller model, over the variables that stay free (in their original order).
  public let model: Model
  /// Per variable of ``model``, the index of the variable it stands for in the original.
  public let original: [Int]
  /// The original point with the fixed values in place (the free ones are overwritten by
  /// ``expand(_:)``).
  let base: [Double]
  /// False when a dropped row is broken by the fixed values alone: the restriction then has
  /// no feasible point.
  public let consistent: Bool

  /// A point of the smaller model from a point of the original.
  public func restrict(_ x: [Double]) -> [Double] {
    precondition(x.count == base.count, "restrict: \(x.count) values for \(base.count) variables")
    return original.map { x[$0] }
  }

  /// The original point from a point of the smaller model.
  public func expand(_ y: [Double]) -> [Double] {
    precondition(y.count == original.count, "expand: \(y.count) values for \(original.count)")
    var x = base
    for (j, i) in original.enumerated() { x[i] = y[j] }
    return x
  }
}

extension Model {
  /// This model with the variables that have a value in `fixed` (one entry per variable, nil
  /// for a free one) fixed there and taken out. Values are used as given (round integers
  /// first).
  ///
  /// - Precondition: `fixed` has one entry per variable, every value finite.
  public func restricted(fixing fixed: [Double?]) -> Restriction {
    precondition(fixed.count == columns.count, "restricted: \(fixed.count) values given")
    var m = Model(name: name)
    m.sense = sense
    m.objectiveConstant = objectiveConstant
    var newIndex = Array(repeating: -1, count: columns.count)
    var original: [Int] = []
    var base = Array(repeating: 0.0, count: columns.count)
    // The kept variables and rows keep their order, so those among the checked names still
    // come first, and a subset of unique names is unique.
    var checked = CheckedNames()
    for (i, c) in columns.enumerated() {
      if let v = fixed[i] {
        precondition(v.isFinite, "restricted: value of \(c.name) is not finite")
        base[i] = v
        m.objectiveConstant += c.objective * v
      } else {
        newIndex[i] = m.columns.count
        original.append(i)
        m.columns.append(c)
        if i < checkedNames.columns { checked.columns += 1 }
      }
    }
    var consistent = true
    for (r, row) in rows.enumerated() {
      var shift = 0.0
      var cols: [Int] = []
      var coefs: [Double] = []
      for (j, a) in zip(row.columns, row.coefficients) {
        if newIndex[j] < 0 {
          shift += a * base[j]
        } else {
          cols.append(newIndex[j])
          coefs.append(a)
        }
      }
      let bound: ConstraintBound
      switch row.bound {
      case .lessOrEqual(let b): bound = .lessOrEqual(b - shift)
      case .greaterOrEqual(let b): bound = .greaterOrEqual(b - shift)
      case .equal(let b): bound = .equal(b - shift)
      case .range(let l, let u): bound = .range(l - shift, u - shift)
      }
      if cols.isEmpty {
        let tol = 1e-6 * max(1, abs(shift))
        if let l = bound.lower, l > tol { consistent = false }
        if let u = bound.upper, u < -tol { consistent = false }
        continue
      }
      m.rows.append(Row(name: row.name, columns: cols, coefficients: coefs, bound: bound))
      if r < checkedNames.rows { checked.rows += 1 }
    }
    m.checkedNames = checked
    return Restriction(model: m, original: original, base: base, consistent: consistent)
  }
}
