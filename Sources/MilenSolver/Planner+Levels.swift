import Foundation
import GLPK
import MilenModel

extension Planner {
  /// Models up to this many columns use all cuts and GLPK's default branching; larger ones
  /// MIR and cover cuts with pseudo-cost branching and depth-first backtracking (measured in
  /// docs/performance.md).
  static let smallModelColumns = 1_200

  /// The wishes level of a model above this many columns is solved without cuts: there a
  /// node with MIR and cover cuts costs 0.1-0.5 s (L seed 1's largest town: 51 nodes in 26 s,
  /// 2.9 s without), its branch and bound stops at the node limit either way, and the
  /// neighbourhood search finds the plans (docs/performance.md, "Large-neighbourhood search").
  /// M's towns of 1,400-2,400 columns prove their wishes level optimal with cuts and lose up
  /// to 6 points without, so smaller models keep them.
  static let wishesWithoutCutsColumns = 4_000

  /// The GLPK settings used for every level. Small models (the Aulum week, 892 columns) solve
  /// fastest with all cuts and the default branching (0.17 s against 0.8 s); for a town of
  /// 50-80 participants pseudo-cost branching took the wishes level from over 35 s to about
  /// 1.5 s, and clique and Gomory cuts only slowed its nodes. Depth-first backtracking in a
  /// town: within the node limit, GLPK's default (best local bound) often found no better plan
  /// than the warm start (M seed 1, town 2, work level: 9.48 against the optimum 48.44 that
  /// depth-first reaches; docs/performance.md, "Levers"). The work level of a town branches
  /// by Driebeck and Tomlin's heuristic instead: there pseudo-cost branching's strong branching
  /// cost more than it saved (M seed 1, town 2: 5.7 s against 2.4-2.9 s for the same optimum;
  /// docs/performance.md, "The work level's branching").
  static func solveOptions(
    _ o: PlanningOptions, gap: Double, columns: Int, level: Int? = nil
  ) -> SolveOptions {
    var s = SolveOptions()
    if columns <= smallModelColumns {
      s.cuts = .all
    } else {
      s.cuts = [.mir, .cover]
      s.branching = level == GoalLevel.work.rawValue ? .driebeckTomlin : .pseudoCost
      s.backtracking = .depthFirst
    }
    if level == GoalLevel.wishes.rawValue && columns > wishesWithoutCutsColumns { s.cuts = [] }
    s.relativeGap = gap
    s.messages = o.solverMessages
    s.presolve = false
    return s
  }

  struct Solved {
    var warmAccepted: Bool?
    var values: [Double]
    var figures: [GoalFigures]
    var seconds: Double
    var lpBound: Double?
    /// The optimal basis of each stage's LP relaxation, in the order solved (nil where none).
    var bases: [Basis?] = []
  }

  /// The lexicographic solve: each level is optimised with the levels above fixed at their
  /// reached values, warm-started from the previous level's plan. With `stopAt`, returns the
  /// model of that level (its higher levels fixed) instead of solving it; the models of the
  /// levels in `keep` (up to `stopAt`) are returned too, as they were solved.
  static func solveLevels(
    _ f: Formulation, options: PlanningOptions, limit: Double, gap: Double, start: Date,
    stopAt: Int? = nil, keep: Set<Int> = []
  ) throws(PlanningError) -> (solved: Solved, model: Model?, kept: [Int: Model]) {
    var kept: [Int: Model] = [:]
    var base = f.model
    // The names are checked here once for every level and sub-solve (an invalid model is
    // reported by the level's solve, which validates again).
    try? base.validateOnce()
    var warm: [Double]? =
      options.warmStart ? GreedyStart(f: f).solution() : nil
    var figures: [GoalFigures] = []
    var seconds = 0.0
    var warmAccepted: Bool?
    let levels = f.goals.prefix(max(1, min(options.levels, f.goals.count)))
    let split =
      options.sessionsLevel || ProcessInfo.processInfo.environment["MILEN_SESSIONS_LEVEL"] != nil
    var stages: [Stage] = []
    for goal in levels {
      let expr = goal.expression.merged()
      if split && goal.priority == GoalLevel.wishes.rawValue,
        let s = sessionStages(
          f, goal, expr,
          fixDays: ProcessInfo.processInfo.environment["MILEN_SESSIONS_LEVEL"] != "placements")
      {
        stages += s
      } else {
        stages.append(Stage(goal: goal, expr: expr, label: "\(goal.priority)"))
      }
    }
    // Level 5 solved and held (its last step, when split): the days may be evened out.
    var wishesHeld = false
    // The optimal basis of each level's LP relaxation: the next level's model is the last one
    // with its fixing row added (basic) and another objective, so its LP starts from there.
    var bases: [Basis?] = []
    levelLoop: for (index, stage) in stages.enumerated() {
      let goal = stage.goal
      let expr = stage.expr
      let m = levelModel(base, expr)
      if stage.first && keep.contains(goal.priority) { kept[goal.priority] = m }
      if stage.first && goal.priority == stopAt {
        return (
          Solved(
            warmAccepted: warmAccepted, values: warm ?? [], figures: figures, seconds: seconds,
            lpBound: nil), m, kept
        )
      }
      var so = solveOptions(options, gap: gap, columns: m.variableCount, level: goal.priority)
      var neighbourhoods = 0
      // A clock stopped from outside (``PlanningOptions/clockStop``) leaves no time.
      let remaining = options.clockStopped ? 0 : limit - Date().timeIntervalSince(start)
      so.timeLimit = max(0.01, remaining)
      so.warmStart = options.warmStart ? warm : nil
      so.nodeLimit = options.nodeLimit
      // Only where every level is solved to its optimum (the values do not depend on the
      // path): in a town above `smallModelColumns`, levels stop at their node limits, and a
      // carried basis took M seed 1's wishes level from 3,355.25 to 2,889.25.
      if options.carryBasis, m.variableCount <= smallModelColumns {
        if let seeds = options.levelBases, index < seeds.count, let b = seeds[index],
          b.rows.count == m.constraintCount, b.columns.count == m.variableCount
        {
          // The same level of a week that differs only in a capacity (`milen breakeven`):
          // its optimal basis fits this level's matrix and objective.
          so.basis = b
        } else if let b = bases.last ?? nil, b.rows.count <= m.constraintCount,
          b.columns.count == m.variableCount
        {
          so.basis = b.addingBasicRows(m.constraintCount - b.rows.count)
        }
      }
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
      so.cancellation = options.solveCancellation
      if options.cancellation?.isCancelled == true { throw .cancelled }
      if remaining <= 0, let x = warm, m.isFeasible(x) {
        // Past the deadline: GLPK is not started at all (even a tiny limit costs a model load
        // and an LP per level and part). The plan so far stands, cut by the clock at this
        // level; the levels below are not reached.
        figures.append(cutByClock(goal, expr, at: x))
        break levelLoop
      }
      var finished: SolveResult?
      do {
        finished = try solveWithin(m, options: so, grace: Planner.abandonGrace)
      } catch {
        throw .solver(error.description)
      }
      if options.cancellation?.isCancelled == true { throw .cancelled }
      guard var r = finished else {
        // Abandoned past the deadline: as if not started (the plan so far stands).
        if let x = warm {
          figures.append(cutByClock(goal, expr, at: x))
          break levelLoop
        }
        throw .noPlanWithinLimit(level: goal.priority, seconds: limit)
      }
      // Stopped by the clock stop rather than a cancellation: as at the time limit.
      if options.clockStopped && r.termination == .cancelled { r.termination = .timeLimit }
      seconds += r.wallTime
      bases.append(r.basis)
      trace(
        "level \(stage.label) vars \(m.variableCount): \(r.termination) warm \(r.warmStart) basis \(r.basisOutcome) root it \(r.relaxationIterations ?? -1) it \(r.simplexIterations) nodes \(r.nodes) gap \(r.gap ?? -1) t \(r.wallTime) last \(r.lastImprovementNode ?? -1) obj \(r.objective ?? .nan)"
      )
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
      guard r.pointStatus != .noSolution, let solvedValue = r.objective else {
        switch r.termination {
        case .infeasible, .infeasibleOrUnbounded:
          throw .infeasible(Diagnosis.diagnose(f))
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
      var value = solvedValue
      if r.termination == .workLimit, m.variableCount > smallModelColumns,
        options.neighbourhoodSearch,
        ProcessInfo.processInfo.environment["MILEN_NEIGHBOURHOODS"] != "0",
        let bound = r.bestBound
      {
        // Stopped at the node limit short of the bound: free a few participants at a time.
        let n = Neighbourhoods(f: f, expr: expr).improve(
          m, from: f.cleaned(r.values), bound: bound, gap: gap, options: so,
          deadline: start.addingTimeInterval(limit))
        trace(
          "level \(stage.label) neighbourhoods \(n.solves) improved \(n.improved) nodes \(n.nodes) it \(n.simplexIterations) t \(n.seconds) obj \(value) -> \(n.objective)"
        )
        r.nodes += n.nodes
        r.simplexIterations += n.simplexIterations
        if n.improved > 0 {
          r.values = n.values
          value = n.objective
          r.objective = value
          r.gap = abs(bound - value) / max(1e-10, abs(value))
          if r.gap! <= gap + 1e-9 {
            // The search reached the level's bound: proven optimal.
            r.termination = .optimal
            r.pointStatus = .optimal
          }
        }
        neighbourhoods += n.solves
        if (n.stoppedByClock || options.clockStopped) && r.termination != .optimal {
          // Stopped by the clock, not the work done: reported as cut by the time limit.
          r.termination = .timeLimit
        }
      }
      let bound = r.bestBound ?? value
      figures.append(
        GoalFigures(
          priority: goal.priority, name: goal.name, objective: rounded(value),
          bound: rounded(bound), gap: rounded(r.gap ?? 0), status: statusName(r),
          simplexIterations: r.simplexIterations, nodes: r.nodes))
      figures[figures.count - 1].lpRelaxation = r.lpRelaxation.map(rounded)
      if neighbourhoods > 0 { figures[figures.count - 1].neighbourhoods = neighbourhoods }
      // Fix this level at the value reached before optimising the next one (at most the
      // value of the cleaned plan, so that plan stays a feasible start for the next level).
      let cleaned = f.cleaned(r.values)
      let reached = min(value, expr.value(cleaned))
      fix(&base, goal, expr, at: reached, step: stage.label)
      for v in stage.fixAfter {
        let x = f.model.kind(of: v) == .continuous ? cleaned[v.index] : cleaned[v.index].rounded()
        base.setBounds(v, lower: x, upper: x)
      }
      warm = cleaned
      if goal.priority == GoalLevel.wishes.rawValue && stage.last { wishesHeld = true }
    }
    if wishesHeld, stopAt == nil, let x = warm,
      let i = figures.lastIndex(where: { $0.priority == GoalLevel.wishes.rawValue }),
      let even = try evenDays(
        f, base, at: x, options: options, remaining: limit - Date().timeIntervalSince(start))
    {
      warm = even.values
      figures[i].simplexIterations += even.iterations
      seconds += even.seconds
    }
    if split { mergeSessionFigures(&figures, f, warm) }
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
        lpBound: nil, bases: bases), nil, kept
    )
  }

  /// Goal 5's even days (model.md, rule 5's work day): with every level's value held and every
  /// decision of the plan kept (who works where, on which days, which sessions and mentors),
  /// the hours of each participant working two blocks or more are spread so that the sum of
  /// their longest days is as small as it can be: 4 + 4 rather than 5 + 3. A small linear
  /// program (everything but those hours fixed, GLPK's presolver on), solved after level 5
  /// rather than weighed inside it: as a tiny weight in level 5 it made M seed 1's branch and
  /// bound six times larger (docs/performance.md, "Even days"). Nil when nobody can be evened,
  /// when no time is left, or when the program finds nothing (the plan then stands as it is).
  static func evenDays(
    _ f: Formulation, _ base: Model, at x0: [Double], options: PlanningOptions,
    remaining: Double
  ) throws(PlanningError) -> (values: [Double], iterations: Int, seconds: Double)? {
    guard remaining > 0.05 else { return nil }
    let x = idleSessionsDropped(f, base, at: x0)
    let uneven = f.evenDays.filter { e in
      let worked = e.hours.map { x[$0.index] }.filter { $0 > 1e-9 }
      return worked.count >= 2 && (worked.max()! - worked.min()!) > 1e-6
    }
    guard !uneven.isEmpty else { return x == x0 ? nil : (x, 0, 0) }
    var free: Set<Int> = []
    for e in uneven { for h in e.hours where x[h.index] > 1e-9 { free.insert(h.index) } }
    for k in f.keptHours where free.contains(k.h.index) { free.insert(k.kept.index) }
    var m = base
    for v in m.variables where !free.contains(v.index) {
      let value = m.kind(of: v) == .continuous ? x[v.index] : x[v.index].rounded()
      m.setKind(v, .continuous)
      m.setBounds(v, lower: value, upper: value)
    }
    m.sense = .minimize
    m.objectiveConstant = 0
    for e in uneven {
      let id = f.participants[e.participant].id
      let longest = m.addVariable("longest_day[\(id)]", lower: 0, upper: e.top)
      m.setObjectiveCoefficient(longest, 1)
      for (k, h) in e.hours.enumerated() where free.contains(h.index) {
        m.addConstraint("longest_day[\(id),\(k)]", [(longest, 1), (h, -1)], .greaterOrEqual(0))
      }
    }
    var so = SolveOptions()
    so.presolve = true
    so.messages = options.solverMessages
    so.timeLimit = remaining
    so.cancellation = options.cancellation
    let r: SolveResult?
    do {
      r = try solveWithin(m, options: so, grace: Planner.abandonGrace)
    } catch {
      throw .solver(error.description)
    }
    if options.cancellation?.isCancelled == true { throw .cancelled }
    guard let r, r.pointStatus == .optimal || r.pointStatus == .feasible else { return nil }
    let values = f.cleaned(Array(r.values.prefix(f.model.variableCount)))
    trace("even days: \(uneven.count) participants, it \(r.simplexIterations) t \(r.wallTime)")
    return (values, r.simplexIterations, r.wallTime)
  }

  /// Free evenings (model.md, "What a coordinator reads"): a session that adds nothing to any
  /// goal (not wished, not needed, not the teaching day, beyond the wanted number) is dropped
  /// when every level's held value and every hard rule still hold without it. Level 5 leaves
  /// such sessions to chance, so a week re-planned with its own plan could gain one; dropped,
  /// the week is the same each time. In the participants' order, then the sessions'.
  static func idleSessionsDropped(_ f: Formulation, _ base: Model, at x: [Double]) -> [Double] {
    var valued: Set<Int> = []
    for goal in f.goals {
      for (v, c) in goal.expression.terms where c > 0 { valued.insert(v.index) }
    }
    var x = x
    for a in f.activities where x[a.y.index] > 0.5 && !valued.contains(a.y.index) {
      var y = x
      y[a.y.index] = 0
      y = f.cleaned(y)
      if base.isFeasible(y) { x = y }
    }
    return x
  }

  /// One solve of the lexicographic sequence: a goal level, or a step of one.
  struct Stage {
    var goal: Goal
    var expr: Expression
    var label: String
    /// The first (or only) step of its level: the one `stopAt` and `keep` refer to.
    var first = true
    /// Variables fixed at their values once this step is solved.
    var fixAfter: [Variable] = []
    /// The last (or only) step of its level: the level is held once it is solved.
    var last = true
  }

  /// The wishes level as two steps (``PlanningOptions/sessionsLevel``): 5a its terms other
  /// than sessions, sessions free; then, with admissions, placements, work days, hours and
  /// mentors fixed at 5a's plan (work days and hours only with `fixDays`) and 5a's value held,
  /// 5b the whole level, in which mainly sessions can still move. Nil when the level has no
  /// session terms.
  static func sessionStages(
    _ f: Formulation, _ goal: Goal, _ expr: Expression, fixDays: Bool
  ) -> [Stage]? {
    var sessionVars = Set(f.activities.map(\.y))
    sessionVars.formUnion(f.sessionsGiven.values)
    var a = Expression()
    a.constant = expr.constant
    a.terms = expr.terms.filter { !sessionVars.contains($0.0) }
    guard a.terms.count < expr.terms.count else { return nil }
    var fixed: [Variable] = f.admit.keys.sorted().map { f.admit[$0]! }
    for pv in f.placements {
      fixed.append(pv.x)
      if fixDays { for d in pv.days { fixed += [d.w, d.h] } }
    }
    for mv in f.mentors { fixed.append(mv.m) }
    return [
      Stage(goal: goal, expr: a, label: "5a", fixAfter: fixed, last: false),
      Stage(goal: goal, expr: expr, label: "5b", first: false),
    ]
  }

  /// The figures of the two steps of the wishes level as one: the last step's, its value that
  /// of the whole level on the plan, the work of both steps counted.
  static func mergeSessionFigures(_ figures: inout [GoalFigures], _ f: Formulation, _ x: [Double]?)
  {
    let p = GoalLevel.wishes.rawValue
    let idx = figures.indices.filter { figures[$0].priority == p }
    guard let last = idx.last, let x, let goal = f.goals.first(where: { $0.priority == p }) else {
      return
    }
    var merged = figures[last]
    merged.objective = rounded(goal.expression.merged().value(x))
    // Neither step's bound bounds the whole level (5b's holds only with 5a's plan fixed).
    merged.bound = nil
    merged.gap = nil
    merged.lpRelaxation = nil
    if idx.count > 1 {
      merged.nodes += figures[idx[0]].nodes
      merged.simplexIterations += figures[idx[0]].simplexIterations
      if figures[idx[0]].status != "optimal" { merged.status = figures[idx[0]].status }
    }
    for i in idx.reversed() { figures.remove(at: i) }
    figures.insert(merged, at: idx[0])
  }

  /// A level the clock stopped before GLPK could improve on the plan so far (`x`): its value
  /// there, no bound.
  static func cutByClock(_ goal: Goal, _ expr: Expression, at x: [Double]) -> GoalFigures {
    GoalFigures(
      priority: goal.priority, name: goal.name, objective: rounded(expr.value(x)), bound: nil,
      gap: nil, status: "feasibleAtTimeLimit", simplexIterations: 0, nodes: 0)
  }

  /// Seconds a solve may run past its time limit before the plan goes on without it.
  static let abandonGrace = 0.25

  /// Seconds a solve may run on once it is stopped from outside (``PlanningOptions/clockStop``,
  /// ``PlanningOptions/cancellation``) before the plan goes on without it.
  static let stopGrace = 0.5

  /// How often a waiting ``solveWithin(_:options:grace:stopGrace:solve:abandoned:)`` looks
  /// whether the solve was stopped from outside.
  static let stopPoll = 0.05

  /// Solves on a thread of its own and waits at most the time limit plus `grace`, or
  /// `stopGrace` once the solve's cancellation is made from outside (nil when it did not
  /// finish by then). GLPK looks at the clock and its cancellation only between its own steps,
  /// and some steps (the root LP relaxation, pseudo-cost branching's trial LPs, a long node LP
  /// on a loaded machine) run for seconds, or on a large week minutes, without a callback. A
  /// solve still running then is abandoned, and cancelled: it stops at its next callback (no
  /// further node, level or part), its thread frees GLPK's thread-local state, and this level
  /// counts as cut by the clock. So a batch engine's SIGTERM (`milen plan --cut-on-term`)
  /// leaves the plan so far within about `stopGrace`, whatever GLPK is doing. `solve` is the
  /// solve itself (tests hold it); `abandoned` sees the solve given up (tests).
  static func solveWithin(
    _ m: Model, options so: SolveOptions, grace: Double, stopGrace: Double = Planner.stopGrace,
    solve run: @escaping @Sendable (Model, SolveOptions) throws(SolverError) -> SolveResult =
      Solver.solve,
    abandoned: ((AbandonedSolve) -> Void)? = nil
  ) throws(SolverError) -> SolveResult? {
    let limit = min(so.timeLimit ?? .infinity, 1e6)
    guard limit < 1e6 || so.cancellation != nil else { return try run(m, so) }
    let solve = AbandonedSolve()
    var own = so
    own.cancellation = Cancellation(parent: so.cancellation)
    let cancellation = own.cancellation!
    let options = own
    Thread.detachNewThread {
      let r = Result { () throws(SolverError) -> SolveResult in try run(m, options) }
      solve.finish(r)
    }
    let deadline = DispatchTime.now() + limit + grace
    var until = deadline
    var stopped = false
    while true {
      let now = DispatchTime.now()
      if now >= until { break }
      let slice = min(until, now + stopPoll)
      if solve.done.wait(timeout: slice) == .success, let r = solve.result { return try r.get() }
      if !stopped, so.cancellation?.isCancelled == true {
        // Stopped from outside: the solve has `stopGrace` to notice at a callback.
        stopped = true
        until = min(deadline, .now() + stopGrace)
      }
    }
    cancellation.cancel()
    abandoned?(solve)
    return nil
  }

  /// Fixes a solved goal level at the value reached (less a tolerance of 1e-6 relative) as a
  /// row of the model the lower levels are solved in, named after the level (or its `step`,
  /// such as 5a, when the level is solved in steps: each step holds its own row).
  static func fix(
    _ base: inout Model, _ goal: Goal, _ expr: Expression, at reached: Double,
    step: String? = nil
  ) {
    let tol = 1e-6 * max(1, abs(reached))
    if !expr.terms.isEmpty {
      base.addConstraint(
        "goal\(step ?? String(goal.priority))[\(goal.name)]", expr.terms,
        .greaterOrEqual(reached - expr.constant - tol))
    }
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

/// A value rounded to 9 significant decimals, so plans print the same everywhere.
package func rounded(_ x: Double) -> Double { (x * 1e9).rounded() / 1e9 }

/// A solve run on a thread of its own: its result once it ends, and a semaphore signalled then.
final class AbandonedSolve: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Result<SolveResult, SolverError>?
  /// Signalled once when the solve ends.
  let done = DispatchSemaphore(value: 0)

  func finish(_ r: Result<SolveResult, SolverError>) {
    lock.withLock { value = r }
    done.signal()
  }

  /// The result, once the solve has ended.
  var result: Result<SolveResult, SolverError>? { lock.withLock { value } }
}
