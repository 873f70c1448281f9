import Foundation
import MilenFormats
import MilenModel
import MilenReports
import Testing

@testable import MilenServe

/// Issue 22: at L the forms' lists (three of 2,750 people, two of 600 companies, one of the
/// sessions) were 0.6 MB of options in the page. The page now carries each list once, as
/// data (`#form-lists`), and its script fills the forms from it; the browser test checks the
/// filling.
@Suite("serve: the forms' lists sent once")
struct ServeFormListsTests {
  /// The text of the `#form-lists` element in `html` (nil when there is none).
  static func island(_ html: String) -> String? {
    let open = "<script type=\"application/json\" id=\"form-lists\">"
    guard let a = html.range(of: open),
      let b = html.range(of: "</script>", range: a.upperBound..<html.endIndex)
    else { return nil }
    return String(html[a.upperBound..<b.lowerBound])
  }

  @Test("every person, company and session once, in the week's order, labelled")
  func everyone() throws {
    var s = try ScenarioFile.decode(BuiltIn.aulumText, format: .json)
    // A name that would end the script element, and names with HTML's own characters.
    s.participants[0].name = "Ann </script><script>alert(1)</script>"
    s.participants[1].name = "Bo & <Co> \"Ø\""
    s.companies[0].name = "Brød & Kage </script>"
    // One person leaving: a lock may not place them.
    let leaving = s.participants.firstIndex { $0.track == .placement && $0.exit == nil }!
    s.participants[leaving].exit = Exit(reason: .education)
    let page = try Page(scenarioText: ScenarioFile.jsonText(s))
    let html = page.bench.renderedPage().document
    let text = try #require(Self.island(html))
    #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
    let lists = try #require(
      JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [[Any]]], "JSON lists")
    #expect(Set(lists.keys) == ["people", "companies", "sessions"])
    let people = lists["people"] ?? []
    #expect(people.count == s.participants.count)
    for (row, p) in zip(people, s.participants) {
      #expect(row.count == 3)
      #expect(row[0] as? String == p.id)
      #expect(row[1] as? String == "\(p.name) (\(p.id))", "the name read back exactly")
      let placeable = p.track == .placement && p.exit == nil
      #expect((row[2] as? Bool) == placeable, "\(p.id): placeable \(placeable)")
    }
    #expect(people.contains { ($0[2] as? Bool) == false }, "someone a lock may not place")
    let companies = lists["companies"] ?? []
    #expect(companies.map { $0[0] as? String } == s.companies.map(\.id))
    #expect(companies.map { $0[1] as? String } == s.companies.map(\.name))
    let sessions = lists["sessions"] ?? []
    #expect(sessions.map { $0[0] as? String } == s.activities.map(\.id))
    let l = Localizer(.da)
    for (row, a) in zip(sessions, s.activities) {
      #expect(row[1] as? String == "\(a.name) (\(l.dayShort(a.day)) \(a.time.description))")
    }
    // The lists are sent empty, to be filled by the script: no option of a person, company or
    // session is in the page.
    for (name, id, kind) in [
      ("participant", "lock-participant", "placeable"), ("company", "lock-company", "companies"),
      ("participant", "ban-participant", "people"), ("company", "ban-company", "companies"),
      ("participant", "session-participant", "people"),
      ("activity", "session-activity", "sessions"),
    ] {
      #expect(
        html.contains("<select name=\"\(name)\" id=\"\(id)\" data-list=\"\(kind)\"></select>"),
        "\(id)")
    }
    #expect(!html.contains("<option value=\"\(s.participants[2].id)\""))
    #expect(!html.contains("<option value=\"\(s.companies[1].id)\""))
    #expect(!html.contains("<option value=\"\(s.activities[0].id)\""))
  }
}
