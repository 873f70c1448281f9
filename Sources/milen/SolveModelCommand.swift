import ArgumentParser
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow

/// `milen solve-model`: an exported model solved as `plan` solves a level, for comparisons.
struct SolveModelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "solve-model",
    abstract: "Solve an MPS file from `export-model` with GLPK as `plan` solves a goal level.",
    discussion: """
      The settings `plan` uses for a model of that size (cuts, branching, the node limit),
      without the warm start `plan` gives each level. Prints one JSON line: status, objective
      (of the file: an MPS export minimises the negated goal), bound, nodes, simplex
      iterations, LP relaxation, seconds, columns, rows. For `make bench-peers` and the
      levers in docs/performance.md.
      """)

  @Argument(help: "The MPS file (free MPS, as `export-model` writes it).")
  var model: String

  @Option(name: .long, help: "Most branch-and-bound nodes (0: no limit; default: plan's, 200).")
  var nodeLimit: Int = Planner.defaultNodeLimit

  @Option(name: .long, help: "Time limit in seconds (default 600).")
  var timeLimit: Double = 600

  @Option(name: .long, help: "Relative MIP gap (default 0).")
  var gap: Double = 0

  @Option(name: .long, help: "Cut families, comma-separated: gmi, mir, cov, clq, or none.")
  var cuts: String?

  @Option(name: .long, help: "Branching: ffv, lfv, mfv, dth or pch.")
  var branching: String?

  @Option(name: .long, help: "Backtracking: dfs, bfs, blb or bph.")
  var backtracking: String?

  func validate() throws {
    guard nodeLimit >= 0 else { throw usage(.atLeast(option: "--node-limit", least: 0)) }
    guard timeLimit > 0 && timeLimit <= 86_400 else {
      throw usage(.timeLimit)
    }
  }

  func run() throws {
    try runReporting {
      let text = try Input.read(model)
      var settings = ExportedSolveSettings()
      settings.nodeLimit = nodeLimit == 0 ? nil : nodeLimit
      settings.timeLimit = timeLimit
      settings.relativeGap = gap
      settings.cuts = cuts.map { $0 == "none" ? [] : $0.split(separator: ",").map(String.init) }
      settings.branching = branching
      settings.backtracking = backtracking
      let r: ExportedSolve
      do {
        r = try Planner.solveExported(mpsText: text, settings: settings)
      } catch let e as PlanningError {
        throw Failure.badData("\(model): \(e)")
      }
      func num(_ x: Double?) -> String { x.map { "\($0)" } ?? "null" }
      try Output.line(
        "{\"status\": \"\(r.status)\", \"objective\": \(num(r.objective)), "
          + "\"bound\": \(num(r.bound)), \"nodes\": \(r.nodes), "
          + "\"simplexIterations\": \(r.simplexIterations), \"lpRelaxation\": \(num(r.lpRelaxation)), "
          + "\"seconds\": \(r.seconds), \"columns\": \(r.columns), \"rows\": \(r.rows)}")
    }
  }
}
