import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver

/// The documented, seeded assumptions of `milen simulate` (docs/whatif.md).
public struct SimulationAssumptions: Hashable, Sendable, Codable {
  /// New referrals per week on average (whole part every week, the fraction by chance).
  public var arrivalsPerWeek: Double = 0.5
  /// Chance that a participant in their last legal placement week is hired there.
  public var hireProbability: Double = 0.5
  /// Chance per week that a paused participant is well enough for a placement again.
  public var recoveryProbability: Double = 0.25
  /// Chance per week that a participant in a job no longer needs follow-up and leaves.
  public var jobExitProbability: Double = 0.05
  /// Whether a hire is an ordinary job that ends the benefit (`benefit.offSince` is set to the
  /// Monday after it); if not, the hired count as a saving only when their enrolment ends.
  public var hireLeavesBenefit: Bool = true

  /// The defaults.
  public init() {}
}

/// One simulated week.
public struct SimulatedWeek: Hashable, Sendable, Codable {
  /// ISO week.
  public var week: String
  /// Served (enrolled + admitted).
  public var served: Int
  /// Admitted from the waiting list.
  public var admitted: Int
  /// Still waiting.
  public var waiting: Int
  /// Served minus break-even.
  public var margin: Int
  /// In placement.
  public var inPlacement: Int
  /// In job, flex-job or apprenticeship.
  public var employed: Int
  /// Coordinator hours used.
  public var coordinatorHours: Double
  /// Coordinator hours available.
  public var coordinatorCapacity: Double
  /// Mentor hours given.
  public var mentorHours: Double
  /// Mentor hours available.
  public var mentorCapacity: Double
  /// People counted as off benefit in the week's business case.
  public var offBenefit: Int
  /// Benefit the municipality saved in the week (DKK), by the business case.
  public var benefitSaved: Double
  /// What happened after the week's plan (hires, exits, recoveries, arrivals).
  public var events: [SimulationEvent]
}

/// Rolls the plan forward week by week: placements reach their legal limits, some are hired,
/// the waiting list is admitted as capacity frees up, new referrals arrive.
public enum Simulation {
  /// Simulates `weeks` weeks from the scenario. Same scenario, seed and assumptions give the
  /// same result. `record` receives each week's scenario and plan as they are made (the
  /// scratch season of `simulate --season`). Without `record` nobody reads a plan's reasons
  /// (notes and moves: no simulated figure and no later week depends on them), so the weeks
  /// are planned without ``PlanningOptions/explain`` and its verifying re-plans.
  public static func run(
    _ start: Scenario, weeks: Int, seed: UInt64, assumptions a: SimulationAssumptions = .init(),
    options: PlanningOptions = PlanningOptions(),
    progress: ((Int, SimulatedWeek) -> Void)? = nil,
    record: ((Scenario, Plan) -> Void)? = nil
  ) throws(PlanningError) -> [SimulatedWeek] {
    var rng = SeededRandom(seed: seed)
    var scenario = start
    var previous: Plan? = options.previous
    var out: [SimulatedWeek] = []
    var arrivals = 0
    for k in 0..<weeks {
      var o = options
      o.previous = previous
      if record == nil { o.explain = false }
      let plan = try Planner.plan(scenario, options: o).plan
      record?(scenario, plan)
      var events: [SimulationEvent] = []
      // Carry the plan into the next week, then let the world move.
      var next = Rolling.next(scenario, plan: plan, planFingerprint: "simulated-\(plan.week)")
        .scenario
      for (i, row) in plan.participants.enumerated() {
        guard let j = next.participants.firstIndex(where: { $0.id == row.id }),
          row.status != .waiting
        else { continue }
        var p = next.participants[j]
        let part = scenario.participants[i]
        if let c = row.company, row.placementWeek == part.readiness.placementWeekLimit {
          if rng.chance(a.hireProbability) {
            p.track = .job
            p.employment = Employment(
              employer: c,
              schedule: Dictionary(uniqueKeysWithValues: row.work.map { ($0.day, $0.time) }))
            p.current = CurrentSituation(mentor: p.current.mentor)
            if a.hireLeavesBenefit, let monday = IsoWeek(parsing: next.week)?.monday {
              var b = p.benefit ?? BenefitStatus()
              b.offSince = monday.description
              p.benefit = b
            }
            events.append(.hired(participant: p.id, company: c))
          } else {
            events.append(
              .limitUsed(participant: p.id, weeks: p.readiness.placementWeekLimit, company: c))
          }
        } else if p.track == .paused && rng.chance(a.recoveryProbability) {
          let extra =
            next.coordinator.followUp(for: .placement) - next.coordinator.followUp(for: .paused)
          if coordinatorLoad(next) + extra > next.coordinator.hoursPerWeek + 1e-9 {
            events.append(.pauseNoHours(participant: p.id))
            continue
          }
          p.track = .placement
          if p.hours.max <= 0 { p.hours = HoursRange(min: 4, max: 10) }
          events.append(.backFromPause(participant: p.id))
        } else if p.track == .job && row.status != .waiting && rng.chance(a.jobExitProbability) {
          // The enrolment ends on purpose next week (rule 10): the plan lists it as left.
          p.exit = Exit(reason: .job, note: "follow-up in the job is done")
          events.append(.followUpDone(participant: p.id))
        }
        next.participants[j] = p
      }
      let templates = start.participants.filter {
        $0.track == .placement || $0.track == .socialOnly
      }
      let n =
        Int(a.arrivalsPerWeek)
        + (rng.chance(a.arrivalsPerWeek - Double(Int(a.arrivalsPerWeek))) ? 1 : 0)
      for _ in 0..<n where !templates.isEmpty {
        arrivals += 1
        var p = templates[rng.below(templates.count)]
        p.id = "new\(arrivals)"
        p.name = "#\(arrivals)"
        p.enrolment = .referred
        p.referredOn = IsoWeek(parsing: next.week)?.monday.description ?? p.referredOn
        p.current = CurrentSituation()
        p.wishes = Wishes()
        next.participants.append(p)
        events.append(.referred(participant: p.id, name: p.name))
      }
      let pr = plan.programme
      let week = SimulatedWeek(
        week: plan.week, served: pr.served, admitted: pr.admitted, waiting: pr.waiting,
        margin: pr.margin, inPlacement: pr.inPlacement, employed: pr.employed,
        coordinatorHours: pr.coordinatorHoursUsed, coordinatorCapacity: pr.coordinatorHours,
        mentorHours: rounded(plan.mentors.reduce(0) { $0 + $1.hours }),
        mentorCapacity: scenario.mentors.reduce(0) { $0 + $1.hoursPerWeek },
        offBenefit: plan.businessCase?.leftBenefit.count ?? 0,
        benefitSaved: plan.businessCase?.benefitSavedThisWeek ?? 0, events: events)
      out.append(week)
      progress?(k, week)
      previous = plan
      scenario = next
    }
    return out
  }
}

/// Coordinator hours the enrolled alone need: fixed hours, their follow-up, sessions run.
func coordinatorLoad(_ s: Scenario) -> Double {
  s.coordinator.fixedHours
    + s.participants.filter(\.isActiveEnrolled).reduce(0) {
      $0 + s.coordinator.followUp(for: $1.track)
    }
    + s.activities.filter(\.runByCoordinator).reduce(0) { $0 + $1.time.hours }
}
