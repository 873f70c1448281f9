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
  /// Solve independent parts (towns out of each other's reach) separately and concurrently
  /// (default on; off only to measure its effect).
  public var decompose: Bool = true
  /// An independent check of the finished plan against the scenario it was made for (after
  /// `previous` is carried in): the problems it finds, each naming the rule and the person.
  /// Any problem makes ``Planner/plan(_:options:)`` throw ``PlanningError/solver(_:)`` rather
  /// than return a plan that breaks a hard rule. The `milen` tool sets the plan checker here.
  public var verify: (@Sendable (Scenario, Plan, Plan?) -> [String])?

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
  /// Things the coordinator should know that do not stop the plan (e.g. a previous plan of
  /// an unexpected week).
  public var warnings: [String] = []
  /// Whether GLPK accepted the greedy (or last week's) starting plan at the first level that
  /// used it.
  public var warmStartAccepted: Bool?
}

/// Why no plan could be made.
public enum PlanningError: Error, Sendable, CustomStringConvertible {
  /// The scenario is invalid.
  case invalidScenario(ScenarioError)
  /// The hard rules conflict; the diagnosis names the conflicting rules and data.
  case infeasible(Diagnosis)
  /// The time limit passed before any plan was found at a goal level.
  case noPlanWithinLimit(level: Int, seconds: Double)
  /// The previous plan does not fit this week's scenario (its week, or rule 10).
  case previousPlan([String])
  /// GLPK failed.
  case solver(String)

  public var description: String {
    switch self {
    case .invalidScenario(let e): return e.description
    case .infeasible(let d): return d.description
    case .noPlanWithinLimit(let level, let seconds):
      return "no plan was found within \(fmt(seconds)) s (goal level \(level)); "
        + "raise --time-limit or policy.timeLimitSeconds"
    case .solver(let m): return "the solver failed: \(m)"
    case .previousPlan(let problems):
      return "the previous plan does not fit this scenario:\n"
        + problems.map { "  \($0)" }.joined(separator: "\n")
    }
  }
}

/// The weekly planner: validates, formulates, solves goal by goal and decodes the plan.
public enum Planner {
  /// The default node limit per goal level and part (see ``PlanningOptions/nodeLimit``).
  public static let defaultNodeLimit = 200

  /// Models up to this many columns use all cuts and GLPK's default branching; larger ones
  /// MIR and cover cuts with pseudo-cost branching (measured in docs/performance.md).
  static let smallModelColumns = 1_200

  /// The GLPK settings used for every level. Small models (the Aulum week, 892 columns) solve
  /// fastest with all cuts and the default branching (0.17 s against 0.8 s); for a town of
  /// 50-80 participants pseudo-cost branching took the wishes level from over 35 s to about
  /// 1.5 s, and clique and Gomory cuts only slowed its nodes.
  static func solveOptions(_ o: PlanningOptions, gap: Double, columns: Int) -> SolveOptions {
    var s = SolveOptions()
    if columns <= smallModelColumns {
      s.cuts = .all
    } else {
      s.cuts = [.mir, .cover]
      s.branching = .pseudoCost
    }
    s.relativeGap = gap
    s.messages = o.solverMessages
    s.presolve = false
    return s
  }

  /// Plans the week.
  public static func plan(
    _ given: Scenario, options givenOptions: PlanningOptions = PlanningOptions()
  ) throws(PlanningError) -> PlanResult {
    do {
      try given.validate()
    } catch {
      throw .invalidScenario(error)
    }
    let scenario = given
    var options = givenOptions
    if let prev = options.previous {
      let problems = Rolling.previousProblems(scenario, previous: prev)
      if !problems.isEmpty { throw .previousPlan(problems) }
    }
    let reference =
      (options.previous ?? options.stabilityReference).map(ReferenceWeek.fromPlan)
      ?? ReferenceWeek.fromScenario(scenario)
    options.reference = reference
    let start = Date()
    let opts = ScenarioOptions(scenario)
    if let d = Diagnosis.precheck(scenario, opts) { throw .infeasible(d) }
    let parts = options.decompose ? Decomposition.parts(scenario, opts) : []
    var partOf: [String: Int] = [:]
    for (i, part) in parts.enumerated() {
      for p in part.participants { partOf[scenario.participants[p].id] = i }
    }
    var result: PlanResult
    // Rule 9: solve, check every waiting referral's reason, and solve again with the order
    // enforced where a reason did not hold (rare: the goals already admit in referral order).
    var attempt = 0
    while true {
      if parts.count <= 1 {
        result = try planWhole(scenario, opts, options: options, start: start)
      } else {
        result = try planParts(scenario, parts, options: options, start: start)
      }
      let outcome = WaitingReasons.evaluate(scenario, opts, rows: result.plan.participants)
      attempt += 1
      if outcome.failing.isEmpty || attempt >= 4 {
        for i in result.plan.participants.indices {
          let id = result.plan.participants[i].id
          guard result.plan.participants[i].status == .waiting else { continue }
          result.plan.participants[i].waitingReason = outcome.reasons[id]
          if let note = outcome.notes[id] { result.plan.participants[i].notes = [note] }
        }
        break
      }
      for pair in outcome.failing {
        if parts.count <= 1 || partOf[pair.earlier] == partOf[pair.later] {
          options.referralRules.pairs.append(pair)
        } else if !options.referralRules.admit.contains(pair.earlier) {
          options.referralRules.admit.append(pair.earlier)
        }
      }
    }
    if var changes = result.plan.changes {
      let ids = Set(scenario.participants.map(\.id))
      for (id, old) in reference.sorted(by: { $0.key < $1.key })
      where !ids.contains(id) && (old.status == .enrolled || old.status == .admitted) {
        changes.append(
          PlanChange(participant: id, kind: .left, reason: "not in this week's scenario"))
      }
      result.plan.changes = changes
    }
    if let prev = options.previous { result.plan.previousWeek = prev.week }
    if let verify = options.verify {
      let problems = verify(scenario, result.plan, options.previous)
      if !problems.isEmpty {
        throw .solver(
          "the plan breaks \(problems.count) hard rule(s) by the independent checker, so it is "
            + "not written (a bug in the planner):\n"
            + problems.map { "  \($0)" }.joined(separator: "\n"))
      }
    }
    return result
  }

  /// The size of the whole week's integer program (columns, integer columns, rows), built as
  /// `export-model` writes it: for benchmarks of model building.
  public static func modelSize(_ scenario: Scenario) -> (
    columns: Int, integerColumns: Int, rows: Int
  ) {
    let f = Formulation(scenario)
    let ints = f.model.variables.filter { f.model.kind(of: $0) != .continuous }.count
    return (f.model.variableCount, ints, f.model.constraintCount)
  }

  /// The independent parts of a week (towns out of each other's reach) as scenarios of their
  /// own, as `plan` solves them: each with its share of the coordinator's hours and of
  /// break-even. One part means the week does not split.
  public static func independentParts(_ scenario: Scenario) -> [Scenario] {
    let opts = ScenarioOptions(scenario)
    let parts = Decomposition.parts(scenario, opts)
    guard parts.count > 1 else { return [scenario] }
    return partScenarios(scenario, parts)
  }

  static func partScenarios(_ s: Scenario, _ parts: [Part]) -> [Scenario] {
    let enrolledLoad = s.participants.filter(\.isActiveEnrolled)
      .reduce(0) { $0 + s.coordinator.followUp(for: $1.track) }
    let fixedLoad =
      s.coordinator.fixedHours + enrolledLoad
      + s.activities.filter(\.runByCoordinator).reduce(0) { $0 + $1.time.hours }
    let rooms = Decomposition.admissionRoom(s, parts, fixedLoad: fixedLoad)
    // Break-even: each part is asked for its enrolled plus the admissions it must add, the
    // earliest referrals first, until the programme's deficit is covered.
    let enrolled = s.participants.filter(\.isActiveEnrolled).count
    var deficit = max(0, s.programme.breakEven - enrolled)
    var shares = parts.map { part in
      part.participants.filter { s.participants[$0].isActiveEnrolled }.count
    }
    if deficit == 0 {
      shares = shares.map { _ in 0 }
    } else {
      var partOf: [Int: Int] = [:]
      for (i, part) in parts.enumerated() { for p in part.participants { partOf[p] = i } }
      for p in s.waitingListOrder where deficit > 0 {
        if let i = partOf[p] {
          shares[i] += 1
          deficit -= 1
        }
      }
    }
    return parts.enumerated().map { i, part in
      Decomposition.scenario(of: part, in: s, room: rooms[i], breakEvenShare: shares[i])
    }
  }

  /// Plans the parts concurrently (as many at once as there are cores) and merges them.
  static func planParts(
    _ scenario: Scenario, _ parts: [Part], options: PlanningOptions, start: Date
  ) throws(PlanningError) -> PlanResult {
    let s = scenario
    let subs = partScenarios(s, parts)
    let limit = options.timeLimit ?? s.policy.timeLimitSeconds
    let deadline = start.addingTimeInterval(limit)
    let box = ResultBox<Result<PlanResult, PlanningError>>(count: subs.count)
    // Largest parts first; each part's time is its share (by participants) of what is left,
    // times the cores, so one hard town cannot starve the others.
    let order = subs.indices.sorted {
      (subs[$1].participants.count, $0) < (subs[$0].participants.count, $1)
    }
    DispatchQueue.concurrentPerform(iterations: subs.count) { k in
      let i = order[k]
      var o = options
      // The clock is only a safety net: every part may run until the run's deadline; the node
      // limit decides where each level stops.
      o.timeLimit = max(0.01, deadline.timeIntervalSinceNow)
      if let ref = options.reference {
        let ids = Set(subs[i].participants.map(\.id))
        o.reference = ref.filter { ids.contains($0.key) }
      }
      let r = Result { () throws(PlanningError) -> PlanResult in
        try planWhole(subs[i], ScenarioOptions(subs[i]), options: o, start: Date())
      }
      box.set(i, r)
    }
    var results: [PlanResult] = []
    for r in box.values {
      switch r! {
      case .success(let x): results.append(x)
      case .failure(.noPlanWithinLimit(let level, _)):
        throw .noPlanWithinLimit(level: level, seconds: limit)
      case .failure(let e): throw e
      }
    }
    var plan = Decomposition.merge(results.map(\.plan), parts: parts, scenario: s)
    let position = Dictionary(
      s.participants.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var changes = results.flatMap { $0.plan.changes ?? [] }
    changes.sort { (position[$0.participant] ?? 0) < (position[$1.participant] ?? 0) }
    plan.changes = changes
    plan.voluntaryChanges = results.reduce(0) { $0 + ($1.plan.voluntaryChanges ?? 0) }
    if results.contains(where: { $0.plan.cutByClock == true }) { plan.cutByClock = true }
    return PlanResult(
      plan: plan, buildSeconds: results.reduce(0) { $0 + $1.buildSeconds },
      solveSeconds: results.reduce(0) { $0 + $1.solveSeconds }, lpRelaxation: nil,
      warnings: results.flatMap(\.warnings),
      warmStartAccepted: results.allSatisfy { $0.warmStartAccepted != false })
  }

  /// Plans one scenario as a single integer program (already validated and prechecked).
  static func planWhole(
    _ scenario: Scenario, _ opts: ScenarioOptions, options: PlanningOptions, start: Date
  ) throws(PlanningError) -> PlanResult {
    let f = Formulation(
      scenario, options: opts, reference: options.reference, referralRules: options.referralRules)
    let built = Date()
    let limit = options.timeLimit ?? scenario.policy.timeLimitSeconds
    let gap = options.relativeGap ?? scenario.policy.relativeGap
    let solved = try solveLevels(f, options: options, limit: limit, gap: gap, start: start).solved
    var plan = PlanDecoder(f, values: solved.values, levels: solved.figures).plan()
    plan.changes = Continuity.changes(reference: f.reference, now: plan, f)
    let (terms, count) = f.voluntaryChangeTerms()
    plan.voluntaryChanges =
      count + Int(terms.reduce(0.0) { $0 + $1.1 * solved.values[$1.0.index] }.rounded())
    if solved.figures.contains(where: { $0.status == "feasibleAtTimeLimit" }) {
      plan.cutByClock = true
    }
    return PlanResult(
      plan: plan, buildSeconds: built.timeIntervalSince(start),
      solveSeconds: solved.seconds, lpRelaxation: solved.lpBound, warnings: [],
      warmStartAccepted: solved.warmAccepted)
  }

  struct Solved {
    var warmAccepted: Bool?
    var values: [Double]
    var figures: [GoalFigures]
    var seconds: Double
    var lpBound: Double?
  }

  /// The lexicographic solve: each level is optimised with the levels above fixed at their
  /// reached values, warm-started from the previous level's plan. With `stopAt`, returns the
  /// model of that level (its higher levels fixed) instead of solving it.
  static func solveLevels(
    _ f: Formulation, options: PlanningOptions, limit: Double, gap: Double, start: Date,
    stopAt: Int? = nil
  ) throws(PlanningError) -> (solved: Solved, model: Model?) {
    var base = f.model
    var warm: [Double]? =
      options.warmStart ? GreedyStart(f: f).solution() : nil
    var figures: [GoalFigures] = []
    var seconds = 0.0
    var warmAccepted: Bool?
    let levels = f.goals.prefix(max(1, min(options.levels, f.goals.count)))
    levelLoop: for goal in levels {
      let expr = goal.expression.merged()
      let m = levelModel(base, expr)
      if goal.priority == stopAt {
        return (
          Solved(
            warmAccepted: warmAccepted, values: warm ?? [], figures: figures, seconds: seconds,
            lpBound: nil), m
        )
      }
      var so = solveOptions(options, gap: gap, columns: m.variableCount)
      let remaining = limit - Date().timeIntervalSince(start)
      so.timeLimit = max(0.01, remaining)
      so.warmStart = options.warmStart ? warm : nil
      so.nodeLimit = options.nodeLimit
      if let report = options.progress {
        let level = goal.priority
        let name = goal.name
        so.progress = { p in
          report(
            PlanningProgress(
              level: level, goal: name, incumbent: p.incumbent, bound: p.bestBound, gap: p.gap,
              elapsed: Date().timeIntervalSince(start)))
          return .proceed
        }
      }
      var r: SolveResult
      do {
        r = try Solver.solve(m, options: so)
      } catch {
        throw .solver(error.description)
      }
      seconds += r.wallTime
      if ProcessInfo.processInfo.environment["MILEN_TRACE"] != nil {
        FileHandle.standardError.write(
          Data(
            "level \(goal.priority) vars \(m.variableCount): \(r.termination) warm \(r.warmStart) it \(r.simplexIterations) nodes \(r.nodes) gap \(r.gap ?? -1) t \(r.wallTime)\n"
              .utf8))
      }
      if warmAccepted == nil && (r.warmStart == .accepted || r.warmStart == .rejectedInfeasible) {
        warmAccepted = r.warmStart == .accepted
      }
      if r.pointStatus == .noSolution,
        [.timeLimit, .cancelled, .workLimit].contains(r.termination),
        let start = warm, m.isFeasible(start)
      {
        // Out of time before GLPK took the starting plan: the starting plan (the previous
        // level's, feasible here by construction) is this level's result.
        r.values = start
        r.objective = m.objectiveValue(start)
        r.pointStatus = .feasible
        let bound = r.bestBound ?? r.lpRelaxation ?? r.objective!
        r.bestBound = bound
        r.gap = abs(bound - r.objective!) / max(1e-10, abs(r.objective!))
      }
      guard r.pointStatus != .noSolution, let value = r.objective else {
        switch r.termination {
        case .infeasible, .infeasibleOrUnbounded:
          throw .infeasible(Diagnosis.elastic(f))
        case .timeLimit, .cancelled, .workLimit:
          // Out of time without a plan at this level: keep the plan of the levels above, if
          // any (the remaining levels are reported as not reached).
          if let start = warm, goal.priority > 1 {
            let v = expr.value(start)
            let b = r.bestBound ?? r.lpRelaxation ?? v
            figures.append(
              GoalFigures(
                priority: goal.priority, name: goal.name, objective: rounded(v), bound: rounded(b),
                gap: rounded(abs(b - v) / max(1e-10, abs(v))),
                status: r.termination == .workLimit ? "workLimit" : "feasibleAtTimeLimit",
                simplexIterations: r.simplexIterations, nodes: r.nodes))
            break levelLoop
          }
          throw .noPlanWithinLimit(level: goal.priority, seconds: limit)
        default:
          throw .solver("goal level \(goal.priority) stopped: \(r.termination)")
        }
      }
      let bound = r.bestBound ?? value
      figures.append(
        GoalFigures(
          priority: goal.priority, name: goal.name, objective: rounded(value),
          bound: rounded(bound), gap: rounded(r.gap ?? 0), status: statusName(r),
          simplexIterations: r.simplexIterations, nodes: r.nodes))
      figures[figures.count - 1].lpRelaxation = r.lpRelaxation.map(rounded)
      // Fix this level at the value reached before optimising the next one (at most the
      // value of the cleaned plan, so that plan stays a feasible start for the next level).
      let cleaned = f.cleaned(r.values)
      let reached = min(value, expr.value(cleaned))
      let tol = 1e-6 * max(1, abs(reached))
      if !expr.terms.isEmpty {
        base.addConstraint(
          "goal\(goal.priority)[\(goal.name)]", expr.terms,
          .greaterOrEqual(reached - expr.constant - tol))
      }
      warm = cleaned
    }
    // Levels the run did not reach are reported as such: their value on the plan, no bound.
    if let x = warm, stopAt == nil {
      for goal in levels where !figures.contains(where: { $0.priority == goal.priority }) {
        figures.append(
          GoalFigures(
            priority: goal.priority, name: goal.name,
            objective: rounded(goal.expression.merged().value(x)), bound: nil, gap: nil,
            status: "notReached", simplexIterations: 0, nodes: 0))
      }
    }
    return (
      Solved(
        warmAccepted: warmAccepted, values: warm ?? [], figures: figures, seconds: seconds,
        lpBound: nil), nil
    )
  }

  /// The model of one goal level: the hard rules, the higher levels' fixing rows, and the
  /// level's expression as a maximised objective.
  static func levelModel(_ base: Model, _ expr: Expression) -> Model {
    var m = base
    m.sense = .maximize
    m.objectiveConstant = expr.constant
    for (v, c) in expr.terms { m.setObjectiveCoefficient(v, c) }
    return m
  }

  static func statusName(_ r: SolveResult) -> String {
    switch (r.termination, r.pointStatus) {
    case (.optimal, .optimal): return "optimal"
    case (.optimal, _): return "withinGap"
    case (.timeLimit, _): return "feasibleAtTimeLimit"
    case (.workLimit, _): return "workLimit"
    case (.cancelled, _): return "feasibleCancelled"
    default: return "\(r.termination)"
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

/// A value rounded to 9 significant decimals, so plans print the same everywhere.
func rounded(_ x: Double) -> Double { (x * 1e9).rounded() / 1e9 }
