import ArgumentParser
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow

/// `milen split`: the independent parts of a week, each as a scenario file.
struct SplitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "split",
    abstract:
      "Write the independent parts of a week (towns out of each other's reach) as scenario files.",
    discussion: """
      `plan` solves these parts separately and concurrently. Each part gets the coordinator hours
      its enrolled need plus its share of the room for admissions, in referral order
      (docs/performance.md). Files are written as DIR/part-01.json, DIR/part-02.json, ...
      """)

  @Argument(help: "The scenario file (.json, .yaml).")
  var scenario: String

  @Argument(help: "The folder to write the parts into (made when missing, as every output folder).")
  var folder: String

  @OptionGroup var language: LanguageOption

  func run() throws {
    try runReporting(language.localizer) {
      let s = try Input.scenario(scenario)
      let parts = Planner.independentParts(s)
      let files = parts.enumerated().map { i, part in
        (path: String(format: "part-%02d.json", i + 1), text: ScenarioFile.jsonText(part))
      }
      // Like every folder output: made when missing, each file atomically, never an input.
      try OutputFolder.write(files, into: folder, protecting: [scenario])
      for (file, part) in zip(files, parts) {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(file.path).path
        try Output.line(
          language.localizer.t(
            "split.part", path, String(part.participants.count), String(part.companies.count)))
      }
    }
  }
}

/// The parts of a week as `milen split` writes them, read back: what a part's own plan was made
/// for (its scenario fingerprint), for `export-model --plan` and `merge`.
enum PartFiles {
  static func scenarios(_ s: Scenario) throws -> [Scenario] {
    try Planner.independentParts(s).map { part in
      do {
        return try ScenarioFile.decode(ScenarioFile.jsonText(part), format: .json)
      } catch {
        throw Failure.internalError(
          Reporting.say(.internalError("a part does not read back: \(error)")))
      }
    }
  }
}
