import Foundation
import MilenModel
import MilenSolver

/// The `milen breakeven` report: the business case and the levers that would lift it.
public struct BreakEvenReport: Codable, Sendable {
  /// The business case at this week's plan.
  public var businessCase: BusinessCase
  /// Participants still on the waiting list.
  public var waiting: Int
  /// Candidate capacities, each planned.
  public var levers: [BreakEvenLever]

  /// A report.
  public init(businessCase: BusinessCase, waiting: Int, levers: [BreakEvenLever]) {
    self.businessCase = businessCase
    self.waiting = waiting
    self.levers = levers
  }

  /// Text, Markdown or JSON.
  public func render(format: ReportFormat, localizer loc: Localizer = .english) -> String {
    if format == .json { return WhatIfReport.json(self) }
    let md = format == .markdown
    let title = loc.t("plan.businessCase")
    var out = md ? "# \(title)\n\n" : "\(title.uppercased())\n"
    out += PlanReport.keyValues(PlanReport.businessCaseLines(businessCase, loc), markdown: md)
    let lift = loc.t("breakeven.lift")
    out += md ? "\n## \(lift)\n\n" : "\n\(lift.uppercased())\n"
    let bullet = md ? "- " : "  "
    if waiting == 0 { out += bullet + loc.t("breakeven.emptyList") + "\n" }
    for l in levers {
      let effect: String
      if l.admitsMore > 0 {
        effect = loc.t("breakeven.admits", String(l.admitsMore), String(l.served))
      } else if waiting > 0 {
        effect = loc.t("breakeven.nobodyLimited")
      } else {
        effect = loc.t("breakeven.nobody")
      }
      out += bullet + "\(loc.note(l.description)) \(effect)\n"
    }
    return out
  }
}
