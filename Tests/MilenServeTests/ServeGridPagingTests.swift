import Foundation
import Hummingbird
import HummingbirdTesting
import MilenFormats
import MilenGenerator
import MilenModel
import MilenReports
import MilenWorkflow
import Testing

@testable import MilenServe

/// Issue 22: at L the week grid was 3.3 MB of the page and the browser took 2.4 s and more to
/// draw it. A week above the paging threshold shows its first page of people with a pager;
/// the other pages (`GET /api/grid?page=N`) and a search over every person (`?q=TEXT`) are
/// rendered once asked for. The Aulum week keeps its whole grid.
@Suite("serve: the week grid a page of people at a time")
struct ServeGridPagingTests {
  /// The participant ids of the grid rows in `html`, in order (the week grid's rows only).
  static func rowIDs(_ html: String, grid: String = "week-grid") -> [String] {
    guard let start = html.range(of: "<table class=\"grid\" id=\"\(grid)\">"),
      let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex)
    else { return [] }
    let table = html[start.upperBound..<end.lowerBound]
    var ids: [String] = []
    var rest = table[...]
    while let r = rest.range(of: "<tr class=\"") {
      rest = rest[r.upperBound...]
      guard let a = rest.range(of: "data-participant=\""),
        let b = rest.range(of: "\"", range: a.upperBound..<rest.endIndex)
      else { break }
      ids.append(String(rest[a.upperBound..<b.lowerBound]))
      rest = rest[b.upperBound...]
    }
    return ids
  }

  /// The grid row of participant `id` in `html` (empty when it has none).
  static func row(_ html: String, _ id: String) -> String {
    guard let start = html.range(of: "data-participant=\"\(id)\"><th"),
      let end = html.range(of: "</tr>", range: start.upperBound..<html.endIndex)
    else { return "" }
    return String(html[start.lowerBound..<end.upperBound])
  }

  static func get(_ client: some TestClientProtocol, _ uri: String) async throws -> (
    status: Int, body: String
  ) {
    try await client.execute(uri: uri, method: .get) { r in
      (Int(r.status.code), String(buffer: r.body))
    }
  }

  @Test("the Aulum week shows its whole grid at once, with no pager")
  func aulumWhole() async throws {
    let page = try Page()
    let plan = await page.bench.snapshot().plan
    #expect(plan.participants.count == 29)
    let html = page.bench.renderedPage().document
    #expect(Self.rowIDs(html) == plan.participants.map(\.id), "every person's row, in order")
    #expect(!html.contains("id=\"week-pager\""))
    #expect(!html.contains("id=\"week-grid-view\""))
    #expect(!html.contains("id=\"grid-shown\""))
    // The whole grid sits where it always did, straight after the week's lead.
    #expect(
      html.contains(
        "<p class=\"muted\">Dage på tværs, personer nedad. Klik på en praktik for at låse den.</p>\n<table class=\"grid\" id=\"week-grid\">"
      ))
  }

  @Test("above the threshold: the first page and a pager, every other page from /api/grid")
  func pagedRoutes() async throws {
    let page = try Page(paging: GridPaging(threshold: 20, pageSize: 10))
    let plan = await page.bench.snapshot().plan
    let all = plan.participants.map(\.id)
    let html = page.bench.renderedPage().document
    #expect(html.contains("<div class=\"pager\" id=\"week-pager\" data-pages=\"3\">"))
    #expect(html.contains("<option value=\"3\">3</option></select> af 3</label>"))
    #expect(html.contains("Forrige side") && html.contains("Næste side"))
    #expect(html.contains("Find en person (navn eller id)"))
    #expect(
      html.contains(
        "<p class=\"muted\" id=\"grid-shown\" role=\"status\">Personer 1-10 af 29, 10 pr. side.</p>"
      ))
    #expect(Self.rowIDs(html) == Array(all[0..<10]), "the page holds the first page's rows")
    try await page.app.test(.router) { client in
      var seen: [String] = []
      for (n, range) in [(1, 0..<10), (2, 10..<20), (3, 20..<29)] {
        let (status, view) = try await Self.get(client, "/api/grid?page=\(n)")
        #expect(status == 200)
        #expect(Self.rowIDs(view) == Array(all[range]), "page \(n) has its own rows")
        #expect(
          view.hasPrefix(
            "<p class=\"muted\" id=\"grid-shown\" role=\"status\">Personer \(range.lowerBound + 1)-\(range.upperBound) af 29"
          ))
        #expect(view == page.bench.gridPage(n), "the same version's page, kept")
        seen += Self.rowIDs(view)
      }
      #expect(seen == all, "the pages together hold every person once, in the plan's order")
      // The first page fetched is the page the document carries.
      let (_, first) = try await Self.get(client, "/api/grid?page=1")
      #expect(html.contains("<div id=\"week-grid-view\">" + first + "</div>"))
      for bad in ["4", "0", "-1", "x", ""] {
        try await client.execute(uri: "/api/grid?page=\(bad)", method: .get) { r in
          #expect(r.status == .notFound, "page \(bad)")
          let answer = try Answer(String(buffer: r.body))
          #expect(answer["field"] as? String == "page")
          #expect((answer["error"] as? String)?.contains("side 1 til 3") == true)
        }
      }
    }
  }

  @Test("the search finds people on any page by name or id, case and accents aside")
  func search() async throws {
    let page = try Page(paging: GridPaging(threshold: 20, pageSize: 10))
    let plan = await page.bench.snapshot().plan
    let last = try #require(plan.participants.last)
    try await page.app.test(.router) { client in
      // By id: the last person is on the last page, not the first.
      let (status, byID) = try await Self.get(client, "/api/grid?q=\(last.id.uppercased())")
      #expect(status == 200)
      #expect(Self.rowIDs(byID).contains(last.id))
      #expect(!Self.rowIDs(page.bench.renderedPage().document).contains(last.id))
      // By a part of the name, in other case.
      let part = String(last.name.prefix(3)).lowercased()
      let expected = plan.participants.filter {
        $0.name.range(of: part, options: [.caseInsensitive, .diacriticInsensitive]) != nil
          || $0.id.range(of: part, options: .caseInsensitive) != nil
      }.map(\.id)
      let (_, byName) = try await Self.get(
        client,
        "/api/grid?q=" + part.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
      #expect(Self.rowIDs(byName) == Array(expected.prefix(10)))
      #expect(
        byName.contains(" af 29 personer passer til &quot;\(part)&quot;") || expected.count > 10)
      // Nobody, said so, and the query escaped.
      let (_, none) = try await Self.get(client, "/api/grid?q=%3Cb%3Eingen")
      #expect(Self.rowIDs(none).isEmpty)
      #expect(none.contains("Ingen af de 29 personer passer til &quot;&lt;b&gt;ingen&quot;."))
      // More than a page: the first page of them, said so.
      let (_, many) = try await Self.get(client, "/api/grid?q=p")
      #expect(Self.rowIDs(many) == Array(plan.participants.map(\.id).prefix(10)))
      #expect(many.contains("De første 10 af 29 personer, der passer til &quot;p&quot;, vises."))
      // Too long a query is refused, naming the field.
      let long = String(repeating: "a", count: PageRenderer.maxQuery + 1)
      try await client.execute(uri: "/api/grid?q=\(long)", method: .get) { r in
        #expect(r.status == .badRequest)
        let answer = try Answer(String(buffer: r.body))
        #expect(answer["field"] as? String == "q")
      }
    }
  }

  @Test("an action's new state renders its pages afresh: a lock, re-planned, shows on its page")
  func pagesFollowTheState() async throws {
    let page = try Page(paging: GridPaging(threshold: 20, pageSize: 10))
    let plan = await page.bench.snapshot().plan
    let pageOf = try #require(plan.participants.firstIndex { $0.id == "p12" }) / 10 + 1
    try await page.app.test(.router) { client in
      let (_, before) = try await Self.get(client, "/api/grid?page=\(pageOf)")
      #expect(before.contains("data-participant=\"p12\""))
      #expect(!Self.row(before, "p12").contains("lockmark"))
      // p12 locked at Green Box on Friday, then a re-plan: the new plan shows the lock.
      let locked = try await client.post(
        "/api/lock", #"{"participant": "p12", "company": "greenbox", "days": ["fri"]}"#)
      #expect(locked.status == 200)
      let (status, answer) = try await client.post("/api/replan", "{}")
      #expect(status == 200)
      // The action's answer carries the pager and the first page, not the whole grid.
      let app = try #require(answer["app"] as? String)
      #expect(app.contains("id=\"week-pager\""))
      #expect(Self.rowIDs(app).count == 10)
      let (_, after) = try await Self.get(client, "/api/grid?page=\(pageOf)")
      #expect(after != before, "the page of the old version was served again")
      #expect(
        Self.row(after, "p12").contains("<div class=\"lockmark\">🔒 "), "\(Self.row(after, "p12"))")
    }
  }

  @Test("a generated week of 240 people is paged by default: 100 a page, every row reachable")
  func generatedWeek() async throws {
    var counts = GeneratorCounts.preset(.s)
    counts.participants = 220
    counts.referred = 20
    counts.companies = 80
    counts.mentors = 16
    counts.activities = 18
    counts.towns = 8
    let s = ScenarioGenerator(seed: 1, counts: counts).generate()
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "milen-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let files = ServeFiles(scenario: dir.appendingPathComponent("week.json").path, previous: nil)
    let bench = try Workbench(scenario: s, last: nil, files: files, language: .da, timeLimit: 3)
    let plan = await bench.snapshot().plan
    let people = plan.participants.count
    #expect(people > GridPaging.standard.threshold)
    let pages = GridPaging.standard.pages(people)
    #expect(pages == 3)
    let html = bench.renderedPage().document
    #expect(html.contains("data-pages=\"\(pages)\""))
    #expect(Self.rowIDs(html) == Array(plan.participants.map(\.id).prefix(100)))
    var seen: [String] = []
    for n in 1...pages { seen += Self.rowIDs(try #require(bench.gridPage(n))) }
    #expect(seen == plan.participants.map(\.id))
    #expect(bench.gridPage(pages + 1) == nil)
    // The page is smaller than the whole grid alone.
    let scenario = await bench.snapshot().planScenario
    let whole = PageRenderer.gridView([
      "shown": "",
      "grid": PageRenderer.grid(
        plan, scenario: scenario, bench.localizer, id: "week-grid", interactive: true),
    ])
    #expect(Self.rowIDs(whole).count == people)
    #expect(html.utf8.count < whole.utf8.count)
  }
}
