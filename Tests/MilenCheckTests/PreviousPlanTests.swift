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
      says(
        v, .consistency,
        "the previous plan is for week 2025-W50, neither this week 2026-W02 nor the week before "
          + "(2026-W01), so it is not compared"))
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
      says(v, .consistency, "2025-W51, neither this week 2026-W01 nor the week before (2025-W52)"))
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
      says(
        v, .nobodyLeaves,
        "p06 (Freja) was admitted in last week's plan (2026-W01), but this week's scenario lists "
          + "them as referred"))
    #expect(says(v, .nobodyLeaves, "p06 (Freja) was admitted", "but this plan has status admitted"))
  }

  @Test func enrolledLastWeekMissingFromTheScenario() {
    let previous = lastWeek { $0["p07"] = ida }
    let v = Fixture.check(previous: previous)
    #expect(rules(v) == [.nobodyLeaves])
    #expect(v.count == 1)
    #expect(
      says(
        v, .nobodyLeaves,
        "p07 (Ida) was enrolled in last week's plan (2026-W01), but is missing from this week's "
          + "scenario; only an exit in the scenario ends an enrolment"))
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
      says(
        v, .nobodyLeaves,
        "p04 (Emma) was enrolled in last week's plan (2026-W01), but is missing from this plan"))
    #expect(says(v, .consistency, "p04 (Emma) is missing from the plan"))
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
      says(
        v, .nobodyLeaves,
        "p04 (Emma) was enrolled in last week's plan (2026-W01), so is enrolled now, but this "
          + "plan has status waiting"))
  }

  @Test func placementWeeksCountOnFromLastWeek() {
    let v = Fixture.check(previous: lastWeek { $0["p01"]!.placementWeek = 3 })
    #expect(rules(v) == [.placementLength])
    #expect(v.count == 1)
    #expect(
      says(
        v, .placementLength,
        "p01 (Mikkel) was in placement week 3 at aubo in last week's plan (2026-W01), so this is "
          + "week 4, but the plan says week 3"))
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
      says(
        v, .placementLength,
        "p01 (Mikkel) was in placement week 2 at aubo in the earlier plan of this week, so this "
          + "is week 2, but the plan says week 3"))
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
    #expect(says(v, .nobodyLeaves, "p06 (Freja) was admitted", "but this plan has status waiting"))
  }

  @Test func aReplanKeepsTheEnrolled() {
    let v = Fixture.check(previous: sameWeek { $0["p07"] = ida })
    #expect(rules(v) == [.nobodyLeaves])
    #expect(
      says(
        v, .nobodyLeaves,
        "p07 (Ida) was enrolled in the earlier plan of this week, but is missing from this "
          + "week's scenario"))
  }
}
