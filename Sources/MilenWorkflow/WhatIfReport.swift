import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver

/// Renders what-if differences.
public enum WhatIfReport {
  /// One difference as a table (or JSON): the figures a programme manager asks about (the
  /// goal levels' values only with `style.details`), then person by person who moves where.
  public static func render(
    _ diff: PlanDiff, format: ReportFormat, style: ReportStyle = ReportStyle()
  ) -> String {
    if format == .json { return ReportJSON.encode(diff) }
    let l = style.localizer
    let n = style.names
    let md = format == .markdown
    let head = l.t("whatif.title", diff.label)
    var out = md ? "# \(head)\n\n" : "\(head)\n\n"
    var t = TextTable(
      header: ["whatif.col.figure", "whatif.col.base", "whatif.col.variant", "whatif.col.change"]
        .map { l.t($0) })
    t.rightAligned = [1, 2, 3]
    for f in diff.figures where style.details || !f.name.hasPrefix("goal") {
      t.rows.append([
        figureName(f.name, l), l.number(f.base), l.number(f.variant),
        (f.change > 0 ? "+" : "") + l.number(f.change),
      ])
    }
    out += t.render(markdown: md)
    let moves = l.t("whatif.moves")
    out += md ? "\n## \(moves)\n\n" : "\n\(moves.uppercased())\n"
    if diff.people.isEmpty { out += (md ? "" : "  ") + l.t("whatif.nobody") + "\n" }
    var p = TextTable(
      header: ["plan.col.id", "plan.col.name", "whatif.col.base", "whatif.col.variant"].map {
        l.t($0)
      })
    for c in diff.people {
      p.rows.append([c.id, n.participant(c.id), l.say(c.base, n), l.say(c.variant, n)])
    }
    if !diff.people.isEmpty { out += p.render(markdown: md) }
    return out
  }

  /// Candidates ranked best first.
  public static func renderRanking(
    _ ranked: [PlanDiff], format: ReportFormat, localizer l: Localizer = .english
  ) -> String {
    if format == .json { return ReportJSON.encode(ranked) }
    let md = format == .markdown
    var out = md ? "# \(l.t("whatif.ranking"))\n\n" : l.t("whatif.rankingTable") + "\n"
    var t = TextTable(
      header: [
        "whatif.col.rank", "whatif.col.candidate", "whatif.col.served", "whatif.col.unmet",
        "whatif.col.placed", "whatif.col.placementH", "whatif.col.wishes",
      ].map { l.t($0) })
    t.rightAligned = [0, 2, 3, 4, 5, 6]
    for (i, d) in ranked.enumerated() {
      func c(_ n: String) -> String {
        let v = d.figure(n)?.change ?? 0
        return (v > 0 ? "+" : "") + l.number(v)
      }
      let needs =
        (d.figure("unmetMentorHours")?.change ?? 0)
        + (d.figure("missingSocialSessions")?.change ?? 0)
      t.rows.append([
        String(i + 1), d.label, c("served"), (needs > 0 ? "+" : "") + l.number(needs),
        c("inPlacement"),
        c("placementHours"), c("goal4.wishesAndContinuity"),
      ])
    }
    out += t.render(markdown: md)
    return out
  }

  /// A what-if figure's name in words (`goal4.wishesAndContinuity` -> `Goal 4: wishes and
  /// continuity`); an unknown name shows as itself.
  public static func figureName(_ name: String, _ l: Localizer) -> String {
    if name.hasPrefix("goal"), let dot = name.firstIndex(of: ".") {
      let n = String(name[name.index(name.startIndex, offsetBy: 4)..<dot])
      let goal = String(name[name.index(after: dot)...])
      let key = "goal.\(goal)"
      let word = l.t(key)
      return l.t("whatif.goal", n, word == key ? goal : word)
    }
    let key = "figure.\(name)"
    let word = l.t(key)
    return word == key ? name : word
  }

}
