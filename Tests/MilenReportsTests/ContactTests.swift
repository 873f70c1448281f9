import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow
import Testing

/// Contacts and places (docs/scenario.md, "Contacts and places"): they travel through the
/// scenario file, the sheets, the hand-outs and the calendars; a young person's own phone
/// reaches only their mentor and the coordinator.
@Suite("Contacts and places")
struct ContactTests {
  /// A small scenario with every contact and place set.
  static let text = """
    {
      "week": "2026-W02",
      "coordinator": {
        "contact": { "name": "Lene K.", "phone": "00 00 00 01", "email": "lene@kommune.example" },
        "place": "Ungehuset, Eksempelvej 30", "travelMinutes": 20
      },
      "participants": [
        { "id": "p1", "name": "Emil K.", "track": "socialOnly", "phone": "+45 00 00 40 01",
          "availability": { "mon": "08:00-19:00", "tue": "08:00-19:00" },
          "needs": { "mentorHours": 1 }, "wishes": { "activities": ["a1"] } }
      ],
      "companies": [
        { "id": "c1", "name": "Aubo", "contact": { "name": "Kim V.", "phone": "00 00 10 01" },
          "place": "Eksempelvej 1, 7490 Aulum" }
      ],
      "mentors": [
        { "id": "m1", "name": "Hanne B.", "hoursPerWeek": 10,
          "contact": { "email": "hanne@milen.example" }, "place": "Biblioteket" }
      ],
      "activities": [
        { "id": "a1", "name": "UngeMilen", "day": "tue", "time": "16:00-18:00", "seats": 16,
          "contact": { "name": "Poul A.", "phone": "00 00 30 01", "email": "poul@polle.example" },
          "place": "Klubhuset; Prøvestien 40, 7490 Aulum" }
      ]
    }
    """

  func issues(_ text: String) -> [String] {
    typed(text).map { Localizer.english.say($0, Names()) }
  }

  /// The typed issues of a text, or [] when it decodes.
  func typed(_ text: String) -> [ValidationIssue] {
    do {
      _ = try ScenarioFile.decode(text, format: .json)
      return []
    } catch let e as ScenarioError {
      return e.issues
    } catch {
      return [ValidationIssue(path: "?", .written("\(error)"))]
    }
  }

  @Test("a scenario's contacts and places read, write and read back the same (JSON and YAML)")
  func roundTrip() throws {
    let s = try ScenarioFile.decode(Self.text, format: .json)
    #expect(s.coordinator.contact?.email == "lene@kommune.example")
    #expect(s.coordinator.travelMinutes == 20)
    #expect(s.participants[0].phone == "+45 00 00 40 01")
    #expect(s.companies[0].contact == Contact(name: "Kim V.", phone: "00 00 10 01"))
    #expect(s.companies[0].place == "Eksempelvej 1, 7490 Aulum")
    #expect(s.mentors[0].contact?.email == "hanne@milen.example" && s.mentors[0].place != nil)
    #expect(s.activities[0].contact?.name == "Poul A.")
    for format in ScenarioFormat.allCases {
      let back = try ScenarioFile.decode(ScenarioFile.text(s, format: format), format: format)
      #expect(back == s, "\(format)")
    }
    // A phone written as a number (YAML reads 20000001 so) is its digits.
    let yaml = try ScenarioFile.decode(
      """
      week: "2026-W02"
      participants:
        - { id: p1, name: Emil K., track: socialOnly, phone: 20000001 }
      """, format: .yaml)
    #expect(yaml.participants[0].phone == "20000001")
  }

  @Test("a scenario without contacts writes none, so older files keep their fingerprint")
  func olderFilesUnchanged() throws {
    let s = try ScenarioFile.decode(
      #"{ "week": "2026-W02", "companies": [ { "id": "c1", "name": "Aubo" } ] }"#, format: .json)
    let text = ScenarioFile.jsonText(s)
    for key in ["contact", "place", "phone", "travelMinutes"] {
      #expect(!text.contains("\"\(key)\""), "\(key)")
    }
    #expect(s.coordinator.travelMinutes == 15)
  }

  @Test("validation names the place of a bad phone, e-mail or place")
  func validation() {
    let bad = Self.text.replacingOccurrences(of: #""00 00 10 01""#, with: #""ring 00 00 10 01""#)
      .replacingOccurrences(of: "hanne@milen.example", with: "hanne@milen")
      .replacingOccurrences(of: #""+45 00 00 40 01""#, with: #""12""#)
      .replacingOccurrences(of: #""travelMinutes": 20"#, with: #""travelMinutes": 500"#)
      .replacingOccurrences(of: "Klubhuset; Prøvestien", with: #"Klubhuset\nPrøvestien"#)
      .replacingOccurrences(of: "lene@kommune.example", with: "lene kommune.example")
      .replacingOccurrences(of: #""00 00 30 01""#, with: #""00 00+30 01""#)
    let found = issues(bad)
    let want = [
      "coordinator.travelMinutes", "coordinator.contact.email", "participants[0].phone",
      "companies[0].contact.phone", "mentors[0].contact.email", "activities[0].contact.phone",
      "activities[0].place",
    ]
    for path in want {
      #expect(found.contains { $0.hasPrefix(path + ": ") }, "\(path) in \(found)")
    }
    #expect(found.count == want.count, "\(found)")
    let problems = typed(bad)
    #expect(
      problems.contains(
        ValidationIssue(
          path: "companies[0].contact.phone", .phoneCharacter("ring 00 00 10 01", character: "r"))))
    #expect(
      problems.contains(
        ValidationIssue(path: "participants[0].phone", .phoneDigits("12", digits: 2))))
    // An empty place or name is refused too; a long one as well.
    let empty = Self.text.replacingOccurrences(of: #""Biblioteket""#, with: #"" ""#)
      .replacingOccurrences(
        of: #""Kim V.""#, with: "\"" + String(repeating: "K", count: 101) + "\"")
    #expect(
      typed(empty) == [
        ValidationIssue(path: "companies[0].contact.name", .tooLong(characters: 101, most: 100)),
        ValidationIssue(path: "mentors[0].place", .empty),
      ])
  }

  @Test("the sheets carry contacts and places under Danish headers, and name a bad cell")
  func sheets() throws {
    let s = try ScenarioFile.decode(Self.text, format: .json)
    let sheets = ScenarioSheets.export(s)
    let files = Dictionary(sheets.map { ($0.file, $0.text) }, uniquingKeysWith: { a, _ in a })
    let companies = try #require(files[ScenarioSheets.companiesFile])
    #expect(companies.contains("kontakt_navn;kontakt_telefon;kontakt_email;adresse"))
    #expect(companies.contains("Kim V.;00 00 10 01;;Eksempelvej 1, 7490 Aulum"))
    #expect(files[ScenarioSheets.participantsFile]!.contains(";telefon;"))
    #expect(files[ScenarioSheets.settingsFile]!.contains("koordinator_telefon;00 00 00 01;"))
    #expect(files[ScenarioSheets.settingsFile]!.contains("rejsetid_min;20;"))
    #expect(try ScenarioSheets.importSheets(files) == s)
    // A bad phone is named at its sheet, row and Danish column.
    var broken = files
    broken[ScenarioSheets.companiesFile] = companies.replacingOccurrences(
      of: "00 00 10 01", with: "00 00 10 0x")
    do {
      _ = try ScenarioSheets.importSheets(broken)
      Issue.record("a bad phone was accepted")
    } catch {
      let issue = try #require(error.issues.first)
      #expect(error.issues.count == 1)
      #expect(issue.file == "virksomheder.csv" && issue.row == 2)
      #expect(issue.column == "kontakt_telefon")
    }
  }

  @Test("the template shows invented contacts and places, and imports")
  func template() throws {
    let t = Dictionary(
      ScenarioSheets.template().map { ($0.file, $0.text) }, uniquingKeysWith: { a, _ in a })
    #expect(t[ScenarioSheets.companiesFile]!.contains("00 00 10 01"))
    #expect(t[ScenarioSheets.activitiesFile]!.contains("Eksempelvej 30"))
    let s = try ScenarioSheets.importSheets(t)
    #expect(s.companies[0].contact?.email == "mester@firma.example")
    #expect(s.participants[0].phone != nil && s.coordinator.contact?.phone != nil)
  }

  /// The Aulum week planned with the checker, and its hand-out files in Danish.
  func aulumFiles() throws -> (Scenario, Plan, [(path: String, text: String)]) {
    let s = try BuiltIn.aulum()
    let plan = try CheckedPlanning.plan(s, options: CheckedPlanning.options()).plan
    let files = try Handouts.files(
      plan, scenario: s, planText: PlanFile.jsonText(plan), localizer: .danish, stamp: stamp)
    return (s, plan, files)
  }

  /// Text as the hand-outs' HTML escapes it.
  func escaped(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "'", with: "&#39;")
  }

  /// A calendar's text with its folded lines joined again.
  func unfolded(_ ics: String) -> String { ics.replacingOccurrences(of: "\r\n ", with: "") }

  @Test("a young person's hand-out shows where to go and whom to call")
  func participantHandout() throws {
    let (s, plan, _) = try aulumFiles()
    let me = try #require(plan.participants.first { $0.company != nil && $0.mentor != nil })
    let company = try #require(s.companies.first { $0.id == me.company })
    let place = try #require(company.place)
    let phone = try #require(company.contact?.phone)
    let html = try PlanHTML.view(plan, for: .participant(me.id), scenario: s, localizer: .danish)
    #expect(html.contains("<th>Hvor</th>") && html.contains("<th>Kontakt</th>"))
    #expect(html.contains(escaped(place)))
    #expect(html.contains("tlf. \(phone)"))
    #expect(html.contains("Spørgsmål? Kontakt koordinatoren: Lene K., tlf. 00 00 00 01"))
    let mentor = try #require(s.mentors.first { $0.id == me.mentor })
    if let mp = mentor.contact?.phone { #expect(html.contains(mp)) }
    // An activity's place is under Hvor.
    if let a = me.activities.compactMap({ id in s.activities.first { $0.id == id } }).first,
      let ap = a.place
    {
      #expect(html.contains(escaped(ap)))
    }
    let text = try PlanViews.render(
      plan, for: .participant(me.id), scenario: s, localizer: .danish)
    #expect(text.contains("Mødested: \(place)"))
    #expect(text.contains("Kontakt hos \(company.name): "))
  }

  @Test("calendars carry LOCATION and CONTACT, escaped per RFC 5545")
  func calendars() throws {
    let s = try ScenarioFile.decode(Self.text, format: .json)
    let plan = try CheckedPlanning.plan(s, options: CheckedPlanning.options()).plan
    #expect(plan.participants[0].activities == ["a1"] && plan.participants[0].mentor == "m1")
    let ics = unfolded(
      try PlanCalendars.ics(
        plan, for: .participant("p1"), scenario: s, localizer: .danish, stamp: stamp))
    #expect(ics.contains("LOCATION:Klubhuset\\; Prøvestien 40\\, 7490 Aulum\r\n"))
    #expect(
      ics.contains("CONTACT:Poul A.\\, tlf. 00 00 30 01\\, e-mail poul@polle.example\r\n"))
    #expect(ics.contains("DESCRIPTION:Kontakt om UngeMilen: Poul A.\\, tlf. 00 00 30 01"))
    #expect(ics.contains("LOCATION:Biblioteket\r\n"))
    // The mentor's calendar holds the mentee's own phone.
    let mentor = unfolded(
      try PlanCalendars.ics(plan, for: .mentor("m1"), scenario: s, localizer: .danish, stamp: stamp)
    )
    #expect(mentor.contains("Emil K.: tlf. +45 00 00 40 01"))
  }

  @Test("a young person's phone reaches only their mentor and the coordinator, in every file")
  func phonePrivacy() throws {
    let (s, plan, files) = try aulumFiles()
    let phones = Dictionary(
      uniqueKeysWithValues: s.participants.compactMap { p in p.phone.map { (p.id, $0) } })
    #expect(phones.count == s.participants.count)
    let audiences = try Handouts.audiences(plan, scenario: s)
    var scanned = 0
    for a in audiences {
      let text = files.filter { $0.path.hasPrefix(a.path + ".") }.map { unfolded($0.text) }
        .joined()
      #expect(!text.isEmpty)
      scanned += 1
      let allowed: Set<String>
      switch a.audience {
      case .mentor(let id):
        allowed = Set(plan.participants.filter { $0.mentor == id }.map(\.id))
        // The control: a mentor's files do hold their mentees' phones.
        for p in allowed { #expect(text.contains(phones[p]!), "\(a.path) lacks \(p)") }
      case .company, .participant: allowed = []
      }
      for (id, phone) in phones where !allowed.contains(id) {
        #expect(!text.contains(phone), "\(a.path) holds the phone of \(id)")
      }
    }
    #expect(scanned == s.companies.count + s.mentors.count + plan.participants.count)
    // The coordinator's printable week holds every mentee's phone (its mentor pages).
    let week = try #require(files.first { $0.path == "\(Handouts.coordinatorFolder)/uge.html" })
    for p in plan.participants where p.mentor != nil { #expect(week.text.contains(phones[p.id]!)) }
    // Companies' own files: the coordinator's phone and the company's place, no young person's.
    let aubo = try #require(audiences.first { $0.audience == .company("aubo") })
    let auboICS = unfolded(files.first { $0.path == aubo.path + ".ics" }!.text)
    #expect(auboICS.contains("CONTACT:Lene K.\\, tlf. 00 00 00 01"))
    #expect(auboICS.contains("LOCATION:Aubo\\, Eksempelvej 1\\, 7490 Aulum"))
  }

  @Test("the coordinator's calendar leaves the travel time between visits at different places")
  func travelTime() throws {
    func week(travel: Int, samePlace: Bool) throws -> [CalendarEvent] {
      let morning = TimeWindow(start: TimeOfDay(8), end: TimeOfDay(12))
      var s = Scenario(week: "2026-W02")
      s.policy.socialSessionsPerWeek = 0
      s.coordinator.travelMinutes = travel
      s.companies = ["a", "b"].map { id in
        Company(
          id: id, name: "Firma \(id)", open: [.mon: morning], slots: 1, ordinaryEmployees: 10,
          place: samePlace ? "Eksempelvej 1" : "Eksempelvej \(id)")
      }
      s.participants = ["p1", "p2"].map { id in
        Participant(
          id: id, name: "Deltager \(id)", track: .placement,
          hours: HoursRange(min: 4, max: 4, agreed: 4), availability: [.mon: morning])
      }
      s.locks = [Lock(participant: "p1", company: "a"), Lock(participant: "p2", company: "b")]
      try s.validate()
      let plan = try CheckedPlanning.plan(s, options: CheckedPlanning.options()).plan
      #expect(plan.participants.map(\.company) == ["a", "b"])
      return try PlanCalendars.coordinatorEvents(plan, scenario: s, localizer: .danish)
        .filter { $0.uid.contains("visit:") }
    }
    func starts(_ events: [CalendarEvent]) -> [String] {
      events.compactMap { $0.time.map { "\($0.start)" } }
    }
    // Both at work 08:00-12:00: the first visit lets them start (not at 08:00), the second
    // leaves 15 minutes to get there.
    let apart = try week(travel: 15, samePlace: false)
    #expect(starts(apart) == ["08:30", "09:45"])
    #expect(apart.map(\.location) == ["Firma a, Eksempelvej a", "Firma b, Eksempelvej b"])
    #expect(starts(try week(travel: 30, samePlace: false)) == ["08:30", "10:00"])
    // No travel time, or the same place: one visit follows the other.
    #expect(starts(try week(travel: 0, samePlace: false)) == ["08:30", "09:30"])
    #expect(starts(try week(travel: 15, samePlace: true)) == ["08:30", "09:30"])
  }
}
