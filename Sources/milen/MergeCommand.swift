import ArgumentParser
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow

/// `milen merge`: the week's plan from the plans of its parts, planned separately.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Join the plans of a week's parts (from `milen split`) into the week's plan.",
    discussion: """
      For planning a large week on many machines (docs/scale.md): `milen split WEEK DIR`, then
      `milen plan DIR/part-NN.json -o plan-NN.json` for each part anywhere, then `milen merge
      --scenario WEEK plan-*.json -o plan.json`. The result is the plan `milen plan WEEK` makes,
      byte for byte, unless a part was cut by the clock (then merge names the part, and the
      week's plan says cutByClock). Each part plan is recognised by the scenario it was made
      for; plans of another week or scenario, two plans of one part and missing parts are
      refused, naming the file or every missing part, and nothing is written. The merged plan
      is checked like any plan.
      """)

  @Option(name: .long, help: "The week's scenario file, the one `milen split` split.")
  var scenario: String

  @Argument(help: "The plans of the parts (any order), each made by `milen plan` of a part file.")
  var plans: [String]

  @OptionGroup var out: OutputOption
  var output: String? { out.output }

  @OptionGroup var language: LanguageOption

  func validate() throws {
    guard !plans.isEmpty else { throw usage(.givePlans, language.language()) }
  }

  func run() throws {
    try runReporting(language.localizer) {
      let s = try Input.scenario(scenario)
      let partScenarios = try PartFiles.scenarios(s)
      let fingerprints = partScenarios.map(ScenarioFile.fingerprint)
      var slot: [Int: String] = [:]
      var ordered = [Plan?](repeating: nil, count: partScenarios.count)
      for path in plans {
        let p = try Input.plan(path)
        if p.week != s.week {
          throw Failure.badData(
            Reporting.say(
              .planOfAnotherWeek(path: path, week: p.week, expected: s.week, scenario: scenario)))
        }
        guard let fp = p.scenarioFingerprint, let i = fingerprints.firstIndex(of: fp) else {
          throw Failure.badData(Reporting.say(.notAPartPlan(path: path, scenario: scenario)))
        }
        if let other = slot[i] {
          throw Failure.badData(
            Reporting.say(.samePart(path: path, other: other, part: i + 1)))
        }
        slot[i] = path
        ordered[i] = p
      }
      let missing = ordered.indices.filter { ordered[$0] == nil }
      if !missing.isEmpty {
        throw Failure.badData(
          Reporting.say(
            .partsMissing(
              parts: missing.map { $0 + 1 },
              participants: missing.map { partScenarios[$0].participants.count },
              of: partScenarios.count)))
      }
      // Parts stopped by the clock: their plans may differ from what `plan` makes of them.
      let cut = ordered.indices.filter { ordered[$0]?.cutByClock == true }.map {
        (part: $0 + 1, path: slot[$0] ?? "")
      }
      var merged: Plan
      do {
        merged = try Planner.merge(s, partPlans: ordered.map { $0! })
      } catch let e as PlanningError {
        throw Failure.badData(
          "\(scenario): \(Failure(e).message ?? "")"
            + cut.map { "\n" + Reporting.say(.partCut(part: $0.part, path: $0.path)) }.joined())
      }
      let problems = CheckedPlanning.verify(s, merged, nil, language.localizer)
      if !problems.isEmpty {
        throw Failure.internalError(
          Reporting.say(.mergedBreaks(rules: problems.count)) + "\n"
            + problems.map { "  \($0)" }.joined(separator: "\n"))
      }
      merged = PlanFile.stamped(merged, for: s)
      try PlanOutput.write(
        merged, scenario: s, format: .json, language: language, details: false,
        timing: nil, to: output, protecting: [scenario] + plans)
      for c in cut {
        Stderr.write("milen: \(Reporting.say(.partCutWarning(part: c.part, path: c.path)))\n")
      }
    }
  }
}
