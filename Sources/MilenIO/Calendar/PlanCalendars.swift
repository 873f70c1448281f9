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
              uid: uid(
                plan.week, owner, "\(work.placement ? "placement" : "job"):\(work.company.id)",
                d.day),
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
    return out.sorted {
      ($0.date, $0.time?.start.minutes ?? -1, $0.uid) < (
        $1.date, $1.time?.start.minutes ?? -1, $1.uid
      )
    }
  }

  /// The coordinator's week: the sessions they run (the teaching day among them) and one
  /// company visit per company with people placed: an hour while as many of them as possible
  /// are at work there, on a day and at a time that clashes with no other visit or session
  /// (companies with the most people first; the earliest such slot).
  public static func coordinatorEvents(_ plan: Plan, scenario: Scenario, localizer l: Localizer)
    throws -> [CalendarEvent]
  {
    let w = try week(plan)
    let owner = "coordinator"
    var out: [CalendarEvent] = []
    var busy: [(Weekday, TimeWindow)] = []
    for a in scenario.activities where a.runByCoordinator || a.kind == .teaching {
      let who = plan.activities.first { $0.id == a.id }?.attendees ?? []
      let names = who.compactMap { id in plan.participants.first { $0.id == id }?.name }
      busy.append((a.day, a.time))
      out.append(
        CalendarEvent(
          uid: uid(plan.week, owner, "activity:\(a.id)", a.day),
          summary: l.t("ics.runs", a.name),
          description: names.isEmpty ? nil : names.joined(separator: ", "),
          date: w.dateParts(of: a.day), time: a.time))
    }
    let companies = plan.companies.filter { !$0.participants.isEmpty }.sorted {
      ($0.participants.count, $1.id) > ($1.participants.count, $0.id)
    }
    for c in companies {
      let placed = plan.participants.filter { $0.company == c.id }
      // Candidate hours: every half hour at which someone placed there is at work for an hour.
      var slots: [(day: Weekday, time: TimeWindow, people: [ParticipantWeek])] = []
      for d in Weekday.workdays {
        var starts = Set<Int>()
        for p in placed {
          for wd in p.work where wd.day == d {
            var m = wd.time.start.minutes
            while m + 60 <= wd.time.end.minutes {
              starts.insert(m)
              m += 30
            }
          }
        }
        for m in starts.sorted() {
          let t = TimeWindow(start: TimeOfDay(minutes: m), end: TimeOfDay(minutes: m + 60))
          let here = placed.filter { p in p.work.contains { $0.day == d && $0.time.contains(t) } }
          slots.append((d, t, here))
        }
      }
      slots.sort { a, b in
        (a.people.count, b.day.ordinal, b.time.start.minutes)
          > (b.people.count, a.day.ordinal, a.time.start.minutes)
      }
      guard
        let slot = slots.first(where: { s in
          !busy.contains { $0.0 == s.day && $0.1.overlaps(s.time) }
        }) ?? slots.first
      else { continue }
      busy.append((slot.day, slot.time))
      let name = scenario.companies.first { $0.id == c.id }?.name ?? c.id
      out.append(
        CalendarEvent(
          uid: uid(plan.week, owner, "visit:\(c.id)", nil), summary: l.t("ics.visit", name),
          description: l.t("ics.visitDescription", slot.people.map(\.name).joined(separator: ", ")),
          location: name, date: w.dateParts(of: slot.day), time: slot.time))
    }
    return out.sorted {
      ($0.date, $0.time?.start.minutes ?? -1, $0.uid) < (
        $1.date, $1.time?.start.minutes ?? -1, $1.uid
      )
    }
  }

  /// One audience's calendar as iCalendar text.
  public static func ics(
    _ plan: Plan, for audience: ViewAudience, scenario: Scenario, localizer l: Localizer,
    stamp: Date
  ) throws -> String {
    let name: String
    switch audience {
    case .company(let id):
      name = try PlanViews.companyView(plan, id, scenario: scenario).company.name
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
