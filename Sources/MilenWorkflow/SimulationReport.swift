import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver

/// Renders a simulation: participants per week against break-even, the loads, and the benefit
/// saved by those who left benefit (the business case of each week).
public enum SimulationReport {
  /// Table, Markdown or JSON.
  public static func render(
    _ weeks: [SimulatedWeek], breakEven: Int, format: ReportFormat,
    localizer l: Localizer = .english, names: Names = Names()
  ) -> String {
    if format == .json { return ReportJSON.encode(weeks) }
    var names = names
    for case .referred(let id, let name) in weeks.flatMap(\.events) {
      names = names.adding(participant: id, name: name)
    }
    let md = format == .markdown
    var out =
      md
      ? "# \(l.t("simulate.title"))\n\n"
      : l.t("simulate.titleTable", String(breakEven)) + "\n"
    var t = TextTable(
      header: [
        "simulate.col.week", "simulate.col.served", "simulate.col.margin", "simulate.col.admitted",
        "simulate.col.waiting", "simulate.col.placed", "simulate.col.employed",
        "simulate.col.coordinatorH", "simulate.col.mentorH", "simulate.col.offBenefit",
        "simulate.col.saved",
      ].map { l.t($0) })
    t.rightAligned = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    for w in weeks {
      t.rows.append([
        l.weekShort(w.week, year: ISOWeek(parsing: weeks[0].week)?.year), String(w.served),
        (w.margin >= 0 ? "+" : "") + String(w.margin), String(w.admitted),
        String(w.waiting), String(w.inPlacement), String(w.employed),
        "\(l.number(w.coordinatorHours))/\(l.number(w.coordinatorCapacity))",
        "\(l.number(w.mentorHours))/\(l.number(w.mentorCapacity))", String(w.offBenefit),
        l.grouped(w.benefitSaved),
      ])
    }
    out += t.render(markdown: md)
    let saved = weeks.reduce(0) { $0 + $1.benefitSaved }
    out +=
      (md ? "\n" : "") + l.t("simulate.saved", String(weeks.count), l.money(saved)) + "\n"
    out += md ? "\n## \(l.t("simulate.events"))\n\n" : "\n" + l.t("simulate.eventsTable") + "\n"
    for w in weeks where !w.events.isEmpty {
      out +=
        (md ? "- " : "  ") + "\(l.weekShort(w.week)): "
        + w.events.map { l.say($0, names) }.joined(separator: "; ")
        + "\n"
    }
    return out
  }
}
