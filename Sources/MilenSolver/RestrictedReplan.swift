import Foundation
import GLPK
import MilenModel

/// A restricted re-plan's input: the changed week and the participant left free in it.
struct RestrictedKey: Hashable {
  let week: Scenario
  let free: String
}

extension Formulation {
  /// The variables each participant decides, by participant index: their admission, their
  /// placements with the days and hours there, their mentors with the hours given, and their
  /// sessions. The goals' slacks that only count these are not among them.
  func decisionVariables() -> [[Variable]] {
    var v = Array(repeating: [Variable](), count: participants.count)
    for (p, a) in admit { v[p].append(a) }
    for pv in placements {
      v[pv.option.participant].append(pv.x)
      for d in pv.days { v[pv.option.participant] += [d.w, d.h] }
    }
    for mv in mentors { v[mv.option.participant] += [mv.m, mv.g] }
    for a in activities { v[a.option.participant].append(a.y) }
    return v
  }
}

extension Planner {
  /// `week` solved with every participant's choices held at `values` (the columns of
  /// `solved`, a solution of a week with the same people, by name), but for the choices of
  /// `free` other than their admission: all five goal levels in order, as ``plan(_:options:)``
  /// solves them, on the few columns left (the goals' own, and `free`'s). Far cheaper than a
  /// whole solve: the program keeps its shape, and branch and bound has little to decide.
  ///
  /// Nil when a choice `solved` made for someone held is not a column of `week`, or lies
  /// outside its bounds there, and when the solve fails, is stopped, or is cut by the clock.
  static func solveHeld(
    _ week: Scenario, holding solved: SolvedWeek, values: [String: Double], free: String?,
    reference: [String: ReferenceWeek], options: PlanningOptions
  ) -> (formulation: Formulation, solved: Solved, held: Int)? {
    var f = Formulation(
      week, options: ScenarioOptions(week), reference: reference,
      referralRules: options.referralRules)
    let freeIndex = free.flatMap { id in week.participants.firstIndex { $0.id == id } }
    if free != nil && freeIndex == nil { return nil }
    // Every choice the plan made for someone held must still be a column of `week`.
    let names = Set(f.model.variables.map { f.model.name(of: $0) })
    let before = solved.formulation
    for (q, vars) in before.decisionVariables().enumerated() where before.participants[q].id != free
    {
      for v in vars where abs(solved.values[v.index]) > 1e-9 {
        guard names.contains(before.model.name(of: v)) else { return nil }
      }
    }
    var held = 0
    for (q, vars) in f.decisionVariables().enumerated() {
      for v in vars where q != freeIndex || v == f.admit[q] {
        let planned = values[f.model.name(of: v)] ?? 0
        let x = f.model.kind(of: v) == .continuous ? planned : planned.rounded()
        let b = f.model.bounds(of: v)
        guard x >= (b.lower ?? -.infinity) - 1e-9, x <= (b.upper ?? .infinity) + 1e-9 else {
          return nil
        }
        f.model.setBounds(v, lower: x, upper: x)
        held += 1
      }
    }
    let start = Date()
    var o = PlanningOptions(timeLimit: options.timeLimit, relativeGap: options.relativeGap)
    o.nodeLimit = options.nodeLimit
    o.explain = false
    o.warmStart = false
    o.cancellation = options.cancellation
    o.clockStop = options.clockStop
    o.deadline = options.deadline
    var limit = options.timeLimit ?? week.policy.timeLimitSeconds
    if let deadline = options.deadline { limit = min(limit, deadline.timeIntervalSinceNow) }
    let gap = options.relativeGap ?? week.policy.relativeGap
    guard let out = try? solveLevels(f, options: o, limit: limit, gap: gap, start: start).solved,
      !out.figures.contains(where: { $0.status == "feasibleAtTimeLimit" }),
      !options.clockStopped, options.cancellation?.isCancelled != true
    else { return nil }
    return (f, out, held)
  }
}

extension Planner {
  /// `week` planned with `options` as ``plan(_:options:)`` plans it, when the plan of
  /// `result` (made of a week with the same people) is known to be optimal for it at every goal
  /// level: its choices held, only the goals' own columns solved, then the waiting list
  /// settled and the plan checked as ``plan(_:options:)`` does. That holds for the week planned
  /// again against its own plan as stability reference (levels 1 to 4 do not read the
  /// reference; level 5 adds, to what the plan reached there, a reward for keeping the
  /// reference that the plan earns in full), and for that week with a lock or ban the plan
  /// keeps (fewer plans, the same optimum).
  ///
  /// Nil when this does not apply: no solution at hand (a week planned in parts), a choice
  /// `week` does not offer, a solve that fails or is cut, a waiting reason that does not hold,
  /// or the checker's objection. Plan the week in full then.
  static func planHeld(
    _ week: Scenario, at result: PlanResult, options: PlanningOptions
  ) -> PlanResult? {
    guard let solved = result.solved else { return nil }
    let reference =
      (options.previous ?? options.stabilityReference).map(ReferenceWeek.fromPlan)
      ?? ReferenceWeek.fromScenario(week)
    let start = Date()
    guard
      let held = solveHeld(
        week, holding: solved, values: solved.valuesByName(), free: nil, reference: reference,
        options: options)
    else { return nil }
    var plan = decode(held.formulation, held.solved)
    let outcome = WaitingReasons.evaluate(week, ScenarioOptions(week), rows: plan.participants)
    guard outcome.failing.isEmpty else { return nil }
    settleWaiting(&plan, outcome)
    addLeavers(&plan, week, reference: reference)
    if let prev = options.previous { plan.previousWeek = prev.week }
    if let verify = options.verify, !verify(week, plan, options.previous).isEmpty { return nil }
    trace(
      "held: \(week.week) \(held.held) of \(held.formulation.model.variableCount) columns held, t \(Date().timeIntervalSince(start))"
    )
    return PlanResult(
      plan: plan, buildSeconds: 0, solveSeconds: held.solved.seconds,
      lpRelaxation: held.solved.lpBound, warmStartAccepted: held.solved.warmAccepted,
      solved: SolvedWeek(formulation: held.formulation, values: held.solved.values))
  }
}

extension Planner {
  /// `week` planned against `result`, its own plan, as the stability reference: the week
  /// what-if variants and suggested options are measured against, so that the stability goal
  /// compares like with like. That is `result`'s plan (it is optimal there at every level), so
  /// it is solved with every choice held (``planHeld(_:at:options:)``); planned in full when
  /// that does not apply.
  public static func planAgainstItself(
    _ week: Scenario, _ result: PlanResult, options: PlanningOptions
  ) throws(PlanningError) -> PlanResult {
    var o = options
    o.stabilityReference = result.plan
    if let held = planHeld(week, at: result, options: o) { return held }
    return try plan(week, options: o)
  }
}

extension Explainer {
  /// The week with `change` made, planned with everyone but `p` held at their week as planned
  /// (admissions, companies, days and hours, mentors and hours, sessions) and `p` free but for
  /// their admission: all five goal levels, in order, against the plan as the stability
  /// reference, as the whole re-plan (``replan(_:around:)``) is. A plan that serves `p` shows
  /// the change serves them without anyone else's week changing and without a higher goal
  /// giving way; one that does not proves nothing (the whole week is then planned again).
  ///
  /// Nil when this check does not apply: no solution at hand (a plan given from outside, or a
  /// week explained across its parts), a change that takes something away (ending a
  /// placement: the plan may not hold then), a planned choice the changed week no longer
  /// offers, the clock stopped, or a solve that failed or was cut by the clock. A change that
  /// only adds capacity keeps the plan feasible, so the restricted week always has a plan.
  mutating func restrictedReplan(_ change: WeekChange, around p: Int) -> Plan? {
    guard let solved, parts.count <= 1, !options.clockStopped else { return nil }
    if case .endPlacement = change { return nil }
    if let deadline = options.deadline, deadline.timeIntervalSinceNow <= 0 { return nil }
    let id = s.participants[p].id
    let changed = change.applied(to: s)
    let key = RestrictedKey(week: changed, free: id)
    if let known = restricted[key] {
      trace("restricted: \(change) for \(id): known")
      return known
    }
    let values = solvedValues ?? solved.valuesByName()
    solvedValues = values
    let start = Date()
    guard
      let held = Planner.solveHeld(
        changed, holding: solved, values: values, free: id,
        reference: ReferenceWeek.fromPlan(plan), options: options)
    else {
      restricted[key] = .some(nil)
      return nil
    }
    trace(
      "restricted: \(change) for \(id): \(held.held) of \(held.formulation.model.variableCount) columns held, t \(Date().timeIntervalSince(start))"
    )
    let other = PlanDecoder(
      held.formulation, values: held.solved.values, levels: held.solved.figures
    )
    .plan()
    restricted[key] = .some(other)
    return other
  }
}
