import Foundation
import MilenFormats
import MilenReports
import MilenTestSupport
import MilenWorkflow
import Testing

/// Runs the built `milen` binary and returns its exit code, stdout and stderr. The locale is
/// fixed (`LANG=en_US.UTF-8`, no `LC_ALL` or `LC_MESSAGES`) so output does not follow the machine's
/// language; `environment` adds or overrides variables.
func milen(_ args: [String], in dir: URL? = nil, environment: [String: String] = [:]) throws -> (
  code: Int32, out: String, err: String
) {
  let exe = try milenExecutable()
  let p = Process()
  p.executableURL = exe
  p.arguments = args
  var env = ProcessInfo.processInfo.environment
  env["LC_ALL"] = nil
  env["LC_MESSAGES"] = nil
  // English unless a test asks otherwise (`--lang da`, or LANG in `environment`): the goldens
  // of the English output. Without a locale the coordinator's Danish is the default.
  env["LANG"] = "en_US.UTF-8"
  for (k, v) in environment { env[k] = v }
  p.environment = env
  if let dir { p.currentDirectoryURL = dir }
  let out = Pipe()
  let err = Pipe()
  p.standardOutput = out
  p.standardError = err
  try p.run()
  let o = out.fileHandleForReading.readDataToEndOfFile()
  let e = err.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return (
    p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self)
  )
}

/// The `milen` binary beside the test bundle (SwiftPM builds it for this test target).
func milenExecutable() throws -> URL {
  var dir = Bundle.main.bundleURL
  for _ in 0..<4 {
    let candidate = dir.appendingPathComponent("milen")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    dir.deleteLastPathComponent()
  }
  let fallback = packageRoot().appendingPathComponent(".build/debug/milen")
  guard FileManager.default.isExecutableFile(atPath: fallback.path) else {
    throw CocoaError(.fileNoSuchFile)
  }
  return fallback
}

/// Compares output to a golden file under Tests/MilenCLITests/Golden. Set
/// `MILEN_RECORD_GOLDEN=1` to re-record on purpose; never silently.
func expectGolden(
  _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let url = packageRoot().appendingPathComponent("Tests/MilenCLITests/Golden/\(name)")
  if ProcessInfo.processInfo.environment["MILEN_RECORD_GOLDEN"] == "1" {
    try Data(actual.utf8).write(to: url)
    return
  }
  // Decoded by hand: Foundation's String(contentsOf:) drops a byte-order mark.
  let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
  #expect(
    actual == expected, "golden \(name) differs; re-record with MILEN_RECORD_GOLDEN=1",
    sourceLocation: sourceLocation)
}

/// Removes the one line of wall-clock figures, which differs run to run.
func withoutTiming(_ text: String) -> String {
  text.split(separator: "\n", omittingEmptySubsequences: false)
    .filter {
      let t = $0.trimmingCharacters(in: .whitespaces)
      return !t.hasPrefix("Time ") && !t.hasPrefix("Tid ") && !$0.hasPrefix("- **Time**")
        && !$0.hasPrefix("- **Tid**")
    }
    .joined(separator: "\n")
}

func temporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "milen-cli-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

@Suite("milen command line")
struct CLITests {
  @Test("plan with no file prints the built-in Aulum week (golden table)")
  func aulumTable() throws {
    let r = try milen(["plan"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.err.isEmpty)
    try expectGolden(withoutTiming(r.out), "aulum-plan.txt")
  }

  @Test("plan --format json is stable (golden) and repeats byte for byte")
  func aulumJSON() throws {
    let a = try milen(["plan", "--format", "json"])
    let b = try milen(["plan", "--format", "json"])
    #expect(a.code == 0)
    #expect(a.out == b.out)
    try expectGolden(a.out, "aulum-plan.json")
  }

  @Test("plan --format markdown has the same sections")
  func markdown() throws {
    let r = try milen(["plan", "--format", "markdown"])
    #expect(r.code == 0)
    for section in ["# Milen plan", "## Participants", "## Programme", "## Solver"] {
      #expect(r.out.contains(section))
    }
  }

  @Test("plan of the fixture file equals the built-in week")
  func fixtureFileEqualsBuiltIn() throws {
    let path = packageRoot().appendingPathComponent("Fixtures/aulum.json").path
    let a = try milen(["plan", path, "--format", "json"])
    let b = try milen(["plan", "--format", "json"])
    #expect(a.code == 0)
    #expect(a.out == b.out)
  }

  @Test("check accepts the plan that plan wrote, and --output writes atomically")
  func planThenCheck() throws {
    let dir = try temporaryDirectory()
    let scenario = packageRoot().appendingPathComponent("Fixtures/aulum.json").path
    let out = dir.appendingPathComponent("plan.json").path
    let r = try milen(["plan", scenario, "--format", "json", "--output", out])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.isEmpty)
    let c = try milen(["check", scenario, out])
    #expect(c.code == 0, "\(c.out)")
    #expect(c.out.contains("No violations"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(leftovers == ["plan.json"])
  }

  @Test("check finds a tampered plan and exits 1")
  func checkFindsViolation() throws {
    let dir = try temporaryDirectory()
    let scenario = packageRoot().appendingPathComponent("Fixtures/aulum.json").path
    let r = try milen(["plan", scenario, "--format", "json"])
    #expect(try milen(["check", scenario, write(r.out, "plan.json", in: dir)]).code == 0)
    // Push a placement past the legal limit by hand: the checker finds it.
    let tampered = r.out.replacingOccurrences(
      of: #""placementWeek" : [0-9]+"#, with: "\"placementWeek\" : 20", options: .regularExpression)
    let c = try milen(["check", scenario, write(tampered, "tampered.json", in: dir)])
    #expect(c.code == 1)
    #expect(c.out.contains("rule 4"))
  }

  @Test("check, view and next refuse a plan made for another scenario (exit 65)")
  func planForAnotherScenario() throws {
    let dir = try temporaryDirectory()
    let scenario = packageRoot().appendingPathComponent("Fixtures/aulum.json").path
    let r = try milen(["plan", scenario, "--format", "json"])
    let plan = try write(r.out, "plan.json", in: dir)
    var text = try String(contentsOfFile: scenario, encoding: .utf8)
    text = text.replacingOccurrences(
      of: #""seats": [0-9]+"#, with: "\"seats\": 0", options: .regularExpression)
    let other = try write(text, "other.json", in: dir)
    for args in [
      ["check", other, plan], ["view", other, plan, "--for", "company:aubo"],
      ["next", other, plan],
    ] {
      let c = try milen(args)
      #expect(c.code == 65, "\(args)")
      #expect(c.err.contains("was made for another scenario"), "\(args): \(c.err)")
    }
  }

  @Test("the weekly routine: plan, next, plan --previous, check --previous all exit 0")
  func weeklyRoutine() throws {
    let dir = try temporaryDirectory()
    let scenario = packageRoot().appendingPathComponent("Fixtures/aulum.json").path
    let p02 = dir.appendingPathComponent("plan.json").path
    let w03 = dir.appendingPathComponent("w03.json").path
    let p03 = dir.appendingPathComponent("p03.json").path
    #expect(try milen(["plan", scenario, "-o", p02]).code == 0)
    let n = try milen(["next", scenario, p02, "-o", w03])
    #expect(n.code == 0, "\(n.err)")
    #expect(try milen(["plan", w03, "--previous", p02, "-o", p03]).code == 0)
    let c = try milen(["check", w03, p03, "--previous", p02])
    #expect(c.code == 0, "\(c.out)")
    // Last week's plan with a wrong week is refused with both weeks named.
    let again = try milen(["plan", scenario, "--previous", p03])
    #expect(again.code == 65)
    #expect(again.err.contains("2026-W03"))
  }

  @Test("--output refuses to overwrite the scenario file")
  func refusesToOverwriteInput() throws {
    let dir = try temporaryDirectory()
    let src = packageRoot().appendingPathComponent("Fixtures/aulum.json")
    let copy = dir.appendingPathComponent("week.json")
    try FileManager.default.copyItem(at: src, to: copy)
    let before = try Data(contentsOf: copy)
    let r = try milen(["plan", copy.path, "--output", copy.path])
    #expect(r.code == 73)
    #expect(r.err.contains("refusing to overwrite the input file"))
    #expect(try Data(contentsOf: copy) == before)
  }

  @Test("exit codes follow sysexits")
  func exitCodes() throws {
    #expect(try milen(["plan", "/nonexistent/week.json"]).code == 66)
    #expect(try milen(["plan", "--format", "pdf"]).code == 64)
    #expect(try milen(["plan", "--time-limit", "-3"]).code == 64)
    #expect(try milen(["frobnicate"]).code == 64)
    let dir = try temporaryDirectory()
    let bad = dir.appendingPathComponent("bad.json")
    try Data(
      #"{"week": "2026-W02", "participants": [{"id": "p1", "name": "A", "track": "placment"}]}"#
        .utf8
    )
    .write(to: bad)
    let r = try milen(["validate", bad.path])
    #expect(r.code == 65)
    #expect(r.err.contains(#"participants[0].track: "placment" is not one of"#))
    #expect(r.err.contains(#"did you mean "placement"?"#))
  }

  @Test("an impossible week names the conflict and exits 65, never a bare 'infeasible'")
  func infeasibleWeek() throws {
    let path = packageRoot().appendingPathComponent("Fixtures/rules/infeasible-coordinator.json")
      .path
    let r = try milen(["plan", path])
    #expect(r.code == 65)
    #expect(r.err.contains("coordinator"))
    #expect(r.err.contains("To resolve"))
  }

  @Test("validate reports the Aulum fixture as valid")
  func validateAulum() throws {
    let path = packageRoot().appendingPathComponent("Fixtures/aulum.json").path
    let r = try milen(["validate", path])
    #expect(r.code == 0)
    #expect(r.out.contains("valid, week 2:"))
  }

  @Test("--help and --version work")
  func helpAndVersion() throws {
    let h = try milen(["--help"])
    #expect(h.code == 0)
    #expect(h.out.contains("plan"))
    #expect(h.out.contains("check"))
    let v = try milen(["--version"])
    #expect(v.code == 0)
    #expect(v.out.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
  }
}

@Suite("milen whatif, breakeven, simulate")
struct WeekToWeekCLITests {
  let aulum = packageRoot().appendingPathComponent("Fixtures/aulum.json").path
  func fixture(_ name: String) -> String {
    packageRoot().appendingPathComponent("Fixtures/whatif/\(name)").path
  }

  @Test("whatif adding a company (golden difference)")
  func whatIfGolden() throws {
    let r = try milen(["whatif", aulum, fixture("new-company.json")])
    #expect(r.code == 0, "\(r.err)")
    try expectGolden(r.out, "aulum-whatif-new-company.txt")
  }

  @Test("--sweep ranks candidates as separate runs would")
  func sweepEqualsSeparateRuns() throws {
    let files = ["new-company.json", "nettoline-two-more.json", "extra-mentor.yaml"].map(fixture)
    let sweep = try milen(["whatif", aulum] + files + ["--sweep", "--format", "json"])
    #expect(sweep.code == 0, "\(sweep.err)")
    let ranked = try JSONDecoder().decode([PlanDiffDTO].self, from: Data(sweep.out.utf8))
    var separate: [PlanDiffDTO] = []
    for f in files {
      let r = try milen(["whatif", aulum, f, "--format", "json"])
      separate.append(try JSONDecoder().decode(PlanDiffDTO.self, from: Data(r.out.utf8)))
    }
    let bySeparate = separate.enumerated().sorted { a, b in
      a.element.key != b.element.key
        ? a.element.key.lexicographicallyPrecedes(b.element.key) : a.offset < b.offset
    }.map(\.element.label)
    #expect(ranked.map(\.label) == bySeparate)
    #expect(Set(ranked.map(\.label)) == Set(separate.map(\.label)))
  }

  @Test("replanning with --previous prints the changes section")
  func previous() throws {
    let dir = try temporaryDirectory()
    let last = dir.appendingPathComponent("last.json").path
    #expect(try milen(["plan", "--format", "json", "-o", last]).code == 0)
    let r = try milen(["plan", "--previous", last])
    #expect(r.code == 0)
    #expect(r.out.contains("CHANGES SINCE WEEK 2"))
    #expect(r.out.contains("No changes."))
    #expect(r.out.contains("Voluntary changes of company or mentor: 0"))
  }

  @Test("breakeven on Aulum: no saving for anyone on benefit, sources, DKK per capacity (golden)")
  func breakEven() throws {
    let r = try milen(["breakeven", aulum])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("Left benefit               nobody counted this week"))
    #expect(r.out.contains("Benefit saved              0 DKK this week, 0 DKK a year"))
    #expect(r.out.contains("default: cash benefit (kontanthjælp) under 30"))
    #expect(!r.out.contains("something else limits"))
    // Every capacity listed has a DKK figure.
    let rows = r.out.split(separator: "\n").filter { $0.hasPrefix("one more ") }
    #expect(rows.count == 7 + 3 + 1 + 6)
    #expect(rows.allSatisfy { $0.contains(" DKK a year") })
    #expect(
      rows.contains { $0.hasPrefix("one more coordinator hour") && $0.contains("33,333 DKK") })
    try expectGolden(r.out, "aulum-breakeven.txt")
    let da = try milen(["breakeven", aulum, "--lang", "da"])
    #expect(da.code == 0)
    #expect(da.out.contains("standard: kontanthjælp under 30") && da.out.contains("33.333 kr."))
    try expectGolden(da.out, "aulum-breakeven-da.txt")
  }

  @Test("simulate runs, repeats for a seed and reports the benefit saved (golden)")
  func simulate() throws {
    let a = try milen(["simulate", "--weeks", "3", "--seed", "5"])
    let b = try milen(["simulate", "--weeks", "3", "--seed", "5"])
    #expect(a.code == 0)
    #expect(a.out == b.out)
    #expect(a.out.contains("week 4"))
    let r = try milen(["simulate", aulum, "--weeks", "8", "--seed", "1"])
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("off benefit") && r.out.contains("Benefit saved in 8 weeks"))
    try expectGolden(r.out, "aulum-simulate.txt")
  }
}

/// The parts of a what-if difference the ranking uses, decoded from `--format json`.
struct PlanDiffDTO: Decodable {
  struct Figure: Decodable {
    var name: String
    var change: Double
  }
  var label: String
  var figures: [Figure]

  /// The documented ranking: more served, fewer unmet needs, more placed, more hours, wishes.
  var key: [Double] {
    func c(_ n: String) -> Double { figures.first { $0.name == n }?.change ?? 0 }
    return [
      -c("served"), c("unmetMentorHours") + c("missingSocialSessions"), -c("inPlacement"),
      -c("placementHours"), -c("goal4.wishesAndContinuity"),
    ]
  }
}

/// Writes `text` to `name` in `dir` and returns the path.
func write(_ text: String, _ name: String, in dir: URL) throws -> String {
  let url = dir.appendingPathComponent(name)
  try Data(text.utf8).write(to: url)
  return url.path
}

@Suite("milen plan on impossible weeks")
struct ImpossibleWeekCLITests {
  func fixture(_ name: String) -> String {
    packageRoot().appendingPathComponent("Fixtures/impossible/\(name)").path
  }

  @Test("every conflict of an impossible Aulum week, minimal and with its fix (golden), exit 65")
  func twoConflicts() throws {
    let r = try milen(["plan", fixture("aulum-two-conflicts.json")])
    #expect(r.code == 65)
    #expect(r.out.isEmpty)
    try expectGolden(r.err, "impossible-aulum-two-conflicts.txt")
  }

  @Test("the diagnosis in Danish names the seat and both people (golden)")
  func danish() throws {
    let r = try milen(["plan", "--lang", "da", fixture("wednesday-seat.json")])
    #expect(r.code == 65)
    #expect(r.err.contains("Løsning: én plads mere ved Onsdagscafé"))
    #expect(!r.err.contains("To resolve"))
    try expectGolden(r.err, "impossible-wednesday-seat-da.txt")
  }

  @Test("an impossible Aulum week in Danish: by name, no English word, exit 65")
  func danishByName() throws {
    let r = try milen(["plan", "--lang", "da", fixture("aulum-two-conflicts.json")])
    #expect(r.code == 65)
    #expect(r.err.contains("De faste regler kan ikke alle overholdes i denne uge:"))
    let words = Set(r.err.lowercased().split { !($0.isLetter || $0 == "-") }.map(String.init))
    let english: Set<String> = [
      "the", "and", "at", "of", "to", "is", "on", "more", "seat", "seats", "placement", "takes",
      "most", "week", "remove", "resolve", "people", "available", "hard", "rules", "capacity",
      "bans", "slots", "company",
    ]
    #expect(words.isDisjoint(with: english), "English in Danish: \(words.intersection(english))")
    // Names, not ids: the people and companies by name.
    for id in ["p17", "p11", "p09", "p12", "midtjysk-albyg", "aulum-bageri"] {
      #expect(!words.contains(id), "id \(id) in \(r.err)")
    }
  }
}
