import ArgumentParser
import Foundation
import MilenIO
import MilenModel
import MilenSolver

/// `milen export-model`: the integer program `plan` solves, for other solvers.
struct ExportModelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export-model",
    abstract: "Write the integer program that `plan` solves, as MPS or CPLEX LP text.",
    discussion: """
      Milen solves one goal level at a time (docs/formulation.md). The export is the model of
      --level (default 4, the last): every hard rule, the higher levels fixed at the values
      `plan` reaches (solved first), and that level's goal as the maximised objective. Any MIP
      solver reaches the objective `plan` reports for that level.
      """)

  @Argument(help: "The scenario file (.json, .yaml). Omit it for the built-in Aulum week.")
  var scenario: String?

  @Option(name: .long, help: "mps or lp.")
  var format: ModelFormat = .mps

  @Option(name: .long, help: "Goal level to export, 1-4.")
  var level: Int = 4

  @Option(name: [.short, .long], help: "Write to this file (atomically) instead of stdout.")
  var output: String?

  func validate() throws {
    guard (1...4).contains(level) else { throw ValidationError("--level must be 1, 2, 3 or 4") }
  }

  func run() throws {
    try runReporting {
      let s = try Input.scenario(scenario)
      try Planning.checkSize(s)
      let text: String
      do {
        text = try Planner.exportModel(s, level: level, format: format)
      } catch let e as PlanningError {
        throw Failure(e)
      }
      try Output.write(text, to: output, protecting: scenario.map { [$0] } ?? [])
    }
  }
}

extension ModelFormat: ExpressibleByArgument {}
