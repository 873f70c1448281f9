import MilenModel
import Testing

@testable import MilenCheck

/// The rules of the violations found.
func rules(_ v: [Violation]) -> Set<HardRule> { Set(v.map(\.rule)) }

/// Whether some violation of `rule` says all of `words`.
func says(_ v: [Violation], _ rule: HardRule, _ words: String...) -> Bool {
  v.contains { x in x.rule == rule && words.allSatisfy { x.message.contains($0) } }
}

@Suite struct BasicsTests {
  @Test func handWrittenPlanKeepsEveryRule() {
    let v = PlanChecker.check(Fixture.plan(), against: Fixture.scenario())
    #expect(v == [], "\(PlanChecker.report(v))")
  }

  @Test func rebuildingTheFixtureChangesNothing() {
    let s = Fixture.scenario()
    #expect(Fixture.rebuilt(Fixture.plan(), for: s) == Fixture.plan())
    #expect(Fixture.check() == [])
  }

  @Test func legalRatioNumbers() {
    let room = { (e: Int) in PlanChecker.legalRoom(ordinaryEmployees: e) }
    #expect(room(0) == 1)
    #expect(room(4) == 1)
    #expect(room(5) == 1)
    #expect(room(10) == 2)
    #expect(room(49) == 9)
    #expect(room(50) == 10)
    #expect(room(59) == 10)
    #expect(room(60) == 11)
    #expect(room(85) == 13)
    #expect(room(-3) == 1)
  }

  @Test func titlesAndDescription() {
    #expect(HardRule.allCases.map(\.rawValue) == Array(1...11))
    #expect(HardRule.nobodyDischarged.title == "Nobody is discharged")
    #expect(HardRule.capacity < HardRule.fit)
    #expect(
      HardRule.referralOrder.rawValue == 9 && HardRule.referralOrder.title == "Referral order")
    #expect(
      HardRule.nobodyLeaves.rawValue == 10
        && HardRule.nobodyLeaves.title == "Nobody enrolled leaves")
    #expect(HardRule.allCases.last == .consistency)
    #expect(
      Violation(rule: .nobodyLeaves, message: "y").description.hasPrefix(
        "rule 10 (Nobody enrolled leaves): y"))
    let v = Violation(rule: .availabilityAndTime, message: "x", participants: ["p01"])
    #expect(v.description == "rule 5 (Availability and time): x")
  }

  @Test func reportHasOneLinePerViolation() {
    #expect(PlanChecker.report([]) == "No violations: the plan keeps every hard rule.")
    let v = Fixture.check(rows: {
      $0["p04"]!.activities = []
      $0["p02"]!.employer = "Bilka"
    })
    let text = PlanChecker.report(v)
    #expect(text.split(separator: "\n").count == v.count)
    #expect(text.hasPrefix("rule 1 (Nobody is discharged): p04 (Emma)"))
  }

  @Test func sortedByRuleThenMessage() {
    let v = Fixture.check(
      scenario: { $0.company("aubo") { $0.accommodations = [] } },
      rows: {
        $0["p04"]!.activities = []
        $0["p02"]!.employer = "Bilka"
      })
    #expect(v.map(\.rule) == v.map(\.rule).sorted())
    #expect(v == v.sorted(by: PlanChecker.ordered))
    #expect(rules(v) == [.nobodyDischarged, .fit, .tracks])
  }

  @Test func sameInputSameOutput() {
    let s = Fixture.scenario()
    var plan = Fixture.plan()
    plan.participants.reverse()
    plan.participants[0].company = "ghost"
    #expect(PlanChecker.check(plan, against: s) == PlanChecker.check(plan, against: s))
  }
}
