import ArgumentParser
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow

/// `milen next`: rolls the week forward into next week's scenario.
struct NextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "next",
    abstract: "Roll a week forward: next week's scenario from this week's scenario and plan.",
    discussion: """
      The admitted become enrolled, placements and their weeks carry on, mentors and sessions
      carry on, last week's days and hours are recorded, those whose enrolment ended (exit)
      are removed, the week advances and the waiting list keeps its order. Edit only what
      really changed, then `milen plan NEXT --previous PLAN`.
      """)

  @Argument(help: "This week's scenario file (the one the plan was made for).")
  var scenario: String

  @Argument(help: "This week's plan (JSON, as written by `milen plan --format json`).")
  var plan: String

  @OptionGroup var out: OutputOption
  var output: String? { out.output }

  @OptionGroup var language: LanguageOption

  func run() throws {
    try runReporting(language.localizer) {
      let s = try Input.scenario(scenario)
      let p = try Input.plan(plan, madeFor: s, scenarioPath: scenario)
      let (next, notes) = Rolling.next(s, plan: p, planFingerprint: PlanFile.fingerprint(p))
      let l = language.localizer
      let names = Names(s, plan: p)
      for note in notes.lines { Stderr.write("milen: \(l.say(note, names))\n") }
      let text = ScenarioFile.jsonText(next)
      try Output.write(text, to: output, protecting: [scenario, plan])
      if output != nil {
        Stderr.write("milen: " + l.t("next.written", l.weekShort(next.week)) + "\n")
      }
    }
  }
}
