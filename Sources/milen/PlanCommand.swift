import ArgumentParser
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSeason
import MilenSolver
import MilenWorkflow

/// `milen plan`: makes next week's plan.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Plan the week of a scenario (default: the built-in Aulum week).")

  @Argument(help: "The scenario file (.json, .yaml). Omit it to plan the built-in Aulum week.")
  var scenario: String?

  @Option(
    name: .long,
    help: """
      Output format: table, json, markdown, csv (the participants' sheet; with -o FOLDER/ all \
      four sheets), html (the printable week) or ics (the coordinator's calendar); default: json when -o ends in .json, else table.
      """)
  var format: PlanFormat?

  @OptionGroup var language: LanguageOption

  @Flag(
    name: .long,
    help: "Show the solver's figures: model size, iterations, nodes, bounds, gaps, LP relaxations.")
  var details = false

  @OptionGroup var out: OutputOption
  var output: String? { out.output }

  @OptionGroup var clock: TimeLimitOption
  var timeLimit: Double? { clock.timeLimit }

  @Flag(
    name: .long,
    help: """
      Take SIGTERM as the end of the time (a batch engine's time limit: Slurm, Kubernetes): \
      planning ends as at --time-limit and the plan so far is written, marked cutByClock.
      """)
  var cutOnTerm = false

  @Option(
    name: .long,
    help: "Relative MIP gap at which a goal level may stop, e.g. 0.01 (default: policy).")
  var gap: Double?

  @OptionGroup var prev: PreviousOption
  var previous: String? { prev.previous }

  @Flag(
    name: .long,
    help: "Start GLPK from no plan at any goal level (to measure the warm start's effect).")
  var noWarmStart = false

  @Flag(name: .long, help: "Solve the week as one program, not by independent parts (to measure).")
  var noDecompose = false

  @Flag(name: .long, help: "Show GLPK's own solver messages on stdout.")
  var solverMessages = false

  @Option(
    name: .long,
    help: "Also add the week and its plan to this season store (docs/season.md).")
  var season: String?

  @Option(
    name: .long,
    help: """
      Approve the plan's move N (its list 'moves to approve'): plan the week, add the move's \
      locks, and plan again (docs/moves.md).
      """)
  var applyMove: Int?

  @Option(
    name: .long,
    help: """
      With --apply-move: write the scenario with the move's locks to this file (a new file, \
      never the input); needed when the plan is written as a plan file (JSON).
      """)
  var saveScenario: String?

  func validate() throws {
    if let n = applyMove, n < 1 {
      throw usage(.atLeast(option: "--apply-move", least: 1), language.language())
    }
    if saveScenario != nil && applyMove == nil {
      throw usage(.goesWith(option: "--save-scenario", other: "--apply-move"), language.language())
    }
    if let g = gap, !(g >= 0 && g <= 1) {
      throw usage(.range(option: "--gap", from: 0, to: 1, between: true), language.language())
    }
  }

  func run() throws {
    try runReporting(language.localizer) {
      if cutOnTerm { SignalGuard.current?.cutOnTerm() }
      let start = Date()
      var s = try Input.scenario(scenario)
      Stderr.trace("plan command: read at \(Date().timeIntervalSince(start))")
      let progress = Stderr.isTerminal ? ProgressLine(language.localizer) : nil
      var opts = Planning.options(
        timeLimit: timeLimit, relativeGap: gap, solverMessages: solverMessages)
      if let previous { opts.previous = try Input.previous(previous, for: s) }
      opts.warmStart = !noWarmStart
      opts.decompose = !noDecompose
      if let progress {
        opts.progress = { @Sendable p in progress.show(p) }
      }
      var result: PlanResult
      do {
        result = try Planning.plan(s, options: opts, localizer: language.localizer)
        if let n = applyMove {
          s = try Self.approve(n, of: result.plan, in: s)
          result = try Planning.plan(s, options: opts, localizer: language.localizer)
        }
      } catch {
        progress?.clear()
        throw error
      }
      progress?.clear()
      Stderr.trace("plan command: planned at \(Date().timeIntervalSince(start))")
      let timing = RunTiming(
        build: result.buildSeconds, solve: result.solveSeconds,
        total: Date().timeIntervalSince(start))
      let inputs = (scenario.map { [$0] } ?? []) + (previous.map { [$0] } ?? [])
      let plan = PlanFile.stamped(result.plan, for: s)
      let chosen = format ?? (output?.lowercased().hasSuffix(".json") == true ? .json : .table)
      if applyMove != nil {
        if let saveScenario {
          try Output.write(
            try ScenarioFile.text(s, format: ScenarioFormat.of(path: saveScenario)),
            to: saveScenario, protecting: inputs)
        } else if chosen == .json && output != nil {
          throw Failure.usage(Reporting.say(.saveScenarioWithMove))
        }
      }
      try PlanOutput.write(
        plan, scenario: s, format: chosen, language: language, details: details,
        timing: timing, to: output, protecting: inputs)
      Stderr.trace("plan command: written at \(Date().timeIntervalSince(start))")
      if let season {
        let store = try Season.open(season, creating: true)
        try Season.add(store, scenario: s, plan: plan, words: SeasonWords(language.language()))
      }
    }
  }
}

extension PlanCommand {
  /// The scenario with the plan's move `n` approved: its locks added.
  static func approve(_ n: Int, of plan: Plan, in s: Scenario) throws -> Scenario {
    let moves = plan.moves ?? []
    guard n <= moves.count else {
      throw Failure.usage(Reporting.say(.noSuchMove(asked: n, count: moves.count)))
    }
    return moves[n - 1].applied(to: s)
  }
}

extension ReportFormat: ExpressibleByArgument {}

/// A one-line progress display on stderr for solves that last longer than a second.
final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private var shown = false
  private let l: Localizer

  /// A progress line in `localizer`'s language.
  init(_ localizer: Localizer) { l = localizer }

  func show(_ p: PlanningProgress) {
    guard p.elapsed >= 1 else { return }
    let words = l.say(
      .progress(
        seconds: p.elapsed, level: p.level, goal: SuggestReport.goal(p.goal, l),
        plan: p.incumbent.map { ($0 * 100).rounded() / 100 },
        bound: p.bound.map { ($0 * 100).rounded() / 100 }, gap: p.gap))
    let line = "\r  " + words + "\u{1B}[K"
    lock.lock()
    shown = true
    lock.unlock()
    Stderr.write(line)
  }

  func clear() {
    lock.lock()
    defer { lock.unlock() }
    if shown { Stderr.write("\r\u{1B}[K") }
  }
}
