import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow

/// The report's output formats.
public enum SeasonFormat: String, CaseIterable, Sendable {
  /// Plain text for the terminal.
  case text
  /// The printable page, with its charts as inline SVG.
  case html
  /// Danish Excel sheets.
  case csv
  /// JSON for tools (the report's fields, English keys, raw numbers).
  case json
}

/// The season's report rendered in each format, its words in one language.
public enum SeasonRender {
  /// The report as stable JSON (sorted keys, two-space indent), ending in a newline.
  public static func json(_ r: SeasonReport) -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? e.encode(r)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The period's line, or that there is nothing in it.
  static func period(_ r: SeasonReport, _ w: SeasonWords) -> String {
    r.weeks.isEmpty ? w(.empty) : w(.period(from: r.from, to: r.to, weeks: r.weeks.count))
  }

  /// The name of a person in an evaluation list, with the place and why between placements.
  static func entry(_ p: PersonEntry, _ w: SeasonWords) -> String {
    var extra: [String] = []
    if let place = p.place { extra.append(place) }
    if let b = p.between { extra.append(w(.between(b))) }
    return extra.isEmpty ? p.name : "\(p.name) (\(extra.joined(separator: ", ")))"
  }

  /// A spell's weeks in words.
  static func spellWeeks(_ s: BenefitSpell, _ w: SeasonWords) -> String {
    s.fromFirstWeekSeen ? w(.atLeastWeeks(s.weeks)) : w(.weeks(s.weeks))
  }

  /// The rows of the week-by-week table.
  static func weekRows(_ r: SeasonReport, _ w: SeasonWords) -> (header: [String], rows: [[String]])
  {
    let header: [SeasonLabel] = [
      .week, .served, .breakEven, .admitted, .waiting, .inPlacement, .placementHours, .employed,
      .offBenefit, .saved,
    ]
    return (
      header.map { w($0) },
      r.weeks.map {
        [
          w.weekOfYear($0.week), String($0.served), String($0.breakEven), String($0.admitted),
          String($0.waiting), String($0.inPlacement), w.number($0.placementHours),
          String($0.employed), String($0.offBenefit), w.money($0.benefitSaved),
        ]
      }
    )
  }

  /// The rows of a business-case table (months, quarters or the whole period).
  static func periodRows(_ ps: [PeriodFigures], first: SeasonLabel, _ w: SeasonWords) -> (
    header: [String], rows: [[String]]
  ) {
    (
      [first, .weeks, .cost, .saved, .net, .personWeeksOff].map { w($0) },
      ps.map {
        [
          periodName($0, w), String($0.weeks), w.money($0.cost), w.money($0.saved),
          w.money($0.net), String($0.personWeeksOffBenefit),
        ]
      }
    )
  }

  static func periodName(_ p: PeriodFigures, _ w: SeasonWords) -> String {
    if let m = p.month { return w.month(p.year, m) }
    if let q = p.quarter { return w.quarter(p.year, q) }
    return w(.wholePeriod)
  }

  /// The assumptions: the cost of the positions, then each of the business case's.
  static func assumptionRows(_ r: SeasonReport, _ w: SeasonWords) -> [[String]] {
    AssumptionText.rows(r.assumptions, w.localizer).map { [$0.name, $0.value, $0.source] }
  }

  // MARK: Text

  /// The report as plain text.
  public static func text(_ r: SeasonReport, _ w: SeasonWords) -> String {
    var out = "\(w(.title)) \(period(r, w))\n"
    guard !r.weeks.isEmpty else { return out }
    out += "\n\(w(.evaluation))\n  \(w(.attached(r.attached)))\n"
    for g in r.evaluation {
      out += "  \(w(.category(g.category))): \(g.count)"
      if !g.people.isEmpty {
        out += ": " + g.people.map { entry($0, w) }.joined(separator: ", ")
      }
      out += "\n"
    }
    out += "  \(w(.waitingAtEnd(r.waitingAtEnd.count)))"
    if !r.waitingAtEnd.isEmpty { out += ": " + r.waitingAtEnd.map(\.name).joined(separator: ", ") }
    out += "\n\n\(w(.timeOnBenefit))\n"
    let t = r.timeOnBenefit
    out += "  \(w(.median(weeks: t.medianWeeks, people: t.left.count)))\n"
    for s in t.left {
      out +=
        "  \(s.name): \(spellWeeks(s, w)) (\(w.date(s.from)) - \(w.date(s.leftOn ?? "")))\n"
    }
    if !t.stillOn.isEmpty {
      out +=
        "  \(w(.stillOnBenefit)): "
        + t.stillOn.map { "\($0.name) \(spellWeeks($0, w))" }.joined(separator: ", ") + "\n"
    }
    let months = periodRows(r.months + [r.total], first: .month, w)
    out += "\n\(w(.byMonth))\n" + table(months.header, months.rows)
    let quarters = periodRows(r.quarters + [r.total], first: .quarter, w)
    out += "\n\(w(.byQuarter))\n" + table(quarters.header, quarters.rows)
    out += "  \(w(.periodRule))\n  \(w(.savingRule))\n"
    out += "\n\(w(.assumptions))\n  \(w(.costAssumption(annual: r.annualCost)))\n"
    out += table([w(.assumption), w(.value), w(.source)], assumptionRows(r, w))
    let weeks = weekRows(r, w)
    out += "\n\(w(.weekByWeek))\n" + table(weeks.header, weeks.rows)
    return out
  }

  /// An aligned text table, indented by two spaces; numbers right-aligned.
  static func table(_ header: [String], _ rows: [[String]]) -> String {
    var widths = header.map(\.count)
    for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (i, c) in cells.enumerated() {
        let pad = String(repeating: " ", count: widths[i] - c.count)
        let numeric = i > 0 && c.first.map { $0.isNumber || $0 == "-" } == true
        parts.append(numeric ? pad + c : c + pad)
      }
      return "  "
        + parts.joined(separator: "  ").replacingOccurrences(
          of: "\\s+$", with: "", options: .regularExpression) + "\n"
    }
    return ([header] + rows).map(line).joined()
  }

  // MARK: CSV

  /// The report as Danish Excel sheets: file name -> text. The first is the business case by
  /// month, which `--format csv` prints alone without `-o`.
  public static func sheets(_ r: SeasonReport, _ w: SeasonWords) -> [(file: String, text: String)] {
    let n = CSVText.number
    func periods(_ ps: [PeriodFigures], _ first: SeasonLabel) -> String {
      CSVText.document(
        header: [first, .weeks, .cost, .saved, .net, .personWeeksOff].map { w($0) },
        rows: ps.map {
          [
            periodName($0, w), String($0.weeks), n($0.cost), n($0.saved), n($0.net),
            String($0.personWeeksOffBenefit),
          ]
        })
    }
    let weeks = CSVText.document(
      header: [
        .week, .served, .breakEven, .admitted, .waiting, .inPlacement, .placementHours, .employed,
        .offBenefit, .saved,
      ].map { w($0) },
      rows: r.weeks.map {
        [
          w.weekOfYear($0.week), String($0.served), String($0.breakEven), String($0.admitted),
          String($0.waiting), String($0.inPlacement), n($0.placementHours), String($0.employed),
          String($0.offBenefit), n($0.benefitSaved),
        ]
      })
    let evaluation = CSVText.document(
      header: [w(.category), w(.count), w(.who)],
      rows: r.evaluation.map {
        [
          w(.category($0.category)), String($0.count),
          $0.people.map { entry($0, w) }.joined(separator: ", "),
        ]
      })
    let spells = CSVText.document(
      header: [w(.name), w(.from), w(.leftOn), w(.weeks)],
      rows: (r.timeOnBenefit.left + r.timeOnBenefit.stillOn).map {
        [$0.name, w.date($0.from), $0.leftOn.map(w.date) ?? "", String($0.weeks)]
      })
    let assumptions = CSVText.document(
      header: [w(.assumption), w(.value), w(.source)],
      rows: [[w(.cost), w.money(r.annualCost), w(.costAssumption(annual: r.annualCost))]]
        + assumptionRows(r, w))
    return [
      ("maaneder.csv", periods(r.months + [r.total], .month)),
      ("kvartaler.csv", periods(r.quarters + [r.total], .quarter)),
      ("uger.csv", weeks),
      ("evaluering.csv", evaluation),
      ("tid-paa-ydelse.csv", spells),
      ("antagelser.csv", assumptions),
    ]
  }
}
