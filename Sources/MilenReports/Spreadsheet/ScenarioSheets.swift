import Foundation
import MilenFormats
import MilenModel

/// The scenario as spreadsheets, one file per kind of thing, in Danish Excel's CSV
/// (docs/formats.md lists every column). `deltagere.csv`, `virksomheder.csv`, `mentorer.csv`
/// and `aktiviteter.csv` hold the people and places; `indstillinger.csv` the week, the
/// coordinator, the programme and the policy; `aftaler.csv` the locks and bans;
/// `ude_af_ydelse.csv` those who left benefit (the business case's ledger). Only
/// `deltagere.csv` and `indstillinger.csv`'s week are needed to import; the rest have defaults.
public enum ScenarioSheets {
  /// The file names, in the order they are written and read.
  public static let participantsFile = "deltagere.csv"
  /// Companies.
  public static let companiesFile = "virksomheder.csv"
  /// Mentors.
  public static let mentorsFile = "mentorer.csv"
  /// Activities.
  public static let activitiesFile = "aktiviteter.csv"
  /// Week, coordinator, programme and policy, one setting a row.
  public static let settingsFile = "indstillinger.csv"
  /// Locks and bans.
  public static let agreementsFile = "aftaler.csv"
  /// Those who left benefit (`leftBenefit`), written when anyone has.
  public static let leftBenefitFile = "ude_af_ydelse.csv"

  // MARK: Columns

  static func dayColumns<Row>(
    _ what: String, _ get: @escaping @Sendable (Row) -> [Weekday: TimeWindow],
    _ set: @escaping @Sendable (inout Row, Weekday, TimeWindow) -> Void
  ) -> [SheetColumn<Row>] {
    Weekday.allCases.map { d in
      SheetColumn(
        Localizer.danish.dayShort(d), d.rawValue, "\(what) on \(Localizer.english.dayLong(d))",
        write: { r, _ in Cell.window(get(r)[d]) },
        read: { (r: inout Row, s: String) throws(CellError) in set(&r, d, try Cell.readWindow(s)) })
    }
  }

  static func locationColumns<Row>(
    _ get: @escaping @Sendable (Row) -> Location?,
    _ set: @escaping @Sendable (inout Row, Location?) -> Void
  ) -> [SheetColumn<Row>] {
    [
      SheetColumn(
        "x", "x", "east on the local map, km (with y)", write: { r, _ in Cell.number(get(r)?.x) },
        read: { (r: inout Row, s: String) throws(CellError) in
          set(&r, Location(x: try Cell.readNumber(s), y: get(r)?.y ?? .nan))
        }),
      SheetColumn(
        "y", "y", "north on the local map, km (with x)", write: { r, _ in Cell.number(get(r)?.y) },
        read: { (r: inout Row, s: String) throws(CellError) in
          set(&r, Location(x: get(r)?.x ?? .nan, y: try Cell.readNumber(s)))
        }),
    ]
  }

  /// A contact (name, phone, e-mail) and a place, four columns; an empty cell leaves the part
  /// out.
  static func contactColumns<Row>(
    _ whose: String, _ get: @escaping @Sendable (Row) -> (Contact?, String?),
    _ set: @escaping @Sendable (inout Row, Contact?, String?) -> Void
  ) -> [SheetColumn<Row>] {
    return [
      SheetColumn(
        "kontakt_navn", "contactName", "whom to call: \(whose)",
        write: { r, _ in get(r).0?.name ?? "" },
        read: { r, s in
          var c = get(r).0 ?? Contact()
          c.name = s
          set(&r, c, get(r).1)
        }),
      SheetColumn(
        "kontakt_telefon", "contactPhone", "their phone, e.g. +45 20 00 00 01",
        write: { r, _ in get(r).0?.phone ?? "" },
        read: { r, s in
          var c = get(r).0 ?? Contact()
          c.phone = s
          set(&r, c, get(r).1)
        }),
      SheetColumn(
        "kontakt_email", "contactEmail", "their e-mail",
        write: { r, _ in get(r).0?.email ?? "" },
        read: { r, s in
          var c = get(r).0 ?? Contact()
          c.email = s
          set(&r, c, get(r).1)
        }),
      SheetColumn(
        "adresse", "place", "the address or meeting point the hand-outs print under Hvor",
        write: { r, _ in get(r).1 ?? "" },
        read: { r, s in set(&r, get(r).0, s) }),
    ]
  }

  /// The participants' sheet.
  static let participantColumns: [SheetColumn<Participant>] =
    [
      SheetColumn(
        "id", "id", "stable id, e.g. p07", required: true, write: { p, _ in p.id },
        read: { p, s in p.id = s }),
      SheetColumn(
        "navn", "name", "display name", required: true, write: { p, _ in p.name },
        read: { p, s in p.name = s }),
      SheetColumn(
        "indskrivning", "enrolment", "Indskrevet or Henvist (on the waiting list)",
        write: { p, l in l.enrolment(p.enrolment) },
        read: { p, s throws(CellError) in p.enrolment = try Cell.readChoice(s) { $0.enrolment($1) }
        }
      ),
      SheetColumn(
        "henvist_dato", "referredOn", "referral date (2025-11-10), when Henvist",
        write: { p, _ in p.referredOn ?? "" },
        read: { p, s throws(CellError) in p.referredOn = try Cell.readDate(s) }),
      SheetColumn(
        "indskrevet_dato", "enrolledOn", "enrolment date (2026-01-05), when known",
        write: { p, _ in p.enrolledOn ?? "" },
        read: { p, s throws(CellError) in p.enrolledOn = try Cell.readDate(s) }),
      SheetColumn(
        "udskrivning", "exit",
        "set to end the enrolment this week: Job, Elev, Uddannelse, Fleksjob, Fraflyttet or Andet",
        write: { p, l in p.exit.map { l.exitReason($0.reason) } ?? "" },
        read: { p, s throws(CellError) in
          let reason: ExitReason = try Cell.readChoice(s) { $0.exitReason($1) }
          p.exit = Exit(reason: reason, on: p.exit?.on, note: p.exit?.note)
        }),
      SheetColumn(
        "udskrevet_dato", "exitOn", "the date the enrolment ends (with udskrivning; alone: Andet)",
        write: { p, _ in p.exit?.on ?? "" },
        read: { p, s throws(CellError) in
          p.exit = Exit(
            reason: p.exit?.reason ?? .other, on: try Cell.readDate(s), note: p.exit?.note)
        }),
      SheetColumn(
        "udskrivning_note", "exitNote", "a note on the exit (with udskrivning; alone: Andet)",
        write: { p, _ in p.exit?.note ?? "" },
        read: { p, s in p.exit = Exit(reason: p.exit?.reason ?? .other, on: p.exit?.on, note: s) }),
      SheetColumn(
        "forløb", "track", "Praktik, Job, Fleksjob, Elev, Kun socialt or Pause", required: true,
        write: { p, l in l.track(p.track) },
        read: { p, s throws(CellError) in p.track = try Cell.readChoice(s) { $0.track($1) } }),
      SheetColumn(
        "parathed", "readiness", "Jobparat (4 placement weeks) or Aktivitetsparat (13)",
        write: { p, l in l.readiness(p.readiness) },
        read: { p, s throws(CellError) in p.readiness = try Cell.readChoice(s) { $0.readiness($1) }
        }
      ),
      SheetColumn(
        "alder", "age", "age in years", write: { p, _ in Cell.int(p.age) },
        read: { p, s throws(CellError) in p.age = try Cell.readInt(s) }),
      SheetColumn(
        "timer_min", "hoursMin", "fewest work hours a week when placed",
        write: { p, _ in Cell.number(p.hours.min) },
        read: { p, s throws(CellError) in p.hours.min = try Cell.readNumber(s) }),
      SheetColumn(
        "timer_max", "hoursMax", "most work hours a week",
        write: { p, _ in Cell.number(p.hours.max) },
        read: { p, s throws(CellError) in p.hours.max = try Cell.readNumber(s) }),
      SheetColumn(
        "timer_aftalt", "hoursAgreed",
        "work hours agreed for this week, aimed at and never exceeded (empty = timer_max)",
        write: { p, _ in Cell.number(p.hours.agreed) },
        read: { p, s throws(CellError) in p.hours.agreed = try Cell.readNumber(s) }),
    ]
    + dayColumns(
      "when they can work, the work window (08:00-12:00; empty = not that day)",
      { $0.availability }, { $0.availability[$1] = $2 })
    + [
      SheetColumn(
        "optaget", "busy",
        "times they cannot join activities, e.g. tir 14:00-16:00 skole (activities are "
          + "otherwise possible 07:00-22:00 every day outside work)",
        write: { p, l in Cell.busy(p.busy, l) },
        read: { p, s throws(CellError) in p.busy = try Cell.readBusy(s) }),
      SheetColumn(
        "færdigheder", "skills", "skills, separated by commas",
        write: { p, _ in Cell.list(p.skills) },
        read: { p, s in p.skills = Cell.readList(s) }),
      SheetColumn(
        "interesser", "interests", "interests, separated by commas",
        write: { p, _ in Cell.list(p.interests) }, read: { p, s in p.interests = Cell.readList(s) }),
      SheetColumn(
        "mentortimer", "mentorHours", "mentor hours needed a week (sensitive)",
        write: { p, _ in Cell.number(p.needs.mentorHours) },
        read: { p, s throws(CellError) in p.needs.mentorHours = try Cell.readNumber(s) }),
      SheetColumn(
        "mentorkompetencer", "competences", "competences the mentor must have (sensitive)",
        write: { p, _ in Cell.list(p.needs.competences) },
        read: { p, s in p.needs.competences = Cell.readList(s) }),
      SheetColumn(
        "hensyn", "accommodations", "accommodations every workplace must offer (sensitive)",
        write: { p, _ in Cell.list(p.needs.accommodations) },
        read: { p, s in p.needs.accommodations = Cell.readList(s) }),
      SheetColumn(
        "kørekort", "drivingLicence", "ja or nej", write: { p, l in l.yesNo(p.drivingLicence) },
        read: { p, s throws(CellError) in p.drivingLicence = try Cell.readBool(s) }),
      SheetColumn(
        "telefon", "phone",
        "their own phone: only their mentor and the coordinator see it (never a company)",
        write: { p, _ in p.phone ?? "" }, read: { p, s in p.phone = s }),
    ]
    + locationColumns({ $0.location }, { $0.location = $1 })
    + [
      SheetColumn(
        "max_km", "maxTravelKm", "how far they can travel, km",
        write: { p, _ in Cell.number(p.maxTravelKm) },
        read: { p, s throws(CellError) in p.maxTravelKm = try Cell.readNumber(s) }),
      SheetColumn(
        "kan_nå", "reachableCompanies",
        "the only companies they can reach (ids; empty = any, (ingen) = none)",
        write: { p, _ in Cell.optionalList(p.reachableCompanies) },
        read: { p, s in p.reachableCompanies = Cell.readList(s) }),
      SheetColumn(
        "ønskede_virksomheder", "wishedCompanies", "wished companies, best first (ids)",
        write: { p, _ in Cell.list(p.wishes.companies) },
        read: { p, s in p.wishes.companies = Cell.readList(s) }),
      SheetColumn(
        "ønskede_aktiviteter", "wishedActivities", "wished activities (ids)",
        write: { p, _ in Cell.list(p.wishes.activities) },
        read: { p, s in p.wishes.activities = Cell.readList(s) }),
      SheetColumn(
        "praktik_nu", "currentCompany", "the company of the current placement (id)",
        write: { p, _ in p.current.company ?? "" }, read: { p, s in p.current.company = s }),
      SheetColumn(
        "praktikuger", "placementWeeks", "placement weeks already used there",
        write: { p, _ in String(p.current.placementWeeks) },
        read: { p, s throws(CellError) in p.current.placementWeeks = try Cell.readInt(s) }),
      SheetColumn(
        "praktik_siden", "since", "start date of the current placement",
        write: { p, _ in p.current.since ?? "" },
        read: { p, s throws(CellError) in p.current.since = try Cell.readDate(s) }),
      SheetColumn(
        "mentor_nu", "currentMentor", "the current mentor (id)",
        write: { p, _ in p.current.mentor ?? "" }, read: { p, s in p.current.mentor = s }),
      SheetColumn(
        "tidligere_praktikker", "earlierPlacements",
        "placement weeks used at other companies: aubo: 3, horn: 2",
        write: { p, _ in Cell.counts(p.current.earlierPlacements) },
        read: { p, s throws(CellError) in p.current.earlierPlacements = try Cell.readCounts(s) }),
      SheetColumn(
        "arbejde_sidste_uge", "currentWork",
        "last week's work days and hours at praktik_nu: man 08:00-12:00, tir 08:00-12:00"
          + " (empty = not known, (ingen) = none)",
        write: { p, l in p.current.work.map { Cell.optionalSchedule($0, l) } ?? "" },
        read: { p, s throws(CellError) in p.current.work = try Cell.readSchedule(s) }),
      SheetColumn(
        "aktiviteter_sidste_uge", "currentActivities",
        "the sessions attended last week (activity ids; empty = not known, (ingen) = none)",
        write: { p, _ in Cell.optionalList(p.current.activities) },
        read: { p, s in p.current.activities = Cell.readList(s) }),
      SheetColumn(
        "arbejdsgiver", "employer",
        "the employer kept on the Job, Fleksjob and Elev tracks (company id or a name)",
        write: { p, _ in p.employment?.employer ?? "" },
        read: { p, s in
          p.employment = Employment(employer: s, schedule: p.employment?.schedule ?? [:])
        }),
      SheetColumn(
        "arbejdstider", "schedule",
        "working times at the employer: man 08:00-12:00, tir 08:00-12:00",
        write: { p, l in p.employment.map { Cell.schedule($0.schedule, l) } ?? "" },
        read: { p, s throws(CellError) in
          p.employment = Employment(
            employer: p.employment?.employer ?? "", schedule: try Cell.readSchedule(s))
        }),
      SheetColumn(
        "hjemmeboende", "benefitLivingAtHome",
        "ja when they live with their parents (the lower benefit; sensitive)",
        write: { p, l in p.benefit.map { l.yesNo($0.livingAtHome) } ?? "" },
        read: { p, s throws(CellError) in
          var b = p.benefit ?? BenefitStatus()
          b.livingAtHome = try Cell.readBool(s)
          p.benefit = b
        }),
      SheetColumn(
        "ydelse_pr_måned", "benefitPerMonth",
        "their own monthly benefit, kr., when known (empty = the rate; sensitive)",
        write: { p, _ in Cell.number(p.benefit?.perMonth) },
        read: { p, s throws(CellError) in
          var b = p.benefit ?? BenefitStatus()
          b.perMonth = try Cell.readNumber(s)
          p.benefit = b
        }),
      SheetColumn(
        "på_ydelse_siden", "benefitSince",
        "on benefit since (date): the weeks on benefit when they leave it (sensitive)",
        write: { p, _ in p.benefit?.since ?? "" },
        read: { p, s throws(CellError) in
          var b = p.benefit ?? BenefitStatus()
          b.since = try Cell.readDate(s)
          p.benefit = b
        }),
      SheetColumn(
        "ude_af_ydelse_siden", "benefitOffSince",
        "off benefit since (date), on the Job and Elev tracks while still in follow-up",
        write: { p, _ in p.benefit?.offSince ?? "" },
        read: { p, s throws(CellError) in
          var b = p.benefit ?? BenefitStatus()
          b.offSince = try Cell.readDate(s)
          p.benefit = b
        }),
    ]

  /// The companies' sheet.
  static let companyColumns: [SheetColumn<Company>] =
    [
      SheetColumn(
        "id", "id", "stable id, e.g. aubo", required: true, write: { c, _ in c.id },
        read: { c, s in c.id = s }),
      SheetColumn(
        "navn", "name", "display name", required: true, write: { c, _ in c.name },
        read: { c, s in c.name = s }),
      SheetColumn(
        "branche", "sector", "sector", write: { c, _ in c.sector }, read: { c, s in c.sector = s }),
      SheetColumn(
        "opgaver", "tasks", "tasks offered, separated by commas",
        write: { c, _ in Cell.list(c.tasks) },
        read: { c, s in c.tasks = Cell.readList(s) }),
    ]
    + dayColumns("open hours (07:00-15:30; empty = closed)", { $0.open }, { $0.open[$1] = $2 })
    + [
      SheetColumn(
        "pladser", "slots", "placement slots a week", write: { c, _ in String(c.slots) },
        read: { c, s throws(CellError) in c.slots = try Cell.readInt(s) }),
      SheetColumn(
        "pladser_pr_dag", "slotsPerDay", "slots by weekday where fewer: man: 2, fre: 1",
        write: { c, l in
          c.slotsPerDay.sorted { $0.key < $1.key }.map { "\(l.dayShort($0.key)): \($0.value)" }
            .joined(separator: ", ")
        },
        read: { c, s throws(CellError) in
          var out: [Weekday: Int] = [:]
          for (k, v) in try Cell.readCounts(s) { out[try Cell.readDay(k)] = v }
          c.slotsPerDay = out
        }),
      SheetColumn(
        "ansatte", "ordinaryEmployees", "ordinary employees (for the legal ratio)",
        write: { c, _ in String(c.ordinaryEmployees) },
        read: { c, s throws(CellError) in c.ordinaryEmployees = try Cell.readInt(s) }),
      SheetColumn(
        "støttede", "subsidisedStaff", "people already in subsidised jobs or placements there",
        write: { c, _ in String(c.subsidisedStaff) },
        read: { c, s throws(CellError) in c.subsidisedStaff = try Cell.readInt(s) }),
      SheetColumn(
        "kræver_kørekort", "requiresDrivingLicence", "ja or nej",
        write: { c, l in l.yesNo(c.requirements.drivingLicence) },
        read: { c, s throws(CellError) in c.requirements.drivingLicence = try Cell.readBool(s) }),
      SheetColumn(
        "min_alder", "minimumAge", "minimum age",
        write: { c, _ in Cell.int(c.requirements.minimumAge) },
        read: { c, s throws(CellError) in c.requirements.minimumAge = try Cell.readInt(s) }),
      SheetColumn(
        "hensyn", "accommodations", "accommodations offered, separated by commas",
        write: { c, _ in Cell.list(c.accommodations) },
        read: { c, s in c.accommodations = Cell.readList(s) }),
    ]
    + locationColumns({ $0.location }, { $0.location = $1 })
    + [
      SheetColumn(
        "by", "town", "town", write: { c, _ in c.town ?? "" }, read: { c, s in c.town = s })
    ]
    + contactColumns(
      "the supervisor", { ($0.contact, $0.place) },
      {
        $0.contact = $1
        $0.place = $2
      })

  /// The mentors' sheet.
  static let mentorColumns: [SheetColumn<Mentor>] =
    [
      SheetColumn(
        "id", "id", "stable id", required: true, write: { m, _ in m.id }, read: { m, s in m.id = s }
      ),
      SheetColumn(
        "navn", "name", "display name", required: true, write: { m, _ in m.name },
        read: { m, s in m.name = s }),
      SheetColumn(
        "timer_pr_uge", "hoursPerWeek", "mentor hours a week", required: true,
        write: { m, _ in Cell.number(m.hoursPerWeek) },
        read: { m, s throws(CellError) in m.hoursPerWeek = try Cell.readNumber(s) }),
      SheetColumn(
        "kompetencer", "competences", "competences, separated by commas",
        write: { m, _ in Cell.list(m.competences) },
        read: { m, s in m.competences = Cell.readList(s) }),
      SheetColumn(
        "dage", "days", "weekdays: man, tir, ... (empty = Monday to Friday)",
        write: { m, l in Cell.days(m.days, l) },
        read: { m, s throws(CellError) in m.days = try Cell.readDays(s) }),
      SheetColumn(
        "max_mentees", "maxMentees", "most mentees at once",
        write: { m, _ in String(m.maxMentees) },
        read: { m, s throws(CellError) in m.maxMentees = try Cell.readInt(s) }),
    ]
    + locationColumns({ $0.location }, { $0.location = $1 })
    + [
      SheetColumn(
        "max_km", "maxTravelKm", "how far the mentor travels, km",
        write: { m, _ in Cell.number(m.maxTravelKm) },
        read: { m, s throws(CellError) in m.maxTravelKm = try Cell.readNumber(s) })
    ]
    + contactColumns(
      "the mentor's own phone and e-mail (the name is navn)", { ($0.contact, $0.place) },
      {
        $0.contact = $1
        $0.place = $2
      })

  /// The activities' sheet.
  static let activityColumns: [SheetColumn<Activity>] =
    [
      SheetColumn(
        "id", "id", "stable id", required: true, write: { a, _ in a.id }, read: { a, s in a.id = s }
      ),
      SheetColumn(
        "navn", "name", "display name", required: true, write: { a, _ in a.name },
        read: { a, s in a.name = s }),
      SheetColumn(
        "type", "kind", "Gruppemøde, Træning, Kaffeklub, Undervisning, Forening or Andet",
        write: { a, l in l.activityKind(a.kind) },
        read: { a, s throws(CellError) in a.kind = try Cell.readChoice(s) { $0.activityKind($1) } }),
      SheetColumn(
        "dag", "day", "weekday", required: true, write: { a, l in l.dayShort(a.day) },
        read: { a, s throws(CellError) in a.day = try Cell.readDay(s) }),
      SheetColumn(
        "tid", "time", "from-to, e.g. 16:00-18:00", required: true,
        write: { a, _ in a.time.description },
        read: { a, s throws(CellError) in a.time = try Cell.readWindow(s) }),
      SheetColumn(
        "pladser", "seats", "seats", required: true, write: { a, _ in String(a.seats) },
        read: { a, s throws(CellError) in a.seats = try Cell.readInt(s) }),
      SheetColumn(
        "emner", "tags", "tags, matched against interests", write: { a, _ in Cell.list(a.tags) },
        read: { a, s in a.tags = Cell.readList(s) }),
      SheetColumn(
        "koordinator", "runByCoordinator", "ja when the coordinator runs it (costs their hours)",
        write: { a, l in l.yesNo(a.runByCoordinator) },
        read: { a, s throws(CellError) in a.runByCoordinator = try Cell.readBool(s) }),
    ] + locationColumns({ $0.location }, { $0.location = $1 })
    + contactColumns(
      "the leader or trainer", { ($0.contact, $0.place) },
      {
        $0.contact = $1
        $0.place = $2
      })

  /// One lock or ban.
  struct Agreement: Sendable {
    var participant = ""
    var ban = false
    var company = ""
    var days: [Weekday] = []
  }

  static let agreementColumns: [SheetColumn<Agreement>] = [
    SheetColumn(
      "deltager", "participant", "participant id", required: true, write: { a, _ in a.participant },
      read: { a, s in a.participant = s }),
    SheetColumn(
      "aftale", "kind", "lås (must be at the company) or forbud (must not)", required: true,
      write: { a, l in l.language == .da ? (a.ban ? "forbud" : "lås") : (a.ban ? "ban" : "lock") },
      read: { a, s throws(CellError) in
        switch s.trimmingCharacters(in: .whitespaces).lowercased() {
        case "lås", "laas", "lock": a.ban = false
        case "forbud", "ban": a.ban = true
        default: throw CellError(.notAgreement(s))
        }
      }),
    SheetColumn(
      "virksomhed", "company", "company id", required: true, write: { a, _ in a.company },
      read: { a, s in a.company = s }),
    SheetColumn(
      "dage", "days", "for a lock: the days that must be worked there (empty = any)",
      write: { a, l in a.days.isEmpty ? "" : a.days.map(l.dayShort).joined(separator: ", ") },
      read: { a, s throws(CellError) in a.days = try Cell.readDays(s) }),
  ]

  /// The ledger of those who left benefit.
  static let leftBenefitColumns: [SheetColumn<BenefitExit>] = [
    SheetColumn(
      "id", "id", "the participant's id", required: true, write: { x, _ in x.id },
      read: { x, s in x.id = s }),
    SheetColumn(
      "navn", "name", "display name", write: { x, _ in x.name ?? "" }, read: { x, s in x.name = s }),
    SheetColumn(
      "årsag", "reason", "Job, Elev or Uddannelse", required: true,
      write: { x, l in l.exitReason(x.reason) },
      read: { x, s throws(CellError) in x.reason = try Cell.readChoice(s) { $0.exitReason($1) } }),
    SheetColumn(
      "dato", "on", "the date they left benefit", required: true, write: { x, _ in x.on },
      read: { x, s throws(CellError) in x.on = try Cell.readDate(s) }),
    SheetColumn(
      "hjemmeboende", "livingAtHome", "ja when they lived with their parents (the lower benefit)",
      write: { x, l in l.yesNo(x.livingAtHome) },
      read: { x, s throws(CellError) in x.livingAtHome = try Cell.readBool(s) }),
    SheetColumn(
      "ydelse_pr_måned", "perMonth", "their own monthly benefit, kr., when known",
      write: { x, _ in Cell.number(x.perMonth) },
      read: { x, s throws(CellError) in x.perMonth = try Cell.readNumber(s) }),
    SheetColumn(
      "uger_på_ydelse", "weeksOnBenefit", "weeks on benefit before they left, when known",
      write: { x, _ in Cell.int(x.weeksOnBenefit) },
      read: { x, s throws(CellError) in x.weeksOnBenefit = try Cell.readInt(s) }),
  ]

  /// An optional setting of `programme.economics`.
  static func economicsSetting(
    _ da: String, _ field: String, _ doc: String,
    _ kp: WritableKeyPath<Economics, Double?> & Sendable
  ) -> Setting {
    Setting(
      da: da, en: "programme.economics.\(field)", doc: doc,
      write: { Cell.number($0.programme.economics?[keyPath: kp]) },
      read: { s, t throws(CellError) in
        var e = s.programme.economics ?? Economics()
        e[keyPath: kp] = try Cell.readNumber(t)
        s.programme.economics = e
      })
  }

  /// An optional whole-number setting of `programme.economics`.
  static func economicsIntSetting(
    _ da: String, _ field: String, _ doc: String,
    _ kp: WritableKeyPath<Economics, Int?> & Sendable
  ) -> Setting {
    Setting(
      da: da, en: "programme.economics.\(field)", doc: doc,
      write: { Cell.int($0.programme.economics?[keyPath: kp]) },
      read: { s, t throws(CellError) in
        var e = s.programme.economics ?? Economics()
        e[keyPath: kp] = try Cell.readInt(t)
        s.programme.economics = e
      })
  }

  /// Refund steps, written `4: 80 % / 26: 40 % / 52: 30 % / 20 %`.
  static func refundText(_ steps: [RefundStep]?) -> String {
    guard let steps else { return "" }
    return steps.map { st in
      let pct = Cell.number(st.refund * 100) + " %"
      return st.untilWeek.map { "\($0): \(pct)" } ?? pct
    }.joined(separator: " / ")
  }

  static func readRefund(_ t: String) throws(CellError) -> [RefundStep] {
    var out: [RefundStep] = []
    for part in t.split(separator: "/") {
      let bits = part.split(separator: ":", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      let value = (bits.last ?? "").replacingOccurrences(of: "%", with: "")
        .trimmingCharacters(in: .whitespaces)
      guard let pct = CSVText.parseNumber(value), bits.count == 1 || Int(bits[0]) != nil else {
        throw CellError(.notRefundStep(part.trimmingCharacters(in: .whitespaces)))
      }
      out.append(RefundStep(untilWeek: bits.count == 2 ? Int(bits[0]) : nil, refund: pct / 100))
    }
    return out
  }

  /// A part of the coordinator's contact.
  static func coordinatorContact(
    _ da: String, _ field: String, _ doc: String,
    _ kp: WritableKeyPath<Contact, String?> & Sendable
  ) -> Setting {
    Setting(
      da: da, en: "coordinator.contact.\(field)", doc: doc,
      write: { $0.coordinator.contact?[keyPath: kp] ?? "" },
      read: { s, t in
        var c = s.coordinator.contact ?? Contact()
        c[keyPath: kp] = t
        s.coordinator.contact = c
      })
  }

  /// One setting of `indstillinger.csv`: a key, how it is written and read.
  struct Setting: Sendable {
    let da: String
    let en: String
    let doc: String
    let write: @Sendable (Scenario) -> String
    let read: @Sendable (inout Scenario, String) throws(CellError) -> Void
  }

  static func numberSetting(
    _ da: String, _ en: String, _ doc: String, _ kp: WritableKeyPath<Scenario, Double> & Sendable
  ) -> Setting {
    Setting(
      da: da, en: en, doc: doc, write: { Cell.number($0[keyPath: kp]) },
      read: { s, t throws(CellError) in s[keyPath: kp] = try Cell.readNumber(t) })
  }

  static func intSetting(
    _ da: String, _ en: String, _ doc: String, _ kp: WritableKeyPath<Scenario, Int> & Sendable
  ) -> Setting {
    Setting(
      da: da, en: en, doc: doc, write: { String($0[keyPath: kp]) },
      read: { s, t throws(CellError) in s[keyPath: kp] = try Cell.readInt(t) })
  }

  static let settings: [Setting] =
    [
      Setting(
        da: "uge", en: "week", doc: "ISO week, e.g. 2026-W02", write: { $0.week },
        read: { s, t in s.week = t.trimmingCharacters(in: .whitespaces) }),
      numberSetting(
        "koordinator_timer", "coordinator.hoursPerWeek", "the coordinator's hours a week",
        \.coordinator.hoursPerWeek),
      numberSetting(
        "faste_timer", "coordinator.fixedHours",
        "fixed hours for network, companies and management", \.coordinator.fixedHours),
      coordinatorContact(
        "koordinator_navn", "name", "the coordinator's name, on every hand-out", \.name),
      coordinatorContact(
        "koordinator_telefon", "phone", "the coordinator's phone, on every hand-out", \.phone),
      coordinatorContact(
        "koordinator_email", "email", "the coordinator's e-mail, on every hand-out", \.email),
      Setting(
        da: "koordinator_adresse", en: "coordinator.place",
        doc: "the coordinator's office or the programme's meeting place",
        write: { $0.coordinator.place ?? "" }, read: { s, t in s.coordinator.place = t }),
      Setting(
        da: "rejsetid_min", en: "coordinator.travelMinutes",
        doc: "minutes the coordinator's calendar leaves between visits at different places"
          + " (empty = 15)",
        write: { String($0.coordinator.travelMinutes) },
        read: { s, t throws(CellError) in s.coordinator.travelMinutes = try Cell.readInt(t) }),
    ]
    + Track.allCases.map { t in
      Setting(
        da:
          "opfølgning_\(Localizer.danish.track(t).lowercased().replacingOccurrences(of: " ", with: "_"))",
        en: "coordinator.followUpHours.\(t.rawValue)",
        doc: "follow-up hours a week per participant on the \(Localizer.english.track(t)) track",
        write: { Cell.number($0.coordinator.followUp(for: t)) },
        read: { s, v throws(CellError) in s.coordinator.followUpHours[t] = try Cell.readNumber(v) })
    }
    + [
      intSetting(
        "break_even", "programme.breakEven", "participants to break even", \.programme.breakEven),
      intSetting("mål", "programme.target", "target participants", \.programme.target),
      numberSetting(
        "stillingspris", "programme.positionCostPerYear", "cost of one position a year, kr.",
        \.programme.positionCostPerYear),
      numberSetting("stillinger", "programme.positions", "positions", \.programme.positions),
      Setting(
        da: "besparelse_pr_deltager", en: "programme.savingPerParticipantPerYear",
        doc: "a year's saving per person off benefit, kr., in place of the benefit rates and the"
          + " refund (empty = from them)",
        write: { Cell.number($0.programme.savingPerParticipantPerYear) },
        read: { s, t throws(CellError) in
          s.programme.savingPerParticipantPerYear = try Cell.readNumber(t)
        }),
      economicsSetting(
        "ydelse_pr_måned", "benefitPerMonth",
        "benefit a month, under 30, not living with parents, kr. (empty = 7.200)", \.benefitPerMonth
      ),
      economicsSetting(
        "ydelse_hjemmeboende_pr_måned", "benefitAtHomePerMonth",
        "benefit a month, under 30, living with parents, kr. (empty = 2.900)",
        \.benefitAtHomePerMonth),
      Setting(
        da: "refusion", en: "programme.economics.refundSteps",
        doc: "the state's refund by weeks on benefit: 4: 80 % / 26: 40 % / 52: 30 % / 20 %"
          + " (empty = these)",
        write: { refundText($0.programme.economics?.refundSteps) },
        read: { s, t throws(CellError) in
          var e = s.programme.economics ?? Economics()
          e.refundSteps = try readRefund(t)
          s.programme.economics = e
        }),
      economicsIntSetting(
        "uger_på_ydelse_ukendt", "weeksOnBenefitIfUnknown",
        "weeks on benefit assumed when not given (empty = 52)", \.weeksOnBenefitIfUnknown),
      economicsIntSetting(
        "afgang_varer_uger", "exitDurationWeeks",
        "weeks an exit from benefit is counted (empty = 52)", \.exitDurationWeeks),
      economicsSetting(
        "vejleder_pris", "counsellorCostPerYear",
        "an ordinary counsellor's cost a year, kr. (empty = 500.000)", \.counsellorCostPerYear),
      economicsIntSetting(
        "vejleder_unge", "ordinaryCaseload",
        "young people an ordinary counsellor carries (empty = 15)", \.ordinaryCaseload),
      intSetting(
        "sociale_pr_uge", "policy.socialSessionsPerWeek", "social sessions wanted a week",
        \.policy.socialSessionsPerWeek),
      numberSetting(
        "tidsgrænse_s", "policy.timeLimitSeconds", "the solver's time limit, seconds",
        \.policy.timeLimitSeconds),
      numberSetting(
        "gap", "policy.relativeGap", "relative MIP gap (0 = prove)", \.policy.relativeGap),
      numberSetting(
        "korteste_dag", "policy.shortestWorkDay",
        "the shortest work day, hours (unless the week's agreed hours are fewer)",
        \.policy.shortestWorkDay),
      numberSetting(
        "korteste_korte_dag", "policy.shortestShortDay",
        "the shortest work day, hours, for someone who needs short days (shortDays)",
        \.policy.shortestShortDay),
      Setting(
        da: "max_skift", en: "policy.maxChanges",
        doc: "most voluntary changes of company or mentor (empty = no limit)",
        write: { Cell.int($0.policy.maxChanges) },
        read: { s, t throws(CellError) in s.policy.maxChanges = try Cell.readInt(t) }),
      Setting(
        da: "rullet_fra_uge", en: "rolledFrom.week",
        doc: "the week of last week's plan this week was rolled forward from (milen next; with"
          + " rullet_fra_plan)",
        write: { $0.rolledFrom?.week ?? "" },
        read: { s, t in
          s.rolledFrom = RolledFrom(week: t, plan: s.rolledFrom?.plan ?? "")
        }),
      Setting(
        da: "rullet_fra_plan", en: "rolledFrom.plan",
        doc: "the fingerprint of that plan (with rullet_fra_uge)",
        write: { $0.rolledFrom?.plan ?? "" },
        read: { s, t in
          s.rolledFrom = RolledFrom(week: s.rolledFrom?.week ?? "", plan: t)
        }),
    ]
}
