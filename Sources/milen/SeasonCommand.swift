import ArgumentParser
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSeason
import MilenWorkflow

extension SeasonFormat: ExpressibleByArgument {}

/// `milen season`: the history of the weeks in an SQLite store, and its report.
struct SeasonCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "season",
    abstract: "The season: a history of weeks in SQLite, its evaluation and business case.",
    discussion: """
      The store keeps every week's scenario and plan, append-only; a replanned week is a new
      version, the old one kept. See docs/season.md.
      """,
    subcommands: [SeasonAddCommand.self, SeasonRebuildCommand.self, SeasonReportCommand.self])
}

/// `--db FILE`: the season store.
struct SeasonStoreOption: ParsableArguments {
  @Option(name: .long, help: "The season store (an SQLite file; made when missing).")
  var db: String
}

/// Opening a store, and telling what an addition did.
enum Season {
  /// The store at `path`, made when missing and `creating`.
  static func open(_ path: String, creating: Bool) throws -> SeasonStore {
    do {
      return try SeasonStore(path: path, creating: creating)
    } catch {
      throw Failure(error)
    }
  }

  /// Adds a week, telling on stderr what was done. The test hook
  /// `MILEN_SEASON_HOLD_BEFORE_COMMIT=FILE` makes the writer create FILE and wait inside the
  /// transaction before its commit (a test kills it there).
  static func add(
    _ store: SeasonStore, scenario: Scenario, plan: Plan, words: SeasonWords
  ) throws {
    var hold: (@Sendable () -> Void)? = nil
    if let marker = ProcessInfo.processInfo.environment["MILEN_SEASON_HOLD_BEFORE_COMMIT"],
      !marker.isEmpty
    {
      hold = {
        FileManager.default.createFile(atPath: marker, contents: Data())
        sleep(120)
      }
    }
    let outcome: AddOutcome
    do {
      outcome = try store.add(scenario: scenario, plan: plan, beforeCommit: hold)
    } catch {
      throw Failure(error)
    }
    switch outcome {
    case .added(let w, let v): Stderr.write("milen: \(words(.added(week: w, version: v)))\n")
    case .alreadyThere(let w, let v):
      Stderr.write("milen: \(words(.alreadyThere(week: w, version: v)))\n")
    }
  }
}

extension Failure {
  /// Maps a season store error.
  init(_ e: SeasonError) {
    switch e {
    case .corrupt, .newerSchema, .planNotForScenario: self = .badData(e.description)
    case .missing, .unreadable: self = .missingInput(e.description)
    case .cannotWrite: self = .cannotWrite(e.description)
    case .database: self = .internalError(e.description)
    }
  }
}

/// `milen season add --db FILE WEEK PLAN`.
struct SeasonAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add a week (its scenario and the plan made for it) to the season store.",
    discussion: """
      The same week and plan again change nothing; another plan of a week already there is its
      next version, the earlier one kept.
      """)

  @OptionGroup var store: SeasonStoreOption

  @Argument(help: "The week's scenario file.")
  var scenario: String

  @Argument(help: "The plan made for it (JSON).")
  var plan: String

  @OptionGroup var language: LanguageOption

  func run() throws {
    try runReporting(language.localizer) {
      let s = try Input.scenario(scenario)
      let p = try Input.plan(plan, madeFor: s, scenarioPath: scenario)
      let db = try Season.open(store.db, creating: true)
      try Season.add(db, scenario: s, plan: p, words: SeasonWords(language.language()))
    }
  }
}

/// `milen season rebuild --db FILE DIR`.
struct SeasonRebuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rebuild",
    abstract: "Build the season store afresh from a folder of week files.",
    discussion: """
      Every plan in the folder (and its subfolders) is paired with the scenario it was made for,
      by fingerprint. Weeks go in week order, a week's plans in file-name order. The new store
      replaces the old one (missing, damaged or not) only once it is complete.
      """)

  @OptionGroup var store: SeasonStoreOption

  @Argument(help: "The folder of scenarios and plans.")
  var folder: String

  @OptionGroup var language: LanguageOption

  func run() throws {
    try runReporting(language.localizer) {
      let words = SeasonWords(language.language())
      do {
        let (weeks, notes) = try SeasonFolder.read(folder)
        for n in notes { Stderr.write("milen: \(words(.folderNote(n)))\n") }
        let outcomes = try SeasonStore.rebuild(at: store.db, from: weeks)
        let added = outcomes.filter { if case .added = $0 { return true } else { return false } }
        Stderr.write(
          "milen: \(words(.rebuilt(versions: added.count, weeks: Set(weeks.map(\.plan.week)).count)))\n"
        )
      } catch let e as SeasonError {
        throw Failure(e)
      }
    }
  }
}

/// `milen season report --db FILE`.
struct SeasonReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "The season's report: evaluation, time on benefit, business case by month and quarter, weeks.",
    discussion: """
      --format csv prints the business case by month; with -o FOLDER/ it writes every sheet.
      """)

  @OptionGroup var store: SeasonStoreOption

  @Option(name: .long, help: "The first week reported (ISO, e.g. 2026-W05; default: the first).")
  var from: String?

  @Option(name: .long, help: "The last week reported (ISO; default: the last).")
  var to: String?

  @Option(name: .long, help: "Output format: text, html, csv or json.")
  var format: SeasonFormat = .text

  @OptionGroup var language: LanguageOption

  @OptionGroup var out: OutputOption
  var output: String? { out.output }

  func validate() throws {
    for (name, w) in [("--from", from), ("--to", to)] {
      if let w, IsoWeek(parsing: w) == nil {
        throw usage(.notAWeek(option: name, given: w), language.language())
      }
    }
  }

  func run() throws {
    try runReporting(language.localizer) {
      let db = try Season.open(store.db, creating: false)
      let weeks: [WeekRecord]
      do {
        weeks = try db.weeks(
          from: from.flatMap(IsoWeek.init(parsing:))?.description,
          to: to.flatMap(IsoWeek.init(parsing:))?.description)
      } catch {
        throw Failure(any: error)
      }
      let report = SeasonReport(weeks)
      let words = SeasonWords(language.language())
      let inputs = [store.db]
      switch format {
      case .text: try Output.write(SeasonRender.text(report, words), to: output, protecting: inputs)
      case .json: try Output.write(SeasonRender.json(report), to: output, protecting: inputs)
      case .html: try Output.write(SeasonRender.html(report, words), to: output, protecting: inputs)
      case .csv:
        let sheets = SeasonRender.sheets(report, words)
        if let output, OutputFolder.isFolder(output) {
          try OutputFolder.write(
            sheets.map { ($0.file, $0.text) }, into: output, protecting: inputs)
        } else {
          try Output.write(sheets[0].text, to: output, protecting: inputs)
        }
      }
    }
  }
}
