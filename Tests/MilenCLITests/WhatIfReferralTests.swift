import Foundation
import MilenTestSupport
import Testing

/// A what-if that only adds a waiting referral changes nothing for anyone else's company,
/// mentor or work: each variant stays close to the base plan.
@Suite("what-if stays close to the base plan")
struct WhatIfReferralTests {
  @Test("adding a referral who waits moves nobody's company, mentor or work")
  func addReferralOnly() throws {
    let dir = try temporaryDirectory()
    let change = try write(
      #"[{"add": "participants", "value": {"id": "p40", "name": "Ny Henvist", "track": "socialOnly", "enrolment": "referred", "referredOn": "2025-12-20", "availability": {"fri": "09:00-15:00"}}}]"#,
      "add-referral.json", in: dir)
    let scenario = packageRoot().appendingPathComponent("Fixtures/aulum.json").path
    let r = try milen(["whatif", scenario, change, "--format", "json", "--lang", "en"])
    #expect(r.code == 0, "\(r.err)")
    let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
    let people = json?["people"] as? [[String: Any]] ?? []
    // p40 itself, and at most a session more for someone: no company, mentor or work moves.
    for p in people where (p["id"] as? String) != "p40" {
      let base = p["base"] as? String ?? ""
      let variant = p["variant"] as? String ?? ""
      // Company and work, then mentor, then sessions last: compare all but the sessions.
      let head = { (s: String) in s.components(separatedBy: ", ").dropLast().joined(separator: ", ")
      }
      #expect(head(base) == head(variant), "\(p)")
    }
    #expect(people.count <= 3, "\(people)")
  }
}
