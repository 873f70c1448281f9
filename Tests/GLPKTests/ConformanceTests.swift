import Testing

@testable import GLPK

/// Small LPs and MIPs with known optima.
@Suite("Known optima")
struct ConformanceTests {
  @Test("0/1 knapsack")
  func knapsack() throws {
    let result = try Solver.solve(TestModels.knapsack())
    #expect(result.termination == .optimal)
    #expect(result.pointStatus == .optimal)
    #expect(result.isMIP)
    #expect(approx(result.objective, 220))
    #expect(result.values == [0, 1, 1])
    #expect(result.rowActivities == [50])
    #expect(approx(result.bestBound, 220))
    #expect(result.gap == 0)
    #expect(result.rowDuals == nil)
    #expect(result.reducedCosts == nil)
    #expect(result.nodes >= 1)
  }

  @Test("The objective constant is part of the objective")
  func objectiveConstant() throws {
    let result = try Solver.solve(TestModels.knapsack(constant: 7.5))
    #expect(approx(result.objective, 227.5))
    #expect(approx(TestModels.knapsack(constant: 7.5).objectiveValue(result.values), 227.5))
  }

  @Test("3x3 assignment")
  func assignment() throws {
    let model = TestModels.assignment()
    let result = try Solver.solve(model)
    #expect(result.termination == .optimal)
    // Brute force over the six permutations.
    let permutations = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
    let best = permutations.map { p in
      (0..<3).reduce(0.0) { $0 + TestModels.assignmentCosts[$1][p[$1]] }
    }.min()!
    #expect(best == 9)
    #expect(approx(result.objective, best))
    #expect(TestModels.isFeasible(result.values, in: model))
    // The relaxation of an assignment problem is integral too.
    let relaxed = try Solver.solve(model, options: with { $0.relaxIntegrality = true })
    #expect(!relaxed.isMIP)
    #expect(approx(relaxed.objective, best))
    #expect(relaxed.rowDuals?.count == 6)
  }

  @Test("Uncapacitated facility location")
  func facilityLocation() throws {
    let model = TestModels.facilityLocation()
    let result = try Solver.solve(model)
    #expect(result.termination == .optimal)
    #expect(approx(result.objective, TestModels.facilityLocationOptimum()))
    #expect(TestModels.isFeasible(result.values, in: model))
    let withCuts = try Solver.solve(
      model,
      options: with {
        $0.cuts = .all
        $0.branching = .pseudoCost
      })
    #expect(approx(withCuts.objective, TestModels.facilityLocationOptimum()))
  }

  @Test("Ranged constraint, both senses")
  func ranged() throws {
    let low = try Solver.solve(TestModels.ranged(.minimize))
    #expect(low.termination == .optimal)
    #expect(approx(low.objective, 1))
    #expect(approx(low.rowActivities.first, 2))
    let high = try Solver.solve(TestModels.ranged(.maximize))
    #expect(approx(high.objective, 5))
    #expect(approx(high.values[0], 4))
    #expect(approx(high.values[1], 1))
    #expect(approx(high.rowActivities.first, 6))
  }

  @Test("Equality system with free variables")
  func equalitySystem() throws {
    let result = try Solver.solve(TestModels.equalitySystem())
    #expect(result.termination == .optimal)
    #expect(approx(result.values[0], 1))
    #expect(approx(result.values[1], 2))
    #expect(approx(result.values[2], 3))
    #expect(approx(result.objective, 1))
  }

  @Test("LP duals and reduced costs (Wyndor Glass)")
  func wyndorDuals() throws {
    let result = try Solver.solve(TestModels.wyndor())
    #expect(result.termination == .optimal)
    #expect(!result.isMIP)
    #expect(result.nodes == 0)
    #expect(approx(result.objective, 36))
    #expect(approx(result.values[0], 2))
    #expect(approx(result.values[1], 6))
    let duals = try #require(result.rowDuals)
    #expect(approx(duals[0], 0))
    #expect(approx(duals[1], 1.5))
    #expect(approx(duals[2], 1))
    let reduced = try #require(result.reducedCosts)
    #expect(approx(reduced[0], 0))
    #expect(approx(reduced[1], 0))
    #expect(approx(result.bestBound, 36))
  }

  @Test("LP reduced cost of a non-basic variable")
  func reducedCost() throws {
    var model = Model(name: "rc")
    let x = model.addVariable("x", objective: 2)
    let y = model.addVariable("y", objective: 3)
    model.addConstraint("cover", [(x, 1), (y, 1)], .greaterOrEqual(4))
    let result = try Solver.solve(model)
    #expect(approx(result.objective, 8))
    #expect(approx(result.rowDuals?[0], 2))
    #expect(approx(result.reducedCosts?[0], 0))
    #expect(approx(result.reducedCosts?[1], 1))
  }

  @Test("Integer program whose LP relaxation differs")
  func integerGap() throws {
    let model = TestModels.integerGap()
    let mip = try Solver.solve(model)
    #expect(mip.termination == .optimal)
    #expect(approx(mip.objective, 3))
    #expect(mip.values == [1, 2])
    let lp = try Solver.solve(model, options: with { $0.relaxIntegrality = true })
    #expect(lp.termination == .optimal)
    #expect(approx(lp.objective, 8.5))
    #expect(approx(lp.values[0], 4))
    #expect(approx(lp.values[1], 4.5))
    #expect(lp.rowDuals != nil)
  }

  @Test("General integers against enumeration")
  func generalInteger() throws {
    let result = try Solver.solve(TestModels.generalInteger())
    #expect(result.termination == .optimal)
    #expect(approx(result.objective, TestModels.generalIntegerOptimum()))
    for value in result.values { #expect(value == value.rounded()) }
  }

  @Test("A binary variable fixed with setBounds")
  func fixedBinary() throws {
    var model = TestModels.knapsack()
    model.setBounds(Variable(index: 0), lower: 1, upper: 1)
    let result = try Solver.solve(model)
    #expect(model.kind(of: Variable(index: 0)) == .binary)
    #expect(result.values[0] == 1)
    #expect(approx(result.objective, 180))  // a + c
  }

  @Test("A model without variables or constraints")
  func emptyModel() throws {
    var model = Model()
    model.objectiveConstant = 4
    let result = try Solver.solve(model)
    #expect(result.termination == .optimal)
    #expect(result.objective == 4)
    #expect(result.values.isEmpty)
  }

  @Test("Presolve gives the same optima", arguments: [false, true])
  func presolve(relax: Bool) throws {
    for model in [TestModels.knapsack(), TestModels.facilityLocation(), TestModels.integerGap()] {
      let plain = try Solver.solve(model, options: with { $0.relaxIntegrality = relax })
      let presolved = try Solver.solve(
        model,
        options: with {
          $0.presolve = true
          $0.relaxIntegrality = relax
        })
      #expect(presolved.termination == .optimal)
      #expect(approx(plain.objective, presolved.objective))
    }
  }

  @Test("Every branching and backtracking rule finds the optimum")
  func rules() throws {
    let model = TestModels.multiKnapsack(items: 15)
    let reference = try Solver.solve(model).objective
    for branching in [Branching.firstFractional, .lastFractional, .mostFractional, .pseudoCost] {
      for backtracking in [Backtracking.depthFirst, .breadthFirst, .bestProjection] {
        let result = try Solver.solve(
          model,
          options: with {
            $0.branching = branching
            $0.backtracking = backtracking
          })
        #expect(result.termination == .optimal)
        #expect(approx(result.objective, reference))
      }
    }
  }
}

/// Default options changed by `change`.
func with(_ change: (inout SolveOptions) -> Void) -> SolveOptions {
  var options = SolveOptions()
  change(&options)
  return options
}
