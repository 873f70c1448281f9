import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow

/// The one way every command makes plans (`plan`, `whatif`, `breakeven`, `simulate`), through
/// ``CheckedPlanning`` (MilenWorkflow): the week's size is estimated before any model is built, and
/// every plan is checked by the independent checker before it is used or written; a plan it
/// rejects is an internal error (exit 70) that names the rule and the person.
enum Planning {
  /// Planning options with the independent checker set.
  static func options(
    timeLimit: Double? = nil, relativeGap: Double? = nil, solverMessages: Bool = false
  ) -> PlanningOptions {
    var o = CheckedPlanning.options(
      timeLimit: timeLimit, relativeGap: relativeGap, solverMessages: solverMessages)
    o.cancellation = SignalGuard.current?.cancellation
    return o
  }

  /// The checker's violations of a plan, one line each (`rule 2 (Capacity): mentor ...`).
  static let verify = CheckedPlanning.verify

  /// Refuses a week too large to plan (exit 65), before anything is built.
  static func checkSize(_ s: Scenario) throws {
    if let problem = CheckedPlanning.sizeProblem(s) {
      throw Failure.badData(Reporting.say(.tooLargeToPlan(problem)))
    }
  }

  /// Plans one week; `--time-limit` counts from the start of the command. An impossible
  /// week's diagnosis is written in `localizer`'s language, its locks numbered as in `s`.
  static func plan(
    _ s: Scenario, options: PlanningOptions, localizer: Localizer = .english
  ) throws -> PlanResult {
    try checkSize(s)
    var o = options
    o.cancellation = SignalGuard.current?.cancellation
    o.clockStop = SignalGuard.current?.clockStop
    o.clockStart = o.clockStart ?? SignalGuard.current?.started
    do {
      return try CheckedPlanning.plan(s, options: o)
    } catch {
      if case .infeasible(let d) = error {
        throw Failure.infeasible(localizer.say(d.renumbered(for: s), Names(s)))
      }
      throw Failure(error)
    }
  }

  /// The week planned, and planned again against its own plan as the stability reference
  /// (``Planner/planAgainstItself(_:_:options:)``): the reference what-if variants are measured
  /// against.
  static func planWithReference(
    _ s: Scenario, options: PlanningOptions
  ) throws -> (base: Plan, reference: Plan) {
    try checkSize(s)
    var o = options
    o.verify = verify
    o.cancellation = SignalGuard.current?.cancellation
    do {
      let base = try Planner.plan(s, options: o)
      return (base.plan, try Planner.planAgainstItself(s, base, options: o).plan)
    } catch {
      throw Failure(error)
    }
  }

  /// Plans several weeks on all cores, failing on the first that cannot be planned.
  static func planAll(_ scenarios: [Scenario], options: PlanningOptions) throws -> [Plan] {
    for s in scenarios { try checkSize(s) }
    var o = options
    o.verify = verify
    o.cancellation = SignalGuard.current?.cancellation
    return try Planner.planAll(scenarios, options: o).map { r in
      switch r {
      case .success(let p): return p.plan
      case .failure(let e): throw Failure(e)
      }
    }
  }

  /// `base` and then each of `variants` (one capacity raised each), the variants on all
  /// cores, starting from the base's goal levels (``Planner/planVariants(of:_:options:)``).
  static func planVariants(of base: Scenario, _ variants: [Scenario], options: PlanningOptions)
    throws -> [Plan]
  {
    for s in [base] + variants { try checkSize(s) }
    var o = options
    o.verify = verify
    o.cancellation = SignalGuard.current?.cancellation
    return try Planner.planVariants(of: base, variants, options: o).map { r in
      switch r {
      case .success(let p): return p.plan
      case .failure(let e): throw Failure(e)
      }
    }
  }
}
