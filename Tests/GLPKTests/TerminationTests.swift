import Foundation
import Testing

@testable import GLPK

/// Infeasible and unbounded models, limits, gaps and cancellation.
@Suite("Termination")
struct TerminationTests {
  static func infeasibleLP() -> Model {
    var model = Model(name: "infeasible")
    let x = model.addVariable("x", objective: 1)
    let y = model.addVariable("y", objective: 1)
    model.addConstraint("atMost1", [(x, 1), (y, 1)], .lessOrEqual(1))
    model.addConstraint("atLeast2", [(x, 1), (y, 1)], .greaterOrEqual(2))
    return model
  }

  @Test("Infeasible LP", arguments: [false, true])
  func infeasibleLP(presolve: Bool) throws {
    let result = try Solver.solve(Self.infeasibleLP(), options: with { $0.presolve = presolve })
    #expect(result.termination == .infeasible)
    #expect(result.pointStatus == .noSolution)
    #expect(result.values.isEmpty)
    #expect(result.rowActivities.isEmpty)
    #expect(result.objective == nil)
    #expect(result.rowDuals == nil)
  }

  @Test("Infeasible MIP with a feasible relaxation", arguments: [false, true])
  func infeasibleMIP(presolve: Bool) throws {
    var model = Model(name: "parity")
    let x = model.addVariable("x", kind: .binary, objective: 1)
    let y = model.addVariable("y", kind: .binary, objective: 1)
    model.addConstraint("half", [(x, 1), (y, 1)], .equal(1.5))
    let result = try Solver.solve(model, options: with { $0.presolve = presolve })
    #expect(result.termination == .infeasible)
    #expect(result.pointStatus == .noSolution)
    #expect(result.values.isEmpty)
    #expect(result.isMIP)
  }

  @Test("Infeasible MIP with an infeasible relaxation", arguments: [false, true])
  func infeasibleRelaxation(presolve: Bool) throws {
    var model = Self.infeasibleLP()
    model.setKind(Variable(index: 0), .integer)
    let result = try Solver.solve(model, options: with { $0.presolve = presolve })
    #expect(result.termination == .infeasible)
    #expect(result.pointStatus == .noSolution)
  }

  static func unboundedLP() -> Model {
    var model = Model(name: "unbounded")
    model.sense = .maximize
    let x = model.addVariable("x", objective: 1)
    let y = model.addVariable("y", objective: 1)
    model.addConstraint("c", [(x, 1), (y, -1)], .lessOrEqual(1))
    return model
  }

  @Test("Unbounded LP", arguments: [false, true])
  func unboundedLP(presolve: Bool) throws {
    let result = try Solver.solve(Self.unboundedLP(), options: with { $0.presolve = presolve })
    #expect(result.termination == .unbounded)
    #expect(result.pointStatus == .noSolution)
    #expect(result.objective == nil)
  }

  @Test("A MIP with an unbounded relaxation is infeasible or unbounded")
  func unboundedMIP() throws {
    var model = Self.unboundedLP()
    model.setKind(Variable(index: 1), .integer)
    let result = try Solver.solve(model)
    #expect(result.termination == .infeasibleOrUnbounded)
    #expect(result.pointStatus == .noSolution)
  }

  @Test("A hard MIP stops at a tiny time limit")
  func timeLimit() throws {
    let model = TestModels.multiKnapsack(items: 100)
    let result = try Solver.solve(model, options: with { $0.timeLimit = 0.05 })
    #expect(result.termination == .timeLimit)
    #expect(result.wallTime < 5)
    #expect(result.isMIP)
    switch result.pointStatus {
    case .feasible:
      let objective = try #require(result.objective)
      let bound = try #require(result.bestBound)
      let gap = try #require(result.gap)
      #expect(bound >= objective - 1e-6)  // maximisation
      #expect(gap >= 0)
      #expect(approx(gap, abs(objective - bound) / (1e-10 + abs(objective))))
      #expect(TestModels.isFeasible(result.values, in: model))
      #expect(approx(model.objectiveValue(result.values), objective))
    case .noSolution:
      #expect(result.values.isEmpty)
      #expect(result.objective == nil)
    case .optimal:
      Issue.record("a time-limited hard MIP cannot be proven optimal")
    }
  }

  @Test("A zero time limit returns without a point")
  func zeroTimeLimit() throws {
    let model = TestModels.multiKnapsack(items: 100)
    let result = try Solver.solve(model, options: with { $0.timeLimit = 0 })
    #expect(result.termination == .timeLimit)
    #expect(result.pointStatus != .optimal)
  }

  @Test("Stopping at a relative gap reports optimal within the gap")
  func relativeGap() throws {
    let model = TestModels.multiKnapsack(items: 60)
    let result = try Solver.solve(
      model,
      options: with {
        $0.relativeGap = 0.05
        $0.timeLimit = 60
      })
    #expect(result.termination == .optimal)
    #expect(result.pointStatus == .feasible || result.pointStatus == .optimal)
    let gap = try #require(result.gap)
    #expect(gap <= 0.05 + 1e-9)
    #expect(TestModels.isFeasible(result.values, in: model))
  }

  @Test("Cancelling from the progress callback")
  func cancel() throws {
    let model = TestModels.multiKnapsack(items: 100)
    let calls = Counter()
    let result = try Solver.solve(
      model,
      options: with {
        $0.timeLimit = 30
        $0.progress = { progress in
          calls.increment()
          #expect(progress.elapsed >= 0)
          return .cancel
        }
      })
    #expect(result.termination == .cancelled)
    #expect(result.pointStatus != .optimal)
    if result.pointStatus == .feasible {
      #expect(TestModels.isFeasible(result.values, in: model))
    }
    #expect(result.wallTime < 10)
    #expect(calls.value >= 2)  // at least the cancelling call and the final one
  }

  @Test("Progress reports incumbents, bounds and the end")
  func progress() throws {
    let model = TestModels.multiKnapsack(items: 30)
    let log = ProgressLog()
    let result = try Solver.solve(
      model,
      options: with {
        $0.progress = {
          log.append($0)
          return .proceed
        }
      })
    #expect(result.termination == .optimal)
    let entries = log.entries
    #expect(entries.count >= 2)
    let last = try #require(entries.last)
    #expect(approx(last.incumbent, result.objective))
    #expect(last.gap == 0)
    #expect(last.nodes == result.nodes)
    #expect(entries.dropLast().contains { $0.incumbent != nil })  // reported on IBINGO
    for entry in entries {
      if let bound = entry.bestBound, let incumbent = entry.incumbent {
        #expect(bound >= incumbent - 1e-6)  // maximisation
        #expect(approx(entry.gap, abs(incumbent - bound) / (1e-10 + abs(incumbent))))
      }
    }
  }

  @Test("An LP reports progress once, at the end")
  func lpProgress() throws {
    let log = ProgressLog()
    let result = try Solver.solve(
      TestModels.wyndor(),
      options: with {
        $0.progress = {
          log.append($0)
          return .cancel
        }
      })
    #expect(result.termination == .optimal)  // the final answer is ignored
    #expect(log.entries.count == 1)
    #expect(approx(log.entries.first?.incumbent, 36))
    #expect(log.entries.first?.nodes == 0)
  }

  @Test("A solve started from a progress callback is refused")
  func reentrantSolve() throws {
    let model = TestModels.multiKnapsack(items: 20)
    let errors = ProgressLog()
    _ = try Solver.solve(
      model,
      options: with {
        $0.progress = { _ in
          do {
            _ = try Solver.solve(TestModels.knapsack())
          } catch {
            errors.note("\(error)")
          }
          do {
            _ = try TestModels.knapsack().mpsText()
          } catch {
            errors.note("\(error)")
          }
          return .proceed
        }
      })
    #expect(!errors.notes.isEmpty)
    #expect(errors.notes.allSatisfy { $0.contains("another GLPK operation") })
    // The thread is usable afterwards.
    #expect(try Solver.solve(TestModels.knapsack()).termination == .optimal)
  }
}

/// A thread-safe counter for callbacks.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func increment() { lock.withLock { count += 1 } }
  var value: Int { lock.withLock { count } }
}

/// A thread-safe log of progress snapshots and notes.
final class ProgressLog: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [GLPK.Progress] = []
  private var storedNotes: [String] = []
  func append(_ progress: GLPK.Progress) { lock.withLock { stored.append(progress) } }
  func note(_ text: String) { lock.withLock { storedNotes.append(text) } }
  var entries: [GLPK.Progress] { lock.withLock { stored } }
  var notes: [String] { lock.withLock { storedNotes } }
}
