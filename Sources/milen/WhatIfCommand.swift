import ArgumentParser
import Dispatch
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow

/// `milen whatif`: plan the base week and a variant, and show the difference.
struct WhatIfCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "whatif",
    abstract: "Plan a scenario with and without changes, and show what changes (docs/whatif.md).",
    discussion: """
      Without --sweep, all change files are applied in order as one variant. With --sweep, each
      change file is one candidate: every candidate is planned (on all cores) and the candidates
      are ranked by what they add: served participants, then needs met, then placements.
      """)

  @Argument(help: "The scenario file (.json, .yaml).")
  var scenario: String

  @Argument(help: "Change files (JSON or YAML): add/remove/set operations.")
  var changes: [String] = []

  @Flag(name: .long, help: "Rank each change file as a separate candidate.")
  var sweep = false

  @Option(name: .long, help: "Output format: table, json or markdown.")
  var format: ReportFormat = .table

  @Flag(name: .long, help: "Also show the solver's figures: each goal level's value and change.")
  var details = false

  @OptionGroup var language: LanguageOption

  @OptionGroup var clock: TimeLimitOption
  var timeLimit: Double? { clock.timeLimit }

  @OptionGroup var out: OutputOption
  var output: String? { out.output }

  @OptionGroup var prev: PreviousOption
  var previous: String? { prev.previous }

  func validate() throws {
    if changes.isEmpty { throw usage(.giveChangeFile, language.language()) }
  }

  func run() throws {
    try runReporting(language.localizer) {
      let base = try Input.scenario(scenario)
      let files = try changes.map(Input.changes)
      var variants: [(String, Scenario)] = []
      if sweep {
        for (path, f) in zip(changes, files) {
          variants.append(
            (
              f.description,
              try Input.applying([f], [path], to: base, localizer: language.localizer)
            ))
        }
      } else {
        let label = files.map(\.description).joined(separator: " + ")
        variants.append(
          (label, try Input.applying(files, changes, to: base, localizer: language.localizer)))
      }
      var options = Planning.options(timeLimit: timeLimit)
      options.previous = try previous.map { try Input.previous($0, for: base) }
      // The comparison reads figures and each person's week, never the plans' reasons: no
      // verifying re-plans for them.
      options.explain = false
      // Each variant stays close to the base plan: only what the change causes differs.
      // The base week planned the same way (against itself) is what the variants are measured
      // against, so the stability goal compares like with like.
      let (basePlan, reference) = try Planning.planWithReference(base, options: options)
      var variantOptions = options
      variantOptions.stabilityReference = basePlan
      let plans = try [reference] + Planning.planAll(variants.map(\.1), options: variantOptions)
      let diffs = zip(variants, plans.dropFirst()).map { v, p in
        WhatIf.compare(base: plans[0], variant: p, label: v.0)
      }
      let text: String
      if sweep {
        text = WhatIfReport.renderRanking(
          WhatIf.rank(diffs), format: format, localizer: language.localizer)
      } else {
        let names = Names(variants[0].1, plan: plans[1])
        text = WhatIfReport.render(
          diffs[0], format: format,
          style: ReportStyle(
            language: language.localizer.language, details: details, names: names))
      }
      let inputs = [scenario] + changes + (previous.map { [$0] } ?? [])
      try Output.write(text, to: output, protecting: inputs)
    }
  }
}
