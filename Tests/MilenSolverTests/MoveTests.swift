import Foundation
import MilenCheck
import MilenModel
import MilenSolver
import MilenTestSupport
import Testing

@Suite("moves to approve: offered only when a re-plan with their locks serves both")
struct MoveTests {
  func checked() -> PlanningOptions {
    var o = PlanningOptions()
    o.verify = { s, p, prev in PlanChecker.check(p, against: s, previous: prev).map(\.description) }
    return o
  }

  @Test("a swap that places both people: the move is offered, and applied it places both")
  func swapPlacesBoth() throws {
    let s = Tiny.blockedByRunningPlacement()
    let plan = try Planner.plan(s, options: checked()).plan
    #expect(PlanChecker.check(plan, against: s).isEmpty)
    let before = Dictionary(uniqueKeysWithValues: plan.participants.map { ($0.id, $0) })
    #expect(before["p1"]?.company == "aubo", "goal 3 keeps the running placement")
    #expect(before["p2"]?.company == nil, "nothing else fits Mette")
    let move = try #require(plan.moves?.first, "the plan offers the move")
    #expect(plan.moves?.count == 1)
    #expect(
      Set(move.locks) == [
        MoveLock(participant: "p2", company: "aubo"), MoveLock(participant: "p1", company: "horn"),
      ])
    #expect(move.blockedBy == .keepWhatRuns)
    let mette = try #require(move.effects.first { $0.participant == "p2" })
    #expect(mette.before.company == nil && mette.after.company == "aubo")
    #expect(mette.after.hours >= 8)
    let kasper = try #require(move.effects.first { $0.participant == "p1" })
    #expect(kasper.before.company == "aubo" && kasper.before.wish == 2)
    #expect(kasper.after.company == "horn" && kasper.after.wish == 1)

    // Approved: the locks are in the scenario, and the week keeps every rule with both placed.
    let approved = move.applied(to: s)
    let after = try Planner.plan(approved, options: checked()).plan
    #expect(PlanChecker.check(after, against: approved).isEmpty)
    #expect(PlanChecker.check(after, against: s).isEmpty, "the locks only narrow the week")
    let rows = Dictionary(uniqueKeysWithValues: after.participants.map { ($0.id, $0) })
    #expect(rows["p2"]?.company == "aubo" && rows["p1"]?.company == "horn")
    #expect(after.moves == nil, "nothing is blocked any more")
  }

  @Test("the checker refuses a move that locks a banned pair or names unknown people")
  func checkerRefusesBadMoves() throws {
    let s = Tiny.blockedByRunningPlacement()
    var plan = try Planner.plan(s, options: checked()).plan
    #expect(plan.moves?.count == 1)
    var banned = s
    banned.bans.append(Ban(participant: "p1", company: "horn"))
    let found = PlanChecker.check(plan, against: banned).filter {
      $0.finding == .moveToBan(move: 1, participant: "p1", company: "horn")
    }
    #expect(found.map(\.rule) == [.locksAndBans], "\(found)")
    plan.moves?[0].locks.append(MoveLock(participant: "ghost", company: "aubo"))
    #expect(
      PlanChecker.check(plan, against: s).contains {
        $0.rule == .consistency && $0.participants == ["ghost"]
      })
  }

  @Test("no move is offered when the holder has nowhere else to go")
  func noMoveWithoutDestination() throws {
    let s = Tiny.blockedByRunningPlacement(hornFitsKasper: false)
    let plan = try Planner.plan(s, options: checked()).plan
    #expect(plan.participants.first { $0.id == "p2" }?.company == nil)
    #expect(plan.moves == nil)
  }

  @Test("a holder banned from the only other company is not moved")
  func noMoveBreakingARule() throws {
    var s = Tiny.blockedByRunningPlacement()
    s.bans.append(Ban(participant: "p1", company: "horn"))
    let plan = try Planner.plan(s, options: checked()).plan
    #expect(plan.moves == nil)
  }

  @Test("same week, same moves: planning twice gives the same bytes")
  func deterministic() throws {
    let s = Tiny.blockedByRunningPlacement()
    let a = try Planner.plan(s, options: checked()).plan
    let b = try Planner.plan(s, options: checked()).plan
    let enc = JSONEncoder()
    enc.outputFormatting = [.sortedKeys]
    #expect(try enc.encode(a) == enc.encode(b))
  }
}
