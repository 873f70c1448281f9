import Foundation
import GLPK
import MilenModel

/// Live progress of a planning run, for a terminal display.
public struct PlanningProgress: Sendable {
  /// The goal level being solved (1-4).
  public var level: Int
  /// Its name.
  public var goal: String
  /// Best plan value found so far at this level.
  public var incumbent: Double?
  /// Best bound proven at this level.
  public var bound: Double?
  /// Relative gap.
  public var gap: Double?
  /// Seconds since the run started.
  public var elapsed: Double
}

/// How to run the planner; nil fields take the scenario's policy.
public struct PlanningOptions: Sendable {
  /// Time limit for the whole run, seconds (default: `policy.timeLimitSeconds`).
  public var timeLimit: Double?
  /// Relative MIP gap per level (default: `policy.relativeGap`).
  public var relativeGap: Double?
  /// Solve only the first N goal levels (1-5); the rest are left free.
  public var levels: Int
  /// Print GLPK's own messages.
  public var solverMessages: Bool
  /// Called during long solves.
  public var progress: (@Sendable (PlanningProgress) -> Void)?
  /// Last week's plan (or an earlier plan of this week): stability and the changes are
  /// measured against it (`--previous`). The scenario itself carries the state.
  public var previous: Plan?
  /// Most branch-and-bound nodes per goal level and part: where a level stops when it is not
  /// proven sooner. A limit on work done, so the plan is the same on any machine, loaded or
  /// not (nil: no limit; the clock alone then stops a level).
  public var nodeLimit: Int? = Planner.defaultNodeLimit
  /// Last week, per participant id (set by `plan` from `previous` or the scenario).
  var reference: [String: ReferenceWeek]?
  /// A plan of this same week to stay close to, without the checks of `previous` (a what-if
  /// variant stays close to the base plan, so only what the change causes differs).
  public var stabilityReference: Plan?
  /// Referral-order rules added after a solve whose waiting reasons did not hold.
  var referralRules = ReferralRules()
  /// Start GLPK from a plan at every level: the greedy (or last week's) plan at the first, the
  /// previous level's plan after (default on; off only to measure its effect).
  public var warmStart: Bool = true
  /// Start each goal level's LP relaxation from the previous level's optimal basis (the same
  /// model with one more row, basic, and another objective) rather than from an advanced
  /// basis built from scratch, in parts of at most ``Planner/smallModelColumns`` columns,
  /// whose levels are solved to their optimum: the same value at every level, about half the
  /// simplex iterations, and among equally good plans possibly another. Default on; off, also
  /// with `MILEN_CARRY_BASIS=0` in the environment, only to measure its effect
  /// (docs/performance.md, "The basis carried from level to level").
  public var carryBasis: Bool = ProcessInfo.processInfo.environment["MILEN_CARRY_BASIS"] != "0"
  /// Starting bases for the goal levels' LP relaxations, one per level in order: those of a
  /// week that differs from this one only in a capacity (``Planner/planVariants(of:_:options:)``).
  /// Used where a basis has the level model's size (else the previous level's is carried).
  var levelBases: [Basis?]?
  /// Solve independent parts (towns out of each other's reach) separately and concurrently
  /// (default on; off only to measure its effect).
  public var decompose: Bool = true
  /// An independent check of the finished plan against the scenario it was made for (after
  /// `previous` is carried in): the problems it finds, each naming the rule and the person.
  /// Any problem makes ``Planner/plan(_:options:)`` throw ``PlanningError/solver(_:)`` rather
  /// than return a plan that breaks a hard rule. The `milen` tool sets the plan checker here.
  public var verify: (@Sendable (Scenario, Plan, Plan?) -> [String])?
  /// Stops the run from another thread (a signal, a page's Stop button): GLPK is told at its
  /// next callback, no further level or part starts, and ``Planner/plan(_:options:)`` throws
  /// ``PlanningError/cancelled``. Nothing partial is returned.
  public var cancellation: Cancellation?
  /// Ends the run as its time limit would, from another thread (`milen plan --cut-on-term`: a
  /// batch engine's SIGTERM at a job's time limit): the running solve stops at GLPK's next
  /// callback, no further level starts (parts not yet started keep their starting plan), no
  /// change is verified by re-planning, and the plan so far is returned, marked
  /// ``Plan/cutByClock`` as at the time limit. ``cancellation`` still wins: nothing is
  /// returned when both are made.
  public var clockStop: Cancellation?
  /// Whether ``clockStop`` has been made.
  var clockStopped: Bool { clockStop?.isCancelled == true }
  /// What stops a running solve: ``cancellation`` or ``clockStop``.
  var solveCancellation: Cancellation? {
    guard let clockStop else { return cancellation }
    return Cancellation(parents: [clockStop] + (cancellation.map { [$0] } ?? []))
  }
  /// When the time limit starts counting (default: when ``Planner/plan(_:options:)`` is
  /// called). The `milen` tool sets the moment the command started, so reading the scenario
  /// counts too and `--time-limit` bounds the whole command.
  public var clockStart: Date?
  /// When the run's solves must end: the start plus the time limit less the reserve kept for
  /// the work after them (set by ``Planner/plan(_:options:)``). No re-plan that verifies a
  /// reason starts after it, and none runs past it.
  var deadline: Date?
  /// Give every shortfall a reason (``Explanations``); off for the re-plans that verify them.
  public var explain = true
  /// Re-plans spent verifying the changes the reasons propose (nil: ``Explanations/defaultBudget``
  /// for a week of at most ``Explanations/verifiedWeekSize`` participants, else none: the
  /// binding rows are named without a verified change).
  public var explainBudget: Int?
  /// Solve the wishes level in two steps (issue 13, a measured lever, off by default): first
  /// its placement, mentor and work terms with sessions free, then its sessions with
  /// admissions, placements, work days and hours fixed. Also on with `MILEN_SESSIONS_LEVEL`
  /// set in the environment (for measuring the release build); docs/performance.md, "Levers".
  var sessionsLevel = false
  /// Large-neighbourhood search (``Neighbourhoods``) on a level of a big part that stopped at
  /// its node limit short of its bound (default on; off only to measure its effect, also with
  /// `MILEN_NEIGHBOURHOODS=0` in the environment).
  public var neighbourhoodSearch = true

  /// Defaults: the policy's limits, all four levels, GLPK silent, no previous plan.
  public init(
    timeLimit: Double? = nil, relativeGap: Double? = nil, levels: Int = 5,
    solverMessages: Bool = false, previous: Plan? = nil,
    progress: (@Sendable (PlanningProgress) -> Void)? = nil
  ) {
    self.previous = previous
    self.timeLimit = timeLimit
    self.relativeGap = relativeGap
    self.levels = levels
    self.solverMessages = solverMessages
    self.progress = progress
  }
}

/// A plan and the figures of the run that made it.
public struct PlanResult: Sendable {
  /// The plan.
  public var plan: Plan
  /// Seconds spent building the model.
  public var buildSeconds: Double
  /// Seconds spent in GLPK.
  public var solveSeconds: Double
  /// The LP relaxation bound of the top goal level, when computed.
  public var lpRelaxation: Double?
  /// Whether GLPK accepted the greedy (or last week's) starting plan at the first level that
  /// used it.
  public var warmStartAccepted: Bool?
  /// The week's integer program and the solution the plan was decoded from (a week solved
  /// whole): what the reasons' verification holds everyone else to (``SolvedWeek``).
  var solved: SolvedWeek?
}

/// A week's integer program with the solution its plan was decoded from, by column name: the
/// reasons' restricted verification holds everyone but the person concerned at these values.
struct SolvedWeek: Sendable {
  let formulation: Formulation
  let values: [Double]
  /// The optimal basis of each goal level's LP relaxation (``PlanningOptions/levelBases``).
  var bases: [Basis?] = []

  /// The solution's value of every column, by the column's name.
  func valuesByName() -> [String: Double] {
    let m = formulation.model
    var out: [String: Double] = [:]
    out.reserveCapacity(m.variableCount)
    for v in m.variables { out[m.name(of: v)] = values[v.index] }
    return out
  }
}

/// Why no plan could be made.
public enum PlanningError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The scenario is invalid.
  case invalidScenario(ScenarioError)
  /// The hard rules conflict; the diagnosis names the conflicting rules and data.
  case infeasible(Diagnosis)
  /// The time limit passed before any plan was found at a goal level.
  case noPlanWithinLimit(level: Int, seconds: Double)
  /// The previous plan does not fit this week's scenario (its week, or rule 10).
  case previousPlan([PreviousPlanProblem])
  /// GLPK failed.
  case solver(String)
  /// The run was cancelled (``PlanningOptions/cancellation``) before it finished.
  case cancelled

  public var description: String {
    switch self {
    case .invalidScenario(let e): return e.description
    case .infeasible(let d):
      // The conflicts themselves are typed; MilenReports renders them (`Localizer.say(_:_:)`).
      return "the hard rules cannot all hold this week (\(d.conflicts.count) conflict(s))"
    case .noPlanWithinLimit(let level, let seconds):
      return "no plan was found within \(fmt(seconds)) s (goal level \(level)); "
        + "raise --time-limit or policy.timeLimitSeconds"
    case .solver(let m): return "the solver failed: \(m)"
    case .cancelled: return "planning was stopped before it finished; no plan was made"
    case .previousPlan(let problems):
      return "the previous plan does not fit this scenario:\n"
        + problems.map { "  \($0.english)" }.joined(separator: "\n")
    }
  }
}

/// The formats a model can be exported in.
public enum ModelFormat: String, CaseIterable, Sendable {
  /// CPLEX LP text.
  case lp
  /// Free MPS.
  case mps
}

/// The request to stop a planning run (``PlanningOptions/cancellation``), GLPK's own
/// ``GLPK/Cancellation`` under a name for callers that do not import the binding.
public typealias PlanningCancellation = Cancellation

extension PreviousPlanProblem {
  /// In English, for the planner's own description (people read it through the report layer).
  var english: String {
    switch self {
    case .wrongWeek(let plan, let scenario, let lastWeek):
      return "the previous plan is for week \(plan); this scenario is week \(scenario), so the "
        + "previous plan must be of \(lastWeek) (last week) or \(scenario) (a replan)"
    case .missing(let id, let name, let status, let week):
      return
        "\(name.isEmpty ? id : "\(id) (\(name))") is \(status.rawValue) in the plan of \(week) "
        + "but missing from this scenario: nobody enrolled leaves unless the scenario ends the "
        + "enrolment with exit (rule 10)"
    case .notEnrolled(let id, let name, let status, let week, let enrolment):
      return
        "\(name.isEmpty ? id : "\(id) (\(name))") is \(status.rawValue) in the plan of \(week) "
        + "but \(enrolment.rawValue) in this scenario: roll the week forward with `milen next` "
        + "(rule 10)"
    }
  }
}
