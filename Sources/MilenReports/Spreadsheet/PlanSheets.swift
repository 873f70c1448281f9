import Foundation
import MilenFormats
import MilenModel

/// A plan as spreadsheets in Danish Excel's CSV (docs/formats.md lists the columns): one row per
/// participant in `deltagere.csv`, and the loads in `virksomheder.csv`, `mentorer.csv` and
/// `aktiviteter.csv`. Names come from the scenario where it knows them.
public enum PlanSheets {
  /// What a plan row is built from.
  struct Context: Sendable {
    let plan: Plan
    let scenario: Scenario
    let l: Localizer
    let names: Names

    init(plan: Plan, scenario: Scenario, l: Localizer) {
      self.plan = plan
      self.scenario = scenario
      self.l = l
      names = Names(scenario, plan: plan)
    }

    func companyName(_ id: String?) -> String {
      guard let id else { return "" }
      return scenario.companies.first { $0.id == id }?.name ?? id
    }
    func mentorName(_ id: String?) -> String {
      guard let id else { return "" }
      return scenario.mentors.first { $0.id == id }?.name ?? id
    }
    func participantNames(_ ids: [String]) -> String {
      ids.map { id in plan.participants.first { $0.id == id }?.name ?? id }.joined(
        separator: ", ")
    }
    func activityName(_ id: String) -> String {
      scenario.activities.first { $0.id == id }?.name ?? id
    }
  }

  struct Column<Row>: Sendable {
    let da: String
    let en: String
    let doc: String
    let value: @Sendable (Row, Context) -> String
    init(
      _ da: String, _ en: String, _ doc: String,
      _ value: @escaping @Sendable (Row, Context) -> String
    ) {
      self.da = da
      self.en = en
      self.doc = doc
      self.value = value
    }
  }

  static func sheet<Row>(_ cols: [Column<Row>], _ rows: [Row], _ c: Context) -> String {
    CSVText.document(
      header: cols.map { c.l.language == .da ? $0.da : $0.en },
      rows: rows.map { r in cols.map { $0.value(r, c) } })
  }

  static let participantColumns: [Column<ParticipantWeek>] =
    participantHead + participantDays + participantTail

  static let participantHead: [Column<ParticipantWeek>] = [
    Column("id", "id", "participant id") { p, _ in p.id },
    Column("navn", "name", "name") { p, _ in p.name },
    Column("status", "status", "Indskrevet, Optaget (from the waiting list) or Venteliste") {
      p, c in c.l.status(p.status)
    },
    Column("forløb", "track", "Praktik, Job, Fleksjob, Elev, Kun socialt or Pause") { p, c in
      c.l.track(p.track)
    },
    Column("virksomhed_id", "companyId", "placement company (id)") { p, _ in p.company ?? "" },
    Column("virksomhed", "company", "placement company (name)") { p, c in
      c.companyName(p.company)
    },
    Column("arbejdsgiver", "employer", "employer kept (Job, Fleksjob, Elev)") { p, c in
      c.companyName(p.employer)
    },
  ]

  static let participantDays: [Column<ParticipantWeek>] = Weekday.workdays.map {
    (d: Weekday) -> Column<ParticipantWeek> in
    Column(
      Localizer.danish.dayShort(d), d.rawValue,
      "working time at the company on \(Localizer.english.dayLong(d))"
    ) { (p: ParticipantWeek, _: Context) -> String in
      p.work.first { $0.day == d }?.time.description ?? ""
    }
  }

  static let participantTail: [Column<ParticipantWeek>] = [
    Column("timer", "hours", "work hours this week") { p, _ in
      p.company == nil ? "" : CSVText.number(p.workHours)
    },
    Column("praktikuge", "placementWeek", "placement week at the company (1 = first)") { p, _ in
      p.placementWeek.map(String.init) ?? ""
    },
    Column("mentor", "mentor", "mentor (name)") { p, c in c.mentorName(p.mentor) },
    Column("mentortimer", "mentorHours", "mentor hours this week") { p, _ in
      p.mentor == nil ? "" : CSVText.number(p.mentorHours)
    },
    Column("mangler_mentortimer", "unmetMentorHours", "needed mentor hours no mentor gives") {
      p, _ in p.unmetMentorHours > 1e-9 ? CSVText.number(p.unmetMentorHours) : ""
    },
    Column("aktiviteter", "activities", "activity sessions (names)") { p, c in
      p.activities.map(c.activityName).joined(separator: ", ")
    },
    Column("mangler_sociale", "missingSocialSessions", "social sessions short of the wish") {
      p, _ in p.missingSocialSessions > 0 ? String(p.missingSocialSessions) : ""
    },
    Column("noter", "notes", "why, in words (the coordinator's only)") { p, c in
      p.notes.map { c.l.say($0, c.names) }.joined(separator: " | ")
    },
  ]

  static let companyColumns: [Column<CompanyLoad>] = companyHead + companyDays + companyTail

  static let companyHead: [Column<CompanyLoad>] = [
    Column("id", "id", "company id") { x, _ in x.id },
    Column("navn", "name", "name") { x, c in c.companyName(x.id) },
    Column("i_praktik", "placed", "participants placed") { x, _ in String(x.participants.count) },
    Column("pladser", "slots", "placement slots a week") { x, _ in String(x.slots) },
    Column("lovligt", "legalRoom", "most placements the legal ratio allows") { x, _ in
      String(x.legalRoom)
    },
  ]

  static let companyDays: [Column<CompanyLoad>] = Weekday.workdays.map {
    (d: Weekday) -> Column<CompanyLoad> in
    Column(
      Localizer.danish.dayShort(d), d.rawValue,
      "participants there on \(Localizer.english.dayLong(d))"
    ) { (x: CompanyLoad, _: Context) -> String in x.perDay[d.rawValue].map(String.init) ?? "" }
  }

  static let companyTail: [Column<CompanyLoad>] = [
    Column("deltagere", "participants", "who (names)") { x, c in
      c.participantNames(x.participants)
    }
  ]

  static let mentorColumns: [Column<MentorLoad>] = [
    Column("id", "id", "mentor id") { x, _ in x.id },
    Column("navn", "name", "name") { x, c in c.mentorName(x.id) },
    Column("timer", "hours", "hours given this week") { x, _ in CSVText.number(x.hours) },
    Column("timer_pr_uge", "hoursPerWeek", "hours a week") { x, _ in CSVText.number(x.hoursPerWeek)
    },
    Column("mentees", "mentees", "mentees") { x, _ in String(x.mentees.count) },
    Column("max_mentees", "maxMentees", "most mentees") { x, _ in String(x.maxMentees) },
    Column("hvem", "who", "who (names)") { x, c in c.participantNames(x.mentees) },
  ]

  static let activityColumns: [Column<ActivityLoad>] = [
    Column("id", "id", "activity id") { x, _ in x.id },
    Column("navn", "name", "name") { x, c in c.activityName(x.id) },
    Column("dag", "day", "weekday") { x, c in
      c.scenario.activities.first { $0.id == x.id }.map { c.l.dayShort($0.day) } ?? ""
    },
    Column("tid", "time", "from-to") { x, c in
      c.scenario.activities.first { $0.id == x.id }?.time.description ?? ""
    },
    Column("deltagere", "attending", "attending") { x, _ in String(x.attendees.count) },
    Column("pladser", "seats", "seats") { x, _ in String(x.seats) },
    Column("hvem", "who", "who (names)") { x, c in c.participantNames(x.attendees) },
  ]

  /// The participants' sheet alone: what `plan --format csv` prints.
  public static func participants(_ plan: Plan, scenario: Scenario, localizer: Localizer)
    -> String
  {
    sheet(
      participantColumns, plan.participants,
      Context(plan: plan, scenario: scenario, l: localizer))
  }

  /// All four sheets: file name -> text.
  public static func all(_ plan: Plan, scenario: Scenario, localizer: Localizer) -> [(
    file: String, text: String
  )] {
    let c = Context(plan: plan, scenario: scenario, l: localizer)
    return [
      (ScenarioSheets.participantsFile, sheet(participantColumns, plan.participants, c)),
      (ScenarioSheets.companiesFile, sheet(companyColumns, plan.companies, c)),
      (ScenarioSheets.mentorsFile, sheet(mentorColumns, plan.mentors, c)),
      (ScenarioSheets.activitiesFile, sheet(activityColumns, plan.activities, c)),
    ]
  }

  /// One audience's view as a sheet: a company's people and days, a mentor's mentees, a young
  /// person's week (one row per thing they do).
  public static func view(
    _ plan: Plan, for audience: ViewAudience, scenario: Scenario, localizer l: Localizer
  ) throws -> String {
    let da = l.language == .da
    switch audience {
    case .company(let id):
      let v = try PlanViews.companyView(plan, id, scenario: scenario)
      let days = Weekday.workdays
      return CSVText.document(
        header: [da ? "navn" : "name"] + days.map(l.dayShort)
          + [da ? "timer" : "hours", da ? "praktikuge" : "placementWeek"],
        rows: v.people.map { p in
          [p.name] + days.map { d in p.work.first { $0.day == d }?.time.description ?? "" }
            + [CSVText.number(p.hours), p.placementWeek.map(String.init) ?? ""]
        })
    case .mentor(let id):
      let v = try PlanViews.mentorView(plan, id, scenario: scenario)
      return CSVText.document(
        header: da ? ["navn", "timer", "kan_mødes"] : ["name", "hours", "canMeetOn"],
        rows: v.mentees.map {
          [$0.name, CSVText.number($0.hours), $0.canMeetOn.map(l.dayShort).joined(separator: ", ")]
        })
    case .participant(let id):
      let v = try PlanViews.participantView(plan, id, scenario: scenario)
      var rows: [[String]] = []
      if let w = v.work {
        let what = l.t(w.placement ? "html.placement" : "html.job")
        for d in w.days {
          rows.append([l.dayShort(d.day), d.time.description, what, w.company.name])
        }
        if w.days.isEmpty { rows.append(["", "", what, w.company.name]) }
      }
      for s in v.sessions {
        rows.append([l.dayShort(s.day), s.time.description, s.activity.name, ""])
      }
      if let m = v.mentoring {
        rows.append([
          "", "", l.t("html.mentor"), l.t("html.mentorHours", m.mentor.name, l.number(m.hours)),
        ])
      }
      rows.sort { a, b in
        let da = (try? Cell.readDay(a[0])).map(\.ordinal) ?? 9
        let db = (try? Cell.readDay(b[0])).map(\.ordinal) ?? 9
        return (da, a[1]) < (db, b[1])
      }
      return CSVText.document(
        header: da ? ["dag", "tid", "hvad", "hvor"] : ["day", "time", "what", "where"], rows: rows)
    }
  }
}
