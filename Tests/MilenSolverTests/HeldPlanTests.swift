import Foundation
import MilenCheck
import MilenFormats
import MilenGenerator
import MilenModel
import MilenTestSupport
import Testing

@testable import MilenSolver

/// ``Planner/planHeld(_:at:options:)``: a week whose optimum is known (the week planned against
/// its own plan, or with a lock that plan keeps) solved with every choice held. What it claims
/// is checked against the week planned in full: the same value at every goal level.
@Suite("held plans: a known optimum solved with every choice held")
struct HeldPlanTests {
  static func options() -> PlanningOptions {
    var o = PlanningOptions()
    o.explain = false
    return o
  }

  static func week(_ seed: UInt64) throws -> Scenario {
    seed == 0
      ? try BuiltIn.aulum()
      : ScenarioGenerator(seed: seed, counts: GeneratorCounts.preset(.s)).generate()
  }

  static func values(_ p: Plan) -> [Double] {
    p.solver.goals.sorted { $0.priority < $1.priority }.map(\.objective)
  }

  static func choices(_ p: Plan) -> [String] {
    p.participants.map {
      "\($0.id) \($0.status) \($0.company ?? "-") \($0.work) \($0.mentor ?? "-") \($0.mentorHours) \($0.activities)"
    }
  }

  static func expectSameValues(_ held: Plan, _ full: Plan, _ label: String) {
    let a = values(held)
    let b = values(full)
    #expect(a.count == b.count, "\(label): levels")
    for (level, (x, y)) in zip(a, b).enumerated() {
      #expect(abs(x - y) <= 1e-6 * max(1, abs(y)), "\(label): level \(level + 1) \(x) vs \(y)")
    }
  }

  @Test(
    "the week against its own plan: held, it reaches what the full plan reaches at every level",
    arguments: [0, 1, 2, 3, 4, 5, 6] as [UInt64])
  func ownReference(seed: UInt64) throws {
    let s = try Self.week(seed)
    let base = try Planner.plan(s, options: Self.options())
    var vo = Self.options()
    vo.stabilityReference = base.plan
    let held = try #require(Planner.planHeld(s, at: base, options: vo), "seed \(seed)")
    let full = try Planner.plan(s, options: vo)
    Self.expectSameValues(held.plan, full.plan, "seed \(seed)")
    #expect(Self.choices(held.plan) == Self.choices(base.plan), "seed \(seed): the plan held")
    let problems = PlanChecker.check(held.plan, against: s)
    #expect(problems.isEmpty, "seed \(seed): \(problems)")
  }

  @Test(
    "a lock the plan keeps: held, the week reaches what it reaches planned in full",
    arguments: [0, 2, 4, 6] as [UInt64])
  func keptLock(seed: UInt64) throws {
    let s = try Self.week(seed)
    let base = try Planner.plan(s, options: Self.options())
    var vo = Self.options()
    vo.stabilityReference = base.plan
    let locked = Set(s.locks.map(\.participant))
    let row = try #require(
      base.plan.participants.first { $0.company != nil && !locked.contains($0.id) })
    var v = s
    v.locks.append(Lock(participant: row.id, company: row.company!))
    let held = try #require(Planner.planHeld(v, at: base, options: vo), "seed \(seed)")
    let full = try Planner.plan(v, options: vo)
    Self.expectSameValues(held.plan, full.plan, "seed \(seed), \(row.id) locked")
    #expect(PlanChecker.check(held.plan, against: v).isEmpty)
  }

  @Test("a choice the week does not offer is not held: the week is planned in full")
  func choiceNotOffered() throws {
    let s = try BuiltIn.aulum()
    let base = try Planner.plan(s, options: Self.options())
    let row = try #require(
      base.plan.participants.first {
        $0.company != nil && !s.locks.map(\.participant).contains($0.id)
      })
    var v = s
    v.bans.append(Ban(participant: row.id, company: row.company!))
    #expect(Planner.planHeld(v, at: base, options: Self.options()) == nil)
  }

  @Test("suggest: the option the plan took costs nothing and moves nobody")
  func takenOptionIsFree() throws {
    let s = try BuiltIn.aulum()
    let base = try Planner.plan(s, options: Self.options())
    let locked = Set(s.locks.map(\.participant))
    for row in base.plan.participants.filter({ $0.company != nil && !locked.contains($0.id) })
      .prefix(2)
    {
      let (_, options) = try Suggestions.rank(s, for: row.id, options: Self.options())
      let taken = try #require(options.first { $0.company == row.company }, "\(row.id)")
      #expect(taken.impossible == nil)
      #expect(taken.goalChanges.allSatisfy { $0.change == 0 }, "\(row.id): \(taken.goalChanges)")
      #expect(taken.displaced.isEmpty, "\(row.id)")
      #expect(taken.week?.company == row.company)
    }
  }
}
