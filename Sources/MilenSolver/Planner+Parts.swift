import Foundation
import GLPK
import MilenModel

extension Planner {
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

  /// Plans the parts concurrently (as many at once as there are cores) and merges them. A part
  /// given in `reuse` is not solved again (its input is unchanged since it was planned); the
  /// second value is every part's own result, in the order of `parts`.
  static func planParts(
    _ scenario: Scenario, _ parts: [Part], options: PlanningOptions, start: Date,
    reuse: [PlanResult?] = []
  ) throws(PlanningError) -> (PlanResult, [PlanResult]) {
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
      if i < reuse.count, let kept = reuse[i] {
        box.set(i, .success(kept))
        return
      }
      if options.cancellation?.isCancelled == true {
        box.set(i, .failure(.cancelled))
        return
      }
      var o = options
      // The clock is only a safety net: every part may run until the run's deadline; the node
      // limit decides where each level stops. A part that starts after the deadline keeps its
      // starting plan without calling GLPK (see solveLevels).
      o.timeLimit = deadline.timeIntervalSinceNow
      if let ref = options.reference {
        let ids = Set(subs[i].participants.map(\.id))
        o.reference = ref.filter { ids.contains($0.key) }
      }
      let r = Result { () throws(PlanningError) -> PlanResult in
        var part = try planWhole(subs[i], ScenarioOptions(subs[i]), options: o, start: Date())
        if o.explain {
          part.plan =
            Explanations.explain(
              subs[i], part.plan, options: o, budget: Explanations.budget(subs[i], o)
            ).plan
        }
        return part
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
    let merged = PlanResult(
      plan: plan, buildSeconds: results.reduce(0) { $0 + $1.buildSeconds },
      solveSeconds: results.reduce(0) { $0 + $1.solveSeconds }, lpRelaxation: nil,
      warnings: results.flatMap(\.warnings),
      warmStartAccepted: results.allSatisfy { $0.warmStartAccepted != false })
    return (merged, results)
  }
}
