import ArgumentParser
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow

/// `milen breakeven`: the business case, and which added capacity would lift it.
struct BreakEvenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "breakeven",
    abstract: "Show the business case and what one more of each capacity is worth.",
    discussion: """
      Prints the business case with every assumption and its source (nobody still on benefit
      counts as a saving). Then, when someone waits, plans the week again with one more
      placement slot at each company, one more hour for each mentor, one more coordinator hour
      and one more seat at each activity, on all cores, and reports whom each admits, what that
      is worth a year, and what still limits admissions. The arithmetic is in docs/whatif.md.
      """)

  @Argument(help: "The scenario file (.json, .yaml). Omit it for the built-in Aulum week.")
  var scenario: String?

  @Option(name: .long, help: "Output format: table, json or markdown.")
  var format: ReportFormat = .table

  @OptionGroup var language: LanguageOption

  @OptionGroup var clock: TimeLimitOption
  var timeLimit: Double? { clock.timeLimit }

  @OptionGroup var prev: PreviousOption
  var previous: String? { prev.previous }

  func run() throws {
    try runReporting(language.localizer) {
      let s = try Input.scenario(scenario)
      var options = Planning.options(timeLimit: timeLimit)
      if let previous { options.previous = try Input.previous(previous, for: s) }
      // The levers read who is served and why the first referral waits (rule 9's reason,
      // settled before any explanation), never the plans' reasons: no verifying re-plans.
      options.explain = false
      // Nobody referred: no capacity can admit anyone, so only the week is planned. Else the
      // week is planned, then every candidate that can change it, on all cores, each level
      // starting from the week's own.
      let candidates = s.waitingListOrder.isEmpty ? [] : CapacityLevers.candidates(s)
      let solved = candidates.filter { !$0.unusable }
      let plans = try Planning.planVariants(of: s, solved.map(\.scenario), options: options)
      let base = plans[0]
      var next = plans.dropFirst().makeIterator()
      let levers =
        base.programme.waiting == 0
        ? []
        : candidates.map { c in
          CapacityLevers.measure(
            c.kind, target: c.target, in: s, base: base,
            with: c.unusable ? base : next.next()!)
        }
      let report = BreakEvenReport(
        businessCase: base.businessCase ?? BusinessCase(s, rows: base.participants),
        waiting: base.programme.waiting, levers: levers)
      try Output.write(
        report.render(
          format: format, localizer: language.localizer, names: Names(s, plan: base)),
        to: nil, protecting: [])
    }
  }
}
