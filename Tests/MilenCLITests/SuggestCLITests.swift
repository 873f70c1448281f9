import Foundation
import MilenTestSupport
import Testing

@Suite("milen suggest: ranked options with what each costs and displaces")
struct SuggestCLITests {
  func options(_ args: [String]) throws -> [[String: Any]] {
    let r = try milen(args + ["--format", "json"])
    #expect(r.code == 0, "\(r.err)")
    let doc = try #require(
      try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    return try #require(doc["options"] as? [[String: Any]])
  }

  @Test("p15 at Aulum: every company that fits and no placement, best first, each with its cost")
  func p15() throws {
    let aulum = packageRoot().appendingPathComponent("Fixtures/aulum.json").path
    let ranked = try options(["suggest", aulum, "--for", "p15"])
    #expect(ranked.count >= 2)
    // The first option costs the plan nothing: the base plan's own choice for p15.
    let first = ranked[0]
    let firstCost = (first["goalChanges"] as? [[String: Any]] ?? []).compactMap {
      $0["change"] as? Double
    }
    #expect(firstCost.allSatisfy { abs($0) < 1e-6 }, "\(first)")
    // Ranked: an option that loses at a higher goal level comes after one that does not.
    func key(_ o: [String: Any]) -> [Double] {
      (o["goalChanges"] as? [[String: Any]] ?? []).map { ($0["change"] as? Double) ?? 0 }
    }
    for (a, b) in zip(ranked, ranked.dropFirst())
    where a["impossible"] == nil && b["impossible"] == nil {
      let (ka, kb) = (key(a), key(b))
      if let i = Array(zip(ka, kb)).firstIndex(where: { abs($0.0 - $0.1) > 1e-6 }) {
        #expect(ka[i] > kb[i], "\(a["company"] ?? "-") before \(b["company"] ?? "-")")
      }
    }
    // Each option that displaces someone says who and how their week changes.
    #expect(
      ranked.contains { ($0["displaced"] as? [[String: Any]])?.isEmpty == false },
      "some option displaces someone")
    for o in ranked {
      for d in o["displaced"] as? [[String: Any]] ?? [] {
        let before = try #require(d["before"] as? [String: Any])
        let after = try #require(d["after"] as? [String: Any])
        #expect(!NSDictionary(dictionary: before).isEqual(to: after))
      }
    }
    // The table says it in words.
    let text = try milen(["suggest", aulum, "--for", "p15"])
    #expect(text.code == 0)
    // By name, not id, and in the week's own terms: no goal figures without --details.
    #expect(text.out.contains("OPTIONS FOR LINE K."))
    #expect(text.out.contains("displaces"))
    #expect(text.out.contains("to keep it: lock Line K. at"))
    #expect(!text.out.contains("p15") && !text.out.contains("cost to the plan"))
    let details = try milen(["suggest", aulum, "--for", "p15", "--details"])
    #expect(details.out.contains("cost to the plan"))
    let da = try milen(["suggest", aulum, "--for", "p15", "--lang", "da"])
    #expect(da.out.contains("MULIGHEDER FOR LINE K."), "\(da.out)")
    #expect(!da.out.contains("det koster planen"), "\(da.out)")
  }

  @Test("a locked option, planned, gives what suggest said for the person")
  func lockingTheFirstOption() throws {
    let aulum = packageRoot().appendingPathComponent("Fixtures/aulum.json").path
    let ranked = try options(["suggest", aulum, "--for", "p19"])
    let placed = try #require(
      ranked.first { ($0["company"] as? String) != nil && $0["impossible"] == nil })
    let company = try #require(placed["company"] as? String)
    // Lock it in a copy of the scenario and plan: the person is there.
    var s = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: aulum)))
        as? [String: Any])
    var locks = s["locks"] as? [[String: Any]] ?? []
    locks.removeAll { ($0["participant"] as? String) == "p19" }
    locks.append(["participant": "p19", "company": company])
    s["locks"] = locks
    let dir = try temporaryDirectory()
    let path = dir.appendingPathComponent("locked.json")
    try JSONSerialization.data(withJSONObject: s).write(to: path)
    let r = try milen(["plan", path.path, "--format", "json"])
    #expect(r.code == 0, "\(r.err)")
    let plan = try #require(
      try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    let row = try #require(
      (plan["participants"] as? [[String: Any]])?.first { ($0["id"] as? String) == "p19" })
    #expect(row["company"] as? String == company)
  }

  @Test("a new referral given as a change file gets options; an unknown id is a usage error")
  func newReferral() throws {
    let aulum = packageRoot().appendingPathComponent("Fixtures/aulum.json").path
    let referral = packageRoot().appendingPathComponent("Fixtures/suggest/new-referral.json").path
    let ranked = try options(["suggest", aulum, "--for", "p40", "--with", referral])
    #expect(ranked.contains { ($0["company"] as? String) == "greenbox" })
    #expect(try milen(["suggest", aulum, "--for", "p99"]).code == 64)
  }
}
