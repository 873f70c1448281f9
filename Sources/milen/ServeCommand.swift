import ArgumentParser
import Dispatch
import Foundation
import MilenFormats
import MilenReports
import MilenServe
import MilenWorkflow

/// `milen serve`: the local planning page (docs/serve.md).
///
/// A synchronous command like the others, so that `milen` stays a synchronous program (every
/// other command keeps its threads, and its signal handling, as before): the server runs as a
/// task while this thread waits for it to stop.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the week as a local web page: lock and ban by hand, re-plan, what-if, save.",
    discussion: """
      Binds 127.0.0.1 by default. Another address needs --token: every request must then
      carry it (Authorization: Bearer TOKEN, or open /?token=TOKEN once). Save writes the
      plan to --plan and the scenario over its own file, in its own format (the file as it was
      before the first save is kept as NAME.bak.json); Hand out writes every audience's files
      into --handouts. Ctrl-C stops; give the token as MILEN_TOKEN to keep it out of ps.
      """)

  @Argument(help: "The scenario file (.json, .yaml). Omit it to serve the built-in Aulum week.")
  var scenario: String?

  @Option(name: .long, help: "The port (0: any free port).")
  var port: Int = 8080

  @Option(name: .long, help: "The address to bind (default 127.0.0.1; another needs --token).")
  var host: String = "127.0.0.1"

  @Option(
    name: .long,
    help:
      "A secret of at least 16 characters that every request must carry (better: the MILEN_TOKEN environment variable, which other users cannot see in ps)."
  )
  var token: String?

  /// The token: `--token`, else `MILEN_TOKEN`.
  var secret: String? {
    token ?? ProcessInfo.processInfo.environment["MILEN_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
  }

  @OptionGroup var prev: PreviousOption
  var previous: String? { prev.previous }

  @Option(
    name: .long,
    help: "Where Save writes the plan (default: NAME.plan.json beside the scenario).")
  var plan: String?

  @Option(
    name: .long, help: "The folder Hand out writes into (default: udlevering beside the plan).")
  var handouts: String?

  @Option(
    name: .long,
    help: "A season store: the page shows its charts and evaluation, and Save adds the week to it.")
  var season: String?

  @Option(name: .long, help: "The page's language: da or en (default: da).")
  var lang: Language = .da

  @OptionGroup var clock: TimeLimitOption
  var timeLimit: Double? { clock.timeLimit }

  func validate() throws {
    let access = ServeAccess(host: host, port: port, token: secret)
    if let problem = access.issue() { throw usage(problem, lang) }
  }

  func run() throws {
    let files = ServeFiles(
      scenario: scenario, plan: plan, handouts: handouts, previous: previous, season: season)
    let bench: Workbench
    let l = Localizer(lang)
    do {
      if let problem = files.issues().first { throw Failure.usage(l.say(.usage(problem))) }
      let s = try Input.scenario(scenario)
      let last = try previous.map { try Input.previous($0, for: s) }
      do {
        bench = try Workbench(
          scenario: s, last: last, files: files, language: lang, timeLimit: timeLimit)
      } catch {
        throw Failure(serve: error)
      }
    } catch {
      let f = Reporting.$localizer.withValue(l) { Failure(any: error) }
      if let m = f.message { Stderr.write("milen: \(Terminal.escaped(m))\n") }
      throw ExitCode(f.code)
    }
    if token != nil { Stderr.write("milen: \(l.say(.tokenVisible))\n") }
    let access = ServeAccess(host: host, port: port, token: secret)
    let app = ServeApp.application(bench, access: access) { url in
      let st = await bench.snapshot()
      let lines =
        "milen: \(l.say(.serving(week: st.plan.week, url: url, token: access.token != nil)))\n"
        + "milen: \(l.say(.serveSaves(plan: files.plan, scenario: files.scenarioSave)))\n"
      FileHandle.standardOutput.write(Data(lines.utf8))
    }
    let outcome = Outcome()
    // Which signal stops the server (the service group handles it; this only records it).
    let received = SignalRecord()
    var sources: [any DispatchSourceSignal] = []
    for sig in [SIGTERM, SIGINT] {
      let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
      source.setEventHandler { received.set(sig) }
      source.resume()
      sources.append(source)
    }
    defer { for source in sources { source.cancel() } }
    let stopped = DispatchSemaphore(value: 0)
    Task.detached {
      do {
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
      } catch {
        outcome.error = "\(error)"
      }
      stopped.signal()
    }
    stopped.wait()
    if let error = outcome.error {
      // Most often the port is taken: the address is the user's choice (64).
      let f = Failure.usage(l.say(.cannotServe(host: host, port: port, reason: error)))
      Stderr.write("milen: \(Terminal.escaped(f.message ?? ""))\n")
      throw ExitCode(f.code)
    }
    let last = Unsaved()
    let read = DispatchSemaphore(value: 0)
    Task.detached {
      // Edits by hand: pending ones, or a re-planned scenario that differs from the saved one.
      let st = await bench.snapshot()
      if !st.pending.isEmpty {
        last.value = .edits(st.pending.count)
      } else if st.planScenario != st.saved {
        last.value = .week(scenario: files.scenarioSave, plan: files.plan)
      }
      read.signal()
    }
    read.wait()
    if let lost = last.value {
      let sig = received.signal ?? SIGTERM
      let name = sig == SIGINT ? "SIGINT" : "SIGTERM"
      Stderr.write(
        "milen: \(Terminal.escaped(l.say(.serveStopped(signal: name, unsaved: lost))))\n")
      throw ExitCode(128 + sig)
    }
    Stderr.write("milen: \(l.say(.serveStopped(signal: nil, unsaved: nil)))\n")
  }
}

/// The signal that stopped the server, once one came.
private final class SignalRecord: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Int32?

  func set(_ sig: Int32) { lock.withLock { if value == nil { value = sig } } }
  var signal: Int32? { lock.withLock { value } }
}

/// What the page had not saved when it stopped, read once the server has.
private final class Unsaved: @unchecked Sendable {
  private let lock = NSLock()
  private var lost: CommandMessage.Unsaved?

  var value: CommandMessage.Unsaved? {
    get { lock.withLock { lost } }
    set { lock.withLock { lost = newValue } }
  }
}

/// How the server task ended, read once it has.
private final class Outcome: @unchecked Sendable {
  private let lock = NSLock()
  private var message: String?

  var error: String? {
    get { lock.withLock { message } }
    set { lock.withLock { message = newValue } }
  }
}

extension Failure {
  /// A failure of the planning page at start-up, with its exit code.
  init(serve e: ServeError) {
    switch e.kind {
    case .missingInput: self = .missingInput(e.message)
    case .unprocessable, .badRequest, .conflict, .notFound: self = .badData(e.message)
    case .cannotWrite: self = .cannotWrite(e.message)
    case .timeLimit: self = .timeLimit(e.message)
    case .unauthorized, .forbidden, .internalError: self = .internalError(e.message)
    }
  }
}
