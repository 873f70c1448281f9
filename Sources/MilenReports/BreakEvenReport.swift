import Foundation
import MilenFormats
import MilenModel
import MilenSolver

/// The `milen breakeven` report: the business case, its assumptions and sources, and what one
/// more unit of each capacity is worth.
public struct BreakEvenReport: Codable, Sendable {
  /// The business case at this week's plan.
  public var businessCase: BusinessCase
  /// Participants still on the waiting list.
  public var waiting: Int
  /// One more of each capacity, each planned (none when nobody waits).
  public var levers: [CapacityLever]

  /// A report.
  public init(businessCase: BusinessCase, waiting: Int, levers: [CapacityLever]) {
    self.businessCase = businessCase
    self.waiting = waiting
    self.levers = levers
  }

  /// Text, Markdown or JSON.
  public func render(
    format: ReportFormat, localizer loc: Localizer = .english, names: Names = Names()
  ) -> String {
    if format == .json { return ReportJSON.encode(self) }
    let md = format == .markdown
    let heading = { (t: String) in md ? "\n## \(t)\n\n" : "\n\(t.uppercased())\n" }
    let title = loc.t("plan.businessCase")
    var out = md ? "# \(title)\n\n" : "\(title.uppercased())\n"
    out += PlanReport.keyValues(
      PlanReport.businessCaseLines(businessCase, loc, names: names), markdown: md)
    out += heading(loc.t("business.assumptions"))
    out += BusinessCaseReport.assumptionTable(businessCase, loc, markdown: md)
    out += heading(loc.t("breakeven.lift"))
    if waiting == 0 {
      out += (md ? "" : "  ") + loc.t("breakeven.emptyList") + "\n"
      return out
    }
    let each = loc.money(businessCase.counsellingPerYoungPerson)
    out += loc.t("breakeven.worthAssumption", each) + "\n\n"
    var t = TextTable(
      header: [
        "breakeven.col.capacity", "breakeven.col.admits", "breakeven.col.worth",
        "breakeven.col.limit",
      ].map { loc.t($0) })
    t.rightAligned = [2]
    for l in levers {
      let admits =
        l.admitted.isEmpty
        ? String(max(0, l.admitsMore))
        : "\(l.admitsMore) (\(l.admitted.map(names.participant).joined(separator: ", ")))"
      t.rows.append([
        Self.capacity(l, loc, names), admits,
        loc.t("business.perYear", loc.money(l.worthPerYear)), Self.limit(l, loc, names),
      ])
    }
    out += t.render(markdown: md)
    return out
  }

  /// The capacity added, in words.
  static func capacity(_ l: CapacityLever, _ loc: Localizer, _ names: Names) -> String {
    loc.t("breakeven.kind.\(l.kind.rawValue)", l.target.map(names.any) ?? "")
  }

  /// What still holds admissions with the capacity added, in words ("" when it admits).
  static func limit(_ l: CapacityLever, _ loc: Localizer, _ names: Names) -> String {
    var parts: [String] = []
    if l.beyondLegalRoom { parts.append(loc.t("breakeven.legalRoom")) }
    if let x = l.limit {
      switch x.kind {
      case .coordinatorHours?:
        parts.append(
          loc.t(
            "breakeven.limit.coordinatorHours", names.participant(x.participant),
            loc.number(x.followUp ?? 0),
            loc.number(x.coordinatorHoursLeft ?? 0)))
      case .full?:
        parts.append(
          loc.t(
            "breakeven.limit.full", names.participant(x.participant),
            x.capacities.map(names.any).joined(separator: ", ")))
      case .nothingFits?:
        parts.append(loc.t("breakeven.limit.nothingFits", names.participant(x.participant)))
      case nil:
        parts.append(loc.t("breakeven.limit.none", names.participant(x.participant)))
      }
    }
    return parts.joined(separator: "; ")
  }
}
