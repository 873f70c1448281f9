import MilenCheck
import MilenGenerator
import MilenModel
import MilenSolver
import Testing

/// Plans a generated scenario and re-checks the plan; records the planner's message on failure.
func planAndCheck(_ s: Scenario, _ label: String, options: PlanningOptions) {
  do {
    let result = try Planner.plan(s, options: options)
    let violations = PlanChecker.check(result.plan, against: s)
    #expect(violations.isEmpty, "\(label): \(PlanChecker.report(violations))")
  } catch {
    Issue.record("\(label): \(error)")
  }
}

@Suite("Generated scenarios plan", .serialized)
struct PlanningTests {
  @Test("Every S scenario of seeds 1...20 plans and passes the checker")
  func smallSeeds() {
    for seed in UInt64(1)...20 {
      let s = ScenarioGenerator(seed: seed, counts: .preset(.s)).generate()
      planAndCheck(s, "S seed \(seed)", options: PlanningOptions(timeLimit: 20))
    }
  }

  @Test("An M scenario keeps every hard rule (first goal level)")
  func mediumFeasible() {
    let s = ScenarioGenerator(seed: 1, counts: .preset(.m)).generate()
    planAndCheck(s, "M seed 1, level 1", options: PlanningOptions(timeLimit: 20, levels: 1))
  }

  @Test("An M scenario plans under a 20 s safety limit and passes the checker")
  func medium() {
    let s = ScenarioGenerator(seed: 1, counts: .preset(.m)).generate()
    planAndCheck(s, "M seed 1", options: PlanningOptions(timeLimit: 20))
  }
}
