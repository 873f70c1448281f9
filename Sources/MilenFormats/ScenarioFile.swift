import Foundation
import MilenModel

/// The file formats a scenario can be written in.
public enum ScenarioFormat: String, Sendable, CaseIterable {
  case json, yaml

  /// The format of a file, by its name: `.yaml`/`.yml` are YAML, everything else JSON.
  public static func of(path: String) -> ScenarioFormat {
    let lower = path.lowercased()
    return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") ? .yaml : .json
  }
}

/// Reading and writing scenario files (JSON and YAML; see docs/scenario.md).
public enum ScenarioFile {
  /// Parses and validates a scenario: syntax, structure (unknown fields, types) and meaning
  /// (ids, ranges, references). Throws a ``ScenarioError`` that lists every problem found.
  public static func decode(_ text: String, format: ScenarioFormat) throws -> Scenario {
    let tree: JSONValue
    do {
      tree = try format == .yaml ? JSONValue.parseYAML(text) : JSONValue.parseJSON(text)
    } catch {
      throw ScenarioError(issues: error.issues)
    }
    return try decode(tree)
  }

  /// Reads and validates a scenario from a parsed tree.
  public static func decode(_ tree: JSONValue) throws(ScenarioError) -> Scenario {
    let log = IssueLog()
    guard let scenario = readScenario(tree, log: log) else {
      throw ScenarioError(issues: log.issues)
    }
    // Every problem at once: the meaning is checked even when reading found problems, except
    // at places where reading already failed (their values are only stand-ins).
    let reading = log.issues
    let meaning = InputLimits.capped(scenario.validationIssues()).filter { issue in
      !reading.contains {
        issue.path == $0.path || issue.path.hasPrefix($0.path + ".")
          || issue.path.hasPrefix($0.path + "[")
      }
    }
    // Reading's own list is already capped (its last line counts the rest).
    let all =
      reading.count >= InputLimits.maxIssues ? reading : InputLimits.capped(reading + meaning)
    if !all.isEmpty { throw ScenarioError(issues: all, scenario: scenario) }
    return scenario
  }

  /// The scenario as a document tree, in the documented field order (defaults written out).
  public static func encode(_ s: Scenario) -> JSONValue {
    ScenarioWriter.scenario(s)
  }

  /// The scenario as pretty JSON text.
  public static func jsonText(_ s: Scenario) -> String { encode(s).jsonText() + "\n" }

  /// The scenario as a file of `format`: JSON, or YAML (block style, every string quoted so
  /// that `08:00-12:00`, `no` or `2026-W02` read back as the same text).
  public static func text(_ s: Scenario, format: ScenarioFormat) throws -> String {
    switch format {
    case .json: return jsonText(s)
    case .yaml: return try encode(s).yamlText()
    }
  }

  /// The scenario's fingerprint: `sha256:` and the SHA-256 of its canonical JSON (every field
  /// written out in the documented order). The same scenario read from JSON or YAML, with or
  /// without defaults spelled out, has the same fingerprint; any change of meaning changes it.
  public static func fingerprint(_ s: Scenario) -> String {
    "sha256:" + Digest.sha256Hex(Array(jsonText(s).utf8))
  }
}

// MARK: - Reading

private func readScenario(_ tree: JSONValue, log: IssueLog) -> Scenario? {
  guard let o = ObjectReader(tree, path: "", log: log) else { return nil }
  var s = Scenario(week: o.requiredString("week") ?? "")
  if let c = o.object("coordinator") {
    s.coordinator.hoursPerWeek = c.hours("hoursPerWeek") ?? s.coordinator.hoursPerWeek
    s.coordinator.fixedHours = c.hours("fixedHours") ?? 0
    if let f = c.object("followUpHours") {
      for t in Track.allCases {
        if let h = f.hours(t.rawValue) { s.coordinator.followUpHours[t] = h }
      }
      f.finish()
    }
    s.coordinator.contact = readContact(c)
    s.coordinator.place = c.string("place")
    s.coordinator.travelMinutes = c.int("travelMinutes") ?? Coordinator.defaultTravelMinutes
    c.finish()
  }
  if let p = o.object("programme") {
    let d = Programme()
    s.programme = Programme(
      breakEven: p.int("breakEven") ?? d.breakEven, target: p.int("target") ?? d.target,
      positionCostPerYear: p.number("positionCostPerYear") ?? d.positionCostPerYear,
      positions: p.number("positions") ?? d.positions,
      savingPerParticipantPerYear: p.number("savingPerParticipantPerYear"),
      economics: p.object("economics").map(readEconomics))
    p.finish()
  }
  if let p = o.object("policy") {
    let d = Policy()
    s.policy = Policy(
      socialSessionsPerWeek: p.int("socialSessionsPerWeek") ?? d.socialSessionsPerWeek,
      timeLimitSeconds: p.number("timeLimitSeconds") ?? d.timeLimitSeconds,
      relativeGap: p.number("relativeGap") ?? d.relativeGap, maxChanges: p.int("maxChanges"),
      shortestWorkDay: p.hours("shortestWorkDay") ?? d.shortestWorkDay,
      shortestShortDay: p.hours("shortestShortDay") ?? d.shortestShortDay)
    p.finish()
  }
  s.participants = o.list("participants").compactMap { path, v in
    guard var p = readParticipant(v, path, log) else { return nil }
    // With only a start date, the weeks since it count as used (docs/scenario.md).
    if p.current.placementWeeks == notGiven {
      p.current.placementWeeks = p.current.since.flatMap { s.weeksBefore(date: $0) } ?? 0
    }
    return p
  }
  s.companies = o.list("companies").compactMap { readCompany($0.1, $0.0, log) }
  s.mentors = o.list("mentors").compactMap { path, v in
    guard let m = ObjectReader(v, path: path, log: log) else { return nil }
    defer { m.finish() }
    let d = Mentor(id: "", name: "", hoursPerWeek: 0)
    let contact = readContact(m)
    let place = m.string("place")
    return Mentor(
      id: m.requiredString("id") ?? "", name: m.requiredString("name") ?? "",
      hoursPerWeek: m.required("hoursPerWeek") != nil ? m.hours("hoursPerWeek") ?? 0 : 0,
      competences: m.strings("competences") ?? [], days: m.weekdays("days") ?? d.days,
      maxMentees: m.int("maxMentees") ?? d.maxMentees, location: readLocation(m, "location"),
      maxTravelKm: m.number("maxTravelKm"), contact: contact, place: place)
  }
  s.activities = o.list("activities").compactMap { path, v in
    guard let a = ObjectReader(v, path: path, log: log) else { return nil }
    defer { a.finish() }
    let id = a.requiredString("id") ?? ""
    let name = a.requiredString("name") ?? ""
    let kind = a.choice("kind", ActivityKind.self) ?? .other
    if a.raw("day") == nil { log.fail(a.sub("day"), .required) }
    let day = a.choice("day", Weekday.self)
    if a.raw("time") == nil { log.fail(a.sub("time"), .required) }
    let time = a.window("time")
    if a.raw("seats") == nil { log.fail(a.sub("seats"), .required) }
    let seats = a.int("seats")
    let tags = a.strings("tags") ?? []
    let runs = a.bool("runByCoordinator") ?? false
    let location = readLocation(a, "location")
    let contact = readContact(a)
    let place = a.string("place")
    guard let day, let time, let seats else { return nil }
    return Activity(
      id: id, name: name, kind: kind, day: day, time: time, seats: seats, tags: tags,
      runByCoordinator: runs, location: location, contact: contact, place: place)
  }
  s.locks = o.list("locks").compactMap { path, v in
    guard let l = ObjectReader(v, path: path, log: log) else { return nil }
    defer { l.finish() }
    return Lock(
      participant: l.requiredString("participant") ?? "",
      company: l.requiredString("company") ?? "",
      days: l.weekdays("days") ?? [])
  }
  if let r = o.object("rolledFrom") {
    s.rolledFrom = RolledFrom(
      week: r.requiredString("week") ?? "", plan: r.requiredString("plan") ?? "")
    r.finish()
  }
  s.leftBenefit = o.list("leftBenefit").compactMap { path, v in
    guard let x = ObjectReader(v, path: path, log: log) else { return nil }
    defer { x.finish() }
    let id = x.requiredString("id") ?? ""
    if x.raw("reason") == nil { log.fail(x.sub("reason"), .required) }
    let reason = x.choice("reason", ExitReason.self) ?? .job
    return BenefitExit(
      id: id, name: x.string("name"), reason: reason, on: x.requiredString("on") ?? "",
      livingAtHome: x.bool("livingAtHome") ?? false, perMonth: x.number("perMonth"),
      weeksOnBenefit: x.int("weeksOnBenefit"))
  }
  s.bans = o.list("bans").compactMap { path, v in
    guard let b = ObjectReader(v, path: path, log: log) else { return nil }
    defer { b.finish() }
    return Ban(
      participant: b.requiredString("participant") ?? "", company: b.requiredString("company") ?? ""
    )
  }
  o.finish()
  return s
}

private func readEconomics(_ e: ObjectReader) -> Economics {
  defer { e.finish() }
  var out = Economics(
    benefitPerMonth: e.number("benefitPerMonth"),
    benefitAtHomePerMonth: e.number("benefitAtHomePerMonth"),
    weeksOnBenefitIfUnknown: e.int("weeksOnBenefitIfUnknown"),
    exitDurationWeeks: e.int("exitDurationWeeks"),
    counsellorCostPerYear: e.number("counsellorCostPerYear"),
    ordinaryCaseload: e.int("ordinaryCaseload"))
  if e.raw("refundSteps") != nil {
    out.refundSteps = e.list("refundSteps").compactMap { path, v in
      guard let r = ObjectReader(v, path: path, log: e.log) else { return nil }
      defer { r.finish() }
      if r.raw("refund") == nil { e.log.fail(r.sub("refund"), .required) }
      return RefundStep(untilWeek: r.int("untilWeek"), refund: r.number("refund") ?? 0)
    }
  }
  return out
}

private func readLocation(_ o: ObjectReader, _ key: String) -> Location? {
  guard let l = o.object(key) else { return nil }
  defer { l.finish() }
  let x = l.required("x") != nil ? l.number("x") : nil
  let y = l.required("y") != nil ? l.number("y") : nil
  guard let x, let y else { return nil }
  return Location(x: x, y: y)
}

/// The `contact` object of `o`: a name, phone and e-mail, each optional.
private func readContact(_ o: ObjectReader) -> Contact? {
  guard let c = o.object("contact") else { return nil }
  defer { c.finish() }
  return Contact(name: c.string("name"), phone: readPhone(c, "phone"), email: c.string("email"))
}

/// A phone number: text, or a whole number (YAML reads `phone: 20000001` as one) as its digits.
private func readPhone(_ o: ObjectReader, _ key: String) -> String? {
  if case .number(let x)? = o.raw(key), x == x.rounded(), x >= 0, x < 1e15 {
    return String(Int(x))
  }
  return o.string(key)
}

/// Placement weeks not given in the file (replaced by the weeks since `current.since`).
private let notGiven = Int.min

private func readParticipant(_ v: JSONValue, _ path: String, _ log: IssueLog) -> Participant? {
  guard let o = ObjectReader(v, path: path, log: log) else { return nil }
  defer { o.finish() }
  let id = o.requiredString("id") ?? ""
  let name = o.requiredString("name") ?? ""
  if o.raw("track") == nil { log.fail(o.sub("track"), .required) }
  let track = o.choice("track", Track.self) ?? .socialOnly
  var p = Participant(id: id, name: name, track: track)
  p.enrolment = o.choice("enrolment", Enrolment.self) ?? .enrolled
  p.referredOn = o.string("referredOn")
  p.enrolledOn = o.string("enrolledOn")
  if let e = o.object("exit") {
    p.exit = Exit(
      reason: e.choice("reason", ExitReason.self) ?? .other, on: e.string("on"),
      note: e.string("note"))
    if e.raw("reason") == nil { log.fail(e.sub("reason"), .required) }
    e.finish()
  }
  p.readiness = o.choice("readiness", Readiness.self) ?? .activityReady
  p.age = o.int("age")
  if let h = o.object("hours") {
    let min = h.hours("min") ?? 0
    let max = h.hours("max") ?? min
    p.hours = HoursRange(min: min, max: max, agreed: h.hours("agreed"))
    h.finish()
  }
  p.availability = o.days("availability") { $0.window($1) } ?? [:]
  p.busy = o.list("busy").compactMap { path, v in readBusy(v, path, log) }
  p.skills = o.strings("skills") ?? []
  p.interests = o.strings("interests") ?? []
  if let n = o.object("needs") {
    p.needs = Needs(
      mentorHours: n.hours("mentorHours") ?? 0, competences: n.strings("competences") ?? [],
      accommodations: n.strings("accommodations") ?? [])
    n.finish()
  }
  p.drivingLicence = o.bool("drivingLicence") ?? false
  p.phone = readPhone(o, "phone")
  p.location = readLocation(o, "location")
  p.maxTravelKm = o.number("maxTravelKm")
  p.reachableCompanies = o.strings("reachableCompanies")
  if let w = o.object("wishes") {
    p.wishes = Wishes(
      companies: w.strings("companies") ?? [], activities: w.strings("activities") ?? [])
    w.finish()
  }
  if let c = o.object("current") {
    var earlier: [String: Int] = [:]
    if let e = c.raw("earlierPlacements") {
      if case .object(let pairs) = e {
        for (k, v) in pairs {
          if case .number(let n) = v, n == n.rounded(), abs(n) < 1e6 {
            earlier[k] = Int(n)
          } else {
            log.fail("\(c.sub("earlierPlacements")).\(k)", .expected(.weeks, found: nil))
          }
        }
      } else {
        log.fail(c.sub("earlierPlacements"), .expected(.companyWeeks, found: nil))
      }
    }
    // Not given: the weeks since `since` count (filled in by readScenario).
    let weeks = c.raw("placementWeeks") == nil ? (c.raw("since") == nil ? 0 : notGiven) : nil
    p.current = CurrentSituation(
      company: c.string("company"), placementWeeks: weeks ?? c.int("placementWeeks") ?? 0,
      since: c.string("since"), mentor: c.string("mentor"), earlierPlacements: earlier,
      work: c.days("work") { $0.window($1) }, activities: c.strings("activities"))
    c.finish()
  }
  if let e = o.object("employment") {
    p.employment = Employment(
      employer: e.requiredString("employer") ?? "",
      schedule: e.days("schedule") { $0.window($1) } ?? [:])
    e.finish()
  }
  if let b = o.object("benefit") {
    p.benefit = BenefitStatus(
      livingAtHome: b.bool("livingAtHome") ?? false, perMonth: b.number("perMonth"),
      since: b.string("since"), offSince: b.string("offSince"))
    b.finish()
  }
  return p
}

/// One busy time: `{"day": "tue", "from": "14:00", "to": "16:00", "label": "school"}`.
private func readBusy(_ v: JSONValue, _ path: String, _ log: IssueLog) -> BusyTime? {
  guard let o = ObjectReader(v, path: path, log: log) else { return nil }
  defer { o.finish() }
  for key in ["day", "from", "to"] where o.raw(key) == nil { log.fail(o.sub(key), .required) }
  let day = o.choice("day", Weekday.self)
  func time(_ key: String) -> TimeOfDay? {
    guard let text = o.string(key) else { return nil }
    guard let t = TimeOfDay(parsing: text) else {
      log.fail(o.sub(key), .notATime(text))
      return nil
    }
    return t
  }
  let from = time("from")
  let to = time("to")
  let label = o.string("label")
  guard let day, let from, let to else { return nil }
  return BusyTime(day: day, time: TimeWindow(start: from, end: to), label: label)
}

private func readCompany(_ v: JSONValue, _ path: String, _ log: IssueLog) -> Company? {
  guard let o = ObjectReader(v, path: path, log: log) else { return nil }
  defer { o.finish() }
  var c = Company(id: o.requiredString("id") ?? "", name: o.requiredString("name") ?? "")
  c.sector = o.string("sector") ?? ""
  c.town = o.string("town")
  c.tasks = o.strings("tasks") ?? []
  c.open = o.days("open") { $0.window($1) } ?? [:]
  c.slots = o.int("slots") ?? 0
  c.slotsPerDay = o.days("slotsPerDay") { $0.int($1) } ?? [:]
  c.ordinaryEmployees = o.int("ordinaryEmployees") ?? 0
  c.subsidisedStaff = o.int("subsidisedStaff") ?? 0
  if let r = o.object("requirements") {
    c.requirements = Requirements(
      drivingLicence: r.bool("drivingLicence") ?? false, minimumAge: r.int("minimumAge"))
    r.finish()
  }
  c.accommodations = o.strings("accommodations") ?? []
  c.location = readLocation(o, "location")
  c.contact = readContact(o)
  c.place = o.string("place")
  return c
}

// MARK: - Writing

private enum ScenarioWriter {
  static func n(_ d: Double) -> JSONValue { .number(d) }
  static func s(_ t: String) -> JSONValue { .string(t) }
  static func list(_ a: [String]) -> JSONValue { .array(a.map { .string($0) }) }

  static func days<T>(_ m: [Weekday: T], _ f: (T) -> JSONValue) -> JSONValue {
    .object(Weekday.allCases.compactMap { d in m[d].map { (d.rawValue, f($0)) } })
  }

  static func object(_ pairs: [(String, JSONValue?)]) -> JSONValue {
    .object(pairs.compactMap { k, v in v.map { (k, $0) } })
  }

  static func location(_ l: Location?) -> JSONValue? {
    l.map { object([("x", n($0.x)), ("y", n($0.y))]) }
  }

  /// A contact, written only when given (so older scenarios keep their fingerprint).
  static func contact(_ c: Contact?) -> JSONValue? {
    c.map {
      object([("name", $0.name.map(s)), ("phone", $0.phone.map(s)), ("email", $0.email.map(s))])
    }
  }

  static func scenario(_ sc: Scenario) -> JSONValue {
    object([
      ("week", s(sc.week)),
      (
        "coordinator",
        object([
          ("hoursPerWeek", n(sc.coordinator.hoursPerWeek)),
          ("fixedHours", n(sc.coordinator.fixedHours)),
          (
            "followUpHours",
            .object(Track.allCases.map { ($0.rawValue, n(sc.coordinator.followUp(for: $0))) })
          ),
          ("contact", contact(sc.coordinator.contact)), ("place", sc.coordinator.place.map(s)),
          // Written only when not the default, so older scenarios keep their fingerprint.
          (
            "travelMinutes",
            sc.coordinator.travelMinutes == Coordinator.defaultTravelMinutes
              ? nil : n(Double(sc.coordinator.travelMinutes))
          ),
        ])
      ),
      (
        "programme",
        object([
          ("breakEven", n(Double(sc.programme.breakEven))),
          ("target", n(Double(sc.programme.target))),
          ("positionCostPerYear", n(sc.programme.positionCostPerYear)),
          ("positions", n(sc.programme.positions)),
          ("savingPerParticipantPerYear", sc.programme.savingPerParticipantPerYear.map(n)),
          ("economics", sc.programme.economics.map(economics)),
        ])
      ),
      (
        "policy",
        object([
          ("socialSessionsPerWeek", n(Double(sc.policy.socialSessionsPerWeek))),
          ("timeLimitSeconds", n(sc.policy.timeLimitSeconds)),
          ("relativeGap", n(sc.policy.relativeGap)),
          ("maxChanges", sc.policy.maxChanges.map { n(Double($0)) }),
          ("shortestWorkDay", n(sc.policy.shortestWorkDay)),
          ("shortestShortDay", n(sc.policy.shortestShortDay)),
        ])
      ),
      ("participants", .array(sc.participants.map(participant))),
      ("companies", .array(sc.companies.map(company))),
      (
        "mentors",
        .array(
          sc.mentors.map { m in
            object([
              ("id", s(m.id)), ("name", s(m.name)), ("hoursPerWeek", n(m.hoursPerWeek)),
              ("competences", list(m.competences)), ("days", list(m.days.map(\.rawValue))),
              ("maxMentees", n(Double(m.maxMentees))), ("location", location(m.location)),
              ("maxTravelKm", m.maxTravelKm.map(n)), ("contact", contact(m.contact)),
              ("place", m.place.map(s)),
            ])
          })
      ),
      (
        "activities",
        .array(
          sc.activities.map { a in
            object([
              ("id", s(a.id)), ("name", s(a.name)), ("kind", s(a.kind.rawValue)),
              ("day", s(a.day.rawValue)), ("time", s(a.time.description)),
              ("seats", n(Double(a.seats))), ("tags", list(a.tags)),
              ("runByCoordinator", .bool(a.runByCoordinator)), ("location", location(a.location)),
              ("contact", contact(a.contact)), ("place", a.place.map(s)),
            ])
          })
      ),
      (
        "locks",
        .array(
          sc.locks.map { l in
            object([
              ("participant", s(l.participant)), ("company", s(l.company)),
              ("days", l.days.isEmpty ? nil : list(l.days.map(\.rawValue))),
            ])
          })
      ),
      (
        "bans",
        .array(
          sc.bans.map { object([("participant", s($0.participant)), ("company", s($0.company))]) })
      ),
      (
        "rolledFrom",
        sc.rolledFrom.map { object([("week", s($0.week)), ("plan", s($0.plan))]) }
      ),
      // Written only when someone left benefit, so older scenarios keep their fingerprint.
      (
        "leftBenefit",
        sc.leftBenefit.isEmpty
          ? nil
          : .array(
            sc.leftBenefit.map { x in
              object([
                ("id", s(x.id)), ("name", x.name.map(s)), ("reason", s(x.reason.rawValue)),
                ("on", s(x.on)), ("livingAtHome", .bool(x.livingAtHome)),
                ("perMonth", x.perMonth.map(n)),
                ("weeksOnBenefit", x.weeksOnBenefit.map { n(Double($0)) }),
              ])
            })
      ),
    ])
  }

  static func economics(_ e: Economics) -> JSONValue {
    object([
      ("benefitPerMonth", e.benefitPerMonth.map(n)),
      ("benefitAtHomePerMonth", e.benefitAtHomePerMonth.map(n)),
      (
        "refundSteps",
        e.refundSteps.map { steps in
          .array(
            steps.map {
              object([("untilWeek", $0.untilWeek.map { n(Double($0)) }), ("refund", n($0.refund))])
            })
        }
      ),
      ("weeksOnBenefitIfUnknown", e.weeksOnBenefitIfUnknown.map { n(Double($0)) }),
      ("exitDurationWeeks", e.exitDurationWeeks.map { n(Double($0)) }),
      ("counsellorCostPerYear", e.counsellorCostPerYear.map(n)),
      ("ordinaryCaseload", e.ordinaryCaseload.map { n(Double($0)) }),
    ])
  }

  static func participant(_ p: Participant) -> JSONValue {
    object([
      ("id", s(p.id)), ("name", s(p.name)), ("enrolment", s(p.enrolment.rawValue)),
      ("referredOn", p.referredOn.map(s)), ("enrolledOn", p.enrolledOn.map(s)),
      (
        "exit",
        p.exit.map { e in
          object([("reason", s(e.reason.rawValue)), ("on", e.on.map(s)), ("note", e.note.map(s))])
        }
      ),
      ("track", s(p.track.rawValue)),
      ("readiness", s(p.readiness.rawValue)), ("age", p.age.map { n(Double($0)) }),
      (
        "hours",
        object([
          ("min", n(p.hours.min)), ("max", n(p.hours.max)), ("agreed", p.hours.agreed.map(n)),
        ])
      ),
      ("availability", days(p.availability) { s($0.description) }),
      (
        "busy",
        p.busy.isEmpty
          ? nil
          : .array(
            p.busy.map { b in
              object([
                ("day", s(b.day.rawValue)), ("from", s(b.time.start.description)),
                ("to", s(b.time.end.description)), ("label", b.label.map(s)),
              ])
            })
      ),
      ("skills", list(p.skills)), ("interests", list(p.interests)),
      (
        "needs",
        object([
          ("mentorHours", n(p.needs.mentorHours)), ("competences", list(p.needs.competences)),
          ("accommodations", list(p.needs.accommodations)),
        ])
      ),
      ("drivingLicence", .bool(p.drivingLicence)), ("phone", p.phone.map(s)),
      ("location", location(p.location)),
      ("maxTravelKm", p.maxTravelKm.map(n)), ("reachableCompanies", p.reachableCompanies.map(list)),
      (
        "wishes",
        object([("companies", list(p.wishes.companies)), ("activities", list(p.wishes.activities))])
      ),
      (
        "current",
        object([
          ("company", p.current.company.map(s)),
          ("placementWeeks", n(Double(p.current.placementWeeks))),
          ("since", p.current.since.map(s)), ("mentor", p.current.mentor.map(s)),
          (
            "earlierPlacements",
            p.current.earlierPlacements.isEmpty
              ? nil
              : .object(
                p.current.earlierPlacements.sorted { $0.key < $1.key }.map {
                  ($0.key, n(Double($0.value)))
                })
          ),
          ("work", p.current.work.map { days($0) { s($0.description) } }),
          ("activities", p.current.activities.map(list)),
        ])
      ),
      (
        "employment",
        p.employment.map { e in
          object([
            ("employer", s(e.employer)), ("schedule", days(e.schedule) { s($0.description) }),
          ])
        }
      ),
      (
        "benefit",
        p.benefit.map { b in
          object([
            ("livingAtHome", .bool(b.livingAtHome)), ("perMonth", b.perMonth.map(n)),
            ("since", b.since.map(s)), ("offSince", b.offSince.map(s)),
          ])
        }
      ),
    ])
  }

  static func company(_ c: Company) -> JSONValue {
    object([
      ("id", s(c.id)), ("name", s(c.name)), ("sector", s(c.sector)), ("town", c.town.map(s)),
      ("tasks", list(c.tasks)), ("open", days(c.open) { s($0.description) }),
      ("slots", n(Double(c.slots))), ("slotsPerDay", days(c.slotsPerDay) { n(Double($0)) }),
      ("ordinaryEmployees", n(Double(c.ordinaryEmployees))),
      ("subsidisedStaff", n(Double(c.subsidisedStaff))),
      (
        "requirements",
        object([
          ("drivingLicence", .bool(c.requirements.drivingLicence)),
          ("minimumAge", c.requirements.minimumAge.map { n(Double($0)) }),
        ])
      ),
      ("accommodations", list(c.accommodations)), ("location", location(c.location)),
      ("contact", contact(c.contact)), ("place", c.place.map(s)),
    ])
  }
}
