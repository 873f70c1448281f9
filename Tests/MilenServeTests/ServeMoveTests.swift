import Foundation
import Hummingbird
import HummingbirdTesting
import MilenCheck
import MilenFormats
import MilenModel
import MilenReports
import MilenServe
import MilenTestSupport
import MilenWorkflow
import Testing

@Suite("the page's moves to approve")
struct ServeMoveTests {
  @Test("the page lists the move with a button; approving it locks both and plans again")
  func approve() async throws {
    let s = Tiny.blockedByRunningPlacement()
    let page = try Page(scenarioText: ScenarioFile.jsonText(s))
    try await page.app.test(.router) { client in
      try await client.execute(uri: "/", method: .get) { r in
        let html = String(buffer: r.body)
        #expect(html.contains("Flytninger til godkendelse"))
        #expect(html.contains(#"data-action="approve-move" data-move="1""#))
        #expect(html.contains("Mette til Aubo og Kasper til Horn."))
      }
      let wrong = try await client.post("/api/move", #"{"move":"2"}"#)
      #expect(wrong.status == 422)
      let approved = try await client.post("/api/move", #"{"move":"1"}"#)
      #expect(approved.status == 200)
      #expect(number(approved.body["pending"]) == 0, "planned again")
      try await client.execute(uri: "/plan.json", method: .get) { r in
        let plan = try PlanFile.decode(String(buffer: r.body))
        #expect(plan.participants.first { $0.id == "p2" }?.company == "aubo")
        #expect(plan.participants.first { $0.id == "p1" }?.company == "horn")
        var locked = s
        locked.locks += [
          Lock(participant: "p2", company: "aubo"), Lock(participant: "p1", company: "horn"),
        ]
        #expect(PlanChecker.check(plan, against: locked).isEmpty)
        #expect(plan.scenarioFingerprint == ScenarioFile.fingerprint(locked))
        #expect(plan.moves == nil)
      }
    }
  }
}
