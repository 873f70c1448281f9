import ArgumentParser
import Foundation
import MilenFormats
import MilenGenerator
import MilenModel
import MilenReports
import MilenWorkflow

/// `milen generate`: writes a seeded, realistic scenario for tests, benchmarks and demos.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Generate a seeded, realistic scenario (invented people) of a preset size.",
    discussion: [
      "Sizes: S = Aulum (1 town, 22 enrolled + 4 referred, 9 companies, 3 mentors, 6 sessions);",
      "M = Herning municipality (400 + 40 in 8 towns, 120 companies, 25 mentors, 60 sessions);",
      "L = 2,500 + 250 in 40 towns; XL = 20,000 + 2,000 in 300 towns.",
      "\n\nThe count options override the preset. --participants counts the enrolled; the",
      "waiting list follows it (about 10 %) unless --referred is given. Every town gets at",
      "least its two group meetings. The same size, seed and counts always give the same bytes.",
      "Only JSON is written (--format json).",
    ].joined(separator: " "))

  @Option(name: .long, help: "Preset size: S, M, L or XL.")
  var size: ScenarioSize = .s

  @Option(name: .long, help: "Random seed (a whole number, 0 or more).")
  var seed: UInt64 = 1

  @Option(name: .long, help: "Enrolled participants (overrides the preset).")
  var participants: Int?

  @Option(name: .long, help: "Referred participants on the waiting list.")
  var referred: Int?

  @Option(name: .long, help: "Companies.")
  var companies: Int?

  @Option(name: .long, help: "Mentors.")
  var mentors: Int?

  @Option(name: .long, help: "Activity sessions in the week (at least 2 per town are made).")
  var activities: Int?

  @Option(name: .long, help: "Towns (independent clusters on the map).")
  var towns: Int?

  @Option(name: .long, help: "Output format: json (the only one written so far).")
  var format: String = "json"

  @Option(
    name: [.short, .long], help: "Write the scenario to this file (atomically) instead of stdout.")
  var output: String?

  @Flag(name: .long, help: "Replace the --output file if it exists (it is refused otherwise).")
  var force = false

  /// The counts asked for: the preset with any explicit overrides.
  var counts: GeneratorCounts {
    var c = GeneratorCounts.preset(size)
    if let participants {
      c.participants = participants
      c.referred = GeneratorCounts.defaultReferred(participants: participants)
    }
    if let referred { c.referred = referred }
    if let companies { c.companies = companies }
    if let mentors { c.mentors = mentors }
    if let activities { c.activities = activities }
    if let towns { c.towns = towns }
    return c
  }

  func validate() throws {
    if format.lowercased() != "json" {
      throw ValidationError(
        "--format \(format): only json is written (YAML output is not supported yet)")
    }
    if let problem = counts.problems.first { throw ValidationError(problem) }
  }

  func run() throws {
    try runReporting {
      let scenario = ScenarioGenerator(seed: seed, counts: counts).generate()
      do {
        try scenario.validate()
      } catch {
        throw Failure.internalError("the generated scenario is invalid:\n\(error)")
      }
      let text = ScenarioFile.jsonText(scenario)
      try Output.write(text, to: output, protecting: [], overwrite: force)
    }
  }
}

extension ScenarioSize: ExpressibleByArgument {
  /// A size from its name, in either case (`s`, `XL`).
  public init?(argument: String) {
    self.init(rawValue: argument.uppercased())
  }
}
