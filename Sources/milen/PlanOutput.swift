import ArgumentParser
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow

/// The formats of a plan or a view.
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, markdown, csv, html, ics

  /// The report format of the text formats.
  var report: ReportFormat? {
    switch self {
    case .table: return .table
    case .json: return .json
    case .markdown: return .markdown
    default: return nil
    }
  }
}

/// Writing a plan in any of its formats.
enum PlanOutput {
  static func write(
    _ plan: Plan, scenario: Scenario, format: PlanFormat, language: LanguageOption, details: Bool,
    timing: RunTiming?, to output: String?, protecting inputs: [String]
  ) throws {
    do {
      try writeUnmapped(
        plan, scenario: scenario, format: format, language: language, details: details,
        timing: timing, to: output, protecting: inputs)
    } catch let e as PlanViews.ViewError {
      throw Failure.badData(e.description)
    } catch let e as PlanCalendars.CalendarError {
      throw Failure.badData(e.description)
    }
  }

  static func writeUnmapped(
    _ plan: Plan, scenario: Scenario, format: PlanFormat, language: LanguageOption, details: Bool,
    timing: RunTiming?, to output: String?, protecting inputs: [String]
  ) throws {
    let l: Localizer
    switch format {
    case .html, .csv, .ics: l = Localizer(language.language(fallback: .da))
    default: l = language.localizer
    }
    switch format {
    case .table, .json, .markdown:
      let style = ReportStyle(
        language: l.language, details: details, names: Names(scenario, plan: plan))
      let text = PlanReport.render(plan, format: format.report!, timing: timing, style: style)
      try Output.write(text, to: output, protecting: inputs)
    case .csv:
      if let output, OutputFolder.isFolder(output) {
        let sheets = PlanSheets.all(plan, scenario: scenario, localizer: l)
        try OutputFolder.write(sheets.map { ($0.file, $0.text) }, into: output, protecting: inputs)
      } else {
        let text = PlanSheets.participants(plan, scenario: scenario, localizer: l)
        try Output.write(text, to: output, protecting: inputs)
      }
    case .html:
      let text = try PlanHTML.week(plan, scenario: scenario, localizer: l)
      try Output.write(text, to: output, protecting: inputs)
    case .ics:
      let text = try PlanCalendars.coordinatorICS(
        plan, scenario: scenario, localizer: l, stamp: OutputFolder.stamp)
      try Output.write(text, to: output, protecting: inputs)
    }
  }
}
