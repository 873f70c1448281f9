import Foundation
import MilenFormats
import MilenGenerator
import MilenModel
import MilenReports
import MilenSolver
import Testing

@Suite("Plan files are parsed once: the strict reader's tree, decoded")
struct TreeDecoderTests {
  @Test("A plan read through the tree is the plan written, as JSONDecoder reads it too")
  func sameAsFoundation() throws {
    for s in [try BuiltIn.aulum(), ScenarioGenerator(seed: 3, size: .s).generate()] {
      let plan = PlanFile.stamped(try Planner.plan(s, options: PlanningOptions()).plan, for: s)
      let text = PlanFile.jsonText(plan)
      let read = try PlanFile.decode(text)
      #expect(read == plan)
      // The oracle: Foundation's decoder of the same text.
      #expect(try JSONDecoder().decode(Plan.self, from: Data(text.utf8)) == read)
    }
  }

  @Test("A wrong type, a fraction where a whole number goes, and a missing field name their path")
  func errorsNamePaths() throws {
    let s = try BuiltIn.aulum()
    let plan = PlanFile.stamped(try Planner.plan(s, options: PlanningOptions()).plan, for: s)
    let text = PlanFile.jsonText(plan)
    var o = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    var rows = o["participants"] as! [[String: Any]]
    func refused(_ edit: (inout [[String: Any]]) -> Void) throws -> String {
      var r = rows
      edit(&r)
      o["participants"] = r
      let t = String(decoding: try JSONSerialization.data(withJSONObject: o), as: UTF8.self)
      do {
        _ = try PlanFile.decode(t)
        return ""
      } catch {
        return "\(error)"
      }
    }
    #expect(try refused { $0[2]["name"] = 7 }.contains("participants[2].name"))
    let i = rows.firstIndex { $0["placementWeek"] != nil }!
    #expect(
      try refused { $0[i]["placementWeek"] = 1.5 }.contains("participants[\(i)].placementWeek"))
    #expect(try refused { $0[3]["id"] = nil }.contains("participants[3].id: is required"))
    rows = rows + []
  }
}
