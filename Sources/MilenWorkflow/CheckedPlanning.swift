import Foundation
import MilenCheck
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver

/// The one way plans are made for people to use (the `milen` commands and the planning page):
/// the week's size is estimated before any model is built, and every plan is checked by the
/// independent checker (``PlanChecker``) before it is returned; a plan it rejects is a
/// ``PlanningError/solver(_:)`` that names the rule and the person.
public enum CheckedPlanning {
  /// The checker's violations of a plan, one line each in English, by name
  /// (`rule 2 (Capacity): Hanne Ø. gives ...`), against the previous plan when one is given:
  /// for the planner's own error when it rejects a plan (a bug), which is English.
  public static let verify: @Sendable (Scenario, Plan, Plan?) -> [String] = { s, p, previous in
    verify(s, p, previous, Localizer.english)
  }

  /// The checker's violations of a plan, one line each in `l`'s language, by name.
  public static func verify(_ s: Scenario, _ p: Plan, _ previous: Plan?, _ l: Localizer)
    -> [String]
  {
    let names = Names(checking: s, plan: p, previous: previous)
    return PlanChecker.check(p, against: s, previous: previous).map { l.say($0, names) }
  }

  /// Planning options with the independent checker set.
  public static func options(
    timeLimit: Double? = nil, relativeGap: Double? = nil, solverMessages: Bool = false
  ) -> PlanningOptions {
    var o = PlanningOptions(
      timeLimit: timeLimit, relativeGap: relativeGap, solverMessages: solverMessages)
    o.verify = verify
    return o
  }

  /// Why the week is too large to plan, before anything is built; nil when it can be planned.
  public static func sizeProblem(_ s: Scenario) -> SizeProblem? { Planner.sizeIssue(s) }

  /// Plans one week with the checker set, whatever `options.verify` held.
  public static func plan(_ s: Scenario, options: PlanningOptions) throws(PlanningError)
    -> PlanResult
  {
    var o = options
    o.verify = verify
    return try Planner.plan(s, options: o)
  }
}
