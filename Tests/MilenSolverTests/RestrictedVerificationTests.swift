import Foundation
import MilenCheck
import MilenFormats
import MilenGenerator
import MilenModel
import MilenTestSupport
import MilenWorkflow
import Testing

@testable import MilenSolver

/// The reasons' restricted verification (``Explainer/restrictedReplan(_:around:)``): a change
/// is first tried with everyone but the person concerned held at their planned week; only when
/// that does not serve them is the whole week planned again.
@Suite("restricted verification: a change checked on everyone else's week as planned")
struct RestrictedVerificationTests {
  static func options() -> PlanningOptions {
    var o = PlanningOptions()
    o.explain = false
    return o
  }

  /// The week planned without reasons, with the program and solution it was decoded from.
  static func solved(_ s: Scenario) throws -> PlanResult {
    let r = try Planner.plan(s, options: options())
    #expect(r.solved != nil, "a week planned whole keeps its solution")
    return r
  }

  /// The rows that must be as planned: the choices, not the notes.
  static func week(_ row: ParticipantWeek) -> String {
    "\(row.status) \(row.company ?? "-") \(row.work) \(row.mentor ?? "-") \(row.mentorHours) \(row.activities)"
  }

  static func generated(seed: UInt64) -> Scenario {
    ScenarioGenerator(seed: seed, counts: GeneratorCounts.preset(.s)).generate()
  }

  /// Every change the reasons state, with its person's index: checked on the held week.
  static func statedChanges(
    _ s: Scenario, _ r: PlanResult
  ) -> [(change: WeekChange, p: Int, kind: String)] {
    let (_, reasons) = Explanations.explain(
      s, r.plan, options: options(), budget: Explanations.defaultBudget, solved: r.solved)
    return reasons.compactMap { reason in
      guard let change = reason.change,
        let p = s.participants.firstIndex(where: { $0.id == reason.participant })
      else { return nil }
      return (change, p, reason.kind)
    }
  }

  @Test("Aulum: the reasons are the same verified on the held week as on the week planned again")
  func sameReasonsOnAulum() throws {
    let s = try BuiltIn.aulum()
    let r = try Self.solved(s)
    let budget = Explanations.defaultBudget
    let held = Explanations.explain(
      s, r.plan, options: Self.options(), budget: budget, solved: r.solved)
    let whole = Explanations.explain(
      s, r.plan, options: Self.options(), budget: budget, solved: nil)
    #expect(held.reasons.contains { $0.kind == "notPlaced" && $0.change != nil })
    #expect(held.reasons == whole.reasons)
    #expect(held.plan.moves == whole.plan.moves)
  }

  @Test(
    "the held week serves the person, keeps everyone else's week and breaks no hard rule",
    arguments: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as [UInt64])
  func heldWeekIsAPlan(seed: UInt64) throws {
    let s = seed == 0 ? try BuiltIn.aulum() : Self.generated(seed: seed)
    let r = try Self.solved(s)
    let stated = Self.statedChanges(s, r)
    if seed == 0 { #expect(!stated.isEmpty, "the Aulum week states a change") }
    var before: [String: ParticipantWeek] = [:]
    for row in r.plan.participants where before[row.id] == nil { before[row.id] = row }
    for (change, p, kind) in stated {
      var e = Explainer(
        s: s, plan: r.plan, options: Self.options(), budget: 1, solved: r.solved)
      let id = s.participants[p].id
      guard let held = e.restrictedReplan(change, around: p) else {
        // Not applicable (an ended placement): the whole week verified it.
        var ends = false
        if case .endPlacement = change { ends = true }
        #expect(ends, "\(change): the held week did not apply")
        continue
      }
      let changed = change.applied(to: s)
      // No hard rule broken (the waiting reasons are settled on the week as planned).
      var plan = held
      Planner.settleWaiting(
        &plan, WaitingReasons.evaluate(changed, ScenarioOptions(changed), rows: plan.participants))
      let problems = PlanChecker.check(plan, against: changed).map(\.description)
      #expect(problems.isEmpty, "seed \(seed), \(change): \(problems)")
      for row in held.participants where row.id != id {
        let was = try #require(before[row.id])
        #expect(Self.week(row) == Self.week(was), "seed \(seed), \(change): \(row.id) moved")
      }
      let mine = try #require(held.participants.first { $0.id == id })
      let mineBefore = try #require(before[id])
      #expect(mine.status == mineBefore.status, "the admission is held too")
      // Held or planned again, the change serves the person; the held week alone may not.
      if kind == "notPlaced" && mine.company == nil {
        let again = try Planner.plan(changed, options: Self.options()).plan
        #expect(again.participants.first { $0.id == id }?.company != nil, "\(change)")
      }
    }
  }

  @Test("a change that takes something away is never checked on the held week")
  func endPlacementIsNotHeld() throws {
    let s = try BuiltIn.aulum()
    let r = try Self.solved(s)
    let placed = try #require(r.plan.participants.first { $0.company != nil })
    let unplacedIDs = Set(r.plan.participants.filter { $0.company == nil }.map(\.id))
    let unplaced = try #require(s.participants.firstIndex { unplacedIDs.contains($0.id) })
    var e = Explainer(s: s, plan: r.plan, options: Self.options(), budget: 1, solved: r.solved)
    let end = WeekChange.endPlacement(participant: placed.id, company: placed.company!)
    #expect(e.restrictedReplan(end, around: unplaced) == nil)
    // Without the solution the check does not apply either.
    var bare = Explainer(s: s, plan: r.plan, options: Self.options(), budget: 1, solved: nil)
    let slot = WeekChange.companySlot(company: placed.company!)
    #expect(bare.restrictedReplan(slot, around: unplaced) == nil)
    #expect(e.restrictedReplan(slot, around: unplaced) != nil)
  }
}
