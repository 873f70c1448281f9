import Foundation
import MilenCheck
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow
import Testing

@testable import MilenSolver

/// Issue 21: `--time-limit` bounds the whole command. The solves keep back a reserve for the
/// work after them that grows with the time spent reading the week (its size, on this
/// machine), and the re-plans that verify the reasons keep to the run's deadline. Asserted
/// structurally, not by the wall clock (scripts/time-limit-check.sh measures the seconds on
/// the release build against a yardstick).
@Suite("the deadline: a reserve after the solves, and reasons verified only before it")
struct DeadlineTests {
  @Test("the reserve grows with the setup, between 5 % and 25 % of the limit")
  func reserveScales() {
    // A small week read at once: the least share.
    #expect(Planner.reserve(limit: 20, setup: 0.01) == 20 * Planner.reserveShare)
    // L read in half a second: six times that, so the work after the solves fits.
    #expect(abs(Planner.reserve(limit: 20, setup: 0.5) - 0.5 * Planner.reservePerSetup) < 1e-9)
    #expect(Planner.reserve(limit: 20, setup: 0.5) > Planner.reserve(limit: 20, setup: 0.25))
    // Never more than a quarter of the limit, however slow the reading.
    #expect(Planner.reserve(limit: 20, setup: 10) == 20 * Planner.reserveMaxShare)
  }

  @Test("past the deadline no reason is verified by re-planning, and the plan says it was cut")
  func noVerificationPastTheDeadline() throws {
    let s = try BuiltIn.aulum()
    var checked = PlanningOptions()
    checked.verify = { s, p, prev in
      PlanChecker.check(p, against: s, previous: prev).map(\.description)
    }
    let plan = try Planner.plan(s, options: checked).plan
    #expect(plan.cutByClock != true)
    var o = PlanningOptions()
    o.explain = false
    // Before the deadline: the Aulum week verifies at least one change.
    o.deadline = Date().addingTimeInterval(600)
    let (inTime, inTimeReasons) = Explanations.explain(
      s, plan, options: o, budget: Explanations.defaultBudget)
    #expect(inTimeReasons.contains { $0.change != nil })
    #expect(inTime.cutByClock != true)
    // Past it: the binding rows are still named, no change is verified, and the plan is
    // marked cut by the clock (it must still pass the checker).
    o.deadline = Date().addingTimeInterval(-1)
    let (late, lateReasons) = Explanations.explain(
      s, plan, options: o, budget: Explanations.defaultBudget)
    #expect(!lateReasons.isEmpty)
    #expect(lateReasons.allSatisfy { $0.change == nil })
    #expect(late.cutByClock == true)
    #expect(PlanChecker.check(late, against: s, previous: nil).isEmpty)
    // The assignments are the plan's own: only the words and the mark differ.
    #expect(late.participants.map(\.company) == plan.participants.map(\.company))
  }
}
