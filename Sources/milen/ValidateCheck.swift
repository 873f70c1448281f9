import ArgumentParser
import Foundation
import MilenCheck
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow

/// `milen validate`: reports every problem of a scenario file.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a scenario file and list every problem with its path.")

  @Argument(help: "The scenario file (.json, .yaml).")
  var scenario: String

  @OptionGroup var language: LanguageOption

  func run() throws {
    try runReporting(language.localizer) {
      let s = try Input.scenario(scenario)
      let referred = s.participants.filter { $0.enrolment == .referred }.count
      let l = language.localizer
      try Output.line(
        l.t(
          "validate.valid", scenario, l.weekShort(s.week), String(s.participants.count - referred),
          String(referred), String(s.companies.count), String(s.mentors.count),
          String(s.activities.count)))
    }
  }
}

/// `milen check`: the independent checker of a plan against its scenario.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract:
      "Re-verify every hard rule of a plan file against its scenario (exit 1 on a violation).")

  @Argument(help: "The scenario file the plan was made for.")
  var scenario: String

  @Argument(help: "The plan file (JSON, as written by `milen plan --format json`).")
  var plan: String

  @Option(
    name: .long,
    help: "Last week's plan: also check that nobody enrolled is lost and weeks count on.")
  var previous: String?

  @OptionGroup var language: LanguageOption

  func run() throws {
    try runReporting(language.localizer) {
      let s = try Input.scenario(scenario)
      let p = try Input.plan(plan, madeFor: s, scenarioPath: scenario)
      let prev = try previous.map { try Input.previous($0, for: s) }
      let violations = PlanChecker.check(p, against: s, previous: prev)
      // The rule's number and name and what is wrong, in the reader's language, by name
      // (the checker's typed findings: docs/vocabulary.md).
      let l = language.localizer
      try Output.line(l.report(violations, Names(checking: s, plan: p, previous: prev)))
      if !violations.isEmpty { throw Failure.violations }
    }
  }
}
