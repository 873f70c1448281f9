import Foundation
import Hummingbird
import HummingbirdTesting
import MilenFormats
import MilenModel
import MilenReports
import MilenSeason
import MilenServe
import MilenWorkflow
import Testing

@Suite("The page's season view")
struct ServeSeasonTests {
  @Test("With --season the page shows the season beside the week, and Save adds the week to it")
  func seasonOnThePage() async throws {
    let page = try Page(season: true)
    let path = try #require(page.files.season)
    try await page.app.test(.router) { client in
      let before = try await client.execute(uri: "/", method: .get) { String(buffer: $0.body) }
      #expect(before.contains("id=\"season-view\""))
      #expect(before.contains("Ingen uger i sæsonen for perioden."))
      #expect(try await client.post("/api/save", "{}").status == 200)
      let after = try await client.execute(uri: "/", method: .get) { String(buffer: $0.body) }
      #expect(after.contains("Sæsonen indtil nu"))
      #expect(after.components(separatedBy: "<svg").count - 1 == 3)
      let served = await page.bench.snapshot().plan.programme.served
      #expect(after.contains("Tilknyttede unge: \(served)"))
      // Saving the same week again adds nothing.
      #expect(try await client.post("/api/save", "{}").status == 200)
    }
    let store = try SeasonStore(path: path, creating: false)
    let history = try store.history()
    #expect(history.count == 1 && history[0].week == "2026-W02" && history[0].version == 1)
  }
}
