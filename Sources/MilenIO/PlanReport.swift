import Foundation
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
struct TextTable {
  var header: [String]
  var rows: [[String]] = []
  var rightAligned: Set<Int> = []

  func render(markdown: Bool) -> String {
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

/// Renders a plan for the coordinator: every participant's week, the loads, the programme and
/// solver figures.
public enum PlanReport {
  /// The plan in the given format. `timing` is shown in table and markdown output only.
  public static func render(_ plan: Plan, format: ReportFormat, timing: RunTiming? = nil) -> String
  {
    switch format {
    case .json: return PlanFile.jsonText(plan)
    case .table: return text(plan, markdown: false, timing: timing)
    case .markdown: return text(plan, markdown: true, timing: timing)
    }
  }

  static func h(_ x: Double) -> String { fmt(x) }

  /// Work days grouped by identical hours: `mon,wed,thu 08:00-15:30; tue 08:00-12:30`.
  static func days(_ work: [WorkDay]) -> String {
    var groups: [(days: [Weekday], time: TimeWindow)] = []
    for w in work {
      if let i = groups.firstIndex(where: { $0.time == w.time }) {
        groups[i].days.append(w.day)
      } else {
        groups.append(([w.day], w.time))
      }
    }
    return groups.map { g in g.days.map(\.rawValue).joined(separator: ",") + " \(g.time)" }
      .joined(separator: "; ")
  }

  static func text(_ plan: Plan, markdown: Bool, timing: RunTiming?) -> String {
    let title = { (t: String) in markdown ? "\n## \(t)\n\n" : "\n\(t.uppercased())\n" }
    var out = markdown ? "# Milen plan, week \(plan.week)\n" : "Milen plan, week \(plan.week)\n"
    out += title("Participants")
    var t = TextTable(
      header: [
        "id", "name", "status", "track", "company / employer", "work", "h", "mentor", "mentor h",
        "activities",
      ])
    t.rightAligned = [6, 8]
    for p in plan.participants {
      let place = p.company ?? p.employer.map { "(\($0))" } ?? "-"
      let mentor = p.mentor ?? "-"
      var mh = p.mentor == nil ? "-" : h(p.mentorHours)
      if p.unmetMentorHours > 1e-9 { mh += " (-\(h(p.unmetMentorHours)))" }
      t.rows.append([
        p.id, p.name, p.status.rawValue, p.track.rawValue, place,
        p.work.isEmpty ? "-" : days(p.work),
        p.company == nil ? "-" : h(p.workHours), mentor, mh,
        p.activities.isEmpty ? "-" : p.activities.joined(separator: ", "),
      ])
    }
    out += t.render(markdown: markdown)
    let notes = plan.participants.filter { !$0.notes.isEmpty }
    if !notes.isEmpty {
      out += title("Notes")
      for p in notes {
        for n in p.notes { out += (markdown ? "- " : "  ") + "\(p.id): \(n)\n" }
      }
    }
    if let changes = plan.changes {
      out += title("Changes since \(plan.previousWeek ?? "last week")")
      if changes.isEmpty {
        out += (markdown ? "" : "  ") + "No changes.\n"
      }
      for ch in changes {
        let arrow: String
        switch (ch.from, ch.to) {
        case (let a?, let b?): arrow = " \(a) -> \(b)"
        case (let a?, nil): arrow = " from \(a)"
        case (nil, let b?): arrow = " to \(b)"
        default: arrow = ""
        }
        out +=
          (markdown ? "- " : "  ") + "\(ch.participant) \(ch.kind.rawValue)\(arrow): \(ch.reason)\n"
      }
      if let v = plan.voluntaryChanges {
        out += (markdown ? "- " : "  ") + "Voluntary changes of company or mentor: \(v)\n"
      }
    }
    out += title("Companies")
    var c = TextTable(header: [
      "company", "placed", "slots", "legal room", "per day", "participants",
    ])
    c.rightAligned = [1, 2, 3]
    for co in plan.companies {
      let perDay = Weekday.workdays.compactMap { d in
        co.perDay[d.rawValue].map { "\(d.rawValue) \($0)" }
      }
      c.rows.append([
        co.id, String(co.participants.count), String(co.slots), String(co.legalRoom),
        perDay.isEmpty ? "-" : perDay.joined(separator: ", "),
        co.participants.isEmpty ? "-" : co.participants.joined(separator: ", "),
      ])
    }
    out += c.render(markdown: markdown)
    if !plan.mentors.isEmpty {
      out += title("Mentors")
      var m = TextTable(header: ["mentor", "hours", "of", "mentees", "of", "who"])
      m.rightAligned = [1, 2, 3, 4]
      for me in plan.mentors {
        m.rows.append([
          me.id, h(me.hours), h(me.hoursPerWeek), String(me.mentees.count), String(me.maxMentees),
          me.mentees.isEmpty ? "-" : me.mentees.joined(separator: ", "),
        ])
      }
      out += m.render(markdown: markdown)
    }
    if !plan.activities.isEmpty {
      out += title("Activities")
      var a = TextTable(header: ["activity", "attend", "seats", "who"])
      a.rightAligned = [1, 2]
      for ac in plan.activities {
        a.rows.append([
          ac.id, String(ac.attendees.count), String(ac.seats),
          ac.attendees.isEmpty ? "-" : ac.attendees.joined(separator: ", "),
        ])
      }
      out += a.render(markdown: markdown)
    }
    let pr = plan.programme
    out += title("Programme")
    let statusText: String
    switch pr.status {
    case .atTarget: statusText = "at target"
    case .aboveBreakEven: statusText = "above break-even"
    case .belowBreakEven: statusText = "BELOW break-even"
    }
    let lines = [
      ("Enrolled", "\(pr.enrolled)"), ("Admitted from the waiting list", "\(pr.admitted)"),
      ("Still waiting", "\(pr.waiting)"), ("Served", "\(pr.served)"),
      ("In placement", "\(pr.inPlacement)"),
      ("In job, flex-job or apprenticeship", "\(pr.employed)"),
      (
        "Break-even",
        "\(pr.breakEven) (target \(pr.target)): \(statusText), margin \(pr.margin >= 0 ? "+" : "")\(pr.margin)"
      ),
      ("Coordinator hours", "\(h(pr.coordinatorHoursUsed)) of \(h(pr.coordinatorHours))"),
    ]
    out += keyValues(lines, markdown: markdown)
    for r in pr.shortfallReasons { out += (markdown ? "- " : "  ") + "Short: \(r)\n" }
    if let bc = plan.businessCase {
      out += title("Business case")
      out += keyValues(businessCaseLines(bc), markdown: markdown)
    }
    let so = plan.solver
    out += title("Solver")
    var kv = [
      ("Status", so.status),
      (
        "Model",
        "\(so.variables) variables (\(so.integerVariables) integer), \(so.constraints) constraints"
      ),
      ("Work", "\(so.simplexIterations) simplex iterations, \(so.nodes) branch-and-bound nodes"),
    ]
    for g in so.goals {
      kv.append(
        (
          "Goal \(g.priority) \(g.name)",
          "\(fmt(g.objective)) (bound \(fmt(g.bound)), gap \(fmt(g.gap * 100)) %, "
            + (g.lpRelaxation.map { "LP relaxation \(fmt($0)), " } ?? "") + "\(g.status))"
        ))
    }
    if let timing {
      kv.append(
        (
          "Time",
          String(
            format: "%.3f s (model %.3f s, GLPK %.3f s)", timing.total, timing.build, timing.solve)
        ))
    }
    out += keyValues(kv, markdown: markdown)
    return out
  }

  /// The business case as label-value lines.
  static func businessCaseLines(_ bc: BusinessCase) -> [(String, String)] {
    func dkk(_ x: Double) -> String {
      guard x.isFinite, abs(x) < 1e15 else { return "\(x) DKK" }
      let n = Int(x.rounded())
      let digits = String(abs(n))
      var grouped = ""
      for (i, ch) in digits.reversed().enumerated() {
        if i > 0 && i % 3 == 0 { grouped.append(".") }
        grouped.append(ch)
      }
      return (n < 0 ? "-" : "") + String(grouped.reversed()) + " DKK"
    }
    let sign = { (n: Int) in n >= 0 ? "+\(n)" : "\(n)" }
    return [
      ("Cost of the positions", "\(dkk(bc.annualCost)) a year"),
      (
        "Saving per participant",
        "\(dkk(bc.savingPerParticipantPerYear)) a year (\(bc.savingSource))"
      ),
      (
        "Break-even",
        "stated \(bc.statedBreakEven) (target \(bc.target)); derived from the saving: \(bc.derivedBreakEven)"
      ),
      (
        "This week",
        "\(bc.served) served: \(sign(bc.marginStated)) against the stated, \(sign(bc.marginDerived)) against the derived"
      ),
      ("Net a year at this count", dkk(bc.annualNet)),
    ]
  }

  static func keyValues(_ kv: [(String, String)], markdown: Bool) -> String {
    if markdown { return kv.map { "- **\($0.0)**: \($0.1)\n" }.joined() }
    let w = kv.map(\.0.count).max() ?? 0
    return kv.map {
      "  " + $0.0 + String(repeating: " ", count: w - $0.0.count) + "  " + $0.1 + "\n"
    }.joined()
  }
}
