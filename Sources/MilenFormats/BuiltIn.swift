import MilenModel

/// Scenarios built into the binary, so `milen plan` needs no file.
public enum BuiltIn {
  /// The Aulum week (Fixtures/aulum.json): the programme as the August 2025 evaluation
  /// describes it, with invented people.
  public static func aulum() throws -> Scenario {
    try ScenarioFile.decode(aulumJSON, format: .json)
  }

  /// The embedded text of the Aulum fixture.
  public static var aulumText: String { aulumJSON }
}
