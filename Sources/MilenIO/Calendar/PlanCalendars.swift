import Foundation
import MilenModel

/// The calendars of a plan: one per young person, company and mentor, built from their views
/// (so they hold nothing the view does not), and the coordinator's own.
public enum PlanCalendars {
  /// Why a calendar cannot be made.
  public struct CalendarError: Error, CustomStringConvertible {
    /// The message.
    public var description: String
  }

  static func week(_ plan: Plan) throws -> ISOWeek {
    guard let w = ISOWeek(parsing: plan.week) else {
      throw CalendarError(description: "the plan's week \"\(plan.week)\" is not an ISO week")
    }
    return w
  }

  /// The UID of a thing in a person's calendar: week, owner, thing and day, so next week's
  /// file adds new events and a re-planned week's file updates its own.
  static func uid(_ week: String, _ owner: String, _ thing: String, _ day: Weekday?) -> String {
    ([week, owner, thing] + (day.map { [$0.rawValue] } ?? [])).joined(separator: "/")
      + "@milen.aulum"
  }

  /// The events of one audience.
  public static func events(
    _ plan: Plan, for audience: ViewAudience, scenario: Scenario, localizer l: Localizer
  ) throws -> [CalendarEvent] {
    let w = try week(plan)
    var out: [CalendarEvent] = []
    switch audience {
    case .participant(let id):
      let v = try PlanViews.participantView(plan, id, scenario: scenario)
      let owner = "participant:\(id)"
      if let work = v.work {
        for d in work.days {
          out.append(
            CalendarEvent(
              uid: uid(plan.week, owner, "\(work.placement ? "placement" : "job"):\(work.company.id)", d.day),
              summary: l.t(work.placement ? "ics.placement" : "ics.job", work.company.name),
              location: work.company.name, date: w.dateParts(of: d.day), time: d.time))
        }
      }
      for s in v.sessions {
        out.append(
          CalendarEvent(
            uid: uid(plan.week, owner, "activity:\(s.activity.id)", s.day),
            summary: s.activity.name, date: w.dateParts(of: s.day), time: s.time))
      }
      if let m = v.mentoring {
        out.append(
          CalendarEvent(
            uid: uid(plan.week, owner, "mentor:\(m.mentor.id)", nil),
            summary: l.t("ics.mentor", m.mentor.name, l.number(m.hours)),
            description: l.t(
              "ics.menteeDescription", m.canMeetOn.map(l.dayLong).joined(separator: ", ")),
            date: w.dateParts(of: .mon), time: nil, days: 5))
      }
    case .company(let id):
      let v = try PlanViews.companyView(plan, id, scenario: scenario)
      for p in v.people {
        for d in p.work {
          out.append(
            CalendarEvent(
              uid: uid(plan.week, "company:\(id)", "placement:\(p.id)", d.day),
              summary: l.t("ics.companyPerson", p.name), location: v.company.name,
              date: w.dateParts(of: d.day), time: d.time))
        }
      }
    case .mentor(let id):
      let v = try PlanViews.mentorView(plan, id, scenario: scenario)
      for p in v.mentees {
        out.append(
          CalendarEvent(
            uid: uid(plan.week, "mentor:\(id)", "mentee:\(p.id)", nil),
            summary: l.t("ics.mentee", p.name, l.number(p.hours)),
            description: l.t(
              "ics.menteeDescription", p.canMeetOn.map(l.dayLong).joined(separator: ", ")),
            date: w.dateParts(of: .mon), time: nil, days: 5))
      }
    }
    return out.sorted { ($0.date, $0.time?.start.minutes ?? -1, $0.uid) < ($1.date, $1.time?.start.minutes ?? -1, $1.uid) }
  }

  /// The coordinator's week: the sessions they run (the teaching day among them) and one
  /// company visit per company with people placed, on the day most of them are there (the
  /// earliest such day), for an hour from the earliest start that day.
  public static func coordinatorEvents(_ plan: Plan, scenario: Scenario, localizer l: Localizer)
    throws -> [CalendarEvent]
  {
    let w = try week(plan)
    let owner = "coordinator"
    var out: [CalendarEvent] = []
    for a in scenario.activities where a.runByCoordinator || a.kind == .teaching {
      let who = plan.activities.first { $0.id == a.id }?.attendees ?? []
      let names = who.compactMap { id in plan.participants.first { $0.id == id }?.name }
      out.append(
        CalendarEvent(
          uid: uid(plan.week, owner, "activity:\(a.id)", a.day),
          summary: l.t("ics.runs", a.name),
          description: names.isEmpty ? nil : names.joined(separator: ", "),
          date: w.dateParts(of: a.day), time: a.time))
    }
    for c in plan.companies where !c.participants.isEmpty {
      let placed = plan.participants.filter { $0.company == c.id }
      var best: (day: Weekday, people: [ParticipantWeek])?
      for d in Weekday.workdays {
        let here = placed.filter { p in p.work.contains { $0.day == d } }
        if !here.isEmpty && here.count > (best?.people.count ?? 0) { best = (d, here) }
      }
      guard let best else { continue }
      let start = best.people.compactMap { p in p.work.first { $0.day == best.day }?.time.start }
        .min()!
      let end = TimeOfDay(minutes: min(start.minutes + 60, 1440))
      let name = scenario.companies.first { $0.id == c.id }?.name ?? c.id
      out.append(
        CalendarEvent(
          uid: uid(plan.week, owner, "visit:\(c.id)", nil), summary: l.t("ics.visit", name),
          description: l.t(
            "ics.visitDescription", best.people.map(\.name).joined(separator: ", ")),
          location: name, date: w.dateParts(of: best.day),
          time: TimeWindow(start: start, end: end)))
    }
    return out.sorted { ($0.date, $0.time?.start.minutes ?? -1, $0.uid) < ($1.date, $1.time?.start.minutes ?? -1, $1.uid) }
  }

  /// One audience's calendar as iCalendar text.
  public static func ics(
    _ plan: Plan, for audience: ViewAudience, scenario: Scenario, localizer l: Localizer,
    stamp: Date
  ) throws -> String {
    let name: String
    switch audience {
    case .company(let id): name = try PlanViews.companyView(plan, id, scenario: scenario).company.name
    case .mentor(let id): name = try PlanViews.mentorView(plan, id, scenario: scenario).mentor.name
    case .participant(let id):
      name = try PlanViews.participantView(plan, id, scenario: scenario).participant.name
    }
    return ICSCalendar.render(
      name: l.t("ics.calendarName", name, l.weekTitle(plan.week)),
      events: try events(plan, for: audience, scenario: scenario, localizer: l), stamp: stamp)
  }

  /// The coordinator's calendar as iCalendar text.
  public static func coordinatorICS(
    _ plan: Plan, scenario: Scenario, localizer l: Localizer, stamp: Date
  ) throws -> String {
    ICSCalendar.render(
      name: l.t("ics.calendarName", l.t("ics.coordinator"), l.weekTitle(plan.week)),
      events: try coordinatorEvents(plan, scenario: scenario, localizer: l), stamp: stamp)
  }
}
