import ArgumentParser
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSeason
import MilenSolver
import MilenWorkflow

/// Every way a command can fail, with its sysexits code. The one place where errors become
/// messages and exit codes.
enum Failure: Error {
  case usage(String)
  case missingInput(String)
  case badData(String)
  case infeasible(String)
  case cannotWrite(String)
  case timeLimit(String)
  case internalError(String)
  case violations

  var code: Int32 {
    switch self {
    case .usage: return 64
    case .badData, .infeasible: return 65
    case .missingInput: return 66
    case .internalError: return 70
    case .cannotWrite: return 73
    case .timeLimit: return 75
    case .violations: return 1
    }
  }

  var message: String? {
    switch self {
    case .usage(let m), .missingInput(let m), .badData(let m), .infeasible(let m),
      .cannotWrite(let m),
      .timeLimit(let m), .internalError(let m):
      return m
    case .violations: return nil
    }
  }

  /// Maps a planner error.
  init(_ e: PlanningError) {
    switch e {
    case .invalidScenario(let s):
      let l = Reporting.localizer
      self = .badData(l.t("scenario.invalid") + "\n" + Reporting.lines(s))
    case .infeasible(let d): self = .infeasible(Reporting.localizer.say(d, Names()))
    case .noPlanWithinLimit(let level, let seconds):
      self = .timeLimit(Reporting.say(.noPlanWithinLimit(level: level, seconds: seconds)))
    case .solver(let m): self = .internalError(m)
    case .previousPlan(let ps): self = .badData(Reporting.say(.previousPlanDoesNotFit(ps)))
    case .cancelled: self = .internalError(Reporting.say(.planningStopped))
    }
  }
}

/// The language failures are reported in while a command runs (`--lang`, else the locale).
enum Reporting {
  @TaskLocal static var localizer = Localizer(Language.fromEnvironment())

  /// A scenario's problems, one indented line each, in the reporting language and by name.
  static func lines(_ e: ScenarioError) -> String {
    localizer.lines(e).map { "  \($0)" }.joined(separator: "\n")
  }

  /// A line of the command's own, in the reporting language.
  static func say(_ m: CommandMessage) -> String { localizer.say(m) }

  /// `3 problem(s):` and the problems.
  static func problems(_ e: ScenarioError) -> String {
    localizer.t("scenario.problems", String(e.issues.count)) + "\n" + lines(e)
  }
}

/// Runs a command body, printing any failure to stderr and exiting with its code. This is the
/// one mapping from errors to exit codes: a ``Failure`` has its own code, and any other error
/// is an internal error (70), never 1, which means "violations found" from `check`. Failures
/// are worded in `localizer`'s language.
func runReporting(_ localizer: Localizer? = nil, _ body: () throws -> Void) throws {
  let l = localizer ?? Reporting.localizer
  let guarding = SignalGuard(l)
  do {
    try Reporting.$localizer.withValue(l) {
      try SignalGuard.$current.withValue(guarding) { try body() }
    }
  } catch {
    if let sig = guarding.stoppedBy { throw stopped(sig, l) }
    let f = Reporting.$localizer.withValue(l) { Failure(any: error) }
    if let m = f.message { Stderr.write("milen: \(Terminal.escaped(m))\n") }
    throw ExitCode(f.code)
  }
  if let sig = guarding.stoppedBy { throw stopped(sig, l) }
}

/// The end of a command stopped by a signal: 128 + its number, and no output left behind.
private func stopped(_ sig: Int32, _ l: Localizer) -> ExitCode {
  let line = l.say(.stopped(signal: SignalGuard.name(sig), left: .noPartialOutput))
  Stderr.write("milen: \(line)\n")
  return ExitCode(128 + sig)
}

extension Failure {
  /// The failure of any error: a ``Failure`` stays as it is, a planning error is mapped by
  /// its case, an output error cannot write (73), and anything else is an internal error.
  init(any error: any Error) {
    switch error {
    case let f as Failure: self = f
    case let e as PlanningError: self = Failure(e)
    case let e as AtomicFile.WriteError: self = .cannotWrite(Reporting.localizer.say(e.problem))
    case let e as ScenarioError:
      self = .badData(Reporting.problems(e))
    case let e as ParseError: self = .badData(Reporting.localizer.say(e))
    case let e as SeasonError: self = Failure(e)
    default: self = .internalError(Reporting.say(.internalError(String(describing: error))))
    }
  }
}

/// Standard error, unbuffered.
enum Stderr {
  static func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
  static var isTerminal: Bool { isatty(2) == 1 }
  /// A line of the trace (`MILEN_TRACE` set, as the solver's trace), built only then.
  static func trace(_ line: @autoclosure () -> String) {
    guard ProcessInfo.processInfo.environment["MILEN_TRACE"] != nil else { return }
    write(line() + "\n")
  }
}

/// Text that is safe to show on a terminal.
enum Terminal {
  /// `text` with every control character other than tab, newline and a carriage return
  /// that ends a line (CRLF) written as `\uXXXX` (also valid inside JSON strings), so that no
  /// escape sequence from a name or an id reaches the terminal, and no lone carriage return
  /// makes a line overwrite itself.
  static func escaped(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    func unsafe(_ i: Int) -> Bool {
      if scalars[i].value == 0x0D { return i + 1 >= scalars.count || scalars[i + 1].value != 0x0A }
      return isUnsafe(scalars[i])
    }
    guard scalars.indices.contains(where: unsafe) else { return text }
    var out = String.UnicodeScalarView()
    for (i, u) in scalars.enumerated() {
      if unsafe(i) {
        out.append(contentsOf: String(format: "\\u%04x", u.value).unicodeScalars)
      } else {
        out.append(u)
      }
    }
    return String(out)
  }

  static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x09, 0x0A, 0x0D: return false
    case 0x00..<0x20, 0x7F..<0xA0: return true
    case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}

/// Reading input files with the right failure for each problem.
enum Input {
  /// A what-if change file (JSON or YAML), its problems as bad data naming the file.
  static func changes(_ path: String) throws -> ScenarioChanges {
    let text = try read(path)
    do {
      return try ScenarioChanges.decode(text, format: .of(path: path), name: path)
    } catch let e as ScenarioError {
      throw Failure.badData("\(path):\n" + Reporting.lines(e))
    }
  }

  /// `base` with change files applied in order; each note (a reference pruned with a removed
  /// company, mentor or activity) goes to stderr, naming its file.
  static func applying(
    _ files: [ScenarioChanges], _ paths: [String], to base: Scenario,
    localizer l: Localizer = Reporting.localizer
  ) throws -> Scenario {
    var s = base
    for (f, path) in zip(files, paths) {
      do {
        let (next, notes) = try f.applyWithNotes(to: s)
        for n in notes { Stderr.write("milen: \(path): \(l.say(n, Names(s)))\n") }
        s = next
      } catch let e as ScenarioError {
        throw Failure.badData("\(path):\n" + Reporting.lines(e))
      }
    }
    return s
  }

  static func read(_ path: String) throws -> String {
    let data = try readData(path)
    guard let text = String(data: data, encoding: .utf8) else {
      throw Failure.badData(Reporting.say(.notUTF8(path: path)))
    }
    return text
  }

  /// A file's bytes, within the input limits.
  static func readData(_ path: String) throws -> Data {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw Failure.missingInput(Reporting.say(.noSuchFile(path: path)))
    }
    if isDir.boolValue { throw Failure.missingInput(Reporting.say(.isAFolder(path: path))) }
    // Bounded: a huge file is refused by its size, and a device or FIFO (/dev/zero) is read
    // only up to the limit.
    let limit = InputLimits.maxBytes
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
      size > limit
    {
      throw Failure.badData(Reporting.say(.inputTooLarge(path: path, bytes: size, most: limit)))
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw Failure.missingInput(Reporting.say(.cannotRead(path: path)))
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: limit + 1) ?? Data()
    } catch {
      throw Failure.missingInput(Reporting.say(.cannotRead(path: path)))
    }
    if data.count > limit {
      throw Failure.badData(Reporting.say(.inputTooLarge(path: path, bytes: nil, most: limit)))
    }
    return data
  }

  /// A plan file.
  static func plan(_ path: String) throws -> Plan {
    let text = try read(path)
    do {
      return try PlanFile.decode(text)
    } catch let e as ParseError {
      throw Failure.badData("\(path): \(Reporting.localizer.say(e))")
    }
  }

  /// A plan that must have been made for scenario `s` (read from `scenarioPath`): `check`,
  /// `view` and `next` refuse a plan made for another scenario.
  static func plan(_ path: String, madeFor s: Scenario, scenarioPath: String?) throws -> Plan {
    let p = try plan(path)
    let expected = ScenarioFile.fingerprint(s)
    guard let got = p.scenarioFingerprint else {
      throw Failure.badData(
        Reporting.say(.planWithoutFingerprint(path: path, scenario: scenarioPath)))
    }
    if got != expected {
      throw Failure.badData(
        Reporting.say(
          .planForAnotherScenario(
            path: path, got: short(got), scenario: scenarioPath, expected: short(expected))))
    }
    return p
  }

  /// Last week's plan (or an earlier plan of this week) for `--previous`: a plan of the week
  /// before must be the one the scenario was rolled forward from, when the scenario says.
  static func previous(_ path: String, for s: Scenario) throws -> Plan {
    let p = try plan(path)
    if p.week != s.week, let r = s.rolledFrom, r.week == p.week {
      let got = PlanFile.fingerprint(p)
      if got != r.plan {
        throw Failure.badData(
          Reporting.say(.notRolledFrom(path: path, recorded: short(r.plan), file: short(got))))
      }
    }
    return p
  }

  /// The first 12 hex digits of a fingerprint, for messages.
  static func short(_ fingerprint: String) -> String {
    let hex = fingerprint.hasPrefix("sha256:") ? String(fingerprint.dropFirst(7)) : fingerprint
    return "sha256:" + hex.prefix(12)
  }

  /// The scenario at `path`, or the built-in Aulum week when nil.
  static func scenario(_ path: String?) throws -> Scenario {
    guard let path else { return try! BuiltIn.aulum() }
    let text = try read(path)
    do {
      return try ScenarioFile.decode(text, format: ScenarioFormat.of(path: path))
    } catch let e as ScenarioError {
      throw Failure.badData("\(path): " + Reporting.problems(e))
    }
  }
}

/// Writing a command's output: to stdout, or to a file that is not an input (see
/// ``AtomicFile``). Control characters are escaped either way; a write error (a full disk,
/// `/dev/full`) is a failure to write (73), also on stdout.
enum Output {
  static func write(
    _ text: String, to path: String?, protecting inputs: [String], overwrite: Bool = true
  ) throws {
    let safe = Terminal.escaped(text)
    guard let path else {
      if let err = AtomicFile.writeAll(Array(safe.utf8), fd: 1) {
        throw Failure.cannotWrite(
          Reporting.say(.cannotWriteStandardOutput(reason: String(cString: strerror(err)))))
      }
      return
    }
    do {
      // Like a folder output, a file's missing folder is made (an existing file is replaced
      // unless `overwrite` is false; an input never is).
      let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
      if !FileManager.default.fileExists(atPath: parent) {
        try FileManager.default.createDirectory(
          atPath: parent, withIntermediateDirectories: true)
      }
      try AtomicFile.write(
        safe, to: path, protecting: inputs, overwrite: overwrite,
        temporaries: SignalGuard.current?.temporaries)
    } catch let e as AtomicFile.WriteError {
      throw Failure.cannotWrite(Reporting.localizer.say(e.problem))
    } catch {
      throw Failure.cannotWrite("\(error)")
    }
  }

  /// A line on stdout.
  static func line(_ text: String) throws { try write(text + "\n", to: nil, protecting: []) }
}
