import Foundation
import GLPK
import MilenModel

/// The weekly planner: validates, formulates, solves goal by goal and decodes the plan.
public enum Planner {
  /// The default node limit per goal level and part (see ``PlanningOptions/nodeLimit``).
  public static let defaultNodeLimit = 200

  /// The least share of the time limit kept back from the solves for what follows them.
  static let reserveShare = 0.05
  /// Seconds kept back per second spent before planning began (reading, validating). Both
  /// grow with the week's size and slow down alike on a loaded machine, so the time spent
  /// reading is this machine's measure of the work after the solves: the parts not yet
  /// started (built and decoded from their starting plans), rule 9's second solve, the
  /// reasons, the checker and the writing. At L seed 1 (2,750 people, 40 parts, 38 of them
  /// started after the deadline at `--time-limit 20`) that work measured 5.0 to 7.6 times the
  /// setup at load averages of 8 to 9 (docs/security.md, "The time limit").
  static let reservePerSetup = 6.0
  /// The most of the time limit kept back.
  static let reserveMaxShare = 0.25

  /// The seconds of `limit` kept back from the solves for the work after them, when `setup`
  /// seconds went before planning began: ``reservePerSetup`` times the setup, at least
  /// ``reserveShare`` and at most ``reserveMaxShare`` of the limit.
  static func reserve(limit: Double, setup: Double) -> Double {
    min(max(limit * reserveShare, reservePerSetup * setup), limit * reserveMaxShare)
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
      let problems = PreviousPlan.problems(scenario, previous: prev)
      if !problems.isEmpty { throw .previousPlan(problems) }
    }
    let reference =
      (options.previous ?? options.stabilityReference).map(ReferenceWeek.fromPlan)
      ?? ReferenceWeek.fromScenario(scenario)
    options.reference = reference
    let start = options.clockStart ?? Date()
    // The solves aim to end before the limit, leaving room for the node LP that is running
    // when the clock strikes, the parts not yet started, the checks and the writing. That work
    // grows with the week and with the machine's load, as did the reading of the scenario
    // before this point: the reserve is a multiple of that time, within bounds.
    let limit = options.timeLimit ?? scenario.policy.timeLimitSeconds
    let setup = max(0, Date().timeIntervalSince(start))
    let reserve = Planner.reserve(limit: limit, setup: setup)
    options.timeLimit = limit - reserve
    options.deadline = start.addingTimeInterval(limit - reserve)
    trace("plan: setup \(setup) s, reserve \(reserve) s of \(limit) s")
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
    // Parts planned already whose input the new referral rules do not touch: kept as they are.
    var kept: [PlanResult?] = []
    while true {
      if options.cancellation?.isCancelled == true { throw .cancelled }
      if parts.count <= 1 {
        result = try planWhole(scenario, opts, options: options, start: start)
      } else {
        let (merged, each) = try planParts(
          scenario, parts, options: options, start: start, reuse: kept)
        result = merged
        kept = each
      }
      let outcome = WaitingReasons.evaluate(scenario, opts, rows: result.plan.participants)
      trace(
        "plan: \(scenario.week) attempt \(attempt) parts \(parts.count) failing \(outcome.failing.count) at \(Date().timeIntervalSince(start))"
      )
      attempt += 1
      if outcome.failing.isEmpty || attempt >= 4 {
        settleWaiting(&result.plan, outcome)
        break
      }
      for pair in outcome.failing {
        if parts.count <= 1 || partOf[pair.earlier] == partOf[pair.later] {
          options.referralRules.pairs.append(pair)
        } else if !options.referralRules.admit.contains(pair.earlier) {
          options.referralRules.admit.append(pair.earlier)
        }
        // The part that gets a new rule is planned again.
        if let i = partOf[pair.earlier], i < kept.count { kept[i] = nil }
      }
    }
    // A week that splits into parts is explained part by part (in planParts), exactly as each
    // part planned on its own is, so `milen merge` of separately planned parts gives the same
    // bytes as `plan`.
    if options.explain && parts.count <= 1 {
      result.plan =
        Explanations.explain(
          scenario, result.plan, options: options, budget: Explanations.budget(scenario, options),
          solved: result.solved
        ).plan
    }
    addLeavers(&result.plan, scenario, reference: reference)
    if let prev = options.previous { result.plan.previousWeek = prev.week }
    trace("plan: explained at \(Date().timeIntervalSince(start))")
    if let verify = options.verify {
      let problems = verify(scenario, result.plan, options.previous)
      trace("plan: checked at \(Date().timeIntervalSince(start))")
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
    return PlanResult(
      plan: decode(f, solved), buildSeconds: built.timeIntervalSince(start),
      solveSeconds: solved.seconds, lpRelaxation: solved.lpBound,
      warmStartAccepted: solved.warmAccepted,
      solved: SolvedWeek(formulation: f, values: solved.values, bases: solved.bases))
  }

  /// The plan a solution of `f` gives: the choices, the changes against the reference week,
  /// the count of voluntary changes, and whether the clock cut a level.
  static func decode(_ f: Formulation, _ solved: Solved) -> Plan {
    var plan = PlanDecoder(f, values: solved.values, levels: solved.figures).plan()
    plan.changes = Continuity.changes(reference: f.reference, now: plan, f)
    let (terms, count) = f.voluntaryChangeTerms()
    plan.voluntaryChanges =
      count + Int(terms.reduce(0.0) { $0 + $1.1 * solved.values[$1.0.index] }.rounded())
    if solved.figures.contains(where: { $0.status == "feasibleAtTimeLimit" }) {
      plan.cutByClock = true
    }
    return plan
  }

  /// The reference week's people not in `scenario` who held a place there, added to the
  /// plan's changes as having left.
  static func addLeavers(
    _ plan: inout Plan, _ scenario: Scenario, reference: [String: ReferenceWeek]
  ) {
    guard var changes = plan.changes else { return }
    let ids = Set(scenario.participants.map(\.id))
    for (id, old) in reference.sorted(by: { $0.key < $1.key })
    where !ids.contains(id) && (old.status == .enrolled || old.status == .admitted) {
      changes.append(PlanChange(participant: id, kind: .left, reason: .notInScenario))
    }
    plan.changes = changes
  }
}
