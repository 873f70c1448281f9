import Dispatch
import Foundation
import GLPK
import Testing

@testable import MilenSolver

/// A market-split instance (Cornuéjols and Dawande): three equations over 30 binaries with
/// seeded coefficients 0-99, right-hand sides half the row sums. Branch and bound needs a
/// vast tree for it, so a solve of it runs until it is stopped.
private func marketSplit() -> Model {
  var m = Model(name: "market-split")
  m.sense = .minimize
  var state: UInt64 = 12_345
  func next() -> Double {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Double((state >> 33) % 100)
  }
  let x = (0..<30).map { m.addVariable("x\($0)", kind: .binary) }
  for i in 0..<3 {
    let a = x.map { _ in next() }
    let half = (a.reduce(0, +) / 2).rounded(.down)
    m.addConstraint("split\(i)", Array(zip(x, a)), .equal(half))
  }
  return m
}

@Suite("Solves given up by solveWithin")
struct AbandonedSolveTests {
  @Test("a solve given up is cancelled and ends at its next callback, not at its time limit")
  func abandonedSolveIsCancelled() throws {
    var so = SolveOptions()
    so.timeLimit = 600
    var given: AbandonedSolve?
    // A grace of minus the limit gives the solve up at once (no clock is compared here).
    let r = try Planner.solveWithin(
      marketSplit(), options: so, grace: -600, abandoned: { given = $0 })
    #expect(r == nil)
    let solve = try #require(given)
    // Without the cancellation the solve would run on to its 600 s limit.
    #expect(solve.done.wait(timeout: .now() + 600) == .success)
    let result = try #require(solve.result).get()
    #expect(result.termination == .cancelled)
  }

  @Test("a solve stopped from outside is given up within its stop grace, callback or not")
  func stoppedSolveIsGivenUp() throws {
    var so = SolveOptions()
    so.timeLimit = 600
    let stop = Cancellation()
    so.cancellation = stop
    let running = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    // Like GLPK's root simplex on a large week: a step that never looks at its cancellation,
    // here held until the test releases it; then the real solve, which sees it cancelled.
    let held: @Sendable (Model, SolveOptions) throws(SolverError) -> SolveResult = { m, o in
      running.signal()
      release.wait()
      return try Solver.solve(m, options: o)
    }
    DispatchQueue.global().async {
      running.wait()
      stop.cancel()
    }
    let started = Date()
    var given: AbandonedSolve?
    let r = try Planner.solveWithin(
      marketSplit(), options: so, grace: 0.25, stopGrace: 0.1, solve: held,
      abandoned: { given = $0 })
    #expect(r == nil)
    // Given up at the stop, not at the 600 s limit (generously: a loaded machine is slow).
    #expect(Date().timeIntervalSince(started) < 120)
    let solve = try #require(given)
    #expect(solve.result == nil)
    release.signal()
    #expect(solve.done.wait(timeout: .now() + 600) == .success)
    #expect(try #require(solve.result).get().termination == .cancelled)
  }

  @Test("a solve that ends within its stop grace is not given up")
  func stoppedSolveEndingInTimeIsKept() throws {
    var so = SolveOptions()
    so.timeLimit = 600
    let stop = Cancellation()
    so.cancellation = stop
    stop.cancel()
    // Stopped before it starts: GLPK returns at once, well within a stop grace of 60 s.
    let r = try Planner.solveWithin(marketSplit(), options: so, grace: 0.25, stopGrace: 60)
    #expect(try #require(r).termination == .cancelled)
  }

  @Test("a solve's own cancellation is also made by its parent's, never the other way")
  func linkedCancellation() {
    let parent = Cancellation()
    let child = Cancellation(parent: parent)
    child.cancel()
    #expect(child.isCancelled && !parent.isCancelled)
    let other = Cancellation(parent: parent)
    #expect(!other.isCancelled)
    parent.cancel()
    #expect(other.isCancelled)
  }
}
