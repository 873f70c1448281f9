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
    let r = try Planner.solveWithin(marketSplit(), options: so, grace: -600) { given = $0 }
    #expect(r == nil)
    let solve = try #require(given)
    // Without the cancellation the solve would run on to its 600 s limit.
    #expect(solve.done.wait(timeout: .now() + 600) == .success)
    let result = try #require(solve.result).get()
    #expect(result.termination == .cancelled)
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
