import Foundation
import MilenModel
import MilenSolver

/// Renders what-if differences.
public enum WhatIfReport {
  /// One difference as a table (or JSON).
  public static func render(_ diff: PlanDiff, format: ReportFormat) -> String {
    if format == .json { return json(diff) }
    let md = format == .markdown
    var out = md ? "# What if: \(diff.label)\n\n" : "What if: \(diff.label)\n\n"
    var t = TextTable(header: ["figure", "base", "variant", "change"])
    t.rightAligned = [1, 2, 3]
    for f in diff.figures {
      t.rows.append([
        f.name, fmt(f.base), fmt(f.variant), (f.change > 0 ? "+" : "") + fmt(f.change),
      ])
    }
    out += t.render(markdown: md)
    out += md ? "\n## Who moves where\n\n" : "\nWHO MOVES WHERE\n"
    if diff.people.isEmpty { out += (md ? "" : "  ") + "Nobody's week changes.\n" }
    var p = TextTable(header: ["id", "name", "base", "variant"])
    for c in diff.people { p.rows.append([c.id, c.name, c.base, c.variant]) }
    if !diff.people.isEmpty { out += p.render(markdown: md) }
    return out
  }

  /// Candidates ranked best first.
  public static func renderRanking(_ ranked: [PlanDiff], format: ReportFormat) -> String {
    if format == .json { return json(ranked) }
    let md = format == .markdown
    var out = md ? "# Ranking of candidates\n\n" : "RANKING OF CANDIDATES (best first)\n"
    var t = TextTable(
      header: ["rank", "candidate", "served", "unmet needs", "placed", "placement h", "wishes"])
    t.rightAligned = [0, 2, 3, 4, 5, 6]
    for (i, d) in ranked.enumerated() {
      func c(_ n: String) -> String {
        let v = d.figure(n)?.change ?? 0
        return (v > 0 ? "+" : "") + fmt(v)
      }
      let needs =
        (d.figure("unmetMentorHours")?.change ?? 0)
        + (d.figure("missingSocialSessions")?.change ?? 0)
      t.rows.append([
        String(i + 1), d.label, c("served"), (needs > 0 ? "+" : "") + fmt(needs), c("inPlacement"),
        c("placementHours"), c("goal4.wishesAndContinuity"),
      ])
    }
    out += t.render(markdown: md)
    return out
  }

  static func json<T: Encodable>(_ value: T) -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try! e.encode(value), as: UTF8.self) + "\n"
  }
}
