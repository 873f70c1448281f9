import Foundation

/// One problem found in a scenario, named by its place: `participants[3].hours.max` and a
/// typed ``ValidationProblem``, rendered in the reader's language by the report layer.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
  /// Where, as a path into the scenario file.
  public var path: String
  /// What is wrong.
  public var problem: ValidationProblem

  /// An issue.
  public init(path: String, _ problem: ValidationProblem) {
    self.path = path
    self.problem = problem
  }

  /// `path: problem` as a machine reads it (`hours: minAboveMax(min: 20.0, max: 10.0)`), for
  /// logs; people read it through the report layer's localizer.
  public var description: String { path.isEmpty ? "\(problem)" : "\(path): \(problem)" }
}

/// A scenario that cannot be planned, with every problem found.
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Every problem, in file order.
  public var issues: [ValidationIssue]
  /// The scenario the problems were found in, when it could be read: its names name the
  /// people and places the problems hold by id.
  public var scenario: Scenario?

  /// An error from its issues.
  public init(issues: [ValidationIssue], scenario: Scenario? = nil) {
    self.issues = issues
    self.scenario = scenario
  }

  /// One line per issue, for logs.
  public var description: String { issues.map(\.description).joined(separator: "\n") }
}

extension Scenario {
  /// Every semantic problem of the scenario at once (unknown or duplicate ids, impossible
  /// ranges, negative capacities, out-of-range numbers, inconsistent locks).
  public func validationIssues() -> [ValidationIssue] {
    var v = Validator(scenario: self)
    v.check(self)
    return v.issues
  }

  /// Throws a ``ScenarioError`` listing every problem, or returns quietly.
  public func validate() throws(ScenarioError) {
    let issues = validationIssues()
    if !issues.isEmpty { throw ScenarioError(issues: issues, scenario: self) }
  }
}

/// Whether a string is an ISO date `YYYY-MM-DD` of a real day.
public func isISODate(_ text: String) -> Bool { CalendarDate(parsing: text) != nil }

/// Whether a string is a real ISO 8601 week `YYYY-Www`: week 53 exists only in years whose
/// 1 January is a Thursday, or a Wednesday in a leap year (`2026-W53` exists, `2025-W53` not).
public func isISOWeek(_ text: String) -> Bool {
  guard let w = IsoWeek(parsing: text) else { return false }
  return w.year >= 1
}

/// Whether an id is 1-64 printable characters: no spaces, control, format or unassigned
/// characters (they would reach terminals and solver names).
public func isPrintableID(_ id: String) -> Bool {
  guard !id.isEmpty, id.count <= 64 else { return false }
  return id.unicodeScalars.allSatisfy { u in
    if u.properties.isWhitespace { return false }
    switch u.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
      .paragraphSeparator:
      return false
    default: return true
    }
  }
}

struct Validator {
  let scenario: Scenario
  var issues: [ValidationIssue] = []

  mutating func fail(_ path: String, _ problem: ValidationProblem) {
    issues.append(ValidationIssue(path: path, problem))
  }

  mutating func number(_ path: String, _ value: Double, _ range: ClosedRange<Double>) {
    if !value.isFinite {
      fail(path, .notFinite(value))
    } else if !range.contains(value) {
      fail(path, .outsideRange(value, lowest: range.lowerBound, highest: range.upperBound))
    }
  }

  /// Hours counted in whole minutes: a value that is not a whole number of minutes, or one
  /// below a minute other than 0, is refused (the file reader rounds to the minute first).
  mutating func hours(_ path: String, _ value: Double, _ range: ClosedRange<Double>) {
    number(path, value, range)
    guard value.isFinite, range.contains(value) else { return }
    let minutes = value * 60
    if value != 0 && abs(minutes) < 1 {
      fail(path, .belowAMinute(hours: value))
    } else if abs(minutes - minutes.rounded()) > 1e-6 {
      fail(path, .notWholeMinutes(hours: value))
    }
  }

  mutating func integer(_ path: String, _ value: Int, _ range: ClosedRange<Int>) {
    if !range.contains(value) {
      fail(
        path,
        .outsideRange(
          Double(value), lowest: Double(range.lowerBound), highest: Double(range.upperBound)))
    }
  }

  mutating func window(_ path: String, _ w: TimeWindow) {
    if w.end <= w.start { fail(path, .endsBeforeStart(w)) }
  }

  mutating func ids(_ path: String, _ ids: [String]) -> Set<String> {
    var seen: [String: Int] = [:]
    for (i, id) in ids.enumerated() {
      if !isPrintableID(id) { fail("\(path)[\(i)].id", .notAnID(id)) }
      if let first = seen[id] {
        fail("\(path)[\(i)].id", .duplicateID(id, firstAt: "\(path)[\(first)]"))
      } else {
        seen[id] = i
      }
    }
    return Set(ids)
  }

  mutating func refs(
    _ path: String, _ list: [String], _ known: Set<String>, _ kind: ValidationProblem.Kind
  ) {
    for (i, r) in list.enumerated() where !known.contains(r) {
      fail("\(path)[\(i)]", .unknown(kind, r))
    }
  }

  mutating func check(_ s: Scenario) {
    if IsoWeek(parsing: s.week) == nil {
      let parts = s.week.split(separator: "-W")
      if parts.count == 2, let y = Int(parts[0]), let w = Int(parts[1]), w == 53 {
        fail("week", .noSuchWeek(s.week, year: y, weeks: IsoWeek.weeks(in: y)))
      } else {
        fail("week", .notAWeek(s.week))
      }
    }
    if let r = s.rolledFrom {
      if IsoWeek(parsing: r.week) == nil {
        fail("rolledFrom.week", .notAWeek(r.week))
      }
      if r.plan.isEmpty { fail("rolledFrom.plan", .empty) }
    }
    let pids = ids("participants", s.participants.map(\.id))
    let cids = ids("companies", s.companies.map(\.id))
    let mids = ids("mentors", s.mentors.map(\.id))
    let aids = ids("activities", s.activities.map(\.id))
    _ = pids
    check(coordinator: s.coordinator)
    check(programme: s.programme)
    check(policy: s.policy)
    for (i, p) in s.participants.enumerated() {
      check(participant: p, at: "participants[\(i)]", cids: cids, mids: mids, aids: aids)
    }
    for (i, c) in s.companies.enumerated() { check(company: c, at: "companies[\(i)]") }
    for (i, m) in s.mentors.enumerated() {
      let at = "mentors[\(i)]"
      if m.name.isEmpty { fail("\(at).name", .empty) }
      hours("\(at).hoursPerWeek", m.hoursPerWeek, 0...80)
      integer("\(at).maxMentees", m.maxMentees, 0...1000)
      if Set(m.days).count != m.days.count { fail("\(at).days", .dayTwice) }
      if let km = m.maxTravelKm { number("\(at).maxTravelKm", km, 0...10_000) }
      if let loc = m.location {
        number("\(at).location.x", loc.x, -1e6...1e6)
        number("\(at).location.y", loc.y, -1e6...1e6)
      }
      check(contact: m.contact, place: m.place, at: at)
    }
    for (i, a) in s.activities.enumerated() {
      let at = "activities[\(i)]"
      if a.name.isEmpty { fail("\(at).name", .empty) }
      window("\(at).time", a.time)
      integer("\(at).seats", a.seats, 0...100_000)
      if let loc = a.location {
        number("\(at).location.x", loc.x, -1e6...1e6)
        number("\(at).location.y", loc.y, -1e6...1e6)
      }
      check(contact: a.contact, place: a.place, at: at)
    }
    check(locks: s.locks, bans: s.bans, s)
    check(leftBenefit: s.leftBenefit)
  }

  mutating func check(coordinator c: Coordinator) {
    // One coordinator works 37 h; a municipality's team of posted employees works more.
    hours("coordinator.hoursPerWeek", c.hoursPerWeek, 0...1_000_000)
    hours("coordinator.fixedHours", c.fixedHours, 0...1_000_000)
    for t in Track.allCases {
      if let h = c.followUpHours[t] { hours("coordinator.followUpHours.\(t.rawValue)", h, 0...40) }
    }
    integer("coordinator.travelMinutes", c.travelMinutes, 0...240)
    check(contact: c.contact, place: c.place, at: "coordinator")
  }

  mutating func check(programme p: Programme) {
    integer("programme.breakEven", p.breakEven, 0...1_000_000)
    integer("programme.target", p.target, 0...1_000_000)
    if p.target < p.breakEven {
      fail("programme.target", .targetBelowBreakEven(target: p.target, breakEven: p.breakEven))
    }
    number("programme.positionCostPerYear", p.positionCostPerYear, 0...1e9)
    number("programme.positions", p.positions, 0...10_000)
    if let v = p.savingPerParticipantPerYear {
      number("programme.savingPerParticipantPerYear", v, 0...1e8)
      if v > 0 && v < 1 {
        fail("programme.savingPerParticipantPerYear", .savingBelowOneKrone(v))
      }
    }
    check(economics: p)
  }

  mutating func check(policy p: Policy) {
    integer("policy.socialSessionsPerWeek", p.socialSessionsPerWeek, 0...14)
    number("policy.timeLimitSeconds", p.timeLimitSeconds, 0.001...86_400)
    number("policy.relativeGap", p.relativeGap, 0...1)
    if let m = p.maxChanges { integer("policy.maxChanges", m, 0...1_000_000) }
    hours("policy.shortestWorkDay", p.shortestWorkDay, 0...12)
    hours("policy.shortestShortDay", p.shortestShortDay, 0...12)
  }

  mutating func check(
    participant p: Participant, at: String, cids: Set<String>, mids: Set<String>,
    aids: Set<String>
  ) {
    if p.name.isEmpty { fail("\(at).name", .empty) }
    if let ph = p.phone { phone("\(at).phone", ph) }
    switch p.enrolment {
    case .referred:
      if let d = p.referredOn {
        if !isISODate(d) { fail("\(at).referredOn", .notADate(d)) }
      } else {
        fail("\(at).referredOn", .referredOnRequired)
      }
    case .enrolled:
      if let d = p.referredOn, !isISODate(d) { fail("\(at).referredOn", .notADate(d)) }
    }
    if let age = p.age { integer("\(at).age", age, 14...100) }
    hours("\(at).hours.min", p.hours.min, 0...37)
    hours("\(at).hours.max", p.hours.max, 0...37)
    if p.hours.min > p.hours.max {
      fail("\(at).hours", .minAboveMax(min: p.hours.min, max: p.hours.max))
    }
    if p.track == .placement && p.hours.max <= 0 { fail("\(at).hours.max", .placementNeedsHours) }
    for d in Weekday.allCases {
      guard let w = p.availability[d] else { continue }
      window("\(at).availability.\(d.rawValue)", w)
    }
    for (i, b) in p.busy.enumerated() where b.time.end <= b.time.start {
      fail("\(at).busy[\(i)]", .busyEndsBeforeStart(from: b.time.start, to: b.time.end))
    }
    hours("\(at).needs.mentorHours", p.needs.mentorHours, 0...40)
    if let km = p.maxTravelKm { number("\(at).maxTravelKm", km, 0...10_000) }
    if let loc = p.location {
      number("\(at).location.x", loc.x, -1e6...1e6)
      number("\(at).location.y", loc.y, -1e6...1e6)
    }
    if let r = p.reachableCompanies { refs("\(at).reachableCompanies", r, cids, .company) }
    refs("\(at).wishes.companies", p.wishes.companies, cids, .company)
    refs("\(at).wishes.activities", p.wishes.activities, aids, .activity)
    var wished: Set<String> = []
    if let twice = p.wishes.companies.first(where: { !wished.insert($0).inserted }) {
      fail("\(at).wishes.companies", .companyWishedTwice(company: twice))
    }
    if let c = p.current.company, !cids.contains(c) {
      fail("\(at).current.company", .unknown(.company, c))
    }
    integer("\(at).current.placementWeeks", p.current.placementWeeks, 0...520)
    if p.current.placementWeeks > 0 && p.current.company == nil {
      fail("\(at).current.placementWeeks", .placementWeeksWithoutCompany)
    }
    for (c, w) in p.current.earlierPlacements.sorted(by: { $0.key < $1.key }) {
      if !cids.contains(c) {
        fail("\(at).current.earlierPlacements.\(c)", .unknown(.company, c))
      }
      integer("\(at).current.earlierPlacements.\(c)", w, 0...520)
      if c == p.current.company {
        fail("\(at).current.earlierPlacements.\(c)", .earlierIsCurrent(company: c))
      }
    }
    if let d = p.current.since {
      if !isISODate(d) {
        fail("\(at).current.since", .notADate(d))
      } else if p.current.company == nil {
        fail("\(at).current.since", .sinceWithoutCompany)
      } else if let weeks = scenario.weeksBefore(date: d), p.current.placementWeeks > weeks {
        fail(
          "\(at).current.placementWeeks",
          .placementWeeksSince(
            weeks: p.current.placementWeeks, possible: weeks, since: d, week: scenario.week))
      }
    }
    if let w = p.current.work {
      if p.current.company == nil && !w.isEmpty {
        fail("\(at).current.work", .workWithoutCompany)
      }
      for d in Weekday.allCases {
        guard let t = w[d] else { continue }
        window("\(at).current.work.\(d.rawValue)", t)
      }
    }
    if let acts = p.current.activities {
      refs("\(at).current.activities", acts, aids, .activity)
    }
    if let d = p.enrolledOn, !isISODate(d) { fail("\(at).enrolledOn", .notADate(d)) }
    if let e = p.exit, let d = e.on, !isISODate(d) { fail("\(at).exit.on", .notADate(d)) }
    if let b = p.benefit { check(benefit: b, of: p, at: "\(at).benefit") }
    if let a = p.hours.agreed {
      number("\(at).hours.agreed", a, 0...37)
      if a < p.hours.min || a > p.hours.max {
        fail(
          "\(at).hours.agreed", .agreedOutsideRange(agreed: a, min: p.hours.min, max: p.hours.max))
      }
    }
    if let m = p.current.mentor, !mids.contains(m) {
      fail("\(at).current.mentor", .unknown(.mentor, m))
    }
    if p.track.isEmployed {
      if let e = p.employment {
        if e.employer.isEmpty { fail("\(at).employment.employer", .empty) }
        for d in Weekday.allCases {
          guard let w = e.schedule[d] else { continue }
          window("\(at).employment.schedule.\(d.rawValue)", w)
        }
      } else {
        fail("\(at).employment", .employmentRequired(p.track))
      }
    } else if p.employment != nil {
      fail("\(at).employment", .employmentOnTrack(p.track))
    }
  }

  mutating func check(company c: Company, at: String) {
    if c.name.isEmpty { fail("\(at).name", .empty) }
    integer("\(at).slots", c.slots, 0...10_000)
    for d in Weekday.allCases {
      if let w = c.open[d] {
        window("\(at).open.\(d.rawValue)", w)
        if !d.isWorkday { fail("\(at).open.\(d.rawValue)", .weekendWork) }
      }
      if let n = c.slotsPerDay[d] {
        integer("\(at).slotsPerDay.\(d.rawValue)", n, 0...10_000)
        if n > c.slots {
          fail("\(at).slotsPerDay.\(d.rawValue)", .daySlotsAboveWeekly(slots: n, weekly: c.slots))
        }
        if c.open[d] == nil { fail("\(at).slotsPerDay.\(d.rawValue)", .slotsWhenClosed) }
      }
    }
    integer("\(at).ordinaryEmployees", c.ordinaryEmployees, 0...1_000_000)
    integer("\(at).subsidisedStaff", c.subsidisedStaff, 0...1_000_000)
    if let a = c.requirements.minimumAge { integer("\(at).requirements.minimumAge", a, 14...100) }
    if let loc = c.location {
      number("\(at).location.x", loc.x, -1e6...1e6)
      number("\(at).location.y", loc.y, -1e6...1e6)
    }
    check(contact: c.contact, place: c.place, at: at)
  }

  /// A contact's name, phone and e-mail, and a place: printable text of a sensible length, a
  /// phone of digits (3 to 15, a leading `+`, spaces, `-`, `.`, `(`, `)`), an e-mail of the
  /// shape `name@domain.tld`.
  mutating func check(contact c: Contact?, place: String?, at: String) {
    if let c {
      if let n = c.name { text("\(at).contact.name", n, 100) }
      if let p = c.phone { phone("\(at).contact.phone", p) }
      if let e = c.email { email("\(at).contact.email", e) }
    }
    if let place { text("\(at).place", place, 200) }
  }

  /// One line of printable text, 1 to `longest` characters.
  mutating func text(_ path: String, _ s: String, _ longest: Int) {
    if s.trimmingCharacters(in: .whitespaces).isEmpty {
      fail(path, .empty)
    } else if s.count > longest {
      fail(path, .tooLong(characters: s.count, most: longest))
    } else if s.unicodeScalars.contains(where: {
      [.control, .format, .lineSeparator, .paragraphSeparator].contains(
        $0.properties.generalCategory)
    }) {
      fail(path, .controlCharacter)
    }
  }

  /// A phone number as people write it.
  mutating func phone(_ path: String, _ s: String) {
    let digits = s.filter(\.isASCII).filter(\.isNumber).count
    let allowed = Set("0123456789 +-.()")
    if let bad = s.first(where: { !allowed.contains($0) }) {
      fail(path, .phoneCharacter(s, character: String(bad)))
    } else if s.dropFirst().contains("+") {
      fail(path, .phonePlusInside(s))
    } else if !(3...15).contains(digits) {
      fail(path, .phoneDigits(s, digits: digits))
    } else if s.count > 30 {
      fail(path, .tooLong(characters: s.count, most: 30))
    }
  }

  /// An e-mail address: one `@`, a name before it and a domain with a dot after it.
  mutating func email(_ path: String, _ s: String) {
    let parts = s.split(separator: "@", omittingEmptySubsequences: false)
    let domain = parts.count == 2 ? parts[1] : ""
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
    let shaped =
      parts.count == 2 && !parts[0].isEmpty && labels.count >= 2
      && labels.allSatisfy { !$0.isEmpty }
      && !s.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 }
    if !shaped {
      fail(path, .notAnEmail(s))
    } else if s.count > 254 {
      fail(path, .tooLong(characters: s.count, most: 254))
    }
  }

  mutating func check(locks: [Lock], bans: [Ban], _ s: Scenario) {
    let participants = Dictionary(
      s.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let companies = Set(s.companies.map(\.id))
    var lockedTo: [String: (Int, String)] = [:]
    for (i, l) in locks.enumerated() {
      let at = "locks[\(i)]"
      if let p = participants[l.participant] {
        if p.track != .placement {
          fail("\(at).participant", .lockOffTrack(participant: l.participant, track: p.track))
        }
        if let (j, other) = lockedTo[l.participant] {
          if other != l.company {
            fail(at, .lockedTwice(participant: l.participant, company: other, lock: j))
          } else {
            fail(at, .lockRepeated(lock: j))
          }
        } else {
          lockedTo[l.participant] = (i, l.company)
        }
      } else {
        fail("\(at).participant", .unknown(.participant, l.participant))
      }
      if !companies.contains(l.company) {
        fail("\(at).company", .unknown(.company, l.company))
      }
      for (k, d) in l.days.enumerated() where !d.isWorkday {
        fail("\(at).days[\(k)]", .weekendWork)
      }
    }
    for (i, b) in bans.enumerated() {
      let at = "bans[\(i)]"
      if participants[b.participant] == nil {
        fail("\(at).participant", .unknown(.participant, b.participant))
      }
      if !companies.contains(b.company) {
        fail("\(at).company", .unknown(.company, b.company))
      }
      if let (j, c) = lockedTo[b.participant], c == b.company {
        fail(at, .banWhereLocked(participant: b.participant, company: b.company, lock: j))
      }

    }
  }
}

/// A number without a needless `.0`: `12`, `2.5`.
public func fmt(_ x: Double) -> String {
  if x.isFinite && x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
  return String(format: "%.2f", x).replacingOccurrences(
    of: #"\.?0+$"#, with: "", options: .regularExpression)
}
