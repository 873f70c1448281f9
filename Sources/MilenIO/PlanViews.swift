import Foundation
import MilenModel

/// Who a view is for: each sees only their own part of the plan.
public enum ViewAudience: Hashable, Sendable {
  /// A company: who comes, on which days and hours. No needs, health, track or benefit status.
  case company(String)
  /// A mentor: their mentees and hours. No needs, health, track or benefit status.
  case mentor(String)
  /// A young person: their own week.
  case participant(String)

  /// Parses `company:aubo`, `mentor:m1`, `participant:p07`.
  public init?(parsing text: String) {
    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[1].isEmpty else { return nil }
    switch parts[0] {
    case "company": self = .company(parts[1])
    case "mentor": self = .mentor(parts[1])
    case "participant": self = .participant(parts[1])
    default: return nil
    }
  }
}

/// One audience's part of a plan, built only from the fields that audience may see.
/// Needs, health, track, benefit status, notes and other people's weeks never enter a
/// company's or mentor's view.
public enum PlanViews {
  /// Why a view cannot be made.
  public struct ViewError: Error, CustomStringConvertible {
    /// The message.
    public var description: String
  }

  /// The view as text (table or Markdown).
  public static func render(
    _ plan: Plan, for audience: ViewAudience, scenario: Scenario, markdown: Bool = false
  ) throws -> String {
    let bullet = markdown ? "- " : "  "
    func days(_ work: [WorkDay]) -> String { PlanReport.days(work) }
    switch audience {
    case .company(let id):
      guard let c = scenario.companies.first(where: { $0.id == id }) else {
        throw ViewError(description: "no company \"\(id)\" in the scenario")
      }
      var out = (markdown ? "# " : "") + "\(c.name): placements in week \(plan.week)\n\n"
      let here = plan.participants.filter { $0.company == id }
      if here.isEmpty { out += bullet + "Nobody is placed with you this week.\n" }
      var t = TextTable(header: ["name", "days and hours", "hours", "placement week"])
      t.rightAligned = [2, 3]
      for p in here {
        t.rows.append([
          p.name, days(p.work), fmt(p.workHours), p.placementWeek.map(String.init) ?? "-",
        ])
      }
      if !here.isEmpty { out += t.render(markdown: markdown) }
      out += "\n" + bullet + "Contact: the programme's coordinator.\n"
      return out
    case .mentor(let id):
      guard let m = scenario.mentors.first(where: { $0.id == id }) else {
        throw ViewError(description: "no mentor \"\(id)\" in the scenario")
      }
      var out = (markdown ? "# " : "") + "\(m.name): mentees in week \(plan.week)\n\n"
      let mine = plan.participants.filter { $0.mentor == id }
      if mine.isEmpty { out += bullet + "No mentees this week.\n" }
      var t = TextTable(header: ["name", "hours", "can meet on"])
      t.rightAligned = [1]
      for p in mine {
        let available = scenario.participants.first { $0.id == p.id }?.availability.keys ?? [:].keys
        let common = m.days.filter { available.contains($0) }.sorted().map(\.rawValue)
        t.rows.append([p.name, fmt(p.mentorHours), common.joined(separator: ", ")])
      }
      if !mine.isEmpty { out += t.render(markdown: markdown) }
      out +=
        "\n" + bullet
        + "Hours this week: \(fmt(mine.reduce(0) { $0 + $1.mentorHours })) of \(fmt(m.hoursPerWeek))\n"
      return out
    case .participant(let id):
      guard let p = plan.participants.first(where: { $0.id == id }) else {
        throw ViewError(description: "no participant \"\(id)\" in the plan")
      }
      var out = (markdown ? "# " : "") + "\(p.name): your week \(plan.week)\n\n"
      if p.status == .waiting {
        return out + bullet + "You are on the waiting list. The coordinator will contact you.\n"
      }
      if let c = p.company {
        let name = scenario.companies.first { $0.id == c }?.name ?? c
        out += bullet + "Work placement at \(name): \(days(p.work)) (\(fmt(p.workHours)) h)\n"
      } else if let e = p.employer {
        let name = scenario.companies.first { $0.id == e }?.name ?? e
        out += bullet + "Your job at \(name)\n"
      }
      if let m = p.mentor {
        let name = scenario.mentors.first { $0.id == m }?.name ?? m
        out += bullet + "Mentor: \(name), \(fmt(p.mentorHours)) h this week\n"
      }
      for a in p.activities {
        if let act = scenario.activities.first(where: { $0.id == a }) {
          out += bullet + "\(act.name): \(act.day.rawValue) \(act.time)\n"
        }
      }
      return out
    }
  }
}
