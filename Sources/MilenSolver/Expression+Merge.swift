import GLPK

extension Expression {
  /// The same expression with each variable once (coefficients added) and zeros dropped, in
  /// variable order, so rows built from it are valid and deterministic.
  func merged() -> Expression {
    var sum: [Int: Double] = [:]
    for (v, c) in terms { sum[v.index, default: 0] += c }
    let terms = sum.keys.sorted().compactMap { i -> (Variable, Double)? in
      let c = sum[i]!
      return c == 0 ? nil : (Variable(index: i), c)
    }
    return Expression(terms: terms, constant: constant)
  }

  /// The value at a point.
  func value(_ x: [Double]) -> Double {
    terms.reduce(constant) { $0 + $1.1 * x[$1.0.index] }
  }
}
