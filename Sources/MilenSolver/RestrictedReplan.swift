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
    var f = Formulation(
      changed, options: ScenarioOptions(changed), reference: ReferenceWeek.fromPlan(plan),
      referralRules: options.referralRules)
    guard let free = changed.participants.firstIndex(where: { $0.id == id }) else { return nil }
    // Every choice the plan made for someone else must still be a column of the changed week.
    let names = Set(f.model.variables.map { f.model.name(of: $0) })
    let before = solved.formulation
    for (q, vars) in before.decisionVariables().enumerated() where before.participants[q].id != id {
      for v in vars where abs(solved.values[v.index]) > 1e-9 {
        guard names.contains(before.model.name(of: v)) else {
          restricted[key] = .some(nil)
          return nil
        }
      }
    }
    var held = 0
    for (q, vars) in f.decisionVariables().enumerated() {
      for v in vars where q != free || v == f.admit[q] {
        let planned = values[f.model.name(of: v)] ?? 0
        let x = f.model.kind(of: v) == .continuous ? planned : planned.rounded()
        let b = f.model.bounds(of: v)
        guard x >= (b.lower ?? -.infinity) - 1e-9, x <= (b.upper ?? .infinity) + 1e-9 else {
          restricted[key] = .some(nil)
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
    var limit = options.timeLimit ?? changed.policy.timeLimitSeconds
    if let deadline = options.deadline { limit = min(limit, deadline.timeIntervalSinceNow) }
    let gap = options.relativeGap ?? changed.policy.relativeGap
    let outcome = try? Planner.solveLevels(f, options: o, limit: limit, gap: gap, start: start)
    trace(
      "restricted: \(change) for \(id): \(held) of \(f.model.variableCount) columns held, t \(Date().timeIntervalSince(start))"
    )
    guard let solvedLevels = outcome?.solved,
      !solvedLevels.figures.contains(where: { $0.status == "feasibleAtTimeLimit" }),
      !options.clockStopped, options.cancellation?.isCancelled != true
    else { return nil }
    let other = PlanDecoder(f, values: solvedLevels.values, levels: solvedLevels.figures).plan()
    restricted[key] = .some(other)
    return other
  }
}
