import ArgumentParser
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow

/// `milen export-model`: the integer program `plan` solves, for other solvers.
struct ExportModelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export-model",
    abstract: "Write the integer program that `plan` solves, as MPS or CPLEX LP text.",
    discussion: """
      Milen solves one goal level at a time (docs/formulation.md), each independent part of the
      week (town) on its own. The export is the model of --level (default 5, the last) of one
      part (--part N, numbered as `milen split` numbers them; needed when the week splits):
      every hard rule, the higher levels fixed at the values `plan` reaches, and that level's
      goal as the objective. The values come from --plan (a plan of this part, e.g. `milen plan
      part-02.json`, or of a week that does not split), or are solved here part by part as
      `plan` solves them. MPS minimises the negated goal (GLPK's glpsol rejects OBJSENSE): its
      optimum is minus the level's value. LP maximises the goal. Both are read by glpsol
      (--freemps / --lp) and HiGHS.
      """)

  @Argument(help: "The scenario file (.json, .yaml). Omit it for the built-in Aulum week.")
  var scenario: String?

  @Option(name: .long, help: "mps or lp.")
  var format: ModelFormat = .mps

  @Option(name: .long, help: "Goal level to export, 1-5.")
  var level: Int = 5

  @Option(
    name: .long, help: "The independent part (town) to export, 1-N as `milen split` numbers them.")
  var part: Int?

  @Option(
    name: .long,
    help:
      "A plan of this part (or of a week that does not split): the levels above are fixed at its values."
  )
  var plan: String?

  @OptionGroup var out: OutputOption
  var output: String? { out.output }

  @OptionGroup var language: LanguageOption

  func validate() throws {
    guard (1...5).contains(level) else {
      throw usage(.range(option: "--level", from: 1, to: 5, between: false), language.language())
    }
    if let part, part < 1 { throw usage(.atLeast(option: "--part", least: 1), language.language()) }
  }

  func run() throws {
    try runReporting(language.localizer) {
      let s = try Input.scenario(scenario)
      try Planning.checkSize(s)
      let count = Planner.partCount(s)
      if let part, part > count {
        throw Failure.usage(
          Reporting.say(.partOutOfRange(part: part, scenario: scenario, count: count)))
      }
      if part == nil && count > 1 {
        throw Failure.usage(Reporting.say(.needsPart(scenario: scenario, count: count)))
      }
      var scope = ExportScope(part: part)
      if let plan {
        scope.reached = try reachedValues(plan, scenario: s)
      }
      let text: String
      do {
        text = try Planner.exportModel(s, level: level, format: format, scope: scope)
      } catch let e as PlanningError {
        throw Failure(e)
      }
      try Output.write(text, to: output, protecting: scenario.map { [$0] } ?? [])
    }
  }

  /// The values a plan of the exported part reached at the levels above `level`: the plan
  /// must have been made for that part (or for the whole week when it does not split).
  func reachedValues(_ path: String, scenario s: Scenario) throws -> [Int: Double] {
    let p = try Input.plan(path)
    let target = try part.map { try PartFiles.scenarios(s)[$0 - 1] } ?? s
    if let n = p.parts, n > 1 {
      throw Failure.badData(
        Reporting.say(.planOfParts(path: path, parts: n, part: part, scenario: scenario)))
    }
    if p.scenarioFingerprint != ScenarioFile.fingerprint(target) {
      throw Failure.badData(Reporting.say(.notMadeFor(path: path, part: part, scenario: scenario)))
    }
    var reached: [Int: Double] = [:]
    for g in p.solver.goals where g.priority < level {
      guard g.status != "notReached" else {
        throw Failure.badData(Reporting.say(.goalNotReached(path: path, level: g.priority)))
      }
      reached[g.priority] = g.objective
    }
    return reached
  }
}

extension ModelFormat: ExpressibleByArgument {}
