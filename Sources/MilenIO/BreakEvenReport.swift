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
  public func render(format: ReportFormat) -> String {
    if format == .json { return WhatIfReport.json(self) }
    let md = format == .markdown
    var out = md ? "# Business case\n\n" : "BUSINESS CASE\n"
    out += PlanReport.keyValues(PlanReport.businessCaseLines(businessCase), markdown: md)
    out += md ? "\n## What would lift it\n\n" : "\nWHAT WOULD LIFT IT\n"
    let bullet = md ? "- " : "  "
    if waiting == 0 {
      out += bullet + "The waiting list is empty: only more referrals can raise the count.\n"
    }
    for l in levers {
      let effect: String
      if l.admitsMore > 0 {
        effect = "admits \(l.admitsMore) from the waiting list (\(l.served) served)"
      } else if waiting > 0 {
        effect = "admits nobody more: something else limits admissions"
      } else {
        effect = "admits nobody more"
      }
      out += bullet + "\(l.description) \(effect)\n"
    }
    return out
  }
}
