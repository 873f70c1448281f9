import Foundation
import MilenModel
import MilenReports

extension SeasonRender {
  /// The season's three charts (participants against break-even, placements and hours, the
  /// waiting list) as inline SVG elements.
  public static func charts(_ r: SeasonReport, _ w: SeasonWords) -> [String] {
    let weeks = r.weeks.map { IsoWeek(parsing: $0.week).map { String($0.week) } ?? $0.week }
    let served = SeasonChart(
      title: w(.chartServed), weeks: weeks,
      series: [
        .init(
          label: w(.served), kind: .line, colour: "#1f5f99",
          values: r.weeks.map { Double($0.served) }),
        .init(
          label: w(.breakEven), kind: .threshold, colour: "#c0392b",
          values: r.weeks.map { Double($0.breakEven) }),
      ])
    let placements = SeasonChart(
      title: w(.chartPlacements), weeks: weeks,
      series: [
        .init(
          label: w(.placementsLegend), kind: .bars, colour: "#7fb3d5",
          values: r.weeks.map { Double($0.inPlacement) }),
        .init(
          label: w(.hoursLegend), kind: .rightLine, colour: "#d35400",
          values: r.weeks.map(\.placementHours)),
      ])
    let waiting = SeasonChart(
      title: w(.chartWaiting), weeks: weeks,
      series: [
        .init(
          label: w(.waiting), kind: .bars, colour: "#8e7cc3",
          values: r.weeks.map { Double($0.waiting) }),
        .init(
          label: w(.admitted), kind: .bars, colour: "#6aa84f",
          values: r.weeks.map { Double($0.admitted) }),
      ])
    return [served, placements, waiting].map { $0.svg(number: w.number) }
  }

  /// A table; the columns in `numeric` right-aligned.
  static func htmlTable(_ header: [String], _ rows: [[String]], numeric: Set<Int>) -> String {
    var s = "<table><thead><tr>"
    for (i, h) in header.enumerated() {
      s += numeric.contains(i) ? "<th class=\"n\">" : "<th>"
      s += HTMLText.escape(h) + "</th>"
    }
    s += "</tr></thead><tbody>"
    for r in rows {
      s += "<tr>"
      for (i, c) in r.enumerated() {
        s += (numeric.contains(i) ? "<td class=\"n\">" : "<td>") + HTMLText.escape(c) + "</td>"
      }
      s += "</tr>"
    }
    return s + "</tbody></table>"
  }

  /// The season's evaluation and charts as an HTML fragment (the report's body, and the
  /// planning page's season view).
  public static func fragment(_ r: SeasonReport, _ w: SeasonWords, full: Bool) -> String {
    var s =
      "<section class=\"season\"><h2>\(HTMLText.escape(w(full ? .title : .seasonOnPage)))</h2>"
    s += "<p class=\"period\">\(HTMLText.escape(period(r, w)))</p>"
    guard !r.weeks.isEmpty else { return s + "</section>" }
    s += "<h3>\(HTMLText.escape(w(.charts)))</h3><div class=\"charts\">"
    for c in charts(r, w) { s += "<figure>\(c)</figure>" }
    s += "</div>"
    s += "<h3>\(HTMLText.escape(w(.evaluation)))</h3>"
    s += "<p><strong>\(HTMLText.escape(w(.attached(r.attached))))</strong></p>"
    s += htmlTable(
      [w(.category), w(.count), w(.who)],
      r.evaluation.map {
        [
          w(.category($0.category)), String($0.count),
          $0.people.map { entry($0, w) }.joined(separator: ", "),
        ]
      }, numeric: [1])
    s +=
      "<p>\(HTMLText.escape(w(.waitingAtEnd(r.waitingAtEnd.count))))"
      + (r.waitingAtEnd.isEmpty
        ? "" : ": " + HTMLText.escape(r.waitingAtEnd.map(\.name).joined(separator: ", ")))
      + "</p>"
    guard full else { return s + "</section>" }
    let t = r.timeOnBenefit
    s += "<h3>\(HTMLText.escape(w(.timeOnBenefit)))</h3>"
    s += "<p>\(HTMLText.escape(w(.median(weeks: t.medianWeeks, people: t.left.count))))</p>"
    s += htmlTable(
      [w(.name), w(.from), w(.leftOn), w(.weeks)],
      t.left.map { [$0.name, w.date($0.from), w.date($0.leftOn ?? ""), spellWeeks($0, w)] }
        + t.stillOn.map { [$0.name, w.date($0.from), w(.stillOnBenefit), spellWeeks($0, w)] },
      numeric: [3])
    let months = periodRows(r.months + [r.total], first: .month, w)
    let money = Set(1..<6)
    s += "<h3>\(HTMLText.escape(w(.byMonth)))</h3>"
    s += htmlTable(months.header, months.rows, numeric: money)
    let quarters = periodRows(r.quarters + [r.total], first: .quarter, w)
    s += "<h3>\(HTMLText.escape(w(.byQuarter)))</h3>"
    s += htmlTable(quarters.header, quarters.rows, numeric: money)
    s +=
      "<p class=\"note\">\(HTMLText.escape(w(.periodRule))) \(HTMLText.escape(w(.savingRule)))</p>"
    s += "<h3>\(HTMLText.escape(w(.assumptions)))</h3>"
    s += "<p>\(HTMLText.escape(w(.costAssumption(annual: r.annualCost))))</p>"
    s += htmlTable([w(.assumption), w(.value), w(.source)], assumptionRows(r, w), numeric: [])
    let weeks = weekRows(r, w)
    s += "<h3>\(HTMLText.escape(w(.weekByWeek)))</h3>"
    s += htmlTable(weeks.header, weeks.rows, numeric: Set(1..<10))
    return s + "</section>"
  }

  /// The style of the season's HTML (the report and the page's season view).
  public static let style = Templates.text(PackageResources.season_css)

  /// The report as a whole printable HTML page (A4), its charts drawn inline as SVG.
  public static func html(_ r: SeasonReport, _ w: SeasonWords) -> String {
    let lang = w.language == .da ? "da" : "en"
    return """
      <!DOCTYPE html>
      <html lang="\(lang)"><head><meta charset="utf-8">
      <title>\(HTMLText.escape(w(.title))) \(HTMLText.escape(period(r, w)))</title>
      <style>
      body { margin: 24px; }
      \(style)
      </style></head><body>
      \(fragment(r, w, full: true))
      </body></html>

      """
  }
}
