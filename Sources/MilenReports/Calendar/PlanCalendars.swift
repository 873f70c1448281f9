import Foundation
import MilenFormats
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

  /// The events of one audience (`names`: the plan's, when made once for many audiences).
  public static func events(
    _ plan: Plan, for audience: ViewAudience, scenario: Scenario, localizer l: Localizer,
    names given: Names? = nil
  ) throws -> [CalendarEvent] {
    let w = try week(plan)
    let names = given ?? Names(scenario, plan: plan)
    var out: [CalendarEvent] = []
    /// A contact as a calendar's CONTACT value.
    func card(_ c: Contact?) -> String? { c.map { l.say(.contact($0), names) } }
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
              description: work.contact.map { l.say(.company(work.company.id, $0), names) },
              location: place(work.company.name, work.place), contact: card(work.contact),
              date: w.dateParts(of: d.day), time: d.time))
        }
      }
      for s in v.sessions {
        out.append(
          CalendarEvent(
            uid: uid(plan.week, owner, "activity:\(s.activity.id)", s.day),
            summary: s.activity.name,
            description: s.contact.map { l.say(.activity(s.activity.id, $0), names) },
            location: s.place, contact: card(s.contact), date: w.dateParts(of: s.day),
            time: s.time))
      }
      if let m = v.mentoring {
        let reach = m.contact.map { "\n" + l.say(.mentor(m.mentor.id, $0), names) } ?? ""
        out.append(
          CalendarEvent(
            uid: uid(plan.week, owner, "mentor:\(m.mentor.id)", nil),
            summary: l.t("ics.mentor", m.mentor.name, l.number(m.hours)),
            description: l.t(
              "ics.menteeDescription", m.canMeetOn.map(l.dayLong).joined(separator: ", "))
              + reach,
            location: m.place, contact: card(m.contact), date: w.dateParts(of: .mon), time: nil,
            days: 5))
      }
    case .company(let id):
      let v = try PlanViews.companyView(plan, id, scenario: scenario)
      for p in v.people {
        for d in p.work {
          out.append(
            CalendarEvent(
              uid: uid(plan.week, "company:\(id)", "placement:\(p.id)", d.day),
              summary: l.t("ics.companyPerson", p.name),
              description: l.say(.coordinator(v.coordinator), names),
              location: place(v.company.name, v.place), contact: card(v.coordinator),
              date: w.dateParts(of: d.day), time: d.time))
        }
      }
    case .mentor(let id):
      let v = try PlanViews.mentorView(plan, id, scenario: scenario)
      for p in v.mentees {
        // The mentee's own phone: only their mentor's calendar holds it.
        let phone = p.phone.map { "\n" + l.say(.menteePhone(p.id, phone: $0), names) } ?? ""
        out.append(
          CalendarEvent(
            uid: uid(plan.week, "mentor:\(id)", "mentee:\(p.id)", nil),
            summary: l.t("ics.mentee", p.name, l.number(p.hours)),
            description: l.t(
              "ics.menteeDescription", p.canMeetOn.map(l.dayLong).joined(separator: ", "))
              + phone,
            date: w.dateParts(of: .mon), time: nil, days: 5))
      }
    }
    return out.sorted {
      ($0.date, $0.time?.start.minutes ?? -1, $0.uid) < (
        $1.date, $1.time?.start.minutes ?? -1, $1.uid
      )
    }
  }

  /// A calendar's LOCATION: the name, and the address when known (`Aubo, Industrivej 3`).
  static func place(_ name: String, _ address: String?) -> String {
    address.map { "\(name), \($0)" } ?? name
  }

  /// The coordinator's week: the sessions they run (the teaching day among them) and one
  /// company visit per company with people placed: an hour while as many of them as possible
  /// are at work there, on a day and at a time that clashes with no other visit or session
  /// (companies with the most people first; the earliest such slot). Between two things at
  /// different places the calendar leaves `coordinator.travelMinutes` (default 15) for the
  /// travel; things at the same place may follow each other. A visit starts on a quarter hour,
  /// inside the company's opening hours, and never in a young person's first half hour of a
  /// work block of 90 minutes or more (they have arrived and started when the coordinator
  /// comes).
  public static func coordinatorEvents(_ plan: Plan, scenario: Scenario, localizer l: Localizer)
    throws -> [CalendarEvent]
  {
    let w = try week(plan)
    let owner = "coordinator"
    let names = Names(scenario, plan: plan)
    let gap = max(0, scenario.coordinator.travelMinutes)
    var out: [CalendarEvent] = []
    /// What is booked: the day, the time and the place (the address, else the thing itself).
    var busy: [(day: Weekday, time: TimeWindow, place: String)] = []
    /// Whether `t` on `day` at `place` overlaps something booked, or (`travel`) comes closer
    /// than the travel time to something booked at another place.
    func clashes(_ day: Weekday, _ t: TimeWindow, _ place: String, travel: Bool) -> Bool {
      busy.contains { b in
        guard b.day == day else { return false }
        let margin = travel && b.place != place ? gap : 0
        let wide = TimeWindow(
          start: TimeOfDay(minutes: b.time.start.minutes - margin),
          end: TimeOfDay(minutes: b.time.end.minutes + margin))
        return wide.overlaps(t)
      }
    }
    for a in scenario.activities where a.runByCoordinator || a.kind == .teaching {
      let who = plan.activities.first { $0.id == a.id }?.attendees ?? []
      let names = who.compactMap { id in plan.participants.first { $0.id == id }?.name }
      busy.append((a.day, a.time, a.place ?? "activity:\(a.id)"))
      out.append(
        CalendarEvent(
          uid: uid(plan.week, owner, "activity:\(a.id)", a.day),
          summary: l.t("ics.runs", a.name),
          description: names.isEmpty ? nil : names.joined(separator: ", "), location: a.place,
          date: w.dateParts(of: a.day), time: a.time))
    }
    let companies = plan.companies.filter { !$0.participants.isEmpty }.sorted {
      ($0.participants.count, $1.id) > ($1.participants.count, $0.id)
    }
    for c in companies {
      let placed = plan.participants.filter { $0.company == c.id }
      let company = scenario.companies.first { $0.id == c.id }
      let spot = company?.place ?? "company:\(c.id)"
      // Candidate hours: every quarter hour at which someone placed there is at work for an
      // hour, past their first half hour when the block is long enough.
      var slots: [(day: Weekday, time: TimeWindow, people: [ParticipantWeek])] = []
      for d in Weekday.workdays {
        var starts = Set<Int>()
        for p in placed {
          for wd in p.work where wd.day == d {
            let settle = wd.time.end.minutes - wd.time.start.minutes >= 90 ? 30 : 0
            var m = wd.time.start.minutes + settle
            while m + 60 <= wd.time.end.minutes {
              starts.insert(m)
              m += 15
            }
          }
        }
        for m in starts.sorted() {
          let t = TimeWindow(start: TimeOfDay(minutes: m), end: TimeOfDay(minutes: m + 60))
          if let open = company?.open[d], !open.contains(t) { continue }
          let here = placed.filter { p in p.work.contains { $0.day == d && $0.time.contains(t) } }
          slots.append((d, t, here))
        }
      }
      slots.sort { a, b in
        (a.people.count, b.day.ordinal, b.time.start.minutes)
          > (b.people.count, a.day.ordinal, a.time.start.minutes)
      }
      // The first slot with time to travel; else the first that overlaps nothing; else the
      // best (a week too full to visit everyone apart still lists every visit).
      guard
        let slot = slots.first(where: { !clashes($0.day, $0.time, spot, travel: true) })
          ?? slots.first(where: { !clashes($0.day, $0.time, spot, travel: false) })
          ?? slots.first
      else { continue }
      busy.append((slot.day, slot.time, spot))
      let name = company?.name ?? c.id
      let supervisor = company?.contact.map { "\n" + l.say(.company(c.id, $0), names) } ?? ""
      out.append(
        CalendarEvent(
          uid: uid(plan.week, owner, "visit:\(c.id)", nil), summary: l.t("ics.visit", name),
          description: l.t("ics.visitDescription", slot.people.map(\.name).joined(separator: ", "))
            + supervisor,
          location: place(name, company?.place),
          contact: company?.contact.map { l.say(.contact($0), names) },
          date: w.dateParts(of: slot.day), time: slot.time))
    }
    return out.sorted {
      ($0.date, $0.time?.start.minutes ?? -1, $0.uid) < (
        $1.date, $1.time?.start.minutes ?? -1, $1.uid
      )
    }
  }

  /// One audience's calendar as iCalendar text (`names`: the plan's, when made once for many
  /// audiences).
  public static func ics(
    _ plan: Plan, for audience: ViewAudience, scenario: Scenario, localizer l: Localizer,
    stamp: Date, names: Names? = nil
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
      events: try events(plan, for: audience, scenario: scenario, localizer: l, names: names),
      stamp: stamp)
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
