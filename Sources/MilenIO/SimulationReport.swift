import Foundation
import MilenModel
import MilenSolver

/// Renders a simulation: participants per week against break-even, and the loads.
public enum SimulationReport {
  /// Table, Markdown or JSON.
  public static func render(_ weeks: [SimulatedWeek], breakEven: Int, format: ReportFormat)
    -> String
  {
    if format == .json { return WhatIfReport.json(weeks) }
    let md = format == .markdown
    var out = md ? "# Simulation\n\n" : "SIMULATION (break-even \(breakEven))\n"
    var t = TextTable(
      header: [
        "week", "served", "margin", "admitted", "waiting", "placed", "employed", "coordinator h",
        "mentor h",
      ])
    t.rightAligned = [1, 2, 3, 4, 5, 6, 7, 8]
    for w in weeks {
      t.rows.append([
        w.week, String(w.served), (w.margin >= 0 ? "+" : "") + String(w.margin), String(w.admitted),
        String(w.waiting), String(w.inPlacement), String(w.employed),
        "\(fmt(w.coordinatorHours))/\(fmt(w.coordinatorCapacity))",
        "\(fmt(w.mentorHours))/\(fmt(w.mentorCapacity))",
      ])
    }
    out += t.render(markdown: md)
    out += md ? "\n## Events\n\n" : "\nEVENTS (after each week's plan)\n"
    for w in weeks where !w.events.isEmpty {
      out += (md ? "- " : "  ") + "\(w.week): " + w.events.joined(separator: "; ") + "\n"
    }
    return out
  }
}
