import ArgumentParser
import Foundation
import MilenIO
import MilenModel
import MilenSolver

/// `milen breakeven`: the business case, and which added capacity would lift it.
struct BreakEvenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "breakeven",
    abstract: "Show the business case and which added capacity would admit more participants.",
    discussion: """
      Plans the week, then plans it again with each candidate capacity (a mentor with 5 h/week,
      5 more coordinator hours, a new company with 2 slots), on all cores, and reports how many
      more participants each one serves. The arithmetic is in docs/whatif.md.
      """)

  @Argument(help: "The scenario file (.json, .yaml). Omit it for the built-in Aulum week.")
  var scenario: String?

  @Option(name: .long, help: "Output format: table, json or markdown.")
  var format: ReportFormat = .table

  @OptionGroup var language: LanguageOption

  @Option(name: .long, help: "Time limit per plan, in seconds (default: the scenario's policy).")
  var timeLimit: Double?

  @Option(
    name: .long,
    help: "Last week's plan (JSON): plan the real week against it, as `plan --previous` does.")
  var previous: String?

  func run() throws {
    try runReporting {
      let s = try Input.scenario(scenario)
      let candidates = BreakEvenLevers.candidates(s)
      var options = Planning.options(timeLimit: timeLimit)
      if let previous { options.previous = try Input.previous(previous, for: s) }
      let plans = try Planning.planAll([s] + candidates.map(\.1), options: options)
      let base = plans[0]
      let levers = zip(candidates, plans.dropFirst()).map { c, p in
        BreakEvenLever(
          description: c.0, served: p.programme.served,
          admitsMore: p.programme.served - base.programme.served)
      }
      let report = BreakEvenReport(
        businessCase: BusinessCase(s.programme, served: base.programme.served),
        waiting: base.programme.waiting, levers: levers)
      try Output.write(
        report.render(format: format, localizer: language.localizer), to: nil, protecting: [])
    }
  }
}
