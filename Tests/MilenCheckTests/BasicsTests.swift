import MilenModel
import Testing

@testable import MilenCheck

/// The rules of the violations found.
func rules(_ v: [Violation]) -> Set<HardRule> { Set(v.map(\.rule)) }

/// Whether some violation of `rule` is exactly `finding`.
func finds(_ v: [Violation], _ rule: HardRule, _ finding: Finding) -> Bool {
  v.contains { $0.rule == rule && $0.finding == finding }
}

/// Whether some violation of `rule` has the finding's case `code` and its arguments, as Swift
/// prints them, hold every one of `words` (ids, numbers).
func says(_ v: [Violation], _ rule: HardRule, _ words: String...) -> Bool {
  v.contains { x in x.rule == rule && words.allSatisfy { "\(x.finding)".contains($0) } }
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

  @Test func numbersAndDescription() {
    #expect(HardRule.allCases.map(\.rawValue) == Array(1...11))
    #expect(HardRule.capacity < HardRule.fit)
    #expect(HardRule.referralOrder.rawValue == 9)
    #expect(HardRule.nobodyLeaves.rawValue == 10)
    #expect(HardRule.allCases.last == .consistency)
    let v = Violation(
      rule: .availabilityAndTime, finding: .leftWithoutExit(participant: "p01"),
      participants: ["p01"])
    #expect(v.description.hasPrefix("rule 5: leftWithoutExit("))
    #expect(v.finding.code == "leftWithoutExit")
    #expect(Finding.moveLocksTwice(move: 2).code == "moveLocksTwice")
  }

  @Test func reportHasOneLinePerViolation() {
    #expect(PlanChecker.report([]) == "")
    let v = Fixture.check(rows: {
      $0["p04"]!.activities = []
      $0["p02"]!.employer = "Bilka"
    })
    let text = PlanChecker.report(v)
    #expect(text.split(separator: "\n").count == v.count)
    #expect(text.hasPrefix("rule 1: servedGetsNothing(participant: \"p04\""))
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
