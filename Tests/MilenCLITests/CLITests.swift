import Foundation
import MilenIO
import MilenTestSupport
import Testing

/// Runs the built `milen` binary and returns its exit code, stdout and stderr.
func milen(_ args: [String], in dir: URL? = nil) throws -> (code: Int32, out: String, err: String) {
  let exe = try milenExecutable()
  let p = Process()
  p.executableURL = exe
  p.arguments = args
  if let dir { p.currentDirectoryURL = dir }
  let out = Pipe()
  let err = Pipe()
  p.standardOutput = out
  p.standardError = err
  try p.run()
  let o = out.fileHandleForReading.readDataToEndOfFile()
  let e = err.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
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
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
  let url = packageRoot().appendingPathComponent("Tests/MilenCLITests/Golden/\(name)")
  if ProcessInfo.processInfo.environment["MILEN_RECORD_GOLDEN"] == "1" {
    try Data(actual.utf8).write(to: url)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  #expect(actual == expected, "golden \(name) differs; re-record with MILEN_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
}

/// Removes the one line of wall-clock figures, which differs run to run.
func withoutTiming(_ text: String) -> String {
  text.split(separator: "\n", omittingEmptySubsequences: false)
    .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("Time ") && !$0.hasPrefix("- **Time**") }
    .joined(separator: "\n")
}

func temporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("milen-cli-\(UUID().uuidString)")
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
    let r = try milen(["plan", "--format", "json"])
    // Give every activity zero seats by editing the scenario: the plan now overfills them.
    var text = try String(contentsOfFile: scenario, encoding: .utf8)
    text = text.replacingOccurrences(of: #""seats": [0-9]+"#, with: "\"seats\": 0", options: .regularExpression)
    let tight = dir.appendingPathComponent("tight.json")
    try Data(text.utf8).write(to: tight)
    let planFile = dir.appendingPathComponent("plan.json")
    try Data(r.out.utf8).write(to: planFile)
    let c = try milen(["check", tight.path, planFile.path])
    #expect(c.code == 1)
    #expect(c.out.contains("rule 2"))
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
    try Data(#"{"week": "2026-W02", "participants": [{"id": "p1", "name": "A", "track": "placment"}]}"#.utf8)
      .write(to: bad)
    let r = try milen(["validate", bad.path])
    #expect(r.code == 65)
    #expect(r.err.contains(#"participants[0].track: "placment" is not one of"#))
    #expect(r.err.contains(#"did you mean "placement"?"#))
  }

  @Test("an impossible week names the conflict and exits 65, never a bare 'infeasible'")
  func infeasibleWeek() throws {
    let path = packageRoot().appendingPathComponent("Fixtures/rules/infeasible-coordinator.json").path
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
    #expect(r.out.contains("valid, week 2026-W02"))
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
