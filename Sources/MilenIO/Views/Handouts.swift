import Foundation
import MilenModel

/// Every audience's part of a plan in one go: for each company, mentor and young person their
/// text, HTML page, calendar, JSON and CSV, each built from that audience's view only; and the
/// coordinator's week (report, printable week, calendar, sheets, plan).
public enum Handouts {
  /// The folder of the coordinator's files.
  public static let coordinatorFolder = "koordinator"
  /// The folder of the companies' files.
  public static let companiesFolder = "virksomheder"
  /// The folder of the mentors' files.
  public static let mentorsFolder = "mentorer"
  /// The folder of the young people's files.
  public static let participantsFolder = "deltagere"

  /// A file name safe on every system for an id (letters, digits, `-`, `_`, `.` kept).
  public static func fileName(_ id: String) -> String {
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
    let cleaned = String(
      String.UnicodeScalarView(id.unicodeScalars.map { allowed.contains($0) ? $0 : "_" }))
    return cleaned.hasPrefix(".") ? "_" + cleaned : cleaned
  }

  /// Relative path -> text of every file.
  public static func files(
    _ plan: Plan, scenario s: Scenario, planText: String, localizer l: Localizer, stamp: Date
  ) throws -> [(path: String, text: String)] {
    var out: [(path: String, text: String)] = []
    let style = ReportStyle(language: l.language, details: false, names: Names(s, plan: plan))
    let c = coordinatorFolder
    out.append(("\(c)/plan.txt", PlanReport.render(plan, format: .table, style: style)))
    out.append(("\(c)/plan.json", planText))
    out.append(("\(c)/uge.html", try PlanHTML.week(plan, scenario: s, localizer: l)))
    out.append(
      (
        "\(c)/kalender.ics",
        try PlanCalendars.coordinatorICS(plan, scenario: s, localizer: l, stamp: stamp)
      ))
    for sheet in PlanSheets.all(plan, scenario: s, localizer: l) {
      out.append(("\(c)/\(sheet.file)", sheet.text))
    }
    let audiences: [(String, ViewAudience)] =
      s.companies.map { ("\(companiesFolder)/\(fileName($0.id))", .company($0.id)) }
      + s.mentors.map { ("\(mentorsFolder)/\(fileName($0.id))", .mentor($0.id)) }
      + plan.participants.map { ("\(participantsFolder)/\(fileName($0.id))", .participant($0.id)) }
    for (base, who) in audiences {
      out.append(("\(base).txt", try PlanViews.render(plan, for: who, scenario: s, localizer: l)))
      out.append(("\(base).html", try PlanHTML.view(plan, for: who, scenario: s, localizer: l)))
      out.append(
        (
          "\(base).ics",
          try PlanCalendars.ics(plan, for: who, scenario: s, localizer: l, stamp: stamp)
        ))
      out.append(("\(base).json", try PlanViews.json(plan, for: who, scenario: s)))
      out.append(("\(base).csv", try PlanSheets.view(plan, for: who, scenario: s, localizer: l)))
    }
    return out
  }
}
