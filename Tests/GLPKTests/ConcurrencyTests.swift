import Dispatch
import Foundation
import Testing

@testable import GLPK

/// Solves on several threads at once give the sequential results.
@Suite("Concurrency")
struct ConcurrencyTests {
  /// The models solved; a mix of LPs and MIPs.
  static let models: [Model] = [
    TestModels.knapsack(), TestModels.assignment(), TestModels.facilityLocation(),
    TestModels.wyndor(), TestModels.integerGap(), TestModels.multiKnapsack(items: 20, seed: 3),
  ]

  struct Fingerprint: Equatable {
    var termination: TerminationReason
    var objective: Double?
    var values: [Double]
    var iterations: Int
    var nodes: Int

    init(_ result: SolveResult) {
      termination = result.termination
      objective = result.objective
      values = result.values
      iterations = result.simplexIterations
      nodes = result.nodes
    }
  }

  @Test("4 threads x 25 solves with concurrentPerform equal the sequential results")
  func concurrentPerform() throws {
    let sequential = try Self.models.map { Fingerprint(try Solver.solve($0)) }
    let results = Box()
    DispatchQueue.concurrentPerform(iterations: 4) { worker in
      for k in 0..<25 {
        let index = (worker + k) % Self.models.count
        do {
          let result = try Solver.solve(Self.models[index])
          results.record(index, Fingerprint(result))
        } catch {
          results.fail("\(error)")
        }
      }
    }
    #expect(results.failures.isEmpty)
    let recorded = results.all
    #expect(recorded.count == 100)
    for (index, fingerprint) in recorded {
      #expect(fingerprint == sequential[index])
    }
  }

  @Test("4 tasks x 25 solves and exports in a task group")
  func taskGroup() async throws {
    let sequential = try Self.models.map { Fingerprint(try Solver.solve($0)) }
    let texts = try Self.models.map { try $0.mpsText() }
    let mismatches = try await withThrowingTaskGroup(of: Int.self) { group in
      for worker in 0..<4 {
        group.addTask {
          var mismatches = 0
          for k in 0..<25 {
            let index = (worker * 7 + k) % Self.models.count
            let result = try Solver.solve(Self.models[index])
            if Fingerprint(result) != sequential[index] { mismatches += 1 }
            if try Self.models[index].mpsText() != texts[index] { mismatches += 1 }
          }
          return mismatches
        }
      }
      return try await group.reduce(0, +)
    }
    #expect(mismatches == 0)
  }
}

/// Thread-safe storage for results of concurrent solves.
final class Box: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [(Int, ConcurrencyTests.Fingerprint)] = []
  private var errors: [String] = []
  func record(_ index: Int, _ fingerprint: ConcurrencyTests.Fingerprint) {
    lock.withLock { stored.append((index, fingerprint)) }
  }
  func fail(_ text: String) { lock.withLock { errors.append(text) } }
  var all: [(Int, ConcurrencyTests.Fingerprint)] { lock.withLock { stored } }
  var failures: [String] { lock.withLock { errors } }
}
