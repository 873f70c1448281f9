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
        let partStart = Date()
        var part = try planWhole(subs[i], ScenarioOptions(subs[i]), options: o, start: partStart)
        trace(
          "part \(i) (\(subs[i].participants.count) people) solved in \(Date().timeIntervalSince(partStart)), \(deadline.timeIntervalSinceNow) s before the deadline"
        )
        if o.explain {
          part.plan =
            Explanations.explain(
              subs[i], part.plan, options: o, budget: Explanations.budget(subs[i], o),
              solved: part.solved
            ).plan
          trace(
            "part \(i) explained in \(Date().timeIntervalSince(partStart)), \(deadline.timeIntervalSinceNow) s before the deadline"
          )
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
    let plan = assemble(results.map(\.plan), parts: parts, scenario: s)
    let merged = PlanResult(
      plan: plan, buildSeconds: results.reduce(0) { $0 + $1.buildSeconds },
      solveSeconds: results.reduce(0) { $0 + $1.solveSeconds }, lpRelaxation: nil,

      warmStartAccepted: results.allSatisfy { $0.warmStartAccepted != false })
    return (merged, results)
  }

  /// The week's plan from its parts' plans (in part order), before the waiting reasons are
  /// settled on the whole week.
  static func assemble(_ plans: [Plan], parts: [Part], scenario s: Scenario) -> Plan {
    var plan = Decomposition.merge(plans, parts: parts, scenario: s)
    let position = Dictionary(
      s.participants.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var changes = plans.flatMap { $0.changes ?? [] }
    changes.sort { (position[$0.participant] ?? 0) < (position[$1.participant] ?? 0) }
    plan.changes = changes
    plan.voluntaryChanges = plans.reduce(0) { $0 + ($1.voluntaryChanges ?? 0) }
    if plans.contains(where: { $0.cutByClock == true }) { plan.cutByClock = true }
    let moves = plans.flatMap { $0.moves ?? [] }
    plan.moves = moves.isEmpty ? nil : moves
    return plan
  }

  /// Rule 9 settled on the whole week: each waiting participant's reason and note.
  static func settleWaiting(_ plan: inout Plan, _ outcome: WaitingReasons.Outcome) {
    for i in plan.participants.indices where plan.participants[i].status == .waiting {
      let id = plan.participants[i].id
      plan.participants[i].waitingReason = outcome.reasons[id]
      plan.participants[i].notes = outcome.notes[id].map { [$0] } ?? PlanDecoder.waitingNotes
    }
  }

  /// Joins the plans of a week's independent parts, each planned on its own (`milen split`,
  /// then `milen plan` per part, e.g. as a batch job), into the week's plan: the plan `plan`
  /// makes of the whole week, as long as no part was cut by the clock. `plans[i]` is the plan
  /// of part i + 1 as ``independentParts(_:)`` numbers them (made without `--previous`).
  ///
  /// Throws when the plans cannot give the whole week's plan: a count that is not the number
  /// of parts, a plan whose participants are not its part's, or a waiting referral whose
  /// reason does not hold on the whole week (then `plan` solves again; plan the week whole).
  public static func merge(
    _ scenario: Scenario, partPlans plans: [Plan]
  ) throws(PlanningError) -> Plan {
    do {
      try scenario.validate()
    } catch {
      throw .invalidScenario(error)
    }
    let opts = ScenarioOptions(scenario)
    let parts = Decomposition.parts(scenario, opts)
    let count = max(1, parts.count)
    guard plans.count == count else {
      throw .solver("the week has \(count) part(s), but \(plans.count) plan(s) were given")
    }
    if parts.count <= 1 { return plans[0] }
    let reference = ReferenceWeek.fromScenario(scenario)
    var plans = plans
    for (i, part) in partScenarios(scenario, parts).enumerated() {
      let ids = part.participants.map(\.id)
      guard plans[i].participants.map(\.id) == ids else {
        throw .solver("plan \(i + 1) does not hold the participants of part \(i + 1)")
      }
      // Someone whose company or mentor last week is in another part: the part's own
      // scenario cannot name it, so its plan lists the changes against an empty last week.
      // The solve is the same (that company or mentor is no option in this part); the
      // changes are listed again against the whole week's last week, as `plan` lists them.
      let own = ReferenceWeek.fromScenario(part)
      if ids.contains(where: { own[$0] != reference[$0] }) {
        let set = Set(ids)
        let ref = reference.filter { set.contains($0.key) }
        let f = Formulation(part, options: ScenarioOptions(part), reference: ref)
        plans[i].changes = Continuity.changes(reference: ref, now: plans[i], f)
      }
    }
    var plan = assemble(plans, parts: parts, scenario: scenario)
    let outcome = WaitingReasons.evaluate(scenario, opts, rows: plan.participants)
    if let pair = outcome.failing.first {
      throw .solver(
        "\(pair.later) is admitted while \(pair.earlier), referred earlier, waits without a "
          + "reason on the whole week: `plan` solves such a week again with the order enforced; "
          + "plan the week whole")
    }
    settleWaiting(&plan, outcome)
    return plan
  }
}
