import ArgumentParser
import Foundation
import MilenCheck
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow

/// The `milen` command: plans the week of a youth-to-work programme.
@main
struct Milen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "milen",
    abstract: "Plans the week of a municipal youth-to-work programme (Aulum Milen) with GLPK.",
    discussion: """
      Exit codes follow sysexits: 0 success, 1 the checker found violations, 64 usage,
      65 bad data or an impossible week, 66 missing input, 70 internal error,
      73 cannot write the output, 75 no plan within the time limit.
      """,
    version: MilenVersion.current,
    subcommands: [
      PlanCommand.self, NextCommand.self, ValidateCommand.self, CheckCommand.self,
      WhatIfCommand.self, SuggestCommand.self,
      BreakEvenCommand.self, SimulateCommand.self, ExportModelCommand.self, SplitCommand.self,
      SolveModelCommand.self, MergeCommand.self,
      ViewCommand.self, GenerateCommand.self, ImportCommand.self, ExportScenarioCommand.self,
      ServeCommand.self, SeasonCommand.self,
    ],
    defaultSubcommand: nil
  )
}

/// The version printed by `--version`.
enum MilenVersion {
  static let current = "0.1.0"
}
