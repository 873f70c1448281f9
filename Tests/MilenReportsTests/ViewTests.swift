import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow
import Testing

/// Each audience sees only its own part: needs, health, track and notes never reach a
/// company's or mentor's view.
@Suite("Views of a plan")
struct ViewTests {
  func load() throws -> (Scenario, Plan) {
    var url = URL(fileURLWithPath: #filePath)
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path)
    {
      url.deleteLastPathComponent()
    }
    let scenario = try ScenarioFile.decode(
      String(contentsOf: url.appendingPathComponent("Fixtures/aulum.json"), encoding: .utf8),
      format: .json)
    let plan = try PlanFile.decode(
      String(
        contentsOf: url.appendingPathComponent("Tests/MilenCLITests/Golden/aulum-plan.json"),
        encoding: .utf8))
    return (scenario, plan)
  }

  /// Words that would leak sensitive data about these participants.
  func sensitive(_ s: Scenario, _ ids: [String]) -> [String] {
    var words: Set<String> = ["socialOnly", "paused", "flexjob", "apprenticeship"]
    for p in s.participants where ids.contains(p.id) {
      words.formUnion(p.needs.competences)
      words.formUnion(p.needs.accommodations)
    }
    return words.sorted()
  }

  @Test("A company's view lists who comes when, and nothing sensitive")
  func companyView() throws {
    let (s, plan) = try load()
    for c in s.companies {
      let text = try PlanViews.render(plan, for: .company(c.id), scenario: s)
      let placed = plan.participants.filter { $0.company == c.id }
      for p in placed { #expect(text.contains(p.name)) }
      for p in plan.participants where p.company != c.id {
        #expect(!text.contains(p.name), "\(c.id)")
      }
      for word in sensitive(s, placed.map(\.id)) {
        #expect(!text.contains(word), "\(c.id): \(word)")
      }
      #expect(!text.lowercased().contains("mentor"))
    }
  }

  @Test("A mentor's view lists mentees and hours, and nothing sensitive")
  func mentorView() throws {
    let (s, plan) = try load()
    for m in s.mentors {
      let text = try PlanViews.render(plan, for: .mentor(m.id), scenario: s)
      let mine = plan.participants.filter { $0.mentor == m.id }
      for p in mine { #expect(text.contains(p.name)) }
      for p in plan.participants where p.mentor != m.id { #expect(!text.contains(p.name)) }
      for word in sensitive(s, mine.map(\.id)) { #expect(!text.contains(word), "\(m.id): \(word)") }
    }
  }

  @Test("A young person sees their own week only")
  func participantView() throws {
    let (s, plan) = try load()
    let me = plan.participants.first { $0.company != nil && $0.mentor != nil }!
    let text = try PlanViews.render(plan, for: .participant(me.id), scenario: s)
    #expect(text.contains(me.name))
    for other in plan.participants where other.id != me.id { #expect(!text.contains(other.name)) }
    #expect(throws: PlanViews.ViewError.self) {
      try PlanViews.render(plan, for: .company("nope"), scenario: s)
    }
  }
}
