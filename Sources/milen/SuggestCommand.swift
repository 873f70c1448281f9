import ArgumentParser
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow

/// `milen suggest`: the ranked options for one participant, each planned with what it costs the
/// plan and who it displaces; the coordinator chooses one and locks it.
struct SuggestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suggest",
    abstract: "Rank the options for one participant: company, days and hours, mentor, sessions.",
    discussion: """
      The companies that fit the participant (their wishes first, at most --limit) and staying
      without a placement are planned in the participant's town, with the participant locked there (the base plan as the stability reference, so only what the
      option causes differs). Options are ranked by what the plan gives up, goal by goal in
      priority order, then by how many others they displace, then by the participant's wishes.
      A new referral is given with --with, a what-if change file that adds them
      (docs/whatif.md), and named with --for. See docs/explanations.md.
      """)

  @Argument(help: "The scenario file (.json, .yaml).")
  var scenario: String

  @Option(name: .customLong("for"), help: "The participant's id.")
  var participant: String

  @Option(name: .long, help: "A change file applied first (e.g. one that adds a new referral).")
  var with: [String] = []

  @OptionGroup var prev: PreviousOption
  var previous: String? { prev.previous }

  @Option(name: .long, help: "Most companies to try: the person's wishes first (default 8).")
  var limit: Int = Suggestions.defaultLimit

  @Option(name: .long, help: "Output format: table, json or markdown.")
  var format: ReportFormat = .table

  @Flag(name: .long, help: "Also show the solver's figures: each goal level's value and change.")
  var details = false

  @OptionGroup var language: LanguageOption

  @OptionGroup var clock: TimeLimitOption
  var timeLimit: Double? { clock.timeLimit }

  @OptionGroup var out: OutputOption
  var output: String? { out.output }

  func validate() throws {
    if !(1...100).contains(limit) {
      throw usage(.range(option: "--limit", from: 1, to: 100, between: false), language.language())
    }
  }

  func run() throws {
    try runReporting(language.localizer) {
      let s = try Input.applying(
        with.map(Input.changes), with, to: Input.scenario(scenario),
        localizer: language.localizer)
      guard s.participants.contains(where: { $0.id == participant }) else {
        throw Failure.usage(
          "--for \(participant): no such participant in \(scenario)"
            + (with.isEmpty ? " (a new referral is added with --with CHANGES)" : ""))
      }
      try Planning.checkSize(s)
      var options = Planning.options(timeLimit: timeLimit)
      options.previous = try previous.map { try Input.previous($0, for: s) }
      let ranked: [Suggestion]
      do {
        ranked = try Suggestions.rank(s, for: participant, options: options, limit: limit)
          .suggestions
      } catch {
        throw Failure(any: error)
      }
      let text = SuggestReport.render(
        ranked, participant: participant, format: format,
        style: ReportStyle(
          language: language.localizer.language, details: details, names: Names(s)))
      let inputs = [scenario] + with + (previous.map { [$0] } ?? [])
      try Output.write(text, to: output, protecting: inputs)
    }
  }
}
