import GLPK

/// A small deterministic linear congruential generator (Numerical Recipes constants).
struct LCG {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state >> 33
  }

  /// A whole number in `range`.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }
}

/// Models with known optima, shared by the tests.
enum TestModels {
  /// 0/1 knapsack: values 60, 100, 120; weights 10, 20, 30; capacity 50. Optimum 220 (b, c).
  static func knapsack(constant: Double = 0) -> Model {
    var model = Model(name: "knapsack")
    model.sense = .maximize
    model.objectiveConstant = constant
    let a = model.addVariable("a", kind: .binary, objective: 60)
    let b = model.addVariable("b", kind: .binary, objective: 100)
    let c = model.addVariable("c", kind: .binary, objective: 120)
    model.addConstraint("capacity", [(a, 10), (b, 20), (c, 30)], .lessOrEqual(50))
    return model
  }

  /// The cost matrix of the 3x3 assignment problem.
  static let assignmentCosts: [[Double]] = [[9, 2, 7], [6, 4, 3], [5, 8, 1]]

  /// 3x3 assignment; every worker does one job and every job is done once. Optimum 9.
  static func assignment() -> Model {
    var model = Model(name: "assignment")
    var x: [[Variable]] = []
    for i in 0..<3 {
      x.append(
        (0..<3).map { j in
          model.addVariable("x[\(i),\(j)]", kind: .binary, objective: assignmentCosts[i][j])
        })
    }
    for i in 0..<3 {
      model.addConstraint("worker[\(i)]", (0..<3).map { (x[i][$0], 1) }, .equal(1))
    }
    for j in 0..<3 {
      model.addConstraint("job[\(j)]", (0..<3).map { (x[$0][j], 1) }, .equal(1))
    }
    return model
  }

  static let facilityCosts: [Double] = [12, 10, 14]
  static let serviceCosts: [[Double]] = [  // [facility][customer]
    [2, 6, 9, 4],
    [7, 3, 5, 8],
    [4, 9, 2, 3],
  ]

  /// Uncapacitated facility location: 3 facilities, 4 customers.
  static func facilityLocation() -> Model {
    var model = Model(name: "ufl")
    let open = facilityCosts.indices.map { i in
      model.addVariable("open[\(i)]", kind: .binary, objective: facilityCosts[i])
    }
    var serve: [[Variable]] = []
    for i in facilityCosts.indices {
      serve.append(
        serviceCosts[i].indices.map { k in
          model.addVariable("serve[\(i),\(k)]", upper: 1, objective: serviceCosts[i][k])
        })
    }
    for k in serviceCosts[0].indices {
      model.addConstraint(
        "demand[\(k)]", facilityCosts.indices.map { (serve[$0][k], 1) }, .equal(1))
      for i in facilityCosts.indices {
        model.addConstraint("link[\(i),\(k)]", [(serve[i][k], 1), (open[i], -1)], .lessOrEqual(0))
      }
    }
    return model
  }

  /// The facility-location optimum by enumerating the sets of open facilities.
  static func facilityLocationOptimum() -> Double {
    var best = Double.infinity
    for mask in 1..<(1 << facilityCosts.count) {
      let open = facilityCosts.indices.filter { mask & (1 << $0) != 0 }
      var cost = open.reduce(0) { $0 + facilityCosts[$1] }
      for k in serviceCosts[0].indices {
        cost += open.map { serviceCosts[$0][k] }.min()!
      }
      best = min(best, cost)
    }
    return best
  }

  /// Wyndor Glass: max 3x + 5y; x <= 4, 2y <= 12, 3x + 2y <= 18. Optimum 36 at (2, 6),
  /// duals (0, 1.5, 1).
  static func wyndor() -> Model {
    var model = Model(name: "wyndor")
    model.sense = .maximize
    let x = model.addVariable("x", objective: 3)
    let y = model.addVariable("y", objective: 5)
    model.addConstraint("plant1", [(x, 1)], .lessOrEqual(4))
    model.addConstraint("plant2", [(y, 2)], .lessOrEqual(12))
    model.addConstraint("plant3", [(x, 3), (y, 2)], .lessOrEqual(18))
    return model
  }

  /// min x + y with 2 <= x + 2y <= 6 (or max); optimum 1 (min) or 5 (max, with x <= 4).
  static func ranged(_ sense: ObjectiveSense) -> Model {
    var model = Model(name: "ranged")
    model.sense = sense
    let x = model.addVariable("x", upper: 4, objective: 1)
    let y = model.addVariable("y", objective: 1)
    model.addConstraint("range", [(x, 1), (y, 2)], .range(2, 6))
    return model
  }

  /// A square equality system with the unique solution (1, 2, 3); free variables.
  static func equalitySystem() -> Model {
    var model = Model(name: "equalities")
    let x = model.addVariable("x", lower: nil, objective: 1)
    let y = model.addVariable("y", lower: nil)
    let z = model.addVariable("z", lower: nil)
    model.addConstraint("sum", [(x, 1), (y, 1), (z, 1)], .equal(6))
    model.addConstraint("diff", [(x, 1), (y, -1)], .equal(-1))
    model.addConstraint("mix", [(y, 1), (z, 2)], .equal(8))
    return model
  }

  /// max x + y; -2x + 2y >= 1, -8x + 10y <= 13, integer. LP optimum 8.5, IP optimum 3.
  static func integerGap() -> Model {
    var model = Model(name: "intgap")
    model.sense = .maximize
    let x = model.addVariable("x", kind: .integer, objective: 1)
    let y = model.addVariable("y", kind: .integer, objective: 1)
    model.addConstraint("c1", [(x, -2), (y, 2)], .greaterOrEqual(1))
    model.addConstraint("c2", [(x, -8), (y, 10)], .lessOrEqual(13))
    return model
  }

  /// max 5x + 4y + 3z; three <= rows; general integers in [0, 10].
  static func generalInteger() -> Model {
    var model = Model(name: "general")
    model.sense = .maximize
    let x = model.addVariable("x", kind: .integer, upper: 10, objective: 5)
    let y = model.addVariable("y", kind: .integer, upper: 10, objective: 4)
    let z = model.addVariable("z", kind: .integer, upper: 10, objective: 3)
    model.addConstraint("r1", [(x, 2), (y, 3), (z, 1)], .lessOrEqual(5))
    model.addConstraint("r2", [(x, 4), (y, 1), (z, 2)], .lessOrEqual(11))
    model.addConstraint("r3", [(x, 3), (y, 4), (z, 2)], .lessOrEqual(8))
    return model
  }

  /// The optimum of ``generalInteger()`` by enumeration.
  static func generalIntegerOptimum() -> Double {
    var best = -Double.infinity
    for x in 0...10 {
      for y in 0...10 {
        for z in 0...10
        where 2 * x + 3 * y + z <= 5 && 4 * x + y + 2 * z <= 11 && 3 * x + 4 * y + 2 * z <= 8 {
          best = max(best, Double(5 * x + 4 * y + 3 * z))
        }
      }
    }
    return best
  }

  /// A 0/1 multi-dimensional knapsack with correlated values, from a seeded LCG: hard for
  /// GLPK at 60 or more items.
  static func multiKnapsack(items: Int, dimensions: Int = 5, seed: UInt64 = 42) -> Model {
    var rng = LCG(seed: seed)
    var model = Model(name: "mkp\(items)")
    model.sense = .maximize
    var weights: [[Int]] = Array(repeating: [], count: dimensions)
    for d in 0..<dimensions {
      weights[d] = (0..<items).map { _ in rng.int(in: 1...100) }
    }
    let x = (0..<items).map { j in
      let value = (0..<dimensions).reduce(0) { $0 + weights[$1][j] } / dimensions
      return model.addVariable(
        "x[\(j)]", kind: .binary, objective: Double(value + rng.int(in: 0...10)))
    }
    for d in 0..<dimensions {
      let capacity = Double(weights[d].reduce(0, +)) / 2
      model.addConstraint(
        "capacity[\(d)]", (0..<items).map { (x[$0], Double(weights[d][$0])) },
        .lessOrEqual(capacity.rounded(.down)))
    }
    return model
  }

  /// A greedy feasible point of a multi-dimensional knapsack (by value per total weight).
  static func greedyPoint(_ model: Model) -> [Double] {
    let n = model.variableCount
    let rows = model.constraints
    let weight = { (j: Int) -> Double in
      rows.reduce(0) { sum, c in
        sum + (model.terms(of: c).first { $0.0.index == j }?.1 ?? 0)
      }
    }
    let order = (0..<n).sorted {
      model.objectiveCoefficient(Variable(index: $0)) / weight($0)
        > model.objectiveCoefficient(Variable(index: $1)) / weight($1)
    }
    var x = [Double](repeating: 0, count: n)
    for j in order {
      x[j] = 1
      let fits = rows.allSatisfy { c in
        model.activity(of: c, at: x) <= model.bound(of: c).upper!
      }
      if !fits { x[j] = 0 }
    }
    return x
  }

  /// Whether `x` satisfies every bound, integrality and constraint of `model` within `tol`.
  static func isFeasible(_ x: [Double], in model: Model, tolerance tol: Double = 1e-6) -> Bool {
    guard x.count == model.variableCount else { return false }
    for v in model.variables {
      let value = x[v.index]
      let (l, u) = model.bounds(of: v)
      if let l, value < l - tol { return false }
      if let u, value > u + tol { return false }
      if model.kind(of: v) != .continuous, abs(value - value.rounded()) > tol { return false }
    }
    for c in model.constraints {
      let activity = model.activity(of: c, at: x)
      let bound = model.bound(of: c)
      if let l = bound.lower, activity < l - tol { return false }
      if let u = bound.upper, activity > u + tol { return false }
    }
    return true
  }
}

/// `|a - b| <= tol * max(1, |a|, |b|)`.
func approx(_ a: Double?, _ b: Double?, tol: Double = 1e-6) -> Bool {
  guard let a, let b else { return a == nil && b == nil }
  return abs(a - b) <= tol * max(1, abs(a), abs(b))
}
