import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenTestSupport
import MilenWorkflow
import Testing

@Suite("milen plan --apply-move: the coordinator approves a move, in Danish, by name")
struct MoveCLITests {
  func blockedWeek(in dir: URL) throws -> String {
    try write(
      ScenarioFile.jsonText(Tiny.blockedByRunningPlacement()), "week.json", in: dir)
  }

  @Test("the plan lists the move by name in Danish; --apply-move 1 places both and passes check")
  func approve() throws {
    let dir = try temporaryDirectory()
    let week = try blockedWeek(in: dir)
    let listed = try milen(["plan", week, "--lang", "da"])
    #expect(listed.code == 0, "\(listed.err)")
    #expect(listed.out.contains("FLYTNINGER TIL GODKENDELSE"), "\(listed.out)")
    #expect(listed.out.contains("1. Mette til Aubo og Kasper til Horn."), "\(listed.out)")
    #expect(listed.out.contains("Mette: ingen praktik bliver til"), "\(listed.out)")
    #expect(!listed.out.contains("p1") && !listed.out.contains("p2"), "names, not ids")

    // A plan file needs the scenario with the locks beside it.
    let plan = dir.appendingPathComponent("plan.json").path
    let refused = try milen(["plan", week, "--apply-move", "1", "-o", plan])
    #expect(refused.code == 64 && refused.err.contains("--save-scenario"), "\(refused.err)")
    #expect(!FileManager.default.fileExists(atPath: plan))

    let moved = dir.appendingPathComponent("week-moved.json").path
    let approved = try milen([
      "plan", week, "--apply-move", "1", "--save-scenario", moved, "-o", plan,
    ])
    #expect(approved.code == 0, "\(approved.err)")
    let after = try PlanFile.decode(String(contentsOfFile: plan, encoding: .utf8))
    #expect(after.participants.first { $0.id == "p2" }?.company == "aubo")
    #expect(after.participants.first { $0.id == "p1" }?.company == "horn")
    let checked = try milen(["check", moved, plan])
    #expect(checked.code == 0, "\(checked.out)\(checked.err)")
    let locked = try ScenarioFile.decode(
      String(contentsOfFile: moved, encoding: .utf8), format: .json)
    #expect(
      Set(locked.locks.map { "\($0.participant)@\($0.company)" }) == ["p2@aubo", "p1@horn"])

    let none = try milen(["plan", week, "--apply-move", "2"])
    #expect(none.code == 64 && none.err.contains("1 move(s)"), "\(none.err)")
    let same = try milen(["plan", week, "--apply-move", "1", "--save-scenario", week])
    #expect(same.code != 0, "the input is never overwritten")
  }
}
