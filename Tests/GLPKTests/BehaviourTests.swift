import Foundation
import Testing

@testable import GLPK

/// Silence, determinism and the fatal-error guard.
@Suite("Behaviour")
struct BehaviourTests {
  /// Runs `body` with file descriptor 1 redirected to a temporary file; returns what was
  /// written there.
  static func capturingStandardOutput(_ body: () throws -> Void) rethrows -> String {
    fflush(nil)
    let path = NSTemporaryDirectory() + "glpk-stdout-\(UUID().uuidString)"
    let fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0)
    let saved = dup(1)
    dup2(fd, 1)
    defer {
      fflush(nil)
      dup2(saved, 1)
      close(saved)
      close(fd)
    }
    try body()
    fflush(nil)
    let data = FileManager.default.contents(atPath: path) ?? Data()
    try? FileManager.default.removeItem(atPath: path)
    return String(decoding: data, as: UTF8.self)
  }

  /// Swift Testing reports on stdout too, possibly while the capture runs: its lines start
  /// with a non-ASCII symbol (GLPK's never do), so they are left out.
  static func withoutTestingLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { line in line.unicodeScalars.first.map(\.isASCII) ?? true }
      .joined(separator: "\n")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test("Nothing reaches stdout unless messages is on")
  func silence() throws {
    var captured = ""
    var loud = ""
    captured = try Self.capturingStandardOutput {
      for model in [TestModels.knapsack(), TestModels.wyndor(), TestModels.facilityLocation()] {
        _ = try Solver.solve(model)
        _ = try Solver.solve(
          model,
          options: with {
            $0.presolve = true
            $0.cuts = .all
          })
        _ = try model.lpText()
        _ = try Model(mpsText: try model.mpsText())
      }
      _ = try Solver.solve(TerminationTests.infeasibleLP())
      _ = try Solver.solve(
        TestModels.multiKnapsack(items: 60), options: with { $0.timeLimit = 0.05 })
      _ = try? Model(mpsText: "NAME broken\nROWS\n X bad\n")
      _ = GLPKSession.provokeFatalError()
    }
    // The positive control: with messages on, GLPK talks, and the capture sees it.
    loud = try Self.capturingStandardOutput {
      _ = try Solver.solve(TestModels.knapsack(), options: with { $0.messages = true })
    }
    let printed = Self.withoutTestingLines(captured)
    #expect(printed.isEmpty, "GLPK printed: \(printed.prefix(500))")
    #expect(loud.contains("mip ="))  // glp_intopt's progress lines
  }

  @Test("Solving twice gives identical values, iterations and nodes")
  func determinism() throws {
    let models = [
      TestModels.multiKnapsack(items: 25), TestModels.facilityLocation(),
      TestModels.wyndor(),
    ]
    for model in models {
      for options in [
        SolveOptions(),
        with {
          $0.cuts = .all
          $0.branching = .pseudoCost
        },
      ] {
        let first = try Solver.solve(model, options: options)
        let second = try Solver.solve(model, options: options)
        #expect(first.values == second.values)
        #expect(first.objective == second.objective)
        #expect(first.simplexIterations == second.simplexIterations)
        #expect(first.nodes == second.nodes)
        #expect(first.rowActivities == second.rowActivities)
      }
    }
  }

  @Test("The guard catches a GLPK fatal error and the process goes on")
  func fatalGuard() throws {
    let message = try #require(GLPKSession.provokeFatalError())
    #expect(message.contains("glp_set_col_bnds"))
    // The thread's GLPK environment was reset; solving works again.
    let result = try Solver.solve(TestModels.knapsack())
    #expect(approx(result.objective, 220))
    #expect(SolverError.fatal(message).description.contains("glp_set_col_bnds"))
  }

  @Test("A fatal error inside the branch-and-bound callback is caught in C; the process goes on")
  func fatalInsideTheSearch() throws {
    GLPKSession.failNextSearchCallback()
    #expect {
      _ = try Solver.solve(TestModels.knapsack())
    } throws: { error in
      guard case SolverError.fatal(let message) = error else { return false }
      return message.contains("glp_ios_node_bound")
    }
    // The thread's GLPK environment was reset; the same search runs to the end again.
    let result = try Solver.solve(TestModels.knapsack())
    #expect(approx(result.objective, 220))
    #expect(result.nodes >= 1)
  }

  @Test("Result accessors and summary")
  func accessors() throws {
    let model = TestModels.wyndor()
    let result = try Solver.solve(model)
    #expect(result.hasPoint)
    #expect(approx(result.value(of: Variable(index: 1)), 6))
    #expect(result.value(of: Variable(index: 5)) == nil)
    #expect(result.description.hasPrefix("optimal, point optimal, objective 36"))
    #expect(result.wallTime >= 0)
    #expect(result.simplexIterations > 0)
    #expect(model.variables.map(\.index) == [0, 1])
    #expect(model.constraints.count == 3)
    #expect(model.terms(of: Constraint(index: 2)).map(\.1) == [3, 2])
  }
}
