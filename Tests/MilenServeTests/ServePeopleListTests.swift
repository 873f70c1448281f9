import Foundation
import MilenFormats
import MilenModel
import Testing

@testable import MilenServe

/// Issue 22: at L the forms' three people lists (lock, ban, session) were 0.5 MB of options in
/// the page. The page now carries the people once, as data (`#people-list`), and its script
/// fills the lists from it; the browser test checks the filling.
@Suite("serve: the forms' people sent once")
struct ServePeopleListTests {
  /// The text of the `#people-list` element in `html` (nil when there is none).
  static func island(_ html: String) -> String? {
    let open = "<script type=\"application/json\" id=\"people-list\">"
    guard let a = html.range(of: open),
      let b = html.range(of: "</script>", range: a.upperBound..<html.endIndex)
    else { return nil }
    return String(html[a.upperBound..<b.lowerBound])
  }

  @Test("every person once, in the week's order, with a label and whether a lock may place them")
  func everyone() throws {
    var s = try ScenarioFile.decode(BuiltIn.aulumText, format: .json)
    // A name that would end the script element, and one with HTML's own characters.
    s.participants[0].name = "Ann </script><script>alert(1)</script>"
    s.participants[1].name = "Bo & <Co> \"Ø\""
    // One person leaving: a lock may not place them.
    let leaving = s.participants.firstIndex { $0.track == .placement && $0.exit == nil }!
    s.participants[leaving].exit = Exit(reason: .education)
    let page = try Page(scenarioText: ScenarioFile.jsonText(s))
    let html = page.bench.renderedPage().document
    let text = try #require(Self.island(html))
    #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
    let rows = try #require(
      JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[Any]], "a JSON list of lists")
    #expect(rows.count == s.participants.count)
    for (row, p) in zip(rows, s.participants) {
      #expect(row.count == 3)
      #expect(row[0] as? String == p.id)
      #expect(row[1] as? String == "\(p.name) (\(p.id))", "the name read back exactly")
      let placeable = p.track == .placement && p.exit == nil
      #expect((row[2] as? Bool) == placeable, "\(p.id): placeable \(placeable)")
    }
    #expect(rows.contains { ($0[2] as? Bool) == false }, "someone a lock may not place")
    // The three lists are sent empty, to be filled by the script; no person's option is sent.
    for (id, kind) in [
      ("lock-participant", "placement"), ("ban-participant", "all"), ("session-participant", "all"),
    ] {
      #expect(
        html.contains("<select name=\"participant\" id=\"\(id)\" data-people=\"\(kind)\"></select>")
      )
    }
    #expect(!html.contains("<option value=\"\(s.participants[2].id)\""))
  }
}
