import Foundation
import MilenFormats
import MilenModel

/// The coordinator's week as a grid: days across, people down, each cell what the person does
/// that day (work, job, sessions) in time order. The printable week's overview page and the
/// planning page (`milen serve`) both draw it.
public struct WeekGrid: Sendable {
  /// One column: a weekday and its date in words.
  public struct Day: Sendable {
    /// The weekday.
    public var day: Weekday
    /// Its name (`Mandag`).
    public var name: String
    /// Its date (`5. januar`), empty when the week cannot be read.
    public var date: String
  }

  /// One thing in a cell.
  public struct Item: Sendable {
    /// What kind: `work` (a placement), `job` (an employer of one's own) or `session`.
    public var kind: String
    /// From when to when.
    public var time: String
    /// The company's or the session's name.
    public var what: String
    /// The company's or the activity's id.
    public var id: String
  }

  /// One person's row.
  public struct Row: Sendable {
    /// The participant's id.
    public var id: String
    /// Their name.
    public var name: String
    /// Their status this week.
    public var status: ParticipantStatus
    /// Under the name: the track (or waiting) and the mentor's hours.
    public var sub: String
    /// One cell per column, each its items in time order.
    public var cells: [[Item]]
  }

  /// The columns.
  public var days: [Day]
  /// The rows, in the plan's order.
  public var rows: [Row]

  /// The days shown: Monday to Friday, and Saturday or Sunday when an activity falls on them.
  public static func shownDays(_ s: Scenario) -> [Weekday] {
    Weekday.allCases.filter { d in d.isWorkday || s.activities.contains { $0.day == d } }
  }

  /// The grid of a plan: every person's row, or only the rows of the people at `only`
  /// (indices into `plan.participants`, in that order), so that a page of a large week
  /// (`milen serve`) draws its own rows and no others.
  public init(_ plan: Plan, scenario s: Scenario, localizer l: Localizer, only: [Int]? = nil) {
    let shown = WeekGrid.shownDays(s)
    let w = ISOWeek(parsing: plan.week)
    days = shown.map { d in
      var date = ""
      if let x = w?.date(of: d) {
        date = l.language == .da ? "\(x.day). \(l.month(x.month))" : "\(x.day) \(l.month(x.month))"
      }
      return Day(day: d, name: l.dayLong(d).capitalized, date: date)
    }
    let people = only.map { $0.map { plan.participants[$0] } } ?? plan.participants
    rows = people.map { p in
      let v = try? PlanViews.participantView(plan, p.id, scenario: s)
      let cells: [[Item]] = shown.map { d in
        var items: [(TimeOfDay, Item)] = []
        if let work = v?.work {
          for x in work.days where x.day == d {
            items.append(
              (
                x.time.start,
                Item(
                  kind: work.placement ? "work" : "job", time: x.time.description,
                  what: work.company.name, id: work.company.id)
              ))
          }
        }
        for x in v?.sessions ?? [] where x.day == d {
          items.append(
            (
              x.time.start,
              Item(
                kind: "session", time: x.time.description, what: x.activity.name,
                id: x.activity.id)
            ))
        }
        return items.sorted { $0.0 < $1.0 }.map(\.1)
      }
      var sub: String
      switch p.status {
      case .waiting, .left: sub = l.status(p.status)
      case .enrolled, .admitted: sub = l.track(p.track)
      }
      if let m = v?.mentoring {
        sub += " · " + l.t("html.mentorHours", m.mentor.name, l.number(m.hours))
      }
      // An empty row says why: waiting, left, or nothing planned this week.
      if cells.allSatisfy(\.isEmpty), p.status == .enrolled || p.status == .admitted {
        sub += " · " + l.t("html.nothingThisWeek")
      }
      return Row(id: p.id, name: p.name, status: p.status, sub: sub, cells: cells)
    }
  }
}
