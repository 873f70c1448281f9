import ArgumentParser
import Foundation
import MilenIO
import MilenModel

/// `milen view`: one company's, mentor's or young person's part of a plan.
struct ViewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "view",
    abstract: "Show one company's, mentor's or young person's own part of a plan.",
    discussion: """
      A company sees who comes on which days and hours; a mentor sees their mentees and hours;
      neither ever sees needs, health, track, benefit status or notes. A young person sees
      their own week.
      """)

  @Argument(help: "The scenario file the plan was made for.")
  var scenario: String

  @Argument(help: "The plan file (JSON).")
  var plan: String

  @Option(name: .customLong("for"), help: "company:ID, mentor:ID or participant:ID.")
  var audience: String

  @Option(name: .long, help: "Output format: table or markdown.")
  var format: ReportFormat = .table

  @Option(name: [.short, .long], help: "Write the view to this file (atomically).")
  var output: String?

  func validate() throws {
    if ViewAudience(parsing: audience) == nil {
      throw ValidationError("--for must be company:ID, mentor:ID or participant:ID")
    }
    if format == .json { throw ValidationError("views are table or markdown") }
  }

  func run() throws {
    try runReporting {
      let s = try Input.scenario(scenario)
      let p = try Input.plan(plan, madeFor: s, scenarioPath: scenario)
      let text: String
      do {
        text = try PlanViews.render(
          p, for: ViewAudience(parsing: audience)!, scenario: s, markdown: format == .markdown)
      } catch let e as PlanViews.ViewError {
        throw Failure.badData(e.description)
      }
      try Output.write(text, to: output, protecting: [scenario, plan])
    }
  }
}
