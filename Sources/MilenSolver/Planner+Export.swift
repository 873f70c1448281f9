import Foundation
import GLPK
import MilenModel

extension Planner {
  /// The integer program that `plan` solves at goal level `level` (1-4), with readable row and
  /// column names: the hard rules, the higher levels fixed at the values `plan` reaches for
  /// them (which are solved first), and the level's goal as the maximised objective.
  /// Solving the export with any MIP solver reaches the level's objective in the plan.
  public static func exportModel(
    _ scenario: Scenario, level: Int = GoalLevel.allCases.count, format: ModelFormat,
    options: PlanningOptions = PlanningOptions()
  ) throws(PlanningError) -> String {
    do {
      try scenario.validate()
    } catch {
      throw .invalidScenario(error)
    }
    let start = Date()
    let opts = ScenarioOptions(scenario)
    if let d = Diagnosis.precheck(scenario, opts) { throw .infeasible(d) }
    let f = Formulation(scenario, options: opts)
    var o = options
    o.levels = GoalLevel.allCases.count
    let limit = options.timeLimit ?? scenario.policy.timeLimitSeconds
    let gap = options.relativeGap ?? scenario.policy.relativeGap
    let stop = max(1, min(level, GoalLevel.allCases.count))
    let (_, model) = try solveLevels(
      f, options: o, limit: limit, gap: gap, start: start, stopAt: stop)
    guard let model else { throw .solver("level \(stop) was not reached") }
    do {
      return format == .lp ? try model.lpText() : try model.mpsText()
    } catch {
      throw .solver(error.description)
    }
  }
}
