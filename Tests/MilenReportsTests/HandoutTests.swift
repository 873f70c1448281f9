import Foundation
import MilenFormats
import MilenGenerator
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow
import Testing

/// Runs a program found on PATH with text on stdin; nil when it is not there.
func runTool(_ name: String, _ args: [String], stdin: String? = nil) throws -> (
  code: Int32, out: String, err: String
)? {
  let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
  guard
    let exe = paths.map({ URL(fileURLWithPath: String($0)).appendingPathComponent(name) }).first(
      where: { FileManager.default.isExecutableFile(atPath: $0.path) })
  else { return nil }
  let p = Process()
  p.executableURL = exe
  p.arguments = args
  let out = Pipe()
  let err = Pipe()
  let inp = Pipe()
  p.standardOutput = out
  p.standardError = err
  p.standardInput = inp
  try p.run()
  if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
  try inp.fileHandleForWriting.close()
  let o = out.fileHandleForReading.readDataToEndOfFile()
  let e = err.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return (
    p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self)
  )
}

func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "milen-io-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// The Aulum week and its plan.
func aulumPlanned() throws -> (Scenario, Plan) {
  let s = try BuiltIn.aulum()
  return (s, try Planner.plan(s, options: PlanningOptions()).plan)
}

let stamp = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

@Suite("Hand-outs: audience rules over generated weeks")
struct HandoutTests {
  /// Words and values that must never reach a company's or mentor's file: needs (raw tags and
  /// their Danish and English words), tracks, readiness, enrolment and benefit status,
  /// referral dates, and every note.
  func sensitive(_ s: Scenario, _ plan: Plan) -> (tokens: Set<String>, phrases: Set<String>) {
    var tokens: Set<String> = [
      "socialOnly", "paused", "flexjob", "apprenticeship", "Fleksjob", "Elev", "Pause",
      "jobReady", "activityReady", "Jobparat", "Aktivitetsparat", "enrolled", "admitted",
      "waiting", "referred", "Indskrevet", "Optaget", "Venteliste", "Henvist", "needs",
      "track", "notes", "status", "readiness", "enrolment", "benefit", "referredOn",
    ]
    var phrases: Set<String> = ["Kun socialt", "social only", "flex-job", "job-ready"]
    for p in s.participants {
      for tag in p.needs.competences + p.needs.accommodations {
        tokens.insert(tag)
        for l in [Localizer.danish, Localizer.english] {
          let word = l.t("tag.\(tag)")
          if word != "tag.\(tag)" { phrases.insert(word) }
        }
      }
      if let r = p.referredOn { phrases.insert(r) }
    }
    let names = Names(s, plan: plan)
    for p in plan.participants {
      for n in p.notes {
        phrases.insert(Localizer.english.say(n, names))
        phrases.insert(Localizer.danish.say(n, names))
      }
    }
    return (tokens, phrases)
  }

  @Test(
    "No company or mentor file holds needs, health, track, benefit status or notes",
    arguments: [1, 2, 3, 4] as [UInt64])
  func noLeaks(seed: UInt64) throws {
    let s = ScenarioGenerator(seed: seed, size: .s).generate()
    let plan = try Planner.plan(s, options: PlanningOptions()).plan
    let (tokens, phrases) = sensitive(s, plan)
    #expect(tokens.contains("anxiety") || tokens.contains("housingTraining"))
    var scanned = 0
    for l in [Localizer.danish, Localizer.english] {
      let files = try Handouts.files(
        plan, scenario: s, planText: PlanFile.jsonText(plan), localizer: l, stamp: stamp)
      for f in files
      where f.path.hasPrefix(Handouts.companiesFolder + "/")
        || f.path.hasPrefix(Handouts.mentorsFolder + "/")
      {
        scanned += 1
        let words = Set(f.text.split { !$0.isLetter && !$0.isNumber }.map(String.init))
        let leaked = tokens.filter { words.contains($0) } + phrases.filter { f.text.contains($0) }
        #expect(leaked.isEmpty, "\(f.path) holds \(leaked.sorted())")
      }
      // The control: the coordinator's own files do hold the sensitive words.
      let coordinator = files.filter { $0.path.hasPrefix(Handouts.coordinatorFolder + "/") }
        .map(\.text).joined()
      #expect(coordinator.contains(l.track(.placement)))
    }
    #expect(scanned == 2 * 5 * (s.companies.count + s.mentors.count))
  }

  @Test("A company's file names only the people placed there")
  func onlyTheirPeople() throws {
    let (s, plan) = try aulumPlanned()
    let files = try Handouts.files(
      plan, scenario: s, planText: "", localizer: .danish, stamp: stamp)
    let bases = Dictionary(
      uniqueKeysWithValues: try Handouts.audiences(plan, scenario: s).map { ($0.audience, $0.path) }
    )
    for c in s.companies {
      let base = try #require(bases[.company(c.id)])
      let text = files.filter { $0.path.hasPrefix(base + ".") }.map(\.text).joined()
      for p in plan.participants where p.company != c.id {
        #expect(!text.contains(p.name), "\(c.id)")
      }
      for p in plan.participants where p.company == c.id {
        #expect(text.contains(p.name), "\(c.id)")
      }
    }
  }
}

@Suite("Calendars (RFC 5545)")
struct CalendarTests {
  @Test("Lines are folded at 75 octets without splitting a character, and text is escaped")
  func foldingAndEscaping() {
    let long = "SUMMARY:" + String(repeating: "æøå", count: 40)
    let folded = ICSCalendar.fold(long)
    for line in folded.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
    #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long + "\r\n")
    #expect(ICSCalendar.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
  }

  @Test("The UIDs of a week are stable across runs and differ between weeks and people")
  func stableUIDs() throws {
    let (s, plan) = try aulumPlanned()
    let a = try PlanCalendars.events(
      plan, for: .participant("p09"), scenario: s, localizer: .danish)
    let b = try PlanCalendars.events(
      plan, for: .participant("p09"), scenario: s, localizer: .english)
    #expect(a.map(\.uid) == b.map(\.uid))
    #expect(Set(a.map(\.uid)).count == a.count)
    var next = plan
    next.week = "2026-W03"
    let c = try PlanCalendars.events(
      next, for: .participant("p09"), scenario: s, localizer: .danish)
    #expect(Set(a.map(\.uid)).isDisjoint(with: c.map(\.uid)))
  }

  /// Every calendar of the Aulum week, parsed by Python's icalendar, matches the plan.
  @Test("Every Aulum calendar parses with Python's icalendar, and its events match the plan")
  func parsesWithICalendar() throws {
    guard (try runTool("python3", ["-c", "import icalendar"]))?.code == 0 else {
      print("SKIPPED: Python's icalendar is not installed (pip install icalendar)")
      return
    }
    let (s, plan) = try aulumPlanned()
    let dir = try temporaryFolder()
    var expected: [String: [[String]]] = [:]
    let week = ISOWeek(parsing: plan.week)!
    func date(_ d: Weekday) -> String {
      let x = week.date(of: d)
      return String(format: "%04d-%02d-%02d", x.year, x.month, x.day)
    }
    let audiences: [ViewAudience] =
      s.companies.map { .company($0.id) } + s.mentors.map { .mentor($0.id) }
      + plan.participants.map { .participant($0.id) }
    var names: [String] = []
    for (i, a) in audiences.enumerated() {
      let text = try PlanCalendars.ics(plan, for: a, scenario: s, localizer: .danish, stamp: stamp)
      let name = "c\(i).ics"
      try Data(text.utf8).write(to: dir.appendingPathComponent(name))
      names.append(name)
      // What the plan says: (start, end) per timed event.
      var timed: [[String]] = []
      switch a {
      case .company(let id):
        for p in plan.participants where p.company == id {
          for w in p.work {
            timed.append(["\(date(w.day)) \(w.time.start)", "\(date(w.day)) \(w.time.end)"])
          }
        }
      case .participant(let id):
        let p = plan.participants.first { $0.id == id }!
        for w in p.work {
          timed.append(["\(date(w.day)) \(w.time.start)", "\(date(w.day)) \(w.time.end)"])
        }
        if p.company == nil,
          let sched = s.participants.first(where: { $0.id == id })?.employment?.schedule,
          p.employer != nil
        {
          for (d, t) in sched { timed.append(["\(date(d)) \(t.start)", "\(date(d)) \(t.end)"]) }
        }
        for aid in p.activities {
          let act = s.activities.first { $0.id == aid }!
          timed.append(["\(date(act.day)) \(act.time.start)", "\(date(act.day)) \(act.time.end)"])
        }
      case .mentor: break
      }
      expected[name] = timed.sorted { $0.lexicographicallyPrecedes($1) }
    }
    let coordinator = try PlanCalendars.coordinatorICS(
      plan, scenario: s, localizer: .danish, stamp: stamp)
    try Data(coordinator.utf8).write(to: dir.appendingPathComponent("coordinator.ics"))
    names.append("coordinator.ics")
    let script = """
      import sys, json, icalendar
      out = {}
      for name in sys.argv[2:]:
          cal = icalendar.Calendar.from_ical(open(sys.argv[1] + "/" + name, "rb").read())
          assert cal.get("VERSION") == "2.0"
          tzs = [c for c in cal.walk("VTIMEZONE")]
          assert len(tzs) == 1 and str(tzs[0]["TZID"]) == "Europe/Copenhagen"
          timed, uids, allday = [], [], 0
          for ev in cal.walk("VEVENT"):
              uids.append(str(ev["UID"]))
              s, e = ev.decoded("DTSTART"), ev.decoded("DTEND")
              if hasattr(s, "hour"):
                  assert str(s.tzinfo) in ("Europe/Copenhagen", "CET"), str(s.tzinfo)
                  assert s.utcoffset().total_seconds() == 3600
                  timed.append([s.strftime("%Y-%m-%d %H:%M"), e.strftime("%Y-%m-%d %H:%M")])
              else:
                  allday += 1
          assert len(set(uids)) == len(uids)
          out[name] = {"timed": sorted(timed), "allday": allday}
      print(json.dumps(out))
      """
    guard let r = try runTool("python3", ["-c", script, dir.path] + names) else { return }
    #expect(r.code == 0, "\(r.err)")
    let parsed = try JSONDecoder().decode(
      [String: Parsed].self, from: Data(r.out.utf8))
    #expect(parsed.count == audiences.count + 1)
    // The coordinator: every session they run and one visit per company with people placed,
    // none overlapping another.
    let c = try #require(parsed["coordinator.ics"])
    let runs = s.activities.filter { $0.runByCoordinator || $0.kind == .teaching }.count
    let visits = plan.companies.filter { !$0.participants.isEmpty }.count
    #expect(c.timed.count == runs + visits)
    for (a, b) in zip(c.timed, c.timed.dropFirst()) { #expect(a[1] <= b[0], "\(a) overlaps \(b)") }
    for (i, a) in audiences.enumerated() {
      let name = "c\(i).ics"
      guard let p = parsed[name] else {
        Issue.record("\(a) not parsed")
        continue
      }
      if case .mentor(let id) = a {
        #expect(p.allday == plan.participants.filter { $0.mentor == id }.count, "\(id)")
      } else {
        #expect(p.timed == expected[name], "\(a)")
      }
    }
  }

  struct Parsed: Decodable {
    var timed: [[String]]
    var allday: Int
  }

  @Test(
    "Ids that clean to the same characters get their own files, each with only their people")
  func collidingIds() throws {
    // k/sa and k_sa used to both become k_sa; p:02 and p_02 both p_02; and m.x, m_x and M_X
    // meet on a case-insensitive disk.
    var text = ScenarioFile.jsonText(try BuiltIn.aulum())
    for (from, to) in [
      ("ksa", "k/sa"), ("horn", "k_sa"), ("p02", "p:02"), ("p03", "p_02"), ("m-hanne", "m.x"),
      ("m-jesper", "m_x"), ("m-birgitte", "M_X"),
    ] {
      text = text.replacingOccurrences(of: "\"\(from)\"", with: "\"\(to)\"")
    }
    var s = try ScenarioFile.decode(text, format: .json)
    // The same names, so the readable part cannot tell them apart either.
    for i in s.companies.indices where ["k/sa", "k_sa"].contains(s.companies[i].id) {
      s.companies[i].name = "K SA"
    }
    let plan = try Planner.plan(s, options: PlanningOptions()).plan
    #expect(plan.participants.contains { $0.company == "k/sa" })
    #expect(plan.participants.contains { $0.company == "k_sa" })
    let files = try Handouts.files(
      plan, scenario: s, planText: "", localizer: .danish, stamp: stamp)
    #expect(Set(files.map { $0.path.lowercased() }).count == files.count)
    let audiences = try Handouts.audiences(plan, scenario: s)
    #expect(audiences.count == s.companies.count + s.mentors.count + plan.participants.count)
    for a in audiences {
      guard case .company(let id) = a.audience else { continue }
      let text = files.filter { $0.path.hasPrefix(a.path + ".") }.map(\.text).joined()
      #expect(files.filter { $0.path.hasPrefix(a.path + ".") }.count == 5, "\(id)")
      for p in plan.participants {
        #expect(text.contains(p.name) == (p.company == id), "\(id): \(p.id)")
      }
    }
  }

  /// Ids made to break a naive encoding: separators, look-alike escapes, case, dots, Unicode
  /// in two normal forms, combining marks, and random strings over those characters.
  func adversarialIds() -> [String] {
    var ids = [
      "k/sa", "k_sa", "K_SA", "k-sa", "k.sa", "k:sa", "k sa", "k\\sa", "k_2fsa", "k_5fsa",
      "_2f", "_", "__", "-", "--", ".", "..", ".hidden", "k%2fsa", "_h", "_hab", "å", "a\u{30A}",
      "Å", "ø", "æ", "NUL", "con", "p:02", "p_02", "p02", "P02",
      "x" + String(repeating: "\u{301}", count: 300),
      String(repeating: "é", count: 64), String(repeating: "z", count: 64), "🙂", "a--b", "a-",
    ]
    var rng = SystemRandomNumberGenerator()
    let alphabet = Array("aA0_-./:%5fæÅ\u{30A}")
    for _ in 0..<3000 {
      ids.append(
        String(
          (0..<Int.random(in: 1...6, using: &rng)).map { _ in
            alphabet.randomElement(using: &rng)!
          }))
    }
    return ids
  }

  @Test("The id encoding is injective, decodes back, and is safe as a file name on any disk")
  func encodingInjective() throws {
    let ids = Set(adversarialIds())
    var byCode: [String: String] = [:]
    for id in ids {
      let code = Handouts.encodedID(id)
      #expect(
        code.unicodeScalars.allSatisfy {
          "abcdefghijklmnopqrstuvwxyz0123456789_-".unicodeScalars.contains($0)
        }, "\(id)")
      #expect(code.utf8.count <= 170)
      if let other = byCode[code] { Issue.record("\(id) and \(other) both encode as \(code)") }
      byCode[code] = id
      if !code.hasPrefix("_h") { #expect(Handouts.decodedID(code) == id, "\(id)") }
    }
    // The two normal forms of å stay apart (macOS would otherwise fold them together).
    #expect(Handouts.encodedID("å") != Handouts.encodedID("a\u{30A}"))
    #expect(Handouts.encodedID("k/sa") == "k_2fsa")
    #expect(Handouts.encodedID("k_sa") == "k_5fsa")
    #expect(Handouts.decodedID("k_2Fsa") == nil)
  }

  @Test("File names: the readable name, then the id; the id alone decides, whatever the names")
  func fileNamesInjective() throws {
    let ids = Array(Set(adversarialIds()))
    let names = [
      "Line K", "Line K--p15", "line-k", "", "---", "Åse Ærø", "=HYPERLINK(\"x\")", "../../etc",
      "a--b", String(repeating: "Ø", count: 200), "\u{202E}evil", "p15",
    ]
    #expect(Handouts.fileName(id: "p15", name: "Line K") == "line-k--p15")
    #expect(Handouts.fileName(id: "p15", name: "Åse Ærø") == "aase-aeroe--p15")
    #expect(Handouts.fileName(id: "a--b", name: "") == "id--a--b")
    #expect(Handouts.fileName(id: "b", name: "A") == "a--b")
    #expect(Handouts.fileName(id: "m-hanne", name: "Hanne M.") == "hanne-m--m-hanne")
    var seen: [String: String] = [:]
    for (i, id) in ids.enumerated() {
      let name = names[i % names.count]
      let file = Handouts.fileName(id: id, name: name)
      #expect(!file.hasPrefix(".") && !file.contains("/") && file.utf8.count + 5 <= 255, "\(id)")
      // The part after the first `--` is the encoded id.
      let cut = try #require(file.range(of: "--"))
      #expect(String(file[cut.upperBound...]) == Handouts.encodedID(id))
      #expect(!file[..<cut.lowerBound].isEmpty)
      let key = file.lowercased()
      if let other = seen[key] { Issue.record("\(id) and \(other) share \(file)") }
      seen[key] = id
    }
  }
}
