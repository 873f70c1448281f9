import ArgumentParser
import Foundation
import MilenFormats
import MilenReports
import MilenWorkflow

// The options every command repeats, as option groups: the same spelling, help, limits and
// behaviour wherever they appear (`--lang` is ``LanguageOption``). docs/formats.md, "Output".

/// `-o, --output PATH`: where a command writes instead of standard output.
///
/// The same everywhere: a file is written atomically (complete or not at all), an existing file
/// is replaced but never one of the command's inputs, and a missing folder on the way is made.
/// Commands that write several files (`view --all`, `export-scenario --format csv`, `season
/// report --format csv`, `split`) take a folder, made when missing. `generate` alone keeps its
/// own `-o`, which refuses an existing file without `--force`.
struct OutputOption: ParsableArguments {
  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write to this file (or folder, for several files) instead of standard output.",
      discussion:
        "Written atomically; an existing file is replaced (never an input), a missing folder is made."
    ))
  var output: String?
}

/// `--time-limit SECONDS`: how long planning may take, above 0 and at most a day. Commands that
/// plan more than once (breakeven, whatif, suggest, serve) give it to each plan.
struct TimeLimitOption: ParsableArguments {
  @Option(
    name: .long,
    help:
      "Time limit for planning, in seconds, at most 86400 (default: the scenario's policy); each plan's, where a command makes several."
  )
  var timeLimit: Double?

  func validate() throws {
    if let t = timeLimit, !(t > 0 && t <= 86_400) {
      throw usage(.timeLimit)
    }
  }
}

/// `--previous PLAN`: last week's plan (JSON), or an earlier plan of this week, that the week
/// is planned against: stability, the changes and the legal weeks count from it.
struct PreviousOption: ParsableArguments {
  @Option(
    name: .long,
    help:
      "Last week's plan (JSON), or an earlier plan of this week: the week is planned against it (stability, the changes and the weeks count from it)."
  )
  var previous: String?
}
