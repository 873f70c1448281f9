import MilenModel
import Testing

@testable import MilenCheck

/// Last week's plan (2026-W01) that the fixture's week continues: p01 in placement week 2 at
/// aubo, p02 not placed yet, p05 and p06 waiting.
private func lastWeek(_ change: (inout [String: ParticipantWeek]) -> Void = { _ in }) -> Plan {
  var plan = Fixture.plan()
  plan.week = "2026-W01"
  var rows = Dictionary(uniqueKeysWithValues: plan.participants.map { ($0.id, $0) })
  rows["p01"]!.placementWeek = 2
  rows["p02"]!.company = nil
  rows["p02"]!.work = []
  rows["p02"]!.placementWeek = nil
  rows["p06"]!.status = .waiting
  rows["p06"]!.activities = []
  change(&rows)
  plan.participants = rows.values.sorted { $0.id < $1.id }
  return Fixture.rebuilt(plan, for: Fixture.scenario())
}

/// An earlier plan of the fixture's own week (a replan), changed.
private func sameWeek(_ change: (inout [String: ParticipantWeek]) -> Void = { _ in }) -> Plan {
  var plan = Fixture.plan()
  var rows = Dictionary(uniqueKeysWithValues: plan.participants.map { ($0.id, $0) })
  change(&rows)
  plan.participants = rows.values.sorted { $0.id < $1.id }
  return plan
}

/// p07 (Ida), enrolled in the previous plan.
private let ida = ParticipantWeek(
  id: "p07", name: "Ida", status: .enrolled, track: .socialOnly, activities: ["a1"])

@Suite struct PreviousPlanTests {
  @Test func continuesLastWeek() {
    let v = Fixture.check(previous: lastWeek())
    #expect(v == [], "\(PlanChecker.report(v))")
  }

  @Test func continuesAnEarlierPlanOfTheSameWeek() {
    let v = Fixture.check(previous: Fixture.plan())
    #expect(v == [], "\(PlanChecker.report(v))")
  }

  @Test func withoutAPreviousPlanNothingChanges() {
    let s = Fixture.scenario()
    let plan = Fixture.plan()
    #expect(
      PlanChecker.check(plan, against: s) == PlanChecker.check(plan, against: s, previous: nil))
  }

  @Test func anUnrelatedWeek() {
    var previous = lastWeek()
    previous.week = "2025-W50"
    let v = Fixture.check(previous: previous)
    #expect(rules(v) == [.consistency])
    #expect(v.count == 1)
    #expect(
      finds(
        v, .consistency,
        .previousUnrelated(previous: "2025-W50", week: "2026-W02", before: "2026-W01")))
  }

  @Test func theWeekBeforeAcrossNewYear() {
    // 2025 has 52 ISO weeks: the week before 2026-W01 is 2025-W52.
    let week: (inout Scenario) -> Void = { $0.week = "2026-W01" }
    var previous = lastWeek()
    previous.week = "2025-W52"
    #expect(Fixture.check(previous: previous, scenario: week) == [])
    previous.week = "2025-W51"
    let v = Fixture.check(previous: previous, scenario: week)
    #expect(
      finds(
        v, .consistency,
        .previousUnrelated(previous: "2025-W51", week: "2026-W01", before: "2025-W52")))
  }

  @Test func admittedLastWeekIsEnrolledNow() {
    let previous = lastWeek {
      $0["p06"]!.status = .admitted
      $0["p06"]!.activities = ["a3"]
    }
    let v = Fixture.check(
      previous: previous, scenario: { $0.participant("p06") { $0.enrolment = .enrolled } },
      rows: { $0["p06"]!.status = .enrolled })
    #expect(v == [], "\(PlanChecker.report(v))")
  }

  @Test func admittedLastWeekButReferredAgain() {
    let previous = lastWeek {
      $0["p06"]!.status = .admitted
      $0["p06"]!.activities = ["a3"]
    }
    let v = Fixture.check(previous: previous)
    #expect(rules(v) == [.nobodyLeaves])
    #expect(v.count == 2)
    #expect(
      finds(
        v, .nobodyLeaves,
        .previousNotEnrolledInScenario(
          participant: "p06", was: .admitted, previous: .lastWeek("2026-W01"),
          enrolment: .referred)))
    #expect(
      finds(
        v, .nobodyLeaves,
        .previousNotEnrolledInPlan(
          participant: "p06", was: .admitted, previous: .lastWeek("2026-W01"), status: .admitted)))
  }

  @Test func enrolledLastWeekMissingFromTheScenario() {
    let previous = lastWeek { $0["p07"] = ida }
    let v = Fixture.check(previous: previous)
    #expect(rules(v) == [.nobodyLeaves])
    #expect(v.count == 1)
    #expect(
      finds(
        v, .nobodyLeaves,
        .previousMissingFromScenario(
          participant: "p07", was: .enrolled, previous: .lastWeek("2026-W01"))))
    #expect(v.first?.participants == ["p07"])
  }

  @Test func waitingLastWeekMayBeGone() {
    var waiting = ida
    waiting.status = .waiting
    waiting.activities = []
    #expect(Fixture.check(previous: lastWeek { $0["p07"] = waiting }) == [])
  }

  @Test func enrolledLastWeekLeavesByAnExit() {
    let v = Fixture.check(
      previous: lastWeek(),
      scenario: { $0.participant("p04") { $0.exit = Exit(reason: .education) } },
      rows: {
        $0["p04"]!.status = .left
        $0["p04"]!.activities = []
        $0["p04"]!.exitReason = .education
      })
    #expect(v == [], "\(PlanChecker.report(v))")
  }

  @Test func enrolledLastWeekMissingFromThePlan() {
    let v = Fixture.check(previous: lastWeek(), rows: { $0["p04"] = nil })
    #expect(rules(v) == [.nobodyLeaves, .consistency])
    #expect(
      finds(
        v, .nobodyLeaves,
        .previousMissingFromPlan(
          participant: "p04", was: .enrolled, previous: .lastWeek("2026-W01"))))
    #expect(finds(v, .consistency, .missingFromPlan(participant: "p04")))
  }

  @Test func enrolledLastWeekWaitingNow() {
    let v = Fixture.check(
      previous: lastWeek(),
      rows: {
        $0["p04"]!.status = .waiting
        $0["p04"]!.activities = []
      })
    #expect(rules(v) == [.nobodyDischarged, .nobodyLeaves])
    #expect(
      finds(
        v, .nobodyLeaves,
        .previousNotEnrolledInPlan(
          participant: "p04", was: .enrolled, previous: .lastWeek("2026-W01"), status: .waiting)))
  }

  @Test func placementWeeksCountOnFromLastWeek() {
    let v = Fixture.check(previous: lastWeek { $0["p01"]!.placementWeek = 3 })
    #expect(rules(v) == [.placementLength])
    #expect(v.count == 1)
    #expect(
      finds(
        v, .placementLength,
        .placementWeekNotCounted(
          participant: "p01", company: "aubo", previousWeek: 3, previous: .lastWeek("2026-W01"),
          expected: 4, stated: 3)))
    #expect(v.first?.places == ["aubo"])
  }

  @Test func placementWeeksAtAnotherCompanyLastWeekAreNotCompared() {
    let previous = lastWeek {
      $0["p01"]!.company = "nettoline"
      $0["p01"]!.placementWeek = 1
    }
    #expect(Fixture.check(previous: previous) == [])
  }

  @Test func placementWeeksStayInAReplan() {
    let v = Fixture.check(previous: sameWeek { $0["p01"]!.placementWeek = 2 })
    #expect(rules(v) == [.placementLength])
    #expect(
      finds(
        v, .placementLength,
        .placementWeekNotCounted(
          participant: "p01", company: "aubo", previousWeek: 2, previous: .sameWeek, expected: 2,
          stated: 3)))
  }

  @Test func aReplanMayLeaveAnAdmittedReferralWaiting() {
    let unadmit: (inout [String: ParticipantWeek]) -> Void = {
      $0["p06"]!.status = .waiting
      $0["p06"]!.activities = []
    }
    #expect(Fixture.check(previous: Fixture.plan(), rows: unadmit) == [])
    // Admitted last week, the same change breaks rule 10.
    let previous = lastWeek {
      $0["p06"]!.status = .admitted
      $0["p06"]!.activities = ["a3"]
    }
    let v = Fixture.check(previous: previous, rows: unadmit)
    #expect(
      finds(
        v, .nobodyLeaves,
        .previousNotEnrolledInPlan(
          participant: "p06", was: .admitted, previous: .lastWeek("2026-W01"), status: .waiting)))
  }

  @Test func aReplanKeepsTheEnrolled() {
    let v = Fixture.check(previous: sameWeek { $0["p07"] = ida })
    #expect(rules(v) == [.nobodyLeaves])
    #expect(
      finds(
        v, .nobodyLeaves,
        .previousMissingFromScenario(participant: "p07", was: .enrolled, previous: .sameWeek)))
  }
}
