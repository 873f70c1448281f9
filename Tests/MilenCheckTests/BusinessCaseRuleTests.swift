import MilenModel
import Testing

@testable import MilenCheck

/// The fixture's plan with its honest business case, p03 (Jonas, job) off benefit since the
/// start of the week before.
private func planned(_ change: (inout Scenario) -> Void = { _ in }) -> (Scenario, Plan) {
  var s = Fixture.scenario()
  s.participant("p03") { $0.benefit = BenefitStatus(offSince: "2026-01-01") }
  change(&s)
  var plan = Fixture.plan()
  plan.week = s.week
  plan = Fixture.rebuilt(plan, for: s)
  plan.businessCase = BusinessCase(s, rows: plan.participants)
  return (s, plan)
}

@Suite struct BusinessCaseRuleTests {
  @Test func anHonestBusinessCasePasses() throws {
    let (s, plan) = planned()
    let bc = try #require(plan.businessCase)
    #expect(bc.leftBenefit.map(\.id) == ["p03"])
    let v = PlanChecker.check(plan, against: s)
    #expect(v == [], "\(PlanChecker.report(v))")
  }

  @Test func someoneInAPlacementCountedAsASaving() throws {
    var (s, plan) = planned()
    var exit = try #require(plan.businessCase?.leftBenefit.first)
    exit.id = "p01"
    plan.businessCase!.leftBenefit.append(exit)
    let v = PlanChecker.check(plan, against: s)
    #expect(
      finds(v, .consistency, .offBenefitStillOn(participant: "p01", why: .track(.placement))))
    #expect(v.count == 1)
    // A job without the date they left benefit is still on benefit too.
    s.participant("p03") { $0.benefit = nil }
    let w = PlanChecker.check(plan, against: s)
    #expect(
      finds(w, .consistency, .offBenefitStillOn(participant: "p03", why: .noDateOffBenefit(.job))))
  }

  @Test func someoneWaitingOrUnknownCountedAsASaving() throws {
    var (s, plan) = planned()
    var exit = try #require(plan.businessCase?.leftBenefit.first)
    exit.id = "p05"
    plan.businessCase!.leftBenefit.append(exit)
    exit.id = "ghost"
    plan.businessCase!.leftBenefit.append(exit)
    let v = PlanChecker.check(plan, against: s)
    #expect(finds(v, .consistency, .offBenefitStillOn(participant: "p05", why: .waits)))
    #expect(finds(v, .consistency, .offBenefitUnknown(participant: "ghost")))
    // Someone in the ledger of earlier exits may be counted.
    s.leftBenefit = [BenefitExit(id: "ghost", reason: .job, on: "2025-12-01")]
    #expect(!says(PlanChecker.check(plan, against: s), .consistency, "\"ghost\""))
  }

  @Test func countedBeforeTheyLeave() throws {
    var (s, plan) = planned()
    plan.businessCase!.leftBenefit[0].since = "2026-03-02"
    let v = PlanChecker.check(plan, against: s)
    #expect(finds(v, .consistency, .offBenefitTooEarly(participant: "p03", since: "2026-03-02")))
    _ = s
  }
}
