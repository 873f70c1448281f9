import Foundation
import MilenFormats
import MilenModel

/// How a plan is shown.
public enum ReportFormat: String, CaseIterable, Sendable {
  case table, json, markdown
}

/// Wall-clock figures of a run; shown in reports but never in the JSON plan (which must repeat
/// byte for byte).
public struct RunTiming: Sendable {
  /// Building the model, seconds.
  public var build: Double
  /// Inside GLPK, seconds.
  public var solve: Double
  /// Process start (or run start) to plan, seconds.
  public var total: Double

  /// Timing figures.
  public init(build: Double, solve: Double, total: Double) {
    self.build = build
    self.solve = solve
    self.total = total
  }
}

/// A plain text table with aligned columns.
package struct TextTable {
  package var header: [String]
  package var rows: [[String]] = []
  package var rightAligned: Set<Int> = []

  package init(header: [String], rows: [[String]] = [], rightAligned: Set<Int> = []) {
    self.header = header
    self.rows = rows
    self.rightAligned = rightAligned
  }

  package func render(markdown: Bool) -> String {
    if markdown {
      let esc = { (s: String) in s.replacingOccurrences(of: "|", with: "\\|") }
      var out = "| " + header.map(esc).joined(separator: " | ") + " |\n"
      out +=
        "|" + header.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined() + "\n"
      for r in rows { out += "| " + r.map(esc).joined(separator: " | ") + " |\n" }
      return out
    }
    var widths = header.map(\.count)
    for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { i, c in
        let pad = String(repeating: " ", count: widths[i] - c.count)
        return rightAligned.contains(i) ? pad + c : c + pad
      }.joined(separator: "  ").replacingOccurrences(
        of: #"\s+$"#, with: "", options: .regularExpression)
    }
    var out = line(header) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
    for r in rows { out += line(r) + "\n" }
    return out
  }
}

/// How a report is written: its language, and whether the solver's own figures are shown.
public struct ReportStyle: Sendable {
  /// Words, numbers and dates.
  public var localizer: Localizer
  /// Show the solver's figures (model size, simplex iterations, nodes, bounds, gaps, LP
  /// relaxations); without it the report says only whether the plan is the best possible.
  public var details: Bool
  /// The names shown for ids (from the scenario; empty: ids are shown).
  public var names: Names

  /// A style.
  public init(language: Language = .en, details: Bool = false, names: Names = Names()) {
    self.localizer = Localizer(language)
    self.details = details
    self.names = names
  }

  /// English with every solver figure: the library's default, as the reports were first made.
  public static let englishDetailed = ReportStyle(language: .en, details: true)
}

/// Renders a plan for the coordinator: every participant's week, the loads, the programme and
/// solver figures.
public enum PlanReport {
  /// The plan in the given format. `timing` is shown in table and markdown output only.
  public static func render(
    _ plan: Plan, format: ReportFormat, timing: RunTiming? = nil,
    style: ReportStyle = .englishDetailed
  ) -> String {
    switch format {
    case .json: return PlanFile.jsonText(plan)
    case .table: return text(plan, markdown: false, timing: timing, style: style)
    case .markdown: return text(plan, markdown: true, timing: timing, style: style)
    }
  }

  static func h(_ x: Double) -> String { fmt(x) }

  /// Work days grouped by identical hours: `mon,wed,thu 08:00-15:30; tue 08:00-12:30`.
  static func days(_ work: [WorkDay]) -> String { Localizer.english.workDays(work) }

  static func text(_ plan: Plan, markdown: Bool, timing: RunTiming?, style: ReportStyle) -> String {
    let l = style.localizer
    let n = style.names
    let h = l.number
    let title = { (t: String) in markdown ? "\n## \(t)\n\n" : "\n\(t.uppercased())\n" }
    let heading = l.t("plan.title", l.weekTitle(plan.week))
    var out = markdown ? "# \(heading)\n" : "\(heading)\n"
    out += title(l.t("plan.participants"))
    var t = TextTable(
      header: [
        "plan.col.id", "plan.col.name", "plan.col.status", "plan.col.track", "plan.col.place",
        "plan.col.work", "plan.col.h", "plan.col.mentor", "plan.col.mentorh", "plan.col.activities",
      ].dropFirst(style.details ? 0 : 1).map { l.t($0) })
    // Names, not ids: the id column only with --details (a shared name shows its id anyway).
    t.rightAligned = style.details ? [6, 8] : [5, 7]
    for p in plan.participants {
      let place = p.company.map(n.company) ?? p.employer.map { "(\(n.company($0)))" } ?? "-"
      let mentor = p.mentor.map(n.mentor) ?? "-"
      var mh = p.mentor == nil ? "-" : h(p.mentorHours)
      if p.unmetMentorHours > 1e-9 { mh += " (-\(h(p.unmetMentorHours)))" }
      t.rows.append(
        (style.details ? [p.id] : []) + [
          n.participant(p.id), l.status(p.status), l.track(p.track), place,
          p.work.isEmpty ? "-" : l.workDays(p.work),
          p.company == nil ? "-" : h(p.workHours), mentor, mh,
          p.activities.isEmpty ? "-" : p.activities.map(n.activity).joined(separator: ", "),
        ])
    }
    out += t.render(markdown: markdown)
    let notes = plan.participants.filter { !$0.notes.isEmpty }
    if !notes.isEmpty {
      out += title(l.t("plan.notes"))
      for p in notes {
        for note in p.notes {
          out += (markdown ? "- " : "  ") + "\(n.participant(p.id)): \(l.say(note, n))\n"
        }
      }
    }
    if let moves = plan.moves, !moves.isEmpty {
      out += title(l.t("plan.moves"))
      for (i, m) in moves.enumerated() {
        out += (markdown ? "\(i + 1). " : "  \(i + 1). ") + l.say(m, n) + "\n"
      }
      out += (markdown ? "\n" : "  ") + l.t("plan.moveHint") + "\n"
    }
    if let changes = plan.changes {
      out += title(
        plan.previousWeek.map { l.t("plan.changesSince", l.weekShort($0)) }
          ?? l.t("plan.changesSinceLast"))
      if changes.isEmpty {
        out += (markdown ? "" : "  ") + l.t("plan.noChanges") + "\n"
      }
      for ch in changes {
        let arrow: String
        switch (ch.from, ch.to) {
        case (let a?, let b?): arrow = " \(l.say(a, n)) -> \(l.say(b, n))"
        case (let a?, nil): arrow = " " + l.t("change.from", l.say(a, n))
        case (nil, let b?): arrow = " " + l.t("change.to", l.say(b, n))
        default: arrow = ""
        }
        out +=
          (markdown ? "- " : "  ")
          + "\(n.participant(ch.participant)) \(l.t("change.\(ch.kind.rawValue)"))\(arrow): "
          + "\(l.say(ch.reason, n))\n"
      }
      if let v = plan.voluntaryChanges {
        out += (markdown ? "- " : "  ") + l.t("plan.voluntaryChanges", String(v)) + "\n"
      }
    }
    out += title(l.t("plan.companies"))
    var c = TextTable(
      header: [
        "plan.col.company", "plan.col.placed", "plan.col.slots", "plan.col.legalRoom",
        "plan.col.perDay", "plan.col.participants",
      ].map { l.t($0) })
    c.rightAligned = [1, 2, 3]
    for co in plan.companies {
      let perDay = Weekday.workdays.compactMap { d in
        co.perDay[d.rawValue].map { "\(l.dayShort(d)) \($0)" }
      }
      c.rows.append([
        n.company(co.id), String(co.participants.count), String(co.slots), String(co.legalRoom),
        perDay.isEmpty ? "-" : perDay.joined(separator: ", "),
        co.participants.isEmpty ? "-" : co.participants.map(n.participant).joined(separator: ", "),
      ])
    }
    out += c.render(markdown: markdown)
    if !plan.mentors.isEmpty {
      out += title(l.t("plan.mentors"))
      var m = TextTable(
        header: [
          "plan.col.mentor", "plan.col.hours", "plan.col.of", "plan.col.mentees", "plan.col.of",
          "plan.col.who",
        ].map { l.t($0) })
      m.rightAligned = [1, 2, 3, 4]
      for me in plan.mentors {
        m.rows.append([
          n.mentor(me.id), h(me.hours), h(me.hoursPerWeek), String(me.mentees.count),
          String(me.maxMentees),
          me.mentees.isEmpty ? "-" : me.mentees.map(n.participant).joined(separator: ", "),
        ])
      }
      out += m.render(markdown: markdown)
    }
    if !plan.activities.isEmpty {
      out += title(l.t("plan.activities"))
      var a = TextTable(
        header: ["plan.col.activity", "plan.col.attend", "plan.col.seats", "plan.col.who"].map {
          l.t($0)
        })
      a.rightAligned = [1, 2]
      for ac in plan.activities {
        a.rows.append([
          n.activity(ac.id), String(ac.attendees.count), String(ac.seats),
          ac.attendees.isEmpty ? "-" : ac.attendees.map(n.participant).joined(separator: ", "),
        ])
      }
      out += a.render(markdown: markdown)
    }
    let pr = plan.programme
    out += title(l.t("plan.programme"))
    let lines = programmeLines(pr, l)
    out += keyValues(lines, markdown: markdown)
    for r in pr.shortfallReasons {
      out += (markdown ? "- " : "  ") + l.t("programme.short", l.say(r, n)) + "\n"
    }
    if let bc = plan.businessCase {
      out += title(l.t("plan.businessCase"))
      out += keyValues(businessCaseLines(bc, l, names: n), markdown: markdown)
      out += title(l.t("business.assumptions"))
      out += BusinessCaseReport.assumptionTable(bc, l, markdown: markdown)
    }
    let so = plan.solver
    out += title(l.t("plan.solver"))
    var kv: [(String, String)] = []
    if style.details {
      kv = [
        (l.t("solver.status"), so.status),
        (
          l.t("solver.model"),
          l.t(
            "solver.modelValue", String(so.variables), String(so.integerVariables),
            String(so.constraints))
        ),
        (
          l.t("solver.work"),
          l.t("solver.workValue", String(so.simplexIterations), String(so.nodes))
        ),
      ]
      for g in so.goals {
        kv.append(
          (
            l.t("solver.goal", String(g.priority), g.name),
            (g.bound == nil
              ? l.number(g.objective) + " ("
              : l.t(
                "solver.goalValue", l.number(g.objective), l.number(g.bound!),
                l.number((g.gap ?? 0) * 100)))
              + (g.lpRelaxation.map { l.t("solver.lpRelaxation", l.number($0)) } ?? "")
              + "\(g.status))"
          ))
      }
    } else {
      kv.append((l.t("solver.quality"), l.t(quality(so.status))))
    }
    if let timing {
      kv.append(
        (
          l.t("solver.time"),
          l.t(
            "solver.timeValue", seconds(timing.total, l), seconds(timing.build, l),
            seconds(timing.solve, l))
        ))
    }
    out += keyValues(kv, markdown: markdown)
    return out
  }

  /// The programme's figures as label-value lines: enrolled, admitted, waiting, served, in
  /// placement, employed, break-even and the coordinator's hours.
  public static func programmeLines(_ pr: ProgrammeFigures, _ l: Localizer) -> [(
    String, String
  )] {
    let h = l.number
    return [
      (l.t("programme.enrolled"), "\(pr.enrolled)"),
      (l.t("programme.admitted"), "\(pr.admitted)"),
      (l.t("programme.waiting"), "\(pr.waiting)"), (l.t("programme.served"), "\(pr.served)"),
      (l.t("programme.inPlacement"), "\(pr.inPlacement)"),
      (l.t("programme.employed"), "\(pr.employed)"),
      (
        l.t("programme.breakEven"),
        l.t(
          "programme.breakEvenValue", String(pr.breakEven), String(pr.target),
          l.t("breakEven.\(pr.status.rawValue)"), l.signed(pr.margin))
      ),
      (
        l.t("programme.coordinatorHours"),
        l.t("of", h(pr.coordinatorHoursUsed), h(pr.coordinatorHours))
      ),
    ]
  }

  /// The catalogue key that says in plain words how good the plan is.
  static func quality(_ status: String) -> String {
    switch status {
    case "optimal": return "solver.quality.optimal"
    case "feasibleAtTimeLimit", "feasibleAtLimit": return "solver.quality.timeLimit"
    case "workLimit": return "solver.quality.workLimit"
    default: return "solver.quality.other"
    }
  }

  static func seconds(_ x: Double, _ l: Localizer) -> String {
    let s = String(format: "%.3f", x)
    return l.language == .da ? s.replacingOccurrences(of: ".", with: ",") : s
  }

  /// The business case as label-value lines.
  public static func businessCaseLines(
    _ bc: BusinessCase, _ l: Localizer = .english, names: Names = Names()
  ) -> [(
    String, String
  )] {
    BusinessCaseReport.lines(bc, l, names: names)
  }

  static func keyValues(_ kv: [(String, String)], markdown: Bool) -> String {
    if markdown { return kv.map { "- **\($0.0)**: \($0.1)\n" }.joined() }
    let w = kv.map(\.0.count).max() ?? 0
    return kv.map {
      "  " + $0.0 + String(repeating: " ", count: w - $0.0.count) + "  " + $0.1 + "\n"
    }.joined()
  }
}
