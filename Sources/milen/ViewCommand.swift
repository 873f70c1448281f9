import ArgumentParser
import Foundation
import MilenCheck
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow

/// `milen view`: one company's, mentor's or young person's part of a plan, or every part at once.
struct ViewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "view",
    abstract: "Show one company's, mentor's or young person's own part of a plan (or all parts).",
    discussion: """
      A company sees who comes on which days and hours; a mentor sees their mentees and hours;
      neither ever sees needs, health, track, benefit status or notes. A young person sees
      their own week. With --all -o FOLDER, every audience's part is written at once (text,
      HTML, calendar, JSON and CSV), with the coordinator's week beside them (docs/formats.md).
      """)

  @Argument(help: "The scenario file the plan was made for.")
  var scenario: String

  @Argument(help: "The plan file (JSON).")
  var plan: String

  @Option(name: .customLong("for"), help: "company:ID, mentor:ID or participant:ID.")
  var audience: String?

  @Flag(name: .long, help: "Write every audience's part into the folder given by -o.")
  var all = false

  @Option(name: .long, help: "Output format: table, markdown, json, csv, html or ics.")
  var format: PlanFormat = .table

  @OptionGroup var language: LanguageOption

  @OptionGroup var out: OutputOption
  var output: String? { out.output }

  func validate() throws {
    if all {
      if audience != nil { throw usage(.forOrAll, language.language()) }
      if output == nil { throw usage(.needsFolder(option: "--all"), language.language()) }
      return
    }
    guard let audience, ViewAudience(parsing: audience) != nil else {
      throw usage(.forForm, language.language())
    }
  }

  func run() throws {
    try runReporting(language.localizer) {
      let s = try Input.scenario(scenario)
      let p = try Input.plan(plan, madeFor: s, scenarioPath: scenario)
      // A plan that breaks a hard rule (a banned pair edited in, say) is never handed out.
      let violations = PlanChecker.check(p, against: s, previous: nil)
      if !violations.isEmpty {
        let l = language.localizer
        throw Failure.badData(
          l.t("view.brokenPlan", plan) + "\n"
            + l.report(violations, Names(checking: s, plan: p, previous: nil)))
      }
      do {
        if all {
          let l = Localizer(language.language(fallback: .da))
          let files = try Handouts.files(
            p, scenario: s, planText: try Input.read(plan), localizer: l, stamp: OutputFolder.stamp)
          try OutputFolder.replace(files, folder: output!, protecting: [scenario, plan])
          return
        }
        let who = ViewAudience(parsing: audience!)!
        let text: String
        switch format {
        case .table, .markdown:
          text = try PlanViews.render(
            p, for: who, scenario: s, markdown: format == .markdown, localizer: language.localizer)
        case .json: text = try PlanViews.json(p, for: who, scenario: s)
        case .csv:
          text = try PlanSheets.view(
            p, for: who, scenario: s, localizer: Localizer(language.language(fallback: .da)))
        case .html:
          text = try PlanHTML.view(
            p, for: who, scenario: s, localizer: Localizer(language.language(fallback: .da)))
        case .ics:
          text = try PlanCalendars.ics(
            p, for: who, scenario: s, localizer: Localizer(language.language(fallback: .da)),
            stamp: OutputFolder.stamp)
        }
        try Output.write(text, to: output, protecting: [scenario, plan])
      } catch let e as PlanViews.ViewError {
        throw Failure.badData(e.description)
      } catch let e as PlanCalendars.CalendarError {
        throw Failure.badData(e.description)
      }
    }
  }
}
