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

  @Option(name: [.short, .long], help: "Write the week's plan (JSON) to this file (atomically).")
  var output: String?

  @OptionGroup var language: LanguageOption

  func validate() throws {
    guard !plans.isEmpty else { throw ValidationError("give the plans of the parts") }
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
            "\(path) is a plan of week \(p.week), not of \(s.week) (\(scenario))")
        }
        guard let fp = p.scenarioFingerprint, let i = fingerprints.firstIndex(of: fp) else {
          throw Failure.badData(
            "\(path) was not made for a part of \(scenario): plan the part files that "
              + "`milen split \(scenario)` writes")
        }
        if let other = slot[i] {
          throw Failure.badData("\(path) and \(other) are both plans of part \(i + 1)")
        }
        slot[i] = path
        ordered[i] = p
      }
      let missing = ordered.indices.filter { ordered[$0] == nil }
      if !missing.isEmpty {
        let named = missing.map {
          "\($0 + 1) (\(partScenarios[$0].participants.count) participants)"
        }
        throw Failure.badData(
          missing.count == 1
            ? "no plan of part \(named[0]) of \(partScenarios.count) was given"
            : "no plans of parts \(named.joined(separator: ", ")) of \(partScenarios.count) "
              + "were given; nothing was written")
      }
      // Parts stopped by the clock: their plans may differ from what `plan` makes of them.
      let cut = ordered.indices.filter { ordered[$0]?.cutByClock == true }.map {
        "part \($0 + 1) (\(slot[$0] ?? "")) was cut by the clock (cutByClock)"
      }
      var merged: Plan
      do {
        merged = try Planner.merge(s, partPlans: ordered.map { $0! })
      } catch let e as PlanningError {
        throw Failure.badData(
          "\(scenario): \(e)"
            + cut.map { "\n\($0): plan that part again with a longer --time-limit first" }
            .joined())
      }
      let problems = Planning.verify(s, merged, nil)
      if !problems.isEmpty {
        throw Failure.internalError(
          "the merged plan breaks \(problems.count) hard rule(s) by the independent checker:\n"
            + problems.map { "  \($0)" }.joined(separator: "\n"))
      }
      merged = PlanFile.stamped(merged, for: s)
      try PlanOutput.write(
        merged, scenario: s, format: .json, language: language, details: false,
        timing: nil, to: output, protecting: [scenario] + plans)
      for line in cut {
        Stderr.write(
          "milen: warning: \(line): the week's plan is marked so and may differ from "
            + "`milen plan`; plan that part again with a longer --time-limit for the exact plan\n")
      }
    }
  }
}
