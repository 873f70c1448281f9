import Foundation
import Hummingbird
import HummingbirdTesting
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow
import Testing

@testable import MilenServe

/// Issue 21: at L the page's `GET /` re-rendered the whole week for every request (2.5 s on a
/// quiet machine, 9-15 s loaded). The page is now rendered once per published state version
/// and served from memory; these tests count the renders, not the seconds.
@Suite("serve: the page rendered once per state version, served from memory")
struct ServePageCacheTests {
  @Test("reads of / and /api/state render nothing; each action renders its new version once")
  func rendersOncePerVersion() async throws {
    let page = try Page()
    let bench = page.bench
    #expect(bench.renderCount == 1, "the week opened with one render")
    try await page.app.test(.router) { client in
      for _ in 0..<5 {
        try await client.execute(uri: "/", method: .get) { r in
          #expect(r.status == .ok)
          #expect(String(buffer: r.body) == bench.renderedPage().document)
        }
        try await client.execute(uri: "/api/state", method: .get) { r in
          #expect(r.status == .ok)
          #expect(String(buffer: r.body) == bench.renderedPage().stateJSON)
        }
      }
      #expect(bench.renderCount == 1, "a read rendered the page again")
      let before = await bench.snapshot().version
      // An action publishes a new version, rendered once; its answer is that rendering.
      let (status, answer) = try await client.post(
        "/api/lock", #"{"participant": "p15", "company": "greenbox", "days": ["fri"]}"#)
      #expect(status == 200)
      #expect(bench.renderCount == 2)
      let now = bench.renderedPage()
      #expect(now.version == before + 1)
      #expect(now.version == (await bench.snapshot()).version)
      #expect(answer["version"] as? Int == now.version)
      #expect(answer["pending"] as? Int == 1)
      try await client.execute(uri: "/", method: .get) { r in
        let html = String(buffer: r.body)
        #expect(html == now.document)
        #expect(html.contains("id=\"pending\""), "the page shows the new version's edit")
      }
      #expect(bench.renderCount == 2)
      // A refused action publishes nothing and renders nothing.
      let refused = try await client.post(
        "/api/lock", #"{"participant": "nobody", "company": "greenbox"}"#)
      #expect(refused.status == 422)
      #expect(bench.renderCount == 2)
      #expect(bench.renderedPage().version == now.version)
    }
  }

  @Test("every audience's download links come when asked for, not with the page")
  func audienceLinksApart() async throws {
    let page = try Page()
    let link = "/download/virksomheder/green-box--greenbox.ics"
    try await page.app.test(.router) { client in
      try await client.execute(uri: "/", method: .get) { r in
        let html = String(buffer: r.body)
        #expect(html.contains("id=\"audience-files\""))
        #expect(!html.contains(link), "the page still carries every audience's links")
        #expect(html.contains("/download/koordinator/uge.html"), "the coordinator's stay")
      }
      try await client.execute(uri: "/api/audiences", method: .get) { r in
        #expect(r.status == .ok)
        #expect(r.headers[.contentType]?.hasPrefix("text/html") == true)
        let rows = String(buffer: r.body)
        #expect(rows.contains("<a href=\"\(link)\" download>ics</a>"))
        #expect(rows == page.bench.audienceLinks(), "the same version's rows, kept")
      }
    }
    // Each link is a file of the hand-outs.
    let st = await page.bench.snapshot()
    let files = try page.bench.handoutFiles(st) {
      try Workbench.handouts(st, page.bench.localizer)
    }
    #expect(files[String(link.dropFirst("/download/".count))] != nil)
  }

  @Test("the document served is the content of the state JSON in the page's frame")
  func documentHoldsTheApp() async throws {
    let page = try Page()
    let rendered = page.bench.renderedPage()
    let answer = try Answer(rendered.stateJSON)
    let app = try #require(answer["app"] as? String)
    #expect(rendered.document.contains("<div id=\"app\">" + app + "</div>"))
    #expect(answer["version"] as? Int == rendered.version)
  }
}
