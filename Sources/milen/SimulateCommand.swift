import ArgumentParser
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSeason
import MilenSolver
import MilenWorkflow

/// `milen simulate`: roll the plan forward week by week.
struct SimulateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simulate",
    abstract: "Roll the plan forward week by week under seeded assumptions (docs/whatif.md).")

  @Argument(help: "The scenario file (.json, .yaml). Omit it for the built-in Aulum week.")
  var scenario: String?

  @Option(name: .long, help: "Number of weeks to simulate (1-104).")
  var weeks: Int = 8

  @Option(name: .long, help: "Seed of the chance events (hires, recoveries, exits, arrivals).")
  var seed: UInt64 = 1

  @Option(name: .long, help: "New referrals per week on average.")
  var arrivals: Double = SimulationAssumptions().arrivalsPerWeek

  @Option(name: .long, help: "Chance that a participant in the last legal placement week is hired.")
  var hireProbability: Double = SimulationAssumptions().hireProbability

  @Option(name: .long, help: "Output format: table, json or markdown.")
  var format: ReportFormat = .table

  @OptionGroup var prev: PreviousOption
  var previous: String? { prev.previous }

  @OptionGroup var language: LanguageOption

  @Option(
    name: .long,
    help:
      "Solve only the first N goal levels (1-5; default 5): a quick forecast, or a long season synthesized fast."
  )
  var levels: Int = 5

  @Option(
    name: .long,
    help:
      "Write every simulated week into this new scratch season store, to read with `season report` (it must not exist)."
  )
  var season: String?

  func validate() throws {
    guard (1...104).contains(weeks) else {
      throw usage(.range(option: "--weeks", from: 1, to: 104, between: false), language.language())
    }
    guard (1...5).contains(levels) else {
      throw usage(.range(option: "--levels", from: 1, to: 5, between: false), language.language())
    }
    guard arrivals >= 0 && arrivals <= 100 else {
      throw usage(
        .range(option: "--arrivals", from: 0, to: 100, between: false), language.language())
    }
    guard (0...1).contains(hireProbability) else {
      throw usage(
        .range(option: "--hire-probability", from: 0, to: 1, between: true), language.language())
    }
  }

  func run() throws {
    try runReporting(language.localizer) {
      let s = try Input.scenario(scenario)
      var a = SimulationAssumptions()
      a.arrivalsPerWeek = arrivals
      a.hireProbability = hireProbability
      let showProgress = Stderr.isTerminal
      try Planning.checkSize(s)
      let result: [SimulatedWeek]
      if let season, FileManager.default.fileExists(atPath: season) {
        throw Failure.cannotWrite(Reporting.say(.seasonExists(path: season)))
      }
      var simulated: [WeekFiles] = []
      do {
        var options = Planning.options()
        options.levels = levels
        options.previous = try previous.map { try Input.previous($0, for: s) }
        result = try Simulation.run(
          s, weeks: weeks, seed: seed, assumptions: a, options: options,
          progress: { k, w in
            if showProgress {
              let l = language.localizer
              Stderr.write(
                "\r  " + l.t("simulate.progress", "\(k + 1)", "\(weeks)", l.weekShort(w.week))
                  + "\u{1B}[K")
            }
          },
          // Only a season stores the plans (with their reasons); without one the weeks are
          // planned without the reasons' verifying re-plans (Simulation.run).
          record: season == nil
            ? nil
            : { week, plan in
              simulated.append(
                WeekFiles(
                  scenario: week, plan: PlanFile.stamped(plan, for: week),
                  scenarioPath: "simulated", planPath: "simulated"))
            })
      } catch let e as PlanningError {
        throw Failure(e)
      }
      if showProgress { Stderr.write("\r\u{1B}[K") }
      if let season {
        // The scratch store appears whole or not at all (built beside it, then renamed).
        do {
          _ = try SeasonStore.rebuild(at: season, from: simulated)
        } catch {
          throw Failure(any: error)
        }
        Stderr.write(
          "milen: \(SeasonWords(language.language())(.simulated(weeks: simulated.count, path: season)))\n"
        )
      }
      try Output.write(
        SimulationReport.render(
          result, breakEven: s.programme.breakEven, format: format,
          localizer: language.localizer, names: Names(s)),
        to: nil, protecting: [])
    }
  }
}
