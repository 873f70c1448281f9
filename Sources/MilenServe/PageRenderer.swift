import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSeason
import MilenSolver
import MilenWorkflow
import Mustache

/// Draws the planning page from the workbench's state, through the Mustache templates and the
/// string catalogues (Danish by default). Every name, id, note and reason is HTML-escaped by
/// the templates.
enum PageRenderer {
  typealias Object = [String: Any]

  /// The whole document around the page's content `app` (``app(_:files:_:)``).
  static func document(_ st: WorkState, app: String, _ l: Localizer) -> String {
    let o: Object = [
      "lang": l.language.rawValue, "title": l.t("serve.title", l.weekTitle(st.plan.week)),
      "app": app,
    ]
    return PageTemplates.library.render(o, withTemplate: "document") ?? ""
  }

  /// The page's content, which every action replaces.
  static func app(
    _ st: WorkState, files: ServeFiles, _ l: Localizer, paging: GridPaging = .standard
  ) -> String {
    let s = st.scenario
    let plan = st.plan
    var o: Object = [
      "t": texts(l), "version": String(st.version), "unsaved": st.unsaved ? "true" : "false",
      "pendingCount": String(st.pending.count),
      "heading": l.t("serve.heading", l.weekTitle(plan.week)),
      "filesLine": filesLine(files, l),
      "notice": st.notice.map { ["kind": $0.kind, "text": $0.text] as Object } ?? [:],
    ]
    let (stateClass, stateText): (String, String) =
      !st.pending.isEmpty
      ? ("pending", l.t("serve.state.pending", String(st.pending.count)))
      : st.unsaved ? ("unsaved", l.t("serve.state.unsaved")) : ("saved", l.t("serve.state.saved"))
    o["stateClass"] = stateClass
    o["stateText"] = stateText
    // The programme's figures and the break-even.
    o["figures"] = PlanReport.programmeLines(plan.programme, l).map {
      ["label": $0.0, "value": $0.1] as Object
    }
    let shown = Names(st.planScenario, plan: plan)
    o["shortfall"] = plan.programme.shortfallReasons.map {
      l.t("programme.short", l.say($0, shown))
    }
    if let bc = plan.businessCase {
      o["hasBusiness"] = true
      o["business"] = PlanReport.businessCaseLines(bc, l, names: shown).map {
        ["label": $0.0, "value": $0.1] as Object
      }
    }
    // The last re-plan.
    if let r = st.replan { o["replan"] = replan(r, st, l) }
    // By hand.
    let names = Dictionary(s.participants.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let companyNames = Dictionary(
      s.companies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    o["formLists"] = formLists(s, l)
    o["workdays"] = Weekday.workdays.map { ["id": $0.rawValue, "short": l.dayShort($0)] as Object }
    o["pending"] = st.pending.map { edit($0, s, l) }
    o["hasPending"] = !st.pending.isEmpty
    let moves = plan.moves ?? []
    o["hasMoves"] = !moves.isEmpty
    o["moves"] = moves.enumerated().map { i, m -> Object in
      ["number": String(i + 1), "text": l.say(m, shown)]
    }
    o["locks"] = s.locks.map { k -> Object in
      [
        "participant": k.participant,
        "text": lockText(k, names[k.participant] ?? k.participant, companyNames, l),
      ]
    }
    o["bans"] = s.bans.map { b -> Object in
      [
        "participant": b.participant, "company": b.company,
        "text": l.t(
          "serve.banText", names[b.participant] ?? b.participant,
          companyNames[b.company] ?? b.company
        ),
      ]
    }
    o["hasAgreements"] = !s.locks.isEmpty || !s.bans.isEmpty
    // The week: its whole grid, or, above the paging threshold, its first page of people
    // with the pager (the other pages and the search come from `GET /api/grid`).
    if paging.isPaged(plan.participants.count) {
      let first = gridPage(st, page: 1, l, paging: paging) ?? [:]
      o["grid"] = first["grid"]
      o["pager"] = pager(plan.participants.count, shown: first["shown"], l, paging: paging)
    } else {
      o["grid"] = grid(plan, scenario: st.planScenario, l, id: "week-grid", interactive: true)
    }
    if let season = files.season { o["season"] = seasonView(season, l) }
    // Companies, mentors, sessions.
    o["companyLoads"] = companyLoads(plan, st.planScenario, l)
    o["mentorLoads"] = mentorLoads(plan, st.planScenario, l)
    o["activityLoads"] = activityLoads(plan, st.planScenario, l)
    // What-if.
    if let v = st.whatIf { o["whatIf"] = whatIf(v, st, l, paging: paging) }
    // Downloads.
    o["coordinatorFiles"] = coordinatorDownloads(l)
    return PageTemplates.library.render(o, withTemplate: "app") ?? ""
  }

  /// The forms' choices, once, as JSON for the page's script to fill the forms' lists from
  /// (`#form-lists`; at L five lists of options, three of 2,750 people and two of 600
  /// companies, were 0.6 MB of the page). Each choice is `[id, label]`: `people` (a person's
  /// label is the name and id, and a third element is true for a person a lock may place: on
  /// the placement track, not leaving), `companies` and `sessions` (the session's day and time
  /// in `l`'s language). Safe inside a `<script>` element: every `<`, `>` and `&` (only ever
  /// inside a string) is written as a `\u` escape, so no name can end the element.
  static func formLists(_ s: Scenario, _ l: Localizer) -> String {
    let people = s.participants.map { p -> JSONValue in
      .array([
        .string(p.id), .string("\(p.name) (\(p.id))"),
        .bool(p.track == .placement && p.exit == nil),
      ])
    }
    let companies = s.companies.map { JSONValue.array([.string($0.id), .string($0.name)]) }
    let sessions = s.activities.map {
      JSONValue.array([
        .string($0.id), .string("\($0.name) (\(l.dayShort($0.day)) \($0.time.description))"),
      ])
    }
    let lists = JSONValue.object([
      ("people", .array(people)), ("companies", .array(companies)), ("sessions", .array(sessions)),
    ])
    var out = ""
    for c in lists.jsonText().unicodeScalars {
      switch c {
      case "<": out += "\\u003c"
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  static let textKeys = [
    "replan", "save", "load", "handout", "figures", "business", "changes", "noReplan",
    "noChanges", "person", "change", "fromTo", "reason", "byHand", "byHandLead", "lockTitle",
    "company", "lock", "banTitle", "ban", "sessionTitle", "session", "move", "pending", "agreed",
    "noAgreements", "remove", "week", "weekLead", "companies", "placed", "perDay", "who",
    "mentors", "mentor", "hours", "mentees", "sessions", "seats", "whatIf", "whatIfLead",
    "addCompany", "addMentor", "id", "name", "slots", "employees", "open", "accommodations",
    "tasks", "try", "hoursPerWeek", "maxMentees", "competences", "downloads", "downloadsLead",
    "everyone", "moves", "approve",
  ]

  static func texts(_ l: Localizer) -> Object {
    var t: Object = [:]
    for k in textKeys { t[k] = l.t("serve.ui.\(k)") }
    return t
  }

  static func filesLine(_ f: ServeFiles, _ l: Localizer) -> String {
    l.t(
      "serve.files", f.scenario ?? l.t("serve.builtIn"), f.scenarioSave, f.plan, f.handouts)
      + (f.previous.map { " " + l.t("serve.filesPrevious", $0) } ?? "")
  }

  static func lockText(
    _ k: Lock, _ name: String, _ companies: [String: String], _ l: Localizer
  ) -> String {
    let at = companies[k.company] ?? k.company
    if k.days.isEmpty { return l.t("serve.lockText", name, at) }
    return l.t("serve.lockTextDays", name, at, k.days.map(l.dayShort).joined(separator: ", "))
  }

  static func edit(_ e: Edit, _ s: Scenario, _ l: Localizer) -> String {
    let who = s.participants.first { $0.id == e.participant }?.name ?? e.participant
    let company = s.companies.first { $0.id == e.target }?.name ?? e.target ?? ""
    switch e.kind {
    case .lock:
      return lockText(
        Lock(participant: e.participant, company: e.target ?? "", days: e.days), who,
        [e.target ?? "": company], l)
    case .unlock: return l.t("serve.edit.unlock", who, company)
    case .ban: return l.t("serve.banText", who, company)
    case .unban: return l.t("serve.edit.unban", who, company)
    case .session:
      let a = s.activities.first { $0.id == e.target }?.name ?? e.target ?? ""
      return l.t("serve.edit.session", who, a)
    }
  }

  static func replan(_ r: Replan, _ st: WorkState, _ l: Localizer) -> Object {
    let s = st.planScenario
    let n = Names(s, plan: st.plan)
    let changes: [Object] = r.changes.map { ch in
      let fromTo: String
      switch (ch.from, ch.to) {
      case (let a?, let b?): fromTo = "\(l.say(a, n)) → \(l.say(b, n))"
      case (let a?, nil): fromTo = l.t("change.from", l.say(a, n))
      case (nil, let b?): fromTo = l.t("change.to", l.say(b, n))
      default: fromTo = ""
      }
      return [
        "id": ch.participant, "name": n.participant(ch.participant),
        "kind": l.t("change.\(ch.kind.rawValue)"), "fromTo": fromTo,
        "reason": l.say(ch.reason, n),
      ]
    }
    let seconds = String(format: "%.2f", r.seconds)
    let shown = l.language == .da ? seconds.replacingOccurrences(of: ".", with: ",") : seconds
    let lead: String
    if let week = r.sinceWeek {
      lead = l.t("plan.changesSince", l.weekTitle(week)) + ":"
    } else if r.edits.isEmpty {
      lead = l.t("serve.replanLeadNone", shown)
    } else {
      lead = l.t("serve.replanLead", String(r.edits.count), shown)
    }
    return [
      "lead": lead,
      "edits": r.edits.map { edit($0, s, l) },
      "missed": r.sessionsNotGiven.map { m in
        l.t(
          "serve.sessionNotGiven", n.participant(m.participant),
          n.activity(m.activity))
      },
      "changes": changes, "hasChanges": !changes.isEmpty,
    ]
  }

  /// The week grid: days across, people down, with each person's notes and waiting reason;
  /// on the page, a placement is a button that locks it.
  /// `only`: the people drawn, as indices into `plan.participants` (nil: everyone).
  static func grid(
    _ plan: Plan, scenario s: Scenario, _ l: Localizer, id: String, interactive: Bool,
    only: [Int]? = nil
  ) -> Object {
    let g = WeekGrid(plan, scenario: s, localizer: l, only: only)
    let rows = plan.participants.map { ($0.id, $0) }
    let byID = Dictionary(rows, uniquingKeysWith: { a, _ in a })
    let names = Names(s, plan: plan)
    let companies = Dictionary(
      s.companies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let locks = Dictionary(
      s.locks.map { ($0.participant, $0) }, uniquingKeysWith: { a, _ in a })
    return [
      "gridID": id, "personLabel": l.t("html.person"), "reasonsLabel": l.t("serve.ui.reasons"),
      "withReasons": interactive,
      "days": g.days.map { ["name": $0.name, "date": $0.date] as Object },
      "rows": g.rows.map { r -> Object in
        let cells: [Object] = zip(g.days, r.cells).map { d, items in
          [
            "day": d.day.rawValue,
            "items": items.map { it -> Object in
              [
                "kind": it.kind, "time": it.time, "what": it.what, "id": it.id, "pid": r.id,
                "day": d.day.rawValue, "lockable": interactive && it.kind == "work",
                "title": l.t("serve.clickToLock", r.name, it.what),
              ]
            },
          ]
        }
        var o: Object = [
          "id": r.id, "name": r.name, "sub": r.sub, "cells": cells,
          "rowClass": r.status == .waiting || r.status == .left ? "dim" : "",
          "reasons": (byID[r.id]?.notes ?? []).map { l.say($0, names) },
        ]
        if interactive, let k = locks[r.id] {
          o["locked"] = "🔒 " + lockText(k, r.name, companies, l)
        }
        return o
      },
    ]
  }

  /// A row's place and contact, under its name; nil when the scenario gives neither. `names`
  /// is made once per table, not per row (at L a row's own cost the page 2 s and more).
  static func reach(_ place: String?, _ contact: Contact?, _ names: Names, _ l: Localizer)
    -> String?
  {
    let parts = [place, contact.map { l.say(.contact($0), names) }].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  static func companyLoads(_ plan: Plan, _ s: Scenario, _ l: Localizer) -> [Object] {
    let names = Dictionary(s.participants.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let byID = Dictionary(
      s.companies.indices.map { (s.companies[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
    let reachNames = Names(s)
    return plan.companies.map { c in
      let company = byID[c.id].map { s.companies[$0] }
      let name = company?.name ?? c.id
      let perDay = Weekday.workdays.compactMap { d in
        c.perDay[d.rawValue].map { "\(l.dayShort(d)) \($0)" }
      }.joined(separator: ", ")
      var o: Object = [
        "id": c.id, "name": name,
        "placed": l.t("of", String(c.participants.count), String(min(c.slots, c.legalRoom))),
        "perDay": perDay, "who": c.participants.map { names[$0] ?? $0 }.joined(separator: ", "),
      ]
      o["reach"] = reach(company?.place, company?.contact, reachNames, l)
      return o
    }
  }

  static func mentorLoads(_ plan: Plan, _ s: Scenario, _ l: Localizer) -> [Object] {
    let names = Dictionary(s.participants.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let byID = Dictionary(
      s.mentors.indices.map { (s.mentors[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
    let reachNames = Names(s)
    return plan.mentors.map { m in
      let mentor = byID[m.id].map { s.mentors[$0] }
      var o: Object = [
        "id": m.id, "name": mentor?.name ?? m.id,
        "hours": l.t("of", l.number(m.hours), l.number(m.hoursPerWeek)),
        "mentees": l.t("of", String(m.mentees.count), String(m.maxMentees)),
        "who": m.mentees.map { names[$0] ?? $0 }.joined(separator: ", "),
      ]
      o["reach"] = reach(mentor?.place, mentor?.contact, reachNames, l)
      return o
    }
  }

  static func activityLoads(_ plan: Plan, _ s: Scenario, _ l: Localizer) -> [Object] {
    let names = Dictionary(s.participants.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let byID = Dictionary(
      s.activities.indices.map { (s.activities[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
    let reachNames = Names(s)
    return plan.activities.map { a in
      let act = byID[a.id].map { s.activities[$0] }
      let name = act.map { "\($0.name) (\(l.dayShort($0.day)) \($0.time.description))" } ?? a.id
      var o: Object = [
        "id": a.id, "name": name, "seats": l.t("of", String(a.attendees.count), String(a.seats)),
        "who": a.attendees.map { names[$0] ?? $0 }.joined(separator: ", "),
      ]
      o["reach"] = reach(act?.place, act?.contact, reachNames, l)
      return o
    }
  }

  static func whatIf(
    _ v: WhatIfVariant, _ st: WorkState, _ l: Localizer, paging: GridPaging = .standard
  ) -> Object {
    let d = v.diff
    // The goal levels' own values are left out: the two plans measure stability against
    // different references, so those values do not compare; the programme's figures do.
    let figures: [Object] = d.figures.filter { !$0.name.hasPrefix("goal") }.map { f in
      [
        "name": WhatIfReport.figureName(f.name, l), "base": l.number(f.base),
        "variant": l.number(f.variant), "change": (f.change > 0 ? "+" : "") + l.number(f.change),
      ]
    }
    let names = Names(v.scenario, plan: v.plan)
    let people: [Object] = d.people.map { p in
      [
        "id": p.id, "name": names.participant(p.id),
        "base": l.say(p.base, names), "variant": l.say(p.variant, names),
      ]
    }
    // A large week's two grids show only the people the plans move (both whole grids were
    // twice the week's 3.3 MB at L); a small week's show everyone, as always.
    var notes = v.notes.map { l.say($0, names) }
    var baseOnly: [Int]?
    var variantOnly: [Int]?
    if paging.isPaged(max(st.plan.participants.count, v.plan.participants.count)) {
      let moved = Set(d.people.map(\.id))
      baseOnly = st.plan.participants.indices.filter { moved.contains(st.plan.participants[$0].id) }
      variantOnly = v.plan.participants.indices.filter {
        moved.contains(v.plan.participants[$0].id)
      }
      notes.append(l.t("serve.grid.whatIfMoved", l.grouped(Double(moved.count))))
    }
    return [
      "title": l.t("whatif.title", v.label), "notes": notes,
      "keep": l.t("serve.ui.keep"), "drop": l.t("serve.ui.drop"),
      "figureLabel": l.t("whatif.col.figure"), "baseLabel": l.t("whatif.col.base"),
      "variantLabel": l.t("whatif.col.variant"), "changeLabel": l.t("whatif.col.change"),
      "movesLabel": l.t("whatif.moves"), "nobody": l.t("whatif.nobody"),
      "personLabel": l.t("html.person"), "figures": figures, "people": people,
      "hasPeople": !people.isEmpty,
      "baseGrid": grid(
        st.plan, scenario: st.planScenario, l, id: "whatif-base", interactive: false,
        only: baseOnly),
      "variantGrid": grid(
        v.plan, scenario: v.scenario, l, id: "whatif-variant", interactive: false,
        only: variantOnly),
    ]
  }

  /// The coordinator's own downloads, on the page.
  static func coordinatorDownloads(_ l: Localizer) -> [Object] {
    let c = Handouts.coordinatorFolder
    let files: [Object] =
      [
        ("uge.html", "serve.dl.week"), ("kalender.ics", "serve.dl.calendar"),
        ("plan.json", "serve.dl.plan"), ("plan.txt", "serve.dl.text"),
      ].map { ["path": "\(c)/\($0.0)", "label": l.t($0.1)] }
      + [
        ScenarioSheets.participantsFile, ScenarioSheets.companiesFile,
        ScenarioSheets.mentorsFile, ScenarioSheets.activitiesFile,
      ].map { ["path": "\(c)/\($0)", "label": l.t("serve.dl.sheet", $0)] }
    return files
  }

  /// Every audience's download links as table rows, fetched when they are unfolded.
  static func audienceRows(_ st: WorkState) -> String {
    let all = (try? Handouts.audiences(st.plan, scenario: st.planScenario)) ?? []
    let audiences: [Object] = all.map { a in
      [
        "name": a.name,
        "files": ["html", "ics", "csv", "txt", "json"].map {
          ["path": "\(a.path).\($0)", "ext": $0] as Object
        },
      ]
    }
    return PageTemplates.library.render(["audienceFiles": audiences], withTemplate: "audiences")
      ?? ""
  }
}

extension PageRenderer {
  /// The season beside the week (`serve --season FILE`): its charts and evaluation, as the
  /// store has them (Save adds the week shown). An unreadable store says so in its place.
  static func seasonView(_ path: String, _ l: Localizer) -> String {
    let words = SeasonWords(l.language)
    guard FileManager.default.fileExists(atPath: path) else {
      return SeasonRender.fragment(SeasonReport([]), words, full: false)
    }
    do {
      let store = try SeasonStore(path: path, creating: false)
      defer { try? store.close() }
      return SeasonRender.fragment(SeasonReport(try store.weeks()), words, full: false)
    } catch {
      return "<p class=\"warn\">" + HTMLText.escape(error.description) + "</p>"
    }
  }
}

/// A large week's grid, a page of people at a time, and the search over every person
/// (issue 22).
extension PageRenderer {
  /// The most characters a search may hold.
  static let maxQuery = 100

  /// The pager above a paged grid: the search, the page buttons and the page list.
  static func pager(_ people: Int, shown: Any?, _ l: Localizer, paging: GridPaging) -> Object {
    let pages = paging.pages(people)
    return [
      "pages": String(pages), "pageOptions": (1...pages).map(String.init),
      "ofPages": l.t("serve.grid.ofPages", String(pages)), "shown": shown ?? "",
      "findLabel": l.t("serve.grid.find"), "searchLabel": l.t("serve.grid.search"),
      "clearLabel": l.t("serve.grid.clear"), "pagesLabel": l.t("serve.grid.pages"),
      "previousLabel": l.t("serve.grid.previous"), "nextLabel": l.t("serve.grid.next"),
      "pageLabel": l.t("serve.grid.page"), "maxQuery": String(maxQuery),
    ]
  }

  /// Page `page` (from 1) of the week grid: the line saying who is shown, and their rows;
  /// nil when there is no such page.
  static func gridPage(_ st: WorkState, page: Int, _ l: Localizer, paging: GridPaging)
    -> Object?
  {
    let people = st.plan.participants.count
    // A week not paged is one page: everyone.
    let rows =
      paging.isPaged(people)
      ? paging.rows(page: page, of: people) : (page == 1 ? 0..<people : 0..<0)
    guard !rows.isEmpty else { return nil }
    return [
      "shown": l.t(
        "serve.grid.shown", l.grouped(Double(rows.lowerBound + 1)),
        l.grouped(Double(rows.upperBound)),
        l.grouped(Double(people)), String(paging.pageSize)),
      "grid": grid(
        st.plan, scenario: st.planScenario, l, id: "week-grid", interactive: true,
        only: Array(rows)),
    ]
  }

  /// The people whose name or id holds `query` (case and accents aside), at most a page of
  /// them, in the plan's order.
  static func gridSearch(_ st: WorkState, query: String, _ l: Localizer, paging: GridPaging)
    -> Object
  {
    let q = query.trimmingCharacters(in: .whitespacesAndNewlines)
    let people = st.plan.participants
    let found = people.indices.filter { i in
      let p = people[i]
      return p.name.range(of: q, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        || p.id.range(of: q, options: [.caseInsensitive]) != nil
    }
    let total = l.grouped(Double(people.count))
    let shown: String
    if found.isEmpty {
      shown = l.t("serve.grid.noneFound", total, q)
    } else if found.count > paging.pageSize {
      shown = l.t(
        "serve.grid.foundFirst", String(paging.pageSize), l.grouped(Double(found.count)), q)
    } else {
      shown = l.t("serve.grid.found", l.grouped(Double(found.count)), total, q)
    }
    return [
      "shown": shown,
      "grid": grid(
        st.plan, scenario: st.planScenario, l, id: "week-grid", interactive: true,
        only: Array(found.prefix(paging.pageSize))),
    ]
  }

  /// What `GET /api/grid` answers: the view of a page or of a search.
  static func gridView(_ o: Object) -> String {
    PageTemplates.library.render(o, withTemplate: "gridview") ?? ""
  }
}
