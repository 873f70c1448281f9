import MilenFormats
import MilenModel
import MilenSolver

/// What the command line (and the page's server) says about itself: a missing file, a plan
/// made for another scenario, a signal, a part missing from a merge, the progress of a solve.
/// A typed value, rendered per language in `CommandMessage+Danish.swift` and
/// `CommandMessage+English.swift` (an exhaustive `switch` each) by ``Localizer/say(_:)``.
/// Paths are shown as given; a scenario path that is nil is the built-in Aulum week.
public enum CommandMessage: Hashable, Sendable {
  /// What a stopped command left behind.
  public enum Left: Hashable, Sendable {
    /// Output is written atomically: nothing half-written is left.
    case noPartialOutput
    /// Stopped before anything was written.
    case nothingWritten
  }

  /// An option given wrongly, found before the command runs.
  public enum Usage: Hashable, Sendable {
    /// A number outside its range (`between`: said as "between a and b").
    case range(option: String, from: Double, to: Double, between: Bool)
    /// A whole number below its least.
    case atLeast(option: String, least: Int)
    /// `--time-limit` outside (0, 86400].
    case timeLimit
    /// An option that needs another.
    case goesWith(option: String, other: String)
    /// `merge` without plans.
    case givePlans
    /// `import` without a folder or `--template`.
    case giveSheets
    /// `import` with both a folder and `--template`.
    case folderOrTemplate
    /// A folder output without `-o FOLDER`.
    case needsFolder(option: String)
    /// `view` with both `--for` and `--all`.
    case forOrAll
    /// `view --for` not of the form `company:ID`, `mentor:ID` or `participant:ID`.
    case forForm
    /// `whatif` without a change file.
    case giveChangeFile
    /// Not an ISO week.
    case notAWeek(option: String, given: String)
    /// `serve --token` shorter than `least` characters.
    case tokenTooShort(least: Int)
    /// `serve --token` of fewer than `least` different characters.
    case tokenFewCharacters(least: Int)
    /// `serve --token` with a space, a quote, `;`, `,`, `\` or a character beyond ASCII.
    case tokenCharacters
    /// `serve --host` other than this machine's own address, without a token.
    case hostNeedsToken(host: String)
    /// `serve --plan` is the scenario file.
    case planIsScenario(plan: String)
    /// `serve --plan` is last week's plan (`--previous`).
    case planIsPrevious(plan: String)
    /// The scenario `serve` saves is also `--previous`.
    case scenarioIsPrevious(scenario: String)
    /// `serve --plan` is the scenario's backup file.
    case planIsBackup(plan: String)
  }

  /// What the page had not saved when it was stopped.
  public enum Unsaved: Hashable, Sendable {
    /// Edits not yet re-planned (and so not saved).
    case edits(Int)
    /// The edited week, not written to its scenario and plan files.
    case week(scenario: String, plan: String)
  }

  /// An option given wrongly.
  case usage(Usage)

  // Reading input.

  /// No file at the path.
  case noSuchFile(path: String)
  /// A folder where a file was expected.
  case isAFolder(path: String)
  /// No folder at the path.
  case noSuchFolder(path: String)
  /// A file where a folder was expected.
  case notAFolder(path: String)
  /// A file that exists but cannot be read.
  case cannotRead(path: String)
  /// A file larger than an input may be (its size, when known).
  case inputTooLarge(path: String, bytes: Int?, most: Int)
  /// A file that is not UTF-8 text.
  case notUTF8(path: String)
  /// A plan that records no scenario fingerprint.
  case planWithoutFingerprint(path: String, scenario: String?)
  /// A plan made for another scenario (the fingerprints, short).
  case planForAnotherScenario(path: String, got: String, scenario: String?, expected: String)
  /// A `--previous` plan that is not the one the scenario was rolled forward from.
  case notRolledFrom(path: String, recorded: String, file: String)
  /// `simulate --season` naming a store that exists.
  case seasonExists(path: String)

  // Writing and moves.

  /// Standard output cannot be written (the system's reason).
  case cannotWriteStandardOutput(reason: String)
  /// `--apply-move` writing a JSON plan without `--save-scenario`.
  case saveScenarioWithMove
  /// `--apply-move N` where the plan offers fewer moves (`count`, maybe 0).
  case noSuchMove(asked: Int, count: Int)

  // Signals.

  /// A command stopped by a signal, and what it left.
  case stopped(signal: String, left: Left)
  /// A signal received while solving: the solve is being stopped.
  case stopping(signal: String)
  /// `plan --cut-on-term`: SIGTERM ends planning as the time limit would.
  case cutOnTerm
  /// The page's server stopped (by a signal, with what was not saved).
  case serveStopped(signal: String?, unsaved: Unsaved?)

  // The page's server.

  /// Serving a week at an address (with a token to open it once).
  case serving(week: String, url: String, token: Bool)
  /// Where Save writes, and how to stop.
  case serveSaves(plan: String, scenario: String)
  /// The address cannot be bound (the system's reason).
  case cannotServe(host: String, port: Int, reason: String)
  /// `--token` on the command line is visible to other users.
  case tokenVisible
  /// The plan saved beside the scenario was made for another scenario.
  case savedPlanForAnotherScenario(path: String)
  /// The plan saved beside the scenario breaks hard rules (how many).
  case savedPlanBreaks(path: String, rules: Int)
  /// The saved plan could not be used (why): the week was planned afresh.
  case plannedAfresh(because: String)
  /// A re-plan the checker rejects against last week's plan (a bug), not shown.
  case replanRejected(rules: Int)

  // merge, split, export-model.

  /// A plan of another week than the scenario's.
  case planOfAnotherWeek(path: String, week: String, expected: String, scenario: String)
  /// A plan not made for any part of the scenario.
  case notAPartPlan(path: String, scenario: String)
  /// Two plans of the same part.
  case samePart(path: String, other: String, part: Int)
  /// Parts without a plan: their numbers and sizes (participants), of how many parts.
  case partsMissing(parts: [Int], participants: [Int], of: Int)
  /// A part's plan cut by the clock: plan it again with a longer time limit first.
  case partCut(part: Int, path: String)
  /// A part's plan cut by the clock: the week's plan is marked so and may differ.
  case partCutWarning(part: Int, path: String)
  /// The merged plan breaks hard rules by the independent checker (a bug).
  case mergedBreaks(rules: Int)
  /// `--part N` above the number of parts.
  case partOutOfRange(part: Int, scenario: String?, count: Int)
  /// A week of several parts needs `--part`.
  case needsPart(scenario: String?, count: Int)
  /// A plan of several parts, where the plan of one part is needed.
  case planOfParts(path: String, parts: Int, part: Int?, scenario: String?)
  /// A plan not made for the part (or week) exported.
  case notMadeFor(path: String, part: Int?, scenario: String?)
  /// A plan whose goal level was not reached.
  case goalNotReached(path: String, level: Int)

  // Planning.

  /// No plan within the time limit (at a goal level, after seconds).
  case noPlanWithinLimit(level: Int, seconds: Double)
  /// Last week's plan cannot be used with this week's scenario (why).
  case previousPlanDoesNotFit([PreviousPlanProblem])
  /// The week is too large to plan (estimated before any model is built).
  case tooLargeToPlan(SizeProblem)
  /// Planning stopped before it finished.
  case planningStopped
  /// A solve's progress: seconds, the goal level and its name, the best plan and bound so
  /// far, the relative gap.
  case progress(
    seconds: Double, level: Int, goal: String, plan: Double?, bound: Double?, gap: Double?)
  /// An internal error (a bug), in the program's own words.
  case internalError(String)
}

extension Localizer {
  /// What the command line says about itself, in this language.
  public func say(_ m: CommandMessage) -> String {
    switch language {
    case .da: return DanishWording(l: self, names: Names()).command(m)
    case .en: return EnglishWording(l: self, names: Names()).command(m)
    }
  }
}
