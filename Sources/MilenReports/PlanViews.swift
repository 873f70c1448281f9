import Foundation
import MilenFormats
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

  /// The view as text (table or Markdown), in the localizer's language. `names` (the
  /// scenario's and plan's, ``Names/init(_:plan:details:)``) may be given when many views of
  /// one plan are rendered, so that they are made once.
  public static func render(
    _ plan: Plan, for audience: ViewAudience, scenario: Scenario, markdown: Bool = false,
    localizer l: Localizer = .english, names given: Names? = nil
  ) throws -> String {
    let bullet = markdown ? "- " : "  "
    let head = markdown ? "# " : ""
    let week = l.weekTitle(plan.week)
    let names = given ?? Names(scenario, plan: plan)
    /// Where to go and whom to call about one line of the week, indented under it.
    func details(_ place: String?, _ contact: ContactLine?) -> String {
      let lines = [place.map { l.say(.place($0), names) }, contact.map { l.say($0, names) }]
      return lines.compactMap { $0 }.map { bullet + "  " + $0 + "\n" }.joined()
    }
    switch audience {
    case .company(let id):
      let v = try companyView(plan, id, scenario: scenario)
      var out = head + l.t("view.company.title", v.company.name, week) + "\n\n"
      if v.people.isEmpty { out += bullet + l.t("view.company.nobody") + "\n" }
      var t = TextTable(
        header: ["view.col.name", "view.col.daysHours", "view.col.hours", "view.col.week"].map {
          l.t($0)
        })
      t.rightAligned = [2, 3]
      for p in v.people {
        t.rows.append([
          p.name, l.workDays(p.work), l.number(p.hours), p.placementWeek.map(String.init) ?? "-",
        ])
      }
      if !v.people.isEmpty { out += t.render(markdown: markdown) }
      out += "\n" + bullet + l.say(.coordinator(v.coordinator), names) + "\n"
      return out
    case .mentor(let id):
      let v = try mentorView(plan, id, scenario: scenario)
      var out = head + l.t("view.mentor.title", v.mentor.name, week) + "\n\n"
      if v.mentees.isEmpty { out += bullet + l.t("view.mentor.nobody") + "\n" }
      var t = TextTable(
        header: ["view.col.name", "view.col.hours", "view.col.canMeet", "view.col.phone"].map {
          l.t($0)
        })
      t.rightAligned = [1]
      for p in v.mentees {
        t.rows.append([
          p.name, l.number(p.hours), p.canMeetOn.map(l.dayShort).joined(separator: ", "),
          p.phone ?? "",
        ])
      }
      if !v.mentees.isEmpty { out += t.render(markdown: markdown) }
      out +=
        "\n" + bullet
        + l.t("view.mentor.hours", l.number(v.hoursThisWeek), l.number(v.hoursPerWeek)) + "\n"
      out += bullet + l.say(.coordinator(v.coordinator), names) + "\n"
      return out
    case .participant(let id):
      let v = try participantView(plan, id, scenario: scenario)
      var out = head + l.t("view.participant.title", v.participant.name, week) + "\n\n"
      if v.waiting { return out + bullet + l.t("view.participant.waiting") + "\n" }
      if let w = v.work {
        if w.placement {
          out +=
            bullet
            + l.t(
              "view.participant.placement", w.company.name, l.workDays(w.days), l.number(w.hours))
            + "\n"
        } else {
          out += bullet + l.t("view.participant.job", w.company.name) + "\n"
        }
        out += details(w.place, w.contact.map { .company(w.company.id, $0) })
      }
      if let m = v.mentoring {
        out += bullet + l.t("view.participant.mentor", m.mentor.name, l.number(m.hours)) + "\n"
        out += details(m.place, m.contact.map { .mentor(m.mentor.id, $0) })
      }
      for a in v.sessions {
        out += bullet + "\(a.activity.name): \(l.dayShort(a.day)) \(a.time)\n"
        out += details(a.place, a.contact.map { .activity(a.activity.id, $0) })
      }
      out += "\n" + bullet + l.say(.coordinator(v.coordinator), names) + "\n"
      return out
    }
  }
}
