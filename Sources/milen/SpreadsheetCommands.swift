import ArgumentParser
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow

/// `milen import`: a scenario from the coordinator's spreadsheets.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Build a scenario from spreadsheets (Danish Excel CSV), or write a template.",
    discussion: """
      The folder holds deltagere.csv (needed), virksomheder.csv, mentorer.csv,
      aktiviteter.csv, aftaler.csv, ude_af_ydelse.csv (those who left benefit) and
      indstillinger.csv (the week). Columns are listed in
      docs/formats.md; `milen import --template DIR` writes sheets to start from. Every problem
      is reported at once, by file, row and column (exit 65).
      """)

  @Argument(help: "The folder with the sheets.")
  var folder: String?

  @OptionGroup var out: OutputOption
  var output: String? { out.output }

  @Option(name: .long, help: "Write a template to start from into this folder instead.")
  var template: String?

  @OptionGroup var language: LanguageOption

  func validate() throws {
    if template == nil && folder == nil {
      throw usage(.giveSheets, language.language())
    }
    if template != nil && folder != nil {
      throw usage(.folderOrTemplate, language.language())
    }
  }

  func run() throws {
    try runReporting(language.localizer) {
      if let template {
        try OutputFolder.write(
          ScenarioSheets.template().map { ($0.file, $0.text) }, into: template, protecting: [])
        return
      }
      let folder = folder!
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) else {
        throw Failure.missingInput(Reporting.say(.noSuchFolder(path: folder)))
      }
      guard isDir.boolValue else {
        throw Failure.missingInput(Reporting.say(.notAFolder(path: folder)))
      }
      let names = [
        ScenarioSheets.settingsFile, ScenarioSheets.participantsFile,
        ScenarioSheets.companiesFile, ScenarioSheets.mentorsFile, ScenarioSheets.activitiesFile,
        ScenarioSheets.agreementsFile, ScenarioSheets.leftBenefitFile,
      ]
      let l = Localizer(language.language(fallback: .da))
      var files: [String: String] = [:]
      var inputs: [String] = []
      for n in names {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(n).path
        if FileManager.default.fileExists(atPath: path) {
          // UTF-8 with or without a byte-order mark, UTF-16 or Danish Excel's Windows-1252:
          // read alike, and the coordinator is told which was found.
          guard let (text, encoding) = SheetText.decode(try Input.readData(path)) else {
            throw Failure.badData("\(path): " + l.t("sheet.encoding.unknown"))
          }
          Stderr.write("milen: \(n): " + l.t("sheet.encoding.\(encoding.rawValue)") + "\n")
          files[n] = text
          inputs.append(path)
        }
      }
      let scenario: Scenario
      do {
        scenario = try ScenarioSheets.importSheets(files)
      } catch let error as SheetError {
        let lines = error.issues.map { "  \(folder)/\($0.text(l, error.names))" }.joined(
          separator: "\n")
        throw Failure.badData(l.t("sheet.problems", String(error.issues.count)) + "\n\(lines)")
      }
      try Output.write(ScenarioFile.jsonText(scenario), to: output, protecting: inputs)
    }
  }
}

/// `milen export-scenario`: a scenario as spreadsheets (or JSON).
struct ExportScenarioCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export-scenario",
    abstract: "Write a scenario as spreadsheets for Danish Excel (or as JSON).",
    discussion: """
      With --format csv, -o names a folder that receives the same sheets `milen import` reads,
      so a scenario round-trips.
      """)

  /// The formats a scenario is written in.
  enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

  @Argument(help: "The scenario file (omit it for the built-in Aulum week).")
  var scenario: String?

  @Option(name: .long, help: "csv (a folder of sheets) or json.")
  var format: Format = .csv

  @OptionGroup var out: OutputOption
  var output: String? { out.output }

  @OptionGroup var language: LanguageOption

  func validate() throws {
    if format == .csv && output == nil {
      throw usage(.needsFolder(option: "--format csv"), language.language())
    }
  }

  func run() throws {
    try runReporting(language.localizer) {
      let s = try Input.scenario(scenario)
      let inputs = scenario.map { [$0] } ?? []
      switch format {
      case .csv:
        let sheets = ScenarioSheets.export(
          s, localizer: Localizer(language.language(fallback: .da)))
        try OutputFolder.write(sheets.map { ($0.file, $0.text) }, into: output!, protecting: inputs)
      case .json:
        try Output.write(ScenarioFile.jsonText(s), to: output, protecting: inputs)
      }
    }
  }
}
