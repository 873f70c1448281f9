import Foundation
import MilenFormats
import MilenModel
import Mustache

/// The printable week (HTML for A4, rendered from Mustache templates): the coordinator's
/// overview (days across, people down), a page per company, mentor and young person. Each
/// company, mentor and young person page is built from that audience's view, so it holds
/// nothing the view does not.
public enum PlanHTML {
  typealias Object = [String: Any]

  static func dayHeaders(_ week: String, _ days: [Weekday], _ l: Localizer) -> [Object] {
    let w = ISOWeek(parsing: week)
    return days.map { d in
      var date = ""
      if let x = w?.date(of: d) {
        date = l.language == .da ? "\(x.day). \(l.month(x.month))" : "\(x.day) \(l.month(x.month))"
      }
      return ["name": l.dayLong(d).capitalized, "date": date]
    }
  }

  static func overview(_ plan: Plan, _ s: Scenario, _ l: Localizer) -> Object {
    let grid = WeekGrid(plan, scenario: s, localizer: l)
    let rows: [Object] = grid.rows.map { r in
      [
        "name": r.name, "sub": r.sub,
        "cells": r.cells.map { items -> Object in
          ["items": items.map { ["time": $0.time, "what": $0.what, "kind": $0.kind] as Object }]
        },
        "rowClass": r.status == .waiting ? "dim" : "",
      ]
    }
    return [
      "heading": l.t("html.overview") + ": " + l.weekTitle(plan.week),
      "lead": l.t("html.legend"),
      "personLabel": l.t("html.person"),
      "days": grid.days.map { ["name": $0.name, "date": $0.date] as Object }, "rows": rows,
    ]
  }

  /// The coordinator's part of the printable week.
  static func coordinator(_ plan: Plan, _ s: Scenario, _ l: Localizer) -> Object {
    let names = Names(s, plan: plan)
    let figures = PlanReport.programmeLines(plan.programme, l).map {
      ["label": $0.0, "value": $0.1] as Object
    }
    let changes: [Object] = (plan.changes ?? []).map { ch in
      var what = l.t("change.\(ch.kind.rawValue)")
      switch (ch.from, ch.to) {
      case (let a?, let b?): what += ": \(l.say(a, names)) → \(l.say(b, names))"
      case (let a?, nil): what += " " + l.t("change.from", l.say(a, names))
      case (nil, let b?): what += " " + l.t("change.to", l.say(b, names))
      default: break
      }
      return [
        "name": names.participant(ch.participant), "what": what,
        "reason": l.say(ch.reason, names),
      ]
    }
    var shortfalls: [Object] = []
    for row in plan.participants where row.status == .enrolled || row.status == .admitted {
      for note in row.notes where Self.isShortfall(note) {
        shortfalls.append(["name": names.participant(row.id), "reason": l.say(note, names)])
      }
    }
    let rows = Dictionary(plan.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let waiting: [Object] = s.waitingListOrder.map { s.participants[$0].id }
      .filter { rows[$0]?.status == .waiting }.enumerated().map { k, id in
        [
          "number": String(k + 1), "name": names.participant(id),
          "reason": rows[id]?.notes.map { l.say($0, names) }.joined(separator: "; ") ?? "",
        ]
      }
    return [
      "heading": l.t("html.coordinator", l.weekTitle(plan.week)),
      "figuresLabel": l.t("plan.programme"), "figures": figures,
      "breakEvenShort": plan.programme.shortfallReasons.map {
        l.t("programme.short", l.say($0, names))
      },
      "changesLabel": plan.previousWeek.map { l.t("plan.changesSince", l.weekTitle($0)) }
        ?? l.t("plan.changesSinceLast"),
      "changes": changes, "hasChanges": !changes.isEmpty, "noChanges": l.t("plan.noChanges"),
      "shortfallsLabel": l.t("html.shortfalls"), "shortfalls": shortfalls,
      "hasShortfalls": !shortfalls.isEmpty, "noShortfalls": l.t("html.noShortfalls"),
      "waitingLabel": l.t("html.waitingList"), "waiting": waiting, "hasWaiting": !waiting.isEmpty,
      "noWaiting": l.t("html.noWaiting"), "personLabel": l.t("html.person"),
      "changeLabel": l.t("html.change"), "reasonLabel": l.t("html.reason"),
      "numberLabel": l.t("html.number"),
      "hasMoves": !(plan.moves ?? []).isEmpty, "movesLabel": l.t("plan.moves"),
      "moves": (plan.moves ?? []).map { l.say($0, names) }, "moveHint": l.t("plan.moveHint"),
    ]
  }

  /// Whether a note tells the coordinator of something missing or something to act on (not
  /// why someone is where they are, an admission or a waiting reason, shown elsewhere).
  static func isShortfall(_ n: Note) -> Bool {
    switch n {
    case .notPlaced, .mentorHoursUnmet, .sessionsShort, .limitReached, .lastLegalWeek: return true
    case .placedAt(_, let facts):
      // Fewer hours than agreed is a shortfall; why someone is where they are is not.
      return facts.contains {
        if case .hours(let worked, let agreed, _) = $0 { return worked < agreed - 1e-6 }
        return false
      }
    case .admitted, .enrolmentEnded, .waiting, .written: return false
    }
  }

  static func company(_ v: CompanyView, _ l: Localizer, _ names: Names) -> Object {
    let days = Weekday.workdays
    let people: [Object] = v.people.map { p in
      [
        "name": p.name,
        "cells": days.map { d -> Object in
          ["time": p.work.first { $0.day == d }?.time.description ?? ""]
        },
        "hours": l.number(p.hours), "week": p.placementWeek.map(String.init) ?? "",
      ]
    }
    return [
      "id": v.company.id,
      "heading": l.t("html.companyPage", v.company.name, l.weekTitle(v.week)),
      "nobody": l.t("view.company.nobody"), "people": people, "hasPeople": !people.isEmpty,
      "days": dayHeaders(v.week, days, l), "nameLabel": l.t("html.name"),
      "hoursLabel": l.t("html.hoursLabel"),
      "weekLabel": l.t("html.week"), "contact": l.say(.coordinator(v.coordinator), names),
    ]
  }

  static func mentor(_ v: MentorView, _ l: Localizer, _ names: Names) -> Object {
    let mentees: [Object] = v.mentees.map {
      [
        "name": $0.name, "hours": l.number($0.hours),
        "canMeet": $0.canMeetOn.map(l.dayLong).joined(separator: ", "), "phone": $0.phone ?? "",
      ]
    }
    return [
      "id": v.mentor.id, "heading": l.t("html.mentorPage", v.mentor.name, l.weekTitle(v.week)),
      "nobody": l.t("view.mentor.nobody"), "mentees": mentees, "hasMentees": !mentees.isEmpty,
      "nameLabel": l.t("html.name"), "hoursLabel": l.t("html.hoursLabel"),
      "canMeetLabel": l.t("html.canMeet"), "phoneLabel": l.t("html.phone"),
      "total": l.t("html.total", l.number(v.hoursThisWeek), l.number(v.hoursPerWeek)),
      "contact": l.say(.coordinator(v.coordinator), names),
    ]
  }

  static func participant(_ v: ParticipantView, _ l: Localizer, _ names: Names) -> Object {
    var rows: [(Weekday, TimeOfDay, Object)] = []
    let card = { (c: Contact?) in c.map { l.say(.contact($0), names) } ?? "" }
    if let w = v.work {
      for d in w.days {
        var row: Object = [
          "day": l.dayWithDate(d.day, week: v.week), "time": d.time.description,
          "what": l.t(w.placement ? "html.placement" : "html.job"), "where": w.company.name,
          "contact": card(w.contact), "kind": w.placement ? "work" : "job",
        ]
        // The address under the company's name (an empty section would still render).
        if let place = w.place { row["place"] = place }
        rows.append((d.day, d.time.start, row))
      }
    }
    for s in v.sessions {
      rows.append(
        (
          s.day, s.time.start,
          [
            "day": l.dayWithDate(s.day, week: v.week), "time": s.time.description,
            "what": s.activity.name, "where": s.place ?? "", "contact": card(s.contact),
            "kind": "session",
          ]
        ))
    }
    let sorted = rows.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    var o: Object = [
      "id": v.participant.id,
      "heading": l.t("html.participantPage", v.participant.name, l.weekTitle(v.week)),
      "waiting": v.waiting, "waitingText": l.t("view.participant.waiting"),
      "rows": sorted, "hasRows": !sorted.isEmpty, "dayLabel": l.t("html.day"),
      "timeLabel": l.t("html.time"), "whatLabel": l.t("html.what"),
      "whereLabel": l.t("html.where"), "contactLabel": l.t("html.contactLabel"),
      "mentorLabel": l.t("html.mentor"),
      "contact": l.say(.coordinator(v.coordinator), names),
    ]
    if let m = v.mentoring {
      o["mentor"] = l.t("html.mentorHours", m.mentor.name, l.number(m.hours))
      let reach = [
        m.place.map { l.say(.place($0), names) },
        m.contact.map { l.say(.mentor(m.mentor.id, $0), names) },
      ].compactMap { $0 }
      if !reach.isEmpty { o["mentorReach"] = reach }
    }
    return o
  }

  static func document(_ title: String, _ l: Localizer, _ parts: Object) -> String {
    var o: Object = ["lang": l.language.rawValue, "title": title, "css": HTMLTemplates.css]
    for (k, v) in parts { o[k] = v }
    return HTMLTemplates.library.render(o, withTemplate: "document") ?? ""
  }

  /// The coordinator's printable week: the overview, the coordinator's own part (figures,
  /// changes, shortfalls, the waiting list), then a page per company with people placed, per
  /// mentor with mentees, and per young person still in the programme.
  public static func week(_ plan: Plan, scenario s: Scenario, localizer l: Localizer) throws
    -> String
  {
    let names = Names(s, plan: plan)
    let companies = try plan.companies.filter { !$0.participants.isEmpty }.map {
      company(try PlanViews.companyView(plan, $0.id, scenario: s), l, names)
    }
    let mentors = try plan.mentors.filter { !$0.mentees.isEmpty }.map {
      mentor(try PlanViews.mentorView(plan, $0.id, scenario: s), l, names)
    }
    // Nobody who left gets a page of their own (their ending is in the coordinator's part).
    let participants = try plan.participants.filter { $0.status != .left }.map {
      participant(try PlanViews.participantView(plan, $0.id, scenario: s), l, names)
    }
    return document(
      l.t("html.title", l.weekTitle(plan.week)), l,
      [
        "overview": overview(plan, s, l), "coordinator": coordinator(plan, s, l),
        "companies": companies, "mentors": mentors, "participants": participants,
      ])
  }

  /// The coordinator's overview page alone.
  public static func overviewPage(_ plan: Plan, scenario s: Scenario, localizer l: Localizer)
    -> String
  {
    document(l.t("html.title", l.weekTitle(plan.week)), l, ["overview": overview(plan, s, l)])
  }

  /// One audience's page (`names`: the plan's, when made once for many audiences).
  public static func view(
    _ plan: Plan, for audience: ViewAudience, scenario s: Scenario, localizer l: Localizer,
    names given: Names? = nil
  ) throws -> String {
    let title = l.t("html.title", l.weekTitle(plan.week))
    let names = given ?? Names(s, plan: plan)
    switch audience {
    case .company(let id):
      return document(
        title, l,
        ["companies": [company(try PlanViews.companyView(plan, id, scenario: s), l, names)]])
    case .mentor(let id):
      return document(
        title, l,
        ["mentors": [mentor(try PlanViews.mentorView(plan, id, scenario: s), l, names)]])
    case .participant(let id):
      return document(
        title, l,
        [
          "participants": [
            participant(try PlanViews.participantView(plan, id, scenario: s), l, names)
          ]
        ])
    }
  }
}
