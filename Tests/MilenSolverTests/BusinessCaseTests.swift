import Foundation
import MilenCheck
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenTestSupport
import MilenWorkflow
import Testing

/// The business case (docs/whatif.md): the refund staircase, the rates, the duration of an
/// exit, nobody on benefit counted, the scenario's overrides, the ledger across weeks, and
/// what one more of a capacity is worth.
@Suite("Business case")
struct BusinessCaseTests {
  /// A participant on the job track who leaves for a job this week.
  static func leaving(
    _ id: String, on: String = "2026-01-05", benefit: BenefitStatus? = nil
  ) -> Participant {
    var p = Tiny.person(id, track: .job)
    p.exit = Exit(reason: .job, on: on)
    p.benefit = benefit
    return p
  }

  static func weekly(_ perMonth: Double, share: Double) -> Double {
    (perMonth * 12 / 52 * share * 100).rounded() / 100
  }

  @Test("The refund staircase: 80 % weeks 1-4, 40 % to 26, 30 % to 52, 20 % after")
  func staircase() {
    let e = ResolvedEconomics(Programme())
    let refunds = [1, 4, 5, 26, 27, 52, 53, 520].map { e.refund(week: $0) }
    #expect(refunds == [0.8, 0.8, 0.4, 0.4, 0.3, 0.3, 0.2, 0.2])
    #expect(abs(e.municipalShare(week: 3) - 0.2) < 1e-12)
    #expect(abs(e.municipalShare(week: 60) - 0.8) < 1e-12)
    // A long-term recipient at the basic rate for a year: 7,200 x 12 x 80 %.
    #expect(abs(e.yearOffBenefit - 69_120) < 0.01)
    #expect(abs(e.counsellingPerYoungPerson - 500_000.0 / 15) < 1e-9)
  }

  @Test("Rates: living at home, not, and a person's own rate; weeks on benefit set the share")
  func rates() {
    let s = Tiny.scenario([
      Self.leaving("home", benefit: BenefitStatus(livingAtHome: true)),
      Self.leaving("away", benefit: BenefitStatus(livingAtHome: false)),
      Self.leaving("own", benefit: BenefitStatus(livingAtHome: true, perMonth: 5_000)),
      // On benefit since 2025-12-29 (2026-W01): one week before leaving, so this is their
      // second week: 80 % refund, the municipality's share 20 %.
      Self.leaving("new", benefit: BenefitStatus(since: "2025-12-29")),
      // Nothing given: the basic rate, a long-term recipient (80 %).
      Self.leaving("unknown"),
    ])
    let bc = BusinessCase(s, rows: [])
    let saved = Dictionary(uniqueKeysWithValues: bc.leftBenefit.map { ($0.id, $0.savedThisWeek) })
    #expect(saved["home"] == Self.weekly(2_900, share: 0.8))
    #expect(saved["away"] == Self.weekly(7_200, share: 0.8))
    #expect(saved["own"] == Self.weekly(5_000, share: 0.8))
    #expect(saved["new"] == Self.weekly(7_200, share: 0.2))
    #expect(saved["unknown"] == Self.weekly(7_200, share: 0.8))
    #expect(bc.leftBenefit.allSatisfy { $0.from == "exit" && $0.weekOff == 1 && $0.ofWeeks == 52 })
    #expect(abs(bc.benefitSavedThisWeek - saved.values.reduce(0, +)) < 0.001)
    #expect(abs(bc.benefitSavedPerYear - bc.benefitSavedThisWeek * 52) < 0.01)
    #expect(bc.served == 0)
  }

  @Test("Nobody still on benefit is counted: every track, the waiting, exits that keep benefit")
  func nobodyOnBenefitCounted() {
    var moved = Tiny.person("moved", track: .socialOnly)
    moved.exit = Exit(reason: .moved)
    var flex = Tiny.person("flexleft", track: .flexjob)
    flex.exit = Exit(reason: .flexjob)
    var waiting = Tiny.placement("waits")
    waiting.enrolment = .referred
    waiting.referredOn = "2025-12-01"
    var job = Tiny.person("job", track: .job)
    job.benefit = BenefitStatus(livingAtHome: true)
    let s = Tiny.scenario([
      Tiny.placement("placed"), Tiny.person("social", track: .socialOnly),
      Tiny.person("paused", track: .paused), Tiny.person("flex", track: .flexjob), job,
      Tiny.person("appr", track: .apprenticeship), waiting, moved, flex,
    ])
    let bc = BusinessCase(s, rows: [])
    #expect(bc.leftBenefit.isEmpty)
    #expect(bc.benefitSavedThisWeek == 0 && bc.benefitSavedPerYear == 0)
    #expect(bc.annualNet == -500_000)
    let why = Dictionary(uniqueKeysWithValues: bc.notCounted.map { ($0.reason, $0.ids) })
    #expect(
      why == [
        "placement": ["placed"], "socialOnly": ["social"], "paused": ["paused"],
        "flexjob": ["flex"], "jobInFollowUp": ["job"], "apprenticeshipInFollowUp": ["appr"],
        "waiting": ["waits"], "leftOnBenefit": ["flexleft", "moved"],
      ])
    #expect(bc.served == 6)
  }

  @Test("In a plan: the admitted count as served, never as a saving; the Aulum figures")
  func aulum() throws {
    let s = try BuiltIn.aulum()
    let plan = try Planner.plan(s).plan
    let bc = try #require(plan.businessCase)
    #expect(bc.served == 28 && bc.marginStated == 16)
    #expect(bc.leftBenefit.isEmpty && bc.benefitSavedThisWeek == 0)
    #expect(bc.notCounted.flatMap(\.ids).count == 29)
    #expect(bc.notCounted.first { $0.reason == "waiting" }?.ids == ["p29"])
    #expect(bc.costPerParticipant == 17_857.14)
    #expect(bc.costPerParticipantAtBreakEven == 41_666.67)
    #expect(bc.costPerParticipantAtTarget == 35_714.29)
    #expect(bc.counsellingPerYoungPerson == 33_333.33)
    #expect(abs(bc.counsellingEquivalent - 15) < 1e-9)
    #expect(bc.yearOffBenefit == 69_120 && bc.derivedBreakEven == 8)
    #expect(bc.annualNet == -500_000)
    #expect(bc.assumptions.allSatisfy { !$0.fromScenario && !$0.source.isEmpty })
  }

  @Test("Overrides from the scenario replace the defaults and name their path as the source")
  func overrides() {
    var s = Tiny.scenario([Self.leaving("p1", benefit: BenefitStatus(livingAtHome: true))])
    s.programme.economics = Economics(
      benefitAtHomePerMonth: 3_000, refundSteps: [RefundStep(untilWeek: nil, refund: 0.5)],
      exitDurationWeeks: 10, counsellorCostPerYear: 480_000, ordinaryCaseload: 12)
    let bc = BusinessCase(s, rows: [])
    #expect(bc.leftBenefit.map(\.savedThisWeek) == [Self.weekly(3_000, share: 0.5)])
    #expect(bc.leftBenefit.first?.ofWeeks == 10)
    #expect(bc.counsellingPerYoungPerson == 40_000)
    let a = Dictionary(uniqueKeysWithValues: bc.assumptions.map { ($0.name, $0) })
    for name in [
      "benefitAtHomePerMonth", "refundSteps", "exitDurationWeeks", "counsellorCostPerYear",
      "ordinaryCaseload",
    ] {
      #expect(a[name]?.fromScenario == true, "\(name)")
      #expect(a[name]?.source == "scenario: programme.economics.\(name)", "\(name)")
    }
    #expect(a["benefitPerMonth"]?.fromScenario == false)
    #expect(a["benefitPerMonth"]?.value == 7_200)
  }

  @Test("The former savingPerParticipantPerYear is a year's saving per person off benefit")
  func legacySaving() {
    var s = Tiny.scenario([Self.leaving("p1"), Tiny.placement("p2")])
    s.programme.savingPerParticipantPerYear = 104_000
    let bc = BusinessCase(s, rows: [])
    #expect(bc.leftBenefit.map(\.savedThisWeek) == [2_000])
    #expect(bc.leftBenefit.first?.municipalShare == nil)
    #expect(bc.yearOffBenefit == 104_000 && bc.derivedBreakEven == 5)
    #expect(bc.assumptions.first?.name == "savingPerParticipantPerYear")
    #expect(!bc.assumptions.contains { $0.name == "benefitPerMonth" })
  }

  @Test("Validation names the path of every economic problem")
  func validation() {
    var s = Tiny.scenario([Tiny.placement("p1")])
    s.programme.savingPerParticipantPerYear = 60_000
    s.programme.economics = Economics(
      benefitPerMonth: 0.5,
      refundSteps: [
        RefundStep(untilWeek: 26, refund: 0.8), RefundStep(untilWeek: 4, refund: 1.5),
        RefundStep(untilWeek: nil, refund: 0.2), RefundStep(untilWeek: 60, refund: 0.1),
      ], weeksOnBenefitIfUnknown: -1, exitDurationWeeks: 0, counsellorCostPerYear: 0,
      ordinaryCaseload: 0)
    s.participants[0].benefit = BenefitStatus(
      perMonth: -3, since: "2026-02-01", offSince: "2026-01-05")
    s.leftBenefit = [
      BenefitExit(id: "x", reason: .flexjob, on: "2026-13-01"),
      BenefitExit(id: "y", reason: .job, on: "2026-01-05", weeksOnBenefit: 9_999),
      BenefitExit(id: "y", reason: .job, on: "2026-01-05"),
    ]
    let issues = s.validationIssues()
    let e = "programme.economics"
    func range(_ v: Double, _ lo: Double, _ hi: Double) -> ValidationProblem {
      .outsideRange(v, lowest: lo, highest: hi)
    }
    let expected = [
      ValidationIssue(
        path: "programme.savingPerParticipantPerYear",
        .savingWithRates(clashing: [
          "\(e).benefitPerMonth", "\(e).refundSteps", "\(e).weeksOnBenefitIfUnknown",
        ])),
      ValidationIssue(path: "\(e).benefitPerMonth", .belowOneKrone(0.5)),
      ValidationIssue(path: "\(e).refundSteps[1].refund", range(1.5, 0, 1)),
      ValidationIssue(
        path: "\(e).refundSteps[1].untilWeek", .untilWeekNotAfter(week: 4, previous: 26)),
      ValidationIssue(path: "\(e).refundSteps[2].untilWeek", .untilWeekRequired),
      ValidationIssue(path: "\(e).refundSteps[3].untilWeek", .untilWeekOnLastStep(week: 60)),
      ValidationIssue(path: "\(e).weeksOnBenefitIfUnknown", range(-1, 0, 520)),
      ValidationIssue(path: "\(e).exitDurationWeeks", range(0, 1, 520)),
      ValidationIssue(path: "\(e).counsellorCostPerYear", range(0, 1, 1e9)),
      ValidationIssue(path: "\(e).ordinaryCaseload", range(0, 1, 10_000)),
      ValidationIssue(path: "participants[0].benefit.perMonth", range(-3, 0, 1_000_000)),
      ValidationIssue(
        path: "participants[0].benefit.offSince",
        .offBeforeSince(off: "2026-01-05", since: "2026-02-01")),
      ValidationIssue(path: "participants[0].benefit.offSince", .offBenefitOnTrack(.placement)),
      ValidationIssue(path: "leftBenefit[0].reason", .notLeavingBenefit(.flexjob)),
      ValidationIssue(path: "leftBenefit[0].on", .notADate("2026-13-01")),
      ValidationIssue(path: "leftBenefit[1].weeksOnBenefit", range(9_999, 0, 5_200)),
      ValidationIssue(
        path: "leftBenefit[2]", .leftBenefitTwice(participant: "y", on: "2026-01-05", first: 1)),
    ]
    #expect(issues == expected)
  }

  @Test("The ledger: an exit to a job in week 1 is counted in week 5 after rolling, not after")
  func ledgerAcrossWeeks() throws {
    func weeks(duration: Int?) throws -> [BusinessCase] {
      var s = Tiny.scenario(
        [
          Self.leaving("p1", on: "2026-01-05", benefit: BenefitStatus(livingAtHome: true)),
          Tiny.person("p2", track: .socialOnly),
        ],
        activities: [Tiny.activity("a", .tue, "10:00-12:00")])
      s.week = "2026-W02"
      if let duration { s.programme.economics = Economics(exitDurationWeeks: duration) }
      var out: [BusinessCase] = []
      for _ in 0..<5 {
        let plan = try planAndCheck(s)
        #expect(plan.violations.isEmpty)
        out.append(try #require(plan.plan.businessCase))
        let next = Rolling.next(
          s, plan: plan.plan, planFingerprint: PlanFile.fingerprint(plan.plan))
        // Through the file format, as the coordinator's files go.
        s = try ScenarioFile.decode(ScenarioFile.jsonText(next.scenario), format: .json)
      }
      #expect(s.week == "2026-W07")
      #expect(s.participants.map(\.id) == ["p2"])
      #expect(
        s.leftBenefit == [
          BenefitExit(id: "p1", name: "Name p1", reason: .job, on: "2026-01-05", livingAtHome: true)
        ])
      return out
    }
    let year = try weeks(duration: nil)
    // Week 1 (the exit week, W02) to week 5 (W06): counted each week, at the home rate.
    #expect(year.map { $0.leftBenefit.map(\.id) } == Array(repeating: ["p1"], count: 5))
    #expect(year.map { $0.leftBenefit.first?.weekOff } == [1, 2, 3, 4, 5])
    #expect(
      year.map { $0.leftBenefit.first?.from } == ["exit", "ledger", "ledger", "ledger", "ledger"])
    #expect(year.allSatisfy { $0.benefitSavedThisWeek == Self.weekly(2_900, share: 0.8) })
    // An exit assumed to last 3 weeks is counted in weeks 1-3 only.
    let short = try weeks(duration: 3)
    #expect(short.map { $0.leftBenefit.count } == [1, 1, 1, 0, 0])
    #expect(short[4].notCounted.first { $0.reason == "exitOver" }?.ids == ["p1"])
    #expect(short[4].benefitSavedThisWeek == 0)
  }

  @Test("A job with a date off benefit counts while in follow-up; the ledger keeps that date")
  func offBenefitInFollowUp() {
    var p = Tiny.person("p1", track: .job)
    p.benefit = BenefitStatus(since: "2025-01-06", offSince: "2025-12-22")
    var s = Tiny.scenario([p])
    var bc = BusinessCase(s, rows: [])
    #expect(bc.leftBenefit.map(\.from) == ["followUp"])
    #expect(bc.leftBenefit.first?.weekOff == 3)
    s.participants[0].exit = Exit(reason: .job, on: "2026-01-09")
    let entry = BenefitExit(leaving: s.participants[0], week: s.week)
    #expect(entry?.on == "2025-12-22" && entry?.weeksOnBenefit == 50)
    bc = BusinessCase(s, rows: [])
    #expect(bc.leftBenefit.first?.weekOff == 3)
    // Back in the programme: their earlier exit no longer counts.
    s.participants[0].exit = nil
    s.participants[0].benefit = nil
    s.leftBenefit = [BenefitExit(id: "p1", reason: .job, on: "2025-10-06")]
    bc = BusinessCase(s, rows: [])
    #expect(bc.leftBenefit.isEmpty)
    #expect(bc.notCounted.first { $0.reason == "exitOver" }?.ids == ["p1"])
  }

  @Test("One more slot at the full company admits the referral who waits for it")
  func companySlotAdmitsOne() throws {
    // p1 holds c1's only slot; p2 waits: c1 is all that fits them.
    var waiting = Tiny.placement("p2")
    waiting.enrolment = .referred
    waiting.referredOn = "2025-12-01"
    var c2 = Tiny.company("c2", slots: 1)
    c2.open = [:]
    let s = Tiny.scenario(
      [Tiny.placement("p1"), waiting], companies: [Tiny.company("c1", slots: 1), c2])
    let base = try planAndCheck(s)
    #expect(base.violations.isEmpty)
    #expect(base.week("p2").status == .waiting)
    let candidates = CapacityLevers.candidates(s)
    let plans = try Planner.planAll(candidates.map(\.scenario)).map { try $0.get().plan }
    let levers = zip(candidates, plans).map {
      CapacityLevers.measure($0.kind, target: $0.target, in: s, base: base.plan, with: $1)
    }
    let slot = try #require(levers.first { $0.kind == .companySlot && $0.target == "c1" })
    #expect(slot.admitsMore == 1 && slot.admitted == ["p2"])
    #expect(slot.worthPerYear == 33_333.33)
    let closed = try #require(levers.first { $0.target == "c2" })
    #expect(closed.admitsMore == 0 && closed.worthPerYear == 0)
    #expect(closed.limit?.participant == "p2")
    #expect(closed.limit?.kind == .full && closed.limit?.capacities.contains("c1") == true)
    // The stated change, made by hand: one more slot at c1 admits one more.
    var more = s
    more.companies[0].slots += 1
    let again = try planAndCheck(more)
    #expect(again.violations.isEmpty)
    #expect(again.plan.programme.admitted == base.plan.programme.admitted + 1)
    #expect(again.week("p2").status == .admitted && again.week("p2").company == "c1")
  }
}
