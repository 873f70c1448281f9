import Foundation
import MilenFormats
import MilenGenerator
import MilenModel
import MilenReports
import Testing

@Suite("Scenarios written as YAML")
struct ScenarioYAMLTests {
  @Test(
    "A scenario written as YAML reads back as the same scenario", arguments: [1, 2] as [UInt64])
  func roundTrip(seed: UInt64) throws {
    for s in [try BuiltIn.aulum(), ScenarioGenerator(seed: seed, size: .s).generate()] {
      let text = try ScenarioFile.text(s, format: .yaml)
      #expect(!text.hasPrefix("{"))
      #expect(try ScenarioFile.decode(text, format: .yaml) == s)
    }
  }

  @Test("Strings that look like other YAML values stay strings")
  func quoted() throws {
    var s = try BuiltIn.aulum()
    s.participants[0].name = "no"
    s.participants[1].name = "1e5"
    s.participants[2].name = "null"
    s.participants[3].name = "- x: [y]"
    let back = try ScenarioFile.decode(try ScenarioFile.text(s, format: .yaml), format: .yaml)
    #expect(back.participants.prefix(4).map(\.name) == ["no", "1e5", "null", "- x: [y]"])
  }
}
