import Foundation
import MilenFormats
import MilenModel

/// The sheets' columns as Markdown tables, for docs/formats.md (a test keeps the document
/// equal to them).
public enum SheetDocs {
  static func table(_ rows: [(String, String, String)]) -> String {
    var out = "| column (da) | column (en) | holds |\n|---|---|---|\n"
    for r in rows {
      out += "| `\(r.0)` | `\(r.1)` | \(r.2.replacingOccurrences(of: "|", with: "\\|")) |\n"
    }
    return out
  }

  static func scenario<Row>(_ cols: [SheetColumn<Row>]) -> String {
    table(cols.map { ($0.da + ($0.required ? " (required)" : ""), $0.en, $0.doc) })
  }

  static func plan<Row>(_ cols: [PlanSheets.Column<Row>]) -> String {
    table(cols.map { ($0.da, $0.en, $0.doc) })
  }

  /// Every sheet's columns.
  public static func markdown() -> String {
    let settings = table(ScenarioSheets.settings.map { ($0.da, $0.en, $0.doc) })
    return """
      ### Scenario sheets (`milen import`, `milen export-scenario --format csv`)

      #### `\(ScenarioSheets.settingsFile)`: one setting a row (`nøgle;værdi;forklaring`)

      \(settings)
      #### `\(ScenarioSheets.participantsFile)`

      \(scenario(ScenarioSheets.participantColumns))
      #### `\(ScenarioSheets.companiesFile)`

      \(scenario(ScenarioSheets.companyColumns))
      #### `\(ScenarioSheets.mentorsFile)`

      \(scenario(ScenarioSheets.mentorColumns))
      #### `\(ScenarioSheets.activitiesFile)`

      \(scenario(ScenarioSheets.activityColumns))
      #### `\(ScenarioSheets.agreementsFile)`

      \(scenario(ScenarioSheets.agreementColumns))
      #### `\(ScenarioSheets.leftBenefitFile)`: those who left benefit (written when anyone has)

      \(scenario(ScenarioSheets.leftBenefitColumns))
      ### Plan sheets (`milen plan --format csv`, `-o FOLDER/` for all four)

      #### `\(ScenarioSheets.participantsFile)`: one row per participant

      \(plan(PlanSheets.participantColumns))
      #### `\(ScenarioSheets.companiesFile)`

      \(plan(PlanSheets.companyColumns))
      #### `\(ScenarioSheets.mentorsFile)`

      \(plan(PlanSheets.mentorColumns))
      #### `\(ScenarioSheets.activitiesFile)`

      \(plan(PlanSheets.activityColumns))
      """
  }
}
