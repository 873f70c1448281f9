import Foundation
import MilenFormats
import MilenModel
import MilenReports
import Testing

// MARK: - Finding the package's files

/// The package root: the first directory above this file that holds `Fixtures/aulum.json`
/// (also through a symlinked test folder), else `/work/main`.
private enum Repo {
  static let root: URL = {
    let fm = FileManager.default
    let here = URL(fileURLWithPath: #filePath)
    for start in [here, here.resolvingSymlinksInPath()] {
      var dir = start.deletingLastPathComponent()
      while dir.path != "/" && !dir.path.isEmpty {
        if fm.fileExists(atPath: dir.appendingPathComponent("Fixtures/aulum.json").path) {
          return dir
        }
        dir = dir.deletingLastPathComponent()
      }
    }
    return URL(fileURLWithPath: "/work/main")
  }()

  static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

  static func text(_ relative: String) throws -> String {
    try String(contentsOf: url(relative), encoding: .utf8)
  }

  /// The rule fixtures, sorted by name.
  static func ruleFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url("Fixtures/rules").path)
      .filter { $0.hasSuffix(".json") }.sorted()
  }
}

/// Decodes a fixture, failing the test with every problem listed.
private func load(_ relative: String) throws -> Scenario {
  let text = try Repo.text(relative)
  do {
    return try ScenarioFile.decode(text, format: ScenarioFormat.of(path: relative))
  } catch let e as ScenarioError {
    Issue.record("\(relative) does not decode:\n\(e)")
    throw e
  }
}

/// The issues a text raises, or [] when it decodes.
private func issues(_ text: String, _ format: ScenarioFormat = .json) -> [ValidationIssue] {
  do {
    _ = try ScenarioFile.decode(text, format: format)
    return []
  } catch let e as ScenarioError {
    return e.issues
  } catch {
    return [ValidationIssue(path: "?", .written("\(error)"))]
  }
}

/// The legal ratio of model.md: placements plus subsidised staff allowed at a company.
private func legalRoom(_ c: Company) -> Int {
  let e = c.ordinaryEmployees
  return Swift.max(1, Swift.min(e, 50) / 5) + Swift.max(0, e - 50) / 10 - c.subsidisedStaff
}

/// The hours of `a` and `b` on one day in common, 0 when they do not meet.
private func common(_ a: TimeWindow?, _ b: TimeWindow?) -> Double {
  guard let a, let b else { return 0 }
  return a.intersection(b)?.hours ?? 0
}

/// Whether the participant can attend the activity: available for its whole time, not at work.
private func canAttend(_ p: Participant, _ a: Activity) -> Bool {
  guard let w = p.availability[a.day], w.contains(a.time) else { return false }
  if let work = p.employment?.schedule[a.day], work.overlaps(a.time) { return false }
  return true
}

/// Why a company cannot take a participant (empty: it fits), by model.md's rules 4 and 6 and bans.
private func misfits(_ p: Participant, _ c: Company, _ s: Scenario) -> [String] {
  var why: [String] = []
  if !Set(p.needs.accommodations).isSubset(of: c.accommodations) { why.append("accommodations") }
  if c.requirements.drivingLicence && !p.drivingLicence { why.append("licence") }
  if let a = c.requirements.minimumAge, (p.age ?? 0) < a { why.append("age") }
  if let km = p.maxTravelKm, let a = p.location, let b = c.location, a.distance(to: b) > km {
    why.append("reach")
  }
  if let r = p.reachableCompanies, !r.contains(c.id) { why.append("reachable") }
  if s.bans.contains(Ban(participant: p.id, company: c.id)) { why.append("ban") }
  if p.current.company == c.id && p.current.placementWeeks >= p.readiness.placementWeekLimit {
    why.append("length")
  }
  return why
}

// MARK: - (a) The Aulum fixture

@Suite("Aulum fixture")
struct AulumFixtureTests {
  let s: Scenario

  init() throws { s = try load("Fixtures/aulum.json") }

  var enrolled: [Participant] { s.participants.filter { $0.enrolment == .enrolled } }
  var referred: [Participant] { s.participants.filter { $0.enrolment == .referred } }
  func count(_ t: Track) -> Int { enrolled.filter { $0.track == t }.count }

  @Test func hasTheSeedsCounts() {
    #expect(s.week == "2026-W02")
    #expect((22...25).contains(enrolled.count))
    #expect((3...5).contains(referred.count))
    // The August 2025 evaluation: 8 employed; 3 + 2 toward hire, 3 toward flex-jobs, 1 in a
    // placement and 2 between placements (placement track); 3 kept in flex-job/apprenticeship;
    // 1 sick (paused); 2 social only.
    #expect(count(.job) == 8)
    #expect(count(.placement) == 11)
    #expect(count(.flexjob) + count(.apprenticeship) == 3)
    #expect(count(.flexjob) >= 1 && count(.apprenticeship) >= 1)
    #expect(count(.paused) == 1)
    #expect(count(.socialOnly) == 2)

    let placement = enrolled.filter { $0.track == .placement }
    let towardHire = placement.filter {
      $0.readiness == .jobReady && $0.current.company != nil
        && (1...2).contains($0.current.placementWeeks)
    }
    #expect(towardHire.count == 5)
    #expect(towardHire.filter { $0.current.placementWeeks == 1 }.count >= 2)
    let towardFlex = placement.filter { $0.readiness == .activityReady && $0.hours.max <= 10 }
    #expect(towardFlex.count == 3)
    #expect(towardFlex.allSatisfy { $0.hours.min >= 2 })
    let longPlacement = placement.filter {
      $0.readiness == .activityReady && $0.hours.max > 10 && $0.current.placementWeeks >= 4
    }
    #expect(longPlacement.count == 1)
    let between = placement.filter { $0.current.company == nil && $0.hours.max > 10 }
    #expect(between.count == 2)

    #expect(
      referred.allSatisfy { p in
        p.referredOn.map { $0.hasPrefix("2025-11") || $0.hasPrefix("2025-12") } ?? false
      })
    #expect(referred.allSatisfy { $0.track == .placement || $0.track == .socialOnly })
  }

  @Test func peopleAreInventedWithDanishNames() {
    let names = s.participants.map(\.name) + s.mentors.map(\.name)
    #expect(Set(names).count == names.count)
    // "First-name I." only: no surnames, so no real person is named.
    let shape = /^[\p{L}-]+ \p{Lu}\.$/
    for n in names { #expect(n.wholeMatch(of: shape) != nil, "\(n)") }
    let danish = names.filter { $0.lowercased().contains(where: { "æøå".contains($0) }) }
    #expect(danish.count >= 3)
  }

  @Test func companiesMentorsAndActivitiesFollowTheSeed() throws {
    let ids = Set(s.companies.map(\.id))
    for id in ["aubo", "nettoline", "greenbox", "horn", "midtjysk-albyg", "ksa"] {
      #expect(ids.contains(id), "company \(id)")
    }
    let aubo = try #require(s.companies.first { $0.id == "aubo" })
    #expect((80...90).contains(aubo.ordinaryEmployees))
    let albyg = try #require(s.companies.first { $0.id == "midtjysk-albyg" })
    #expect(albyg.requirements.drivingLicence)
    #expect(s.companies.contains { $0.requirements.minimumAge == 18 })
    for c in s.companies {
      #expect((1...3).contains(c.slots), "\(c.id) slots")
      #expect((0...1).contains(c.subsidisedStaff), "\(c.id) subsidisedStaff")
      #expect(Set(c.open.keys) == Set(Weekday.workdays), "\(c.id) open Monday-Friday")
      #expect(c.location != nil && !c.tasks.isEmpty)
    }
    // AG Fitness is a club: the host of the training session, not a work place.
    #expect(!s.companies.contains { $0.name.localizedCaseInsensitiveContains("fitness") })
    #expect(s.activities.contains { $0.kind == .training && $0.name.contains("AG Fitness") })

    #expect((2...3).contains(s.mentors.count))
    #expect(s.mentors.allSatisfy { (6...12).contains($0.hoursPerWeek) && !$0.competences.isEmpty })

    let meetings = s.activities.filter { $0.kind == .groupMeeting }
    #expect(meetings.count == 2 && Set(meetings.map(\.day)).count == 2)
    #expect(meetings.allSatisfy { $0.runByCoordinator })
    #expect(s.activities.contains { $0.kind == .teaching && $0.day == .fri && $0.runByCoordinator })
    #expect(s.activities.contains { $0.kind == .coffeeClub })
    #expect(s.activities.contains { $0.kind == .club && $0.name.contains("Polle") })

    #expect(s.coordinator.hoursPerWeek == 37)
    #expect(
      s.programme
        == Programme(breakEven: 12, target: 14, positionCostPerYear: 500_000, positions: 1))
    #expect(s.policy.socialSessionsPerWeek == 2 && s.policy.timeLimitSeconds == 30)
    #expect(s.locks.count == 1 && s.bans.count == 1)
  }

  /// The hard rules of model.md can all hold: the fixture is a feasible week.
  @Test func weekIsFeasible() throws {
    // Coordinator hours: fixed + follow-up of every enrolled participant + sessions run.
    let followUp = enrolled.reduce(0.0) { $0 + s.coordinator.followUp(for: $1.track) }
    let sessions = s.activities.filter(\.runByCoordinator).reduce(0.0) { $0 + $1.time.hours }
    let needed = s.coordinator.fixedHours + followUp + sessions
    #expect(needed <= s.coordinator.hoursPerWeek, "coordinator needs \(needed) h")

    // Nobody discharged: every enrolled participant can attend at least one session.
    for p in enrolled {
      #expect(s.activities.contains { canAttend(p, $0) }, "\(p.id) has no session to attend")
    }
    #expect(s.activities.reduce(0) { $0 + $1.seats } >= enrolled.count)

    // Employed participants keep an employer; a company id or an outside name.
    for p in s.participants {
      #expect(p.track.isEmployed == (p.employment != nil), "\(p.id)")
    }

    // Mentor needs can be covered: each competence needed is someone's.
    let offered = Set(s.mentors.flatMap(\.competences))
    for p in s.participants { #expect(Set(p.needs.competences).isSubset(of: offered), "\(p.id)") }

    // Placement participants at a current company can go on there within the rules.
    for p in enrolled where p.track == .placement {
      guard let cid = p.current.company else { continue }
      let c = try #require(s.companies.first { $0.id == cid })
      #expect(misfits(p, c, s).isEmpty, "\(p.id) at \(cid): \(misfits(p, c, s))")
      let reachable = Weekday.workdays.reduce(0.0) { $0 + common(p.availability[$1], c.open[$1]) }
      #expect(reachable >= p.hours.min, "\(p.id) can work only \(reachable) h at \(cid)")
    }

    // Every placement participant has at least one company that fits.
    for p in s.participants where p.track == .placement {
      let fitting = s.companies.filter { c in
        misfits(p, c, s).isEmpty
          && Weekday.workdays.reduce(0.0) { $0 + common(p.availability[$1], c.open[$1]) }
            >= p.hours.min
      }
      #expect(!fitting.isEmpty, "\(p.id) fits no company")
    }

    // The lock can be kept: company fits, open and available on the locked days, legal room.
    for l in s.locks {
      let p = try #require(s.participants.first { $0.id == l.participant })
      let c = try #require(s.companies.first { $0.id == l.company })
      #expect(p.enrolment == .enrolled && p.track == .placement)
      #expect(misfits(p, c, s).isEmpty, "\(misfits(p, c, s))")
      #expect(legalRoom(c) >= 1)
      #expect(l.days.allSatisfy { common(p.availability[$0], c.open[$0]) > 0 })
      let lockedHours = l.days.reduce(0.0) { $0 + common(p.availability[$1], c.open[$1]) }
      #expect(lockedHours <= p.hours.max)
      let reachable = Weekday.workdays.reduce(0.0) { $0 + common(p.availability[$1], c.open[$1]) }
      #expect(reachable >= p.hours.min)
    }
    for b in s.bans {
      #expect(s.participants.contains { $0.id == b.participant })
      #expect(!s.locks.contains { $0.participant == b.participant && $0.company == b.company })
    }
  }
}

// MARK: - (b) The rule fixtures

@Suite("Rule fixtures")
struct RuleFixtureTests {
  static let expected = [
    "infeasible-coordinator.json", "infeasible-lock.json", "r1-nobody-discharged.json",
    "r2-capacity.json", "r3-legal-ratio.json", "r4-placement-length.json",
    "r5-availability-time.json", "r6-fit.json", "r7-tracks.json", "r8-locks-bans.json",
  ]

  @Test func oneFilePerHardRuleAndTheReadmeListsThem() throws {
    #expect(try Repo.ruleFiles() == Self.expected)
    let readme = try Repo.text("Fixtures/rules/README.md")
    for f in Self.expected { #expect(readme.contains("`\(f)`"), "README lists \(f)") }
  }

  @Test(arguments: expected)
  func decodes(_ file: String) throws {
    let s = try load("Fixtures/rules/\(file)")
    #expect((1...4).contains(s.participants.count))
    #expect(s.companies.count <= 3)
  }

  /// The premise that makes each rule bind, so an edit cannot quietly make a fixture moot.
  @Test func premisesHold() throws {
    let r1 = try load("Fixtures/rules/r1-nobody-discharged.json")
    #expect(r1.activities.first { $0.id == "a-mon" }?.seats == 1)
    #expect(r1.participants[1].availability.keys.sorted() == [.mon])
    #expect(r1.participants[0].wishes.activities == ["a-mon"])

    let r2 = try load("Fixtures/rules/r2-capacity.json")
    #expect(r2.companies[0].slots == 1 && legalRoom(r2.companies[0]) > 1)

    let r3 = try load("Fixtures/rules/r3-legal-ratio.json")
    #expect(legalRoom(r3.companies[0]) == 2 && r3.companies[0].slots == 3)
    #expect(r3.participants.filter { $0.track == .placement }.count == 3)

    let r4 = try load("Fixtures/rules/r4-placement-length.json")
    #expect(r4.participants.map(\.current.placementWeeks) == [4, 4])
    #expect(r4.participants.map(\.readiness) == [.jobReady, .activityReady])

    let r5 = try load("Fixtures/rules/r5-availability-time.json")
    let p1 = r5.participants[0]
    let atC1 = Weekday.workdays.reduce(0.0) {
      $0 + common(p1.availability[$1], r5.companies[0].open[$1])
    }
    let atC2 = Weekday.workdays.reduce(0.0) {
      $0 + common(p1.availability[$1], r5.companies[1].open[$1])
    }
    #expect(atC1 < p1.hours.min && atC2 >= p1.hours.min)
    #expect(
      !canAttend(r5.participants[1], r5.activities[0])
        && canAttend(r5.participants[1], r5.activities[1]))

    let r6 = try load("Fixtures/rules/r6-fit.json")
    #expect(
      r6.companies.map { misfits(r6.participants[0], $0, r6) } == [
        ["licence"], ["accommodations"], ["reach"],
      ])
    #expect(r6.companies.map { misfits(r6.participants[1], $0, r6) } == [["age"], [], ["reach"]])

    let r7 = try load("Fixtures/rules/r7-tracks.json")
    #expect(r7.participants.map(\.track) == [.socialOnly, .paused, .job, .placement])

    let r8 = try load("Fixtures/rules/r8-locks-bans.json")
    #expect(r8.locks.count == 1 && r8.bans.count == 1)
    #expect(r8.participants[1].current.company == r8.bans[0].company)

    let ic = try load("Fixtures/rules/infeasible-coordinator.json")
    let need =
      ic.coordinator.fixedHours
      + ic.participants.reduce(0.0) { $0 + ic.coordinator.followUp(for: $1.track) }
    #expect(need > ic.coordinator.hoursPerWeek)

    let il = try load("Fixtures/rules/infeasible-lock.json")
    #expect(il.locks[0].days.contains { il.companies[0].open[$0] == nil })
  }
}

// MARK: - (c) YAML and JSON

@Suite("Formats")
struct FormatTests {
  static let json = """
    {
      "week": "2026-W02",
      "coordinator": { "hoursPerWeek": 37, "fixedHours": "10,5", "followUpHours": { "job": 0.25 } },
      "participants": [
        {
          "id": "p1", "name": "Søren Å.", "track": "placement", "readiness": "jobReady", "age": 22,
          "hours": { "min": 8, "max": 16 },
          "availability": { "mon": "08:00-12:00", "wed": "8:00-12:00", "sat": "10:00-14:00" },
          "needs": { "mentorHours": 1.5, "competences": ["anxiety"], "accommodations": ["quietPlace"] },
          "location": { "x": -1.5, "y": 2 }, "maxTravelKm": 10,
          "wishes": { "companies": ["c1"], "activities": ["a1"] },
          "current": { "company": "c1", "placementWeeks": 2, "since": "2025-12-15", "mentor": "m1" }
        },
        {
          "id": "p2", "name": "Æbbe L.", "enrolment": "referred", "referredOn": "2025-11-24",
          "track": "socialOnly"
        },
        {
          "id": "p3", "name": "No", "track": "flexjob",
          "employment": { "employer": "Aulum Bibliotek", "schedule": { "tue": "09:00-13:00" } }
        }
      ],
      "companies": [
        {
          "id": "c1", "name": "Grøn Gård", "open": { "mon": "07:00-15:00", "wed": "07:00-15:00" },
          "slots": 2, "slotsPerDay": { "wed": 1 }, "ordinaryEmployees": 12,
          "requirements": { "minimumAge": 18 }, "accommodations": ["quietPlace"],
          "location": { "x": 0, "y": 0 }
        }
      ],
      "mentors": [ { "id": "m1", "name": "Hanne B.", "hoursPerWeek": 6, "days": ["mon", "wed"] } ],
      "activities": [
        { "id": "a1", "name": "Kaffeklubben", "kind": "coffeeClub", "day": "sat", "time": "10:00-12:00", "seats": 8 }
      ],
      "locks": [ { "participant": "p1", "company": "c1", "days": ["mon"] } ],
      "bans": []
    }
    """

  static let yaml = """
    # The same scenario, written by hand in YAML.
    week: 2026-W02
    coordinator:
      hoursPerWeek: 37
      fixedHours: "10,5"
      followUpHours: {job: 0.25}
    participants:
      - id: p1
        name: Søren Å.
        track: placement
        readiness: jobReady
        age: 22
        hours: {min: 8, max: 16}
        availability:
          mon: 08:00-12:00
          wed: 8:00-12:00
          sat: 10:00-14:00
        needs:
          mentorHours: 1.5
          competences: [anxiety]
          accommodations: [quietPlace]
        location: {x: -1.5, y: 2}
        maxTravelKm: 10
        wishes:
          companies: [c1]
          activities: [a1]
        current:
          company: c1
          placementWeeks: 2
          since: 2025-12-15
          mentor: m1
      - id: p2
        name: Æbbe L.
        enrolment: referred
        referredOn: 2025-11-24
        track: socialOnly
      - id: p3
        name: No
        track: flexjob
        employment:
          employer: Aulum Bibliotek
          schedule:
            tue: 09:00-13:00
    companies:
      - id: c1
        name: Grøn Gård
        open:
          mon: 07:00-15:00
          wed: 07:00-15:00
        slots: 2
        slotsPerDay: {wed: 1}
        ordinaryEmployees: 12
        requirements: {minimumAge: 18}
        accommodations: [quietPlace]
        location: {x: 0, y: 0}
    mentors:
      - {id: m1, name: Hanne B., hoursPerWeek: 6, days: [mon, wed]}
    activities:
      - id: a1
        name: Kaffeklubben
        kind: coffeeClub
        day: sat
        time: 10:00-12:00
        seats: 8
    locks:
      - participant: p1
        company: c1
        days: [mon]
    bans: []
    """

  @Test func yamlDecodesToTheSameScenarioAsJSON() throws {
    let fromJSON = try ScenarioFile.decode(Self.json, format: .json)
    let fromYAML = try ScenarioFile.decode(Self.yaml, format: .yaml)
    #expect(fromYAML == fromJSON)
    #expect(fromJSON.coordinator.fixedHours == 10.5)
    #expect(fromJSON.coordinator.followUp(for: .job) == 0.25)
    #expect(
      fromJSON.coordinator.followUp(for: .placement) == Coordinator.defaultFollowUp[.placement])
    #expect(fromYAML.participants[2].name == "No")
    #expect(fromYAML.participants[0].availability[.wed] == TimeWindow(parsing: "08:00-12:00"))
  }

  /// The example of docs/scenario.md, in both its forms.
  @Test func documentedExampleDecodes() throws {
    let doc = try Repo.text("docs/scenario.md")
    func block(_ lang: String) throws -> String {
      let start = try #require(doc.range(of: "```\(lang)\n"))
      let end = try #require(doc.range(of: "\n```", range: start.upperBound..<doc.endIndex))
      return String(doc[start.upperBound..<end.lowerBound])
    }
    let fromJSON = try ScenarioFile.decode(block("json"), format: .json)
    let fromYAML = try ScenarioFile.decode(block("yaml"), format: .yaml)
    #expect(fromYAML == fromJSON)
    #expect(fromJSON.participants.count == 3)
  }

  @Test func formatFollowsTheFileExtension() {
    #expect(ScenarioFormat.of(path: "uge2.yaml") == .yaml)
    #expect(ScenarioFormat.of(path: "UGE2.YML") == .yaml)
    #expect(ScenarioFormat.of(path: "uge2.json") == .json)
    #expect(ScenarioFormat.of(path: "uge2") == .json)
  }

  // MARK: (d) round trip

  @Test func aulumRoundTripsExactly() throws {
    let original = try load("Fixtures/aulum.json")
    let text = ScenarioFile.jsonText(original)
    let again = try ScenarioFile.decode(text, format: .json)
    #expect(again == original)
    #expect(ScenarioFile.jsonText(again) == text)
    #expect(text.contains("Søren P."))
  }

  @Test(arguments: RuleFixtureTests.expected)
  func rulesRoundTrip(_ file: String) throws {
    let original = try load("Fixtures/rules/\(file)")
    #expect(try ScenarioFile.decode(ScenarioFile.jsonText(original), format: .json) == original)
  }

  // MARK: (g) UTF-8, æøå and a byte order mark

  @Test func danishLettersAndAByteOrderMark() throws {
    let body =
      #"{"week": "2026-W02", "participants": [{"id": "p1", "name": "Bjørn Æ.", "track": "socialOnly", "interests": ["gåtur", "S\u00f8ndagscafé"]}]}"#
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    bytes.append(contentsOf: Array(body.utf8))
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.unicodeScalars.first == "\u{FEFF}")
    let s = try ScenarioFile.decode(text, format: .json)
    #expect(s.participants[0].name == "Bjørn Æ.")
    #expect(s.participants[0].interests == ["gåtur", "Søndagscafé"])
    #expect(try ScenarioFile.decode(body, format: .json) == s)
    // Written back unescaped.
    #expect(ScenarioFile.jsonText(s).contains("\"Bjørn Æ.\""))
  }

  @Test func yamlWithAByteOrderMark() throws {
    let yaml = "week: 2026-W02\nparticipants:\n  - {id: p1, name: Åse Ø., track: paused}\n"
    #expect(issues(yaml, .yaml) == [])
    let s = try ScenarioFile.decode("\u{FEFF}" + yaml, format: .yaml)
    #expect(s.participants[0].name == "Åse Ø.")
  }

  @Test func syntaxErrorsNameTheLine() {
    let found = issues("{\n  \"week\": \"2026-W02\",\n  \"participants\": [,]\n}")
    #expect(found.count == 1)
    #expect(found.first?.path == "")
    #expect(Localizer.english.say(found[0], Names()).contains("line 3"))
  }
}

// MARK: - (e) Problems, every one with its path

@Suite("Validation problems")
struct ProblemTests {
  /// Six mistakes in one file: two found while reading, four by the semantic checks.
  static let broken = """
    {
      "week": "2026-W02",
      "participants": [
        { "id": "p1", "name": "Emil K.", "track": "placement", "hours": { "min": 20, "max": 10 },
          "wishes": { "companies": ["c9"] } },
        { "id": "p1", "name": "Freja M.", "enrolment": "referred", "track": "socialOnly" },
        { "id": "p3", "name": "Ida S.", "trak": "x", "track": "socialOnly",
          "availability": { "fri": "25:00-26:00" } }
      ],
      "companies": [ { "id": "c1", "name": "Aubo" } ]
    }
    """

  static let readingProblems = [
    ValidationIssue(path: "participants[2].availability.fri", .notATimeWindow("25:00-26:00")),
    ValidationIssue(path: "participants[2].trak", .unknownField(closest: "track")),
  ]

  static let semanticProblems = [
    ValidationIssue(path: "participants[1].id", .duplicateID("p1", firstAt: "participants[0]")),
    ValidationIssue(path: "participants[0].hours", .minAboveMax(min: 20, max: 10)),
    ValidationIssue(path: "participants[0].wishes.companies[0]", .unknown(.company, "c9")),
    ValidationIssue(path: "participants[1].referredOn", .referredOnRequired),
  ]

  @Test func readingProblemsComeTogether() {
    let text = Self.broken
      .replacingOccurrences(of: #""max": 10"#, with: #""max": 30"#)
      .replacingOccurrences(of: #""c9""#, with: #""c1""#)
      .replacingOccurrences(
        of: #"{ "id": "p1", "name": "Freja M.", "enrolment": "referred""#,
        with:
          #"{ "id": "p2", "name": "Freja M.", "enrolment": "referred", "referredOn": "2025-11-24""#)
    #expect(Set(issues(text)) == Set(Self.readingProblems))
  }

  @Test func semanticProblemsComeTogether() {
    let text = Self.broken
      .replacingOccurrences(of: #""trak": "x", "#, with: "")
      .replacingOccurrences(of: "25:00-26:00", with: "09:00-12:00")
    #expect(Set(issues(text)) == Set(Self.semanticProblems))
  }

  /// Every problem at once, whatever stage finds it.
  @Test func everyProblemAtOnce() {
    let found = issues(Self.broken)
    for want in Self.readingProblems { #expect(found.contains(want), "\(want)") }
    for want in Self.semanticProblems { #expect(found.contains(want), "\(want)") }
  }

  @Test func moreReadingProblems() {
    let text = """
      {
        "week": "2026-W2",
        "weeks": 1,
        "policy": { "socialSessionsPerWek": 2 },
        "participants": [
          { "id": "p1", "name": "Emil K.", "track": "placment", "age": "tyve", "drivingLicence": "ja" },
          { "name": "Freja M." }
        ],
        "activities": [ { "id": "a1", "name": "Kaffe", "day": "fre", "time": "9-12" } ]
      }
      """
    let found = Set(issues(text))
    let want: Set<ValidationIssue> = [
      ValidationIssue(path: "weeks", .unknownField(closest: "week")),
      ValidationIssue(
        path: "policy.socialSessionsPerWek", .unknownField(closest: "socialSessionsPerWeek")),
      ValidationIssue(
        path: "participants[0].track",
        .notOneOf("placment", choices: Track.allCases.map(\.rawValue), closest: "placement")),
      ValidationIssue(path: "participants[0].age", .notANumber("tyve")),
      ValidationIssue(path: "week", .notAWeek("2026-W2")),
      ValidationIssue(
        path: "participants[0].drivingLicence", .expected(.boolean, found: .string)),
      ValidationIssue(path: "participants[1].id", .required),
      ValidationIssue(path: "participants[1].track", .required),
      ValidationIssue(
        path: "activities[0].day",
        .notOneOf("fre", choices: Weekday.allCases.map(\.rawValue), closest: "fri")),
      ValidationIssue(path: "activities[0].time", .notATimeWindow("9-12")),
      ValidationIssue(path: "activities[0].seats", .required),
    ]
    #expect(found == want)
  }

  @Test func moreSemanticProblems() {
    let text = """
      {
        "week": "2026-W54",
        "programme": { "breakEven": 14, "target": 12 },
        "participants": [
          { "id": "p1", "name": "Emil K.", "track": "job" },
          { "id": "p 2", "name": "Ida S.", "track": "placement", "hours": { "min": 0, "max": 0 },
            "current": { "placementWeeks": 3 } }
        ],
        "companies": [
          { "id": "c1", "name": "Aubo", "open": { "mon": "15:00-07:00" }, "slots": 1, "slotsPerDay": { "mon": 2 } }
        ],
        "locks": [ { "participant": "p1", "company": "c2" } ]
      }
      """
    let found = Set(issues(text))
    let want: Set<ValidationIssue> = [
      ValidationIssue(path: "week", .notAWeek("2026-W54")),
      ValidationIssue(path: "participants[1].id", .notAnID("p 2")),
      ValidationIssue(path: "programme.target", .targetBelowBreakEven(target: 12, breakEven: 14)),
      ValidationIssue(path: "participants[0].employment", .employmentRequired(.job)),
      ValidationIssue(path: "participants[1].hours.max", .placementNeedsHours),
      ValidationIssue(
        path: "participants[1].current.placementWeeks", .placementWeeksWithoutCompany),
      ValidationIssue(
        path: "companies[0].open.mon", .endsBeforeStart(TimeWindow(parsing: "15:00-07:00")!)),
      ValidationIssue(
        path: "companies[0].slotsPerDay.mon", .daySlotsAboveWeekly(slots: 2, weekly: 1)),
      ValidationIssue(path: "locks[0].participant", .lockOffTrack(participant: "p1", track: .job)),
      ValidationIssue(path: "locks[0].company", .unknown(.company, "c2")),
    ]
    #expect(found == want)
  }
}

// MARK: - (f) The JSON Schema matches the reader

/// A scenario that sets every field the reader knows, each at least once (p2 is there to be locked:
/// locks need the placement track).
private let kitchenSink = """
  {
    "week": "2026-W02",
    "coordinator": {
      "hoursPerWeek": 37, "fixedHours": 10,
      "followUpHours": { "placement": 1.5, "job": 0.5, "flexjob": 1, "apprenticeship": 0.5, "socialOnly": 1, "paused": 0.5 },
      "contact": { "name": "Lene K.", "phone": "00 00 00 01", "email": "lene@kommune.example" },
      "place": "Ungehuset", "travelMinutes": 20
    },
    "programme": { "breakEven": 12, "target": 14, "positionCostPerYear": 500000, "positions": 1,
      "economics": { "benefitPerMonth": 7300, "benefitAtHomePerMonth": 3000,
        "refundSteps": [ { "untilWeek": 4, "refund": 0.8 }, { "refund": 0.2 } ],
        "weeksOnBenefitIfUnknown": 26, "exitDurationWeeks": 26, "counsellorCostPerYear": 480000,
        "ordinaryCaseload": 14 } },
    "policy": { "socialSessionsPerWeek": 2, "timeLimitSeconds": 30, "relativeGap": 0.01, "maxChanges": 3, "shortestWorkDay": 3, "shortestShortDay": 2 },
    "participants": [
      {
        "id": "p1", "name": "Emil K.", "enrolment": "enrolled", "referredOn": "2025-11-10", "track": "job",
        "enrolledOn": "2025-11-17", "exit": { "reason": "job", "on": "2026-01-09", "note": "hired" },
        "readiness": "jobReady", "age": 24, "hours": { "min": 2, "max": 10, "agreed": 6 },
        "availability": { "mon": "08:00-18:00", "tue": "08:00-18:00", "wed": "08:00-18:00", "thu": "08:00-18:00", "fri": "08:00-18:00", "sat": "10:00-14:00", "sun": "10:00-14:00" },
        "busy": [{ "day": "tue", "from": "14:00", "to": "16:00", "label": "skole" }],
        "skills": ["packing"], "interests": ["fitness"],
        "needs": { "mentorHours": 1, "competences": ["anxiety"], "accommodations": ["quietPlace"] },
        "drivingLicence": true, "phone": "00 00 40 01", "location": { "x": 1, "y": -2.5 }, "maxTravelKm": 10,
        "reachableCompanies": ["c1"], "wishes": { "companies": ["c1"], "activities": ["a1"] },
        "current": { "company": "c1", "placementWeeks": 2, "since": "2025-12-15", "mentor": "m1", "earlierPlacements": { "c2": 3 },
          "work": { "mon": "08:00-12:00", "tue": "08:00-12:00", "wed": "08:00-12:00", "thu": "08:00-12:00", "fri": "08:00-12:00", "sat": "08:00-12:00", "sun": "08:00-12:00" },
          "activities": ["a1"] },
        "employment": {
          "employer": "c1",
          "schedule": { "mon": "08:00-12:00", "tue": "08:00-12:00", "wed": "08:00-12:00", "thu": "08:00-12:00", "fri": "08:00-12:00", "sat": "08:00-12:00", "sun": "08:00-12:00" }
        },
        "benefit": { "livingAtHome": true, "perMonth": 3100, "since": "2025-03-03", "offSince": "2026-01-05" }
      },
      { "id": "p2", "name": "Ida S.", "track": "placement", "hours": { "min": 4, "max": 8 } }
    ],
    "companies": [
      {
        "id": "c1", "name": "Aubo", "sector": "kitchens", "town": "Aulum", "tasks": ["assembly"],
        "open": { "mon": "07:00-15:00", "tue": "07:00-15:00", "wed": "07:00-15:00", "thu": "07:00-15:00", "fri": "07:00-12:00" },
        "slots": 3, "slotsPerDay": { "mon": 3, "tue": 3, "wed": 3, "thu": 3, "fri": 2 },
        "ordinaryEmployees": 85, "subsidisedStaff": 1,
        "requirements": { "drivingLicence": true, "minimumAge": 18 },
        "accommodations": ["quietPlace"], "location": { "x": 1.2, "y": -0.8 },
        "contact": { "name": "Kim V.", "phone": "00 00 10 01", "email": "kim@aubo.example" }, "place": "Eksempelvej 1"
      },
      { "id": "c2", "name": "Horn" }
    ],
    "mentors": [
      { "id": "m1", "name": "Hanne B.", "hoursPerWeek": 10, "competences": ["anxiety"], "days": ["mon", "wed"], "maxMentees": 6, "location": { "x": 0, "y": 0 }, "maxTravelKm": 20,
        "contact": { "name": "Hanne B.", "phone": "00 00 20 01", "email": "hanne@milen.example" }, "place": "Biblioteket" }
    ],
    "activities": [
      { "id": "a1", "name": "UngeMilen", "kind": "groupMeeting", "day": "tue", "time": "16:00-18:00", "seats": 16, "tags": ["group"], "runByCoordinator": true, "location": { "x": 0.5, "y": 0 },
        "contact": { "name": "Poul A.", "phone": "00 00 30 01", "email": "poul@polle.example" }, "place": "Klubhuset" }
    ],
    "locks": [ { "participant": "p2", "company": "c1", "days": ["mon"] } ],
    "bans": [ { "participant": "p1", "company": "c1" } ],
    "rolledFrom": { "week": "2026-W01", "plan": "sha256:0123" },
    "leftBenefit": [
      { "id": "p0", "name": "Jonas L.", "reason": "education", "on": "2025-12-19", "livingAtHome": true,
        "perMonth": 3000, "weeksOnBenefit": 40 }
    ]
  }
  """

/// The kitchen sink with the saving of the format before the revised business case, which
/// replaces the benefit rates and the refund (so economics may not set them).
private let kitchenSinkLegacySaving = kitchenSink.replacingOccurrences(
  of: #""benefitPerMonth": 7300, "benefitAtHomePerMonth": 3000,"#, with: ""
)
.replacingOccurrences(
  of: #""refundSteps": [ { "untilWeek": 4, "refund": 0.8 }, { "refund": 0.2 } ],"#, with: ""
)
.replacingOccurrences(of: #""weeksOnBenefitIfUnknown": 26,"#, with: "")
.replacingOccurrences(
  of: #""positions": 1,"#, with: #""positions": 1, "savingPerParticipantPerYear": 70000,"#)

/// The JSON Schema, read with the package's own parser.
private struct Schema {
  let root: JSONValue

  init() throws {
    root = try JSONValue.parseJSON(Repo.text("docs/scenario.schema.json"))
  }

  func resolve(_ node: JSONValue) -> JSONValue {
    if case .string(let ref)? = node["$ref"], ref.hasPrefix("#/$defs/"),
      let target = root["$defs"]?[String(ref.dropFirst("#/$defs/".count))]
    {
      return resolve(target)
    }
    return node
  }

  func properties(_ node: JSONValue) -> [(String, JSONValue)] {
    if case .object(let o)? = resolve(node)["properties"] { return o }
    return []
  }

  func required(_ node: JSONValue) -> [String] {
    if case .array(let a)? = resolve(node)["required"] {
      return a.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
    }
    return []
  }

  func def(_ name: String) -> JSONValue { root["$defs"]?[name] ?? .null }

  /// Every property path the schema declares (`participants[].needs.mentorHours`).
  func paths(_ node: JSONValue, _ prefix: String = "") -> Set<String> {
    let n = resolve(node)
    var out: Set<String> = []
    for (k, v) in properties(n) {
      let p = prefix.isEmpty ? k : "\(prefix).\(k)"
      out.insert(p)
      out.formUnion(paths(v, p))
    }
    if let items = n["items"] { out.formUnion(paths(items, prefix + "[]")) }
    return out
  }

  /// Walks a document against the schema: the paths it uses, and keys the schema lacks.
  func walk(
    _ value: JSONValue, _ node: JSONValue, _ prefix: String, used: inout Set<String>,
    unknown: inout [String]
  ) {
    let n = resolve(node)
    switch value {
    case .object(let pairs):
      let props = properties(n)
      guard !props.isEmpty else { return }
      for (k, v) in pairs {
        let p = prefix.isEmpty ? k : "\(prefix).\(k)"
        if let sub = props.first(where: { $0.0 == k })?.1 {
          used.insert(p)
          walk(v, sub, p, used: &used, unknown: &unknown)
        } else {
          unknown.append(p)
        }
      }
    case .array(let items):
      if let sub = n["items"] {
        for v in items { walk(v, sub, prefix + "[]", used: &used, unknown: &unknown) }
      }
    default:
      break
    }
  }
}

/// The kitchen sink as a tree.
private func kitchenSinkTree() throws -> JSONValue { try JSONValue.parseJSON(kitchenSink) }

/// A small valid scenario around one object under test.
private func scenario(
  participant: String? = nil, company: String? = nil, mentor: String? = nil, activity: String? = nil
) -> String {
  """
  {
    "week": "2026-W02",
    "participants": [\(participant ?? #"{ "id": "p1", "name": "Emil K.", "track": "socialOnly" }"#)],
    "companies": [\(company ?? #"{ "id": "c1", "name": "Aubo" }, { "id": "c2", "name": "Horn" }"#)],
    "mentors": [\(mentor ?? #"{ "id": "m1", "name": "Hanne B.", "hoursPerWeek": 10 }"#)],
    "activities": [\(activity ?? #"{ "id": "a1", "name": "UngeMilen", "day": "tue", "time": "16:00-18:00", "seats": 16 }"#)]
  }
  """
}

private func object(_ pairs: [(String, JSONValue)]) -> String { JSONValue.object(pairs).jsonText() }

@Suite("JSON Schema")
struct SchemaTests {
  @Test func isValidJSONWithTheDraft202012Header() throws {
    let data = try Data(contentsOf: Repo.url("docs/scenario.schema.json"))
    let any = try JSONSerialization.jsonObject(with: data)
    let dict = try #require(any as? [String: Any])
    #expect(dict["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    let s = try Schema()
    #expect(s.required(s.root) == ["week"])
    #expect(s.required(s.def("participant")) == ["id", "name", "track"])
    #expect(s.required(s.def("company")) == ["id", "name"])
    #expect(s.required(s.def("mentor")) == ["id", "name", "hoursPerWeek"])
    #expect(s.required(s.def("activity")) == ["id", "name", "day", "time", "seats"])
    #expect(s.required(s.def("lock")) == ["participant", "company"])
    #expect(s.required(s.def("ban")) == ["participant", "company"])
  }

  @Test func everyObjectForbidsUnknownFields() throws {
    let s = try Schema()
    func check(_ node: JSONValue, _ at: String) {
      switch node {
      case .object(let pairs):
        if node["properties"] != nil {
          #expect(node["additionalProperties"] == .bool(false), "\(at)")
        }
        // allOf/if/then/else only add conditions to an object declared above.
        for (k, v) in pairs where k != "allOf" { check(v, "\(at)/\(k)") }
      case .array(let items):
        for (i, v) in items.enumerated() { check(v, "\(at)/\(i)") }
      default: break
      }
    }
    check(s.root, "#")
  }

  /// The schema declares exactly the fields the reader reads (and the writer writes).
  @Test func declaresExactlyTheReadersFields() throws {
    let s = try Schema()
    var used: Set<String> = []
    var written: Set<String> = []
    // The legacy saving cannot go with the rates: a second sink holds it.
    for text in [kitchenSink, kitchenSinkLegacySaving] {
      let tree = try JSONValue.parseJSON(text)
      let decoded = try ScenarioFile.decode(tree)
      var here: Set<String> = []
      var unknown: [String] = []
      s.walk(tree, s.root, "", used: &here, unknown: &unknown)
      #expect(unknown.isEmpty, "not in the schema: \(unknown)")

      // The writer writes nothing the schema lacks.
      var out: Set<String> = []
      var unknownWritten: [String] = []
      s.walk(ScenarioFile.encode(decoded), s.root, "", used: &out, unknown: &unknownWritten)
      #expect(unknownWritten.isEmpty, "written but not in the schema: \(unknownWritten)")
      #expect(out == here)
      used.formUnion(here)
      written.formUnion(out)
    }
    #expect(s.paths(s.root).subtracting(used).sorted() == [], "not in the kitchen sinks")
    #expect(written == used)
  }

  /// Each property of the participant, company, mentor and activity objects, alone.
  @Test(arguments: ["participant", "company", "mentor", "activity"])
  func eachPropertyIsAccepted(_ kind: String) throws {
    let s = try Schema()
    let tree = try kitchenSinkTree()
    let list = [
      "participant": "participants", "company": "companies", "mentor": "mentors",
      "activity": "activities",
    ][kind]!
    guard case .array(let items)? = tree[list], case .object(let full)? = items.first else {
      Issue.record("kitchen sink lacks \(list)")
      return
    }
    let required = s.required(s.def(kind))
    // Fields that need others to be valid.
    let alsoNeeds: [String: [String]] = [
      "employment": ["track"], "slotsPerDay": ["open", "slots"],
      "benefit": ["track", "employment"],
    ]
    for (name, _) in s.properties(s.def(kind)) {
      let keep = Set(required + [name] + (alsoNeeds[name] ?? []))
      var pairs = full.filter { keep.contains($0.0) }
      if kind == "participant" && !keep.contains("employment") {
        pairs = pairs.map { $0.0 == "track" ? ("track", .string("socialOnly")) : $0 }
      }
      let text: String
      switch kind {
      case "participant": text = scenario(participant: object(pairs))
      case "company": text = scenario(company: object(pairs))
      case "mentor": text = scenario(mentor: object(pairs))
      default: text = scenario(activity: object(pairs))
      }
      #expect(issues(text) == [], "\(kind).\(name)")
    }
  }
}
