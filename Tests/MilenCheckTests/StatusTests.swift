import MilenModel
import Testing

@testable import MilenCheck

private func w(_ text: String) -> TimeWindow { Fixture.w(text) }

/// p04 (Emma) leaves this week for a job: status left, nothing in the week.
private func emmaLeaves(_ s: inout Scenario) {
  s.participant("p04") { $0.exit = Exit(reason: .job, on: "2026-01-09") }
}

private func emmaLeft(_ r: inout [String: ParticipantWeek]) {
  r["p04"]!.status = .left
  r["p04"]!.activities = []
  r["p04"]!.exitReason = .job
}

@Suite struct StatusTests {
  @Test func anExitIsListedAsLeftWithNothing() {
    let v = Fixture.check(scenario: emmaLeaves, rows: emmaLeft)
    #expect(v == [], "\(PlanChecker.report(v))")
  }

  @Test func anExitButStillEnrolled() {
    let v = Fixture.check(scenario: emmaLeaves)
    #expect(rules(v) == [.nobodyLeaves])
    #expect(v.count == 1)
    #expect(
      says(
        v, .nobodyLeaves,
        "p04 (Emma) leaves this week (exit: job), but the plan has status enrolled"))
    #expect(v.first?.participants == ["p04"])
  }

  @Test func leftButGivenSomething() {
    let v = Fixture.check(
      scenario: emmaLeaves,
      rows: {
        emmaLeft(&$0)
        $0["p04"]!.activities = ["a2"]
      })
    #expect(rules(v) == [.nobodyLeaves])
    #expect(
      says(
        v, .nobodyLeaves,
        "p04 (Emma) has left (exit: job) but the plan gives them activities a2", "gets nothing"))
    #expect(v.first?.places == ["a2"])
  }

  @Test func leftWithoutAnExit() {
    let v = Fixture.check(rows: emmaLeft)
    #expect(rules(v) == [.nobodyLeaves])
    #expect(v.count == 1)
    #expect(
      says(
        v, .nobodyLeaves, "p04 (Emma) has status left, but the scenario ends no enrolment",
        "(no exit)"))
  }

  @Test func aLeftRowIsNotDischarged() {
    // Rule 1 does not apply to a row that has left: no "gets nothing" for p04.
    let v = Fixture.check(scenario: emmaLeaves, rows: emmaLeft)
    #expect(!says(v, .nobodyDischarged, "p04"))
  }

  @Test func exitReasonMustMatch() {
    let v = Fixture.check(
      scenario: emmaLeaves,
      rows: {
        emmaLeft(&$0)
        $0["p04"]!.exitReason = .moved
      })
    #expect(rules(v) == [.consistency])
    #expect(says(v, .consistency, "the plan gives p04 (Emma) exit reason moved", "says job"))
  }

  @Test func exitReasonOnAStayingRow() {
    let v = Fixture.check(rows: { $0["p04"]!.exitReason = .job })
    #expect(rules(v) == [.consistency])
    #expect(says(v, .consistency, "p04 (Emma) has exit reason job but status enrolled"))
  }

  @Test func waitingReasonOnAServedRow() {
    let v = Fixture.check(rows: {
      $0["p06"]!.waitingReason = WaitingReason(kind: .full, laterAdmitted: [])
    })
    #expect(rules(v) == [.consistency])
    #expect(says(v, .consistency, "p06 (Freja) has a waiting reason (full) but status admitted"))
  }

  @Test func anEmployedParticipantLeavesWithoutTheirEmployer() {
    let v = Fixture.check(
      scenario: { $0.participant("p03") { $0.exit = Exit(reason: .apprenticeship) } },
      rows: {
        $0["p03"]!.status = .left
        $0["p03"]!.employer = nil
        $0["p03"]!.mentor = nil
        $0["p03"]!.mentorHours = 0
        $0["p03"]!.activities = []
        $0["p03"]!.exitReason = .apprenticeship
      })
    #expect(v == [], "\(PlanChecker.report(v))")
  }

  @Test func aReferralWithAnExitHasLeftToo() {
    let s: (inout Scenario) -> Void = { $0.participant("p05") { $0.exit = Exit(reason: .moved) } }
    #expect(
      Fixture.check(
        scenario: s,
        rows: {
          $0["p05"]!.status = .left
          $0["p05"]!.exitReason = .moved
        }) == [])
    let v = Fixture.check(scenario: s)
    #expect(rules(v) == [.nobodyLeaves])
    #expect(says(v, .nobodyLeaves, "p05 (Oliver) leaves this week (exit: moved)", "status waiting"))
  }

  @Test func leftRowsAreNotServed() {
    // The figures count p04 neither as enrolled nor served, nor in the coordinator's hours.
    var s = Fixture.scenario()
    emmaLeaves(&s)
    var plan = Fixture.plan()
    plan.participants = plan.participants.map { row in
      guard row.id == "p04" else { return row }
      var r = ["p04": row]
      emmaLeft(&r)
      return r["p04"]!
    }
    plan = Fixture.rebuilt(plan, for: s)
    #expect(plan.programme.served == 4)
    #expect(PlanChecker.check(plan, against: s) == [])
    plan.programme.served = 5
    plan.programme.coordinatorHoursUsed = 22
    let v = PlanChecker.check(plan, against: s)
    #expect(says(v, .consistency, "say 5 served, but the rows have 4"))
    #expect(says(v, .consistency, "say 22 coordinator hours used", "come to 21"))
  }
}

@Suite struct PlacementStateTests {
  @Test func earlierWeeksAtTheSameCompanyCount() {
    let earlier: (inout Scenario) -> Void = {
      $0.participant("p02") { $0.current.earlierPlacements = ["nettoline": 2] }
    }
    #expect(Fixture.check(scenario: earlier, rows: { $0["p02"]!.placementWeek = 3 }) == [])
    let v = Fixture.check(scenario: earlier)
    #expect(rules(v) == [.placementLength])
    #expect(
      says(
        v, .placementLength, "p02 (Sara) is in placement week 3 at nettoline (2 weeks done)",
        "says week 1"))
  }

  @Test func weeksAtOtherCompaniesDoNotCount() {
    let v = Fixture.check(scenario: {
      $0.participant("p02") { $0.current.earlierPlacements = ["aubo": 9] }
    })
    #expect(v == [])
  }

  @Test func currentAndEarlierWeeksAddUpToTheLimit() {
    // p01 is job-ready: 2 weeks now at aubo plus 1 earlier makes week 4, the limit.
    let atLimit = Fixture.check(
      scenario: { $0.participant("p01") { $0.current.earlierPlacements = ["aubo": 1] } },
      rows: { $0["p01"]!.placementWeek = 4 })
    #expect(atLimit == [])
    let v = Fixture.check(
      scenario: { $0.participant("p01") { $0.current.earlierPlacements = ["aubo": 2] } },
      rows: { $0["p01"]!.placementWeek = 5 })
    #expect(rules(v) == [.placementLength])
    #expect(v.count == 1)
    #expect(
      says(
        v, .placementLength, "p01 (Mikkel) is placed at aubo for week 5 (4 weeks done)",
        "legal 4 weeks for a job-ready participant"))
  }

  @Test func aStatedWeekBeyondTheLimit() {
    let v = Fixture.check(rows: { $0["p02"]!.placementWeek = 14 })
    #expect(rules(v) == [.placementLength])
    #expect(
      says(
        v, .placementLength,
        "the plan gives p02 (Sara) placement week 14 at nettoline, beyond the legal 13 weeks"))
    #expect(says(v, .placementLength, "p02 (Sara) starts a placement at nettoline"))
    let atLimit = Fixture.check(rows: { $0["p02"]!.placementWeek = 13 })
    #expect(!says(atLimit, .placementLength, "beyond the legal"))
  }
}

@Suite struct AgreedHoursTests {
  @Test func exactlyTheAgreedHours() {
    // p01 works mon 8 h + wed 4 h = 12 hours.
    #expect(Fixture.check(scenario: { $0.participant("p01") { $0.hours.agreed = 12 } }) == [])
  }

  @Test func aboveTheAgreedHours() {
    let v = Fixture.check(scenario: { $0.participant("p01") { $0.hours.agreed = 11.5 } })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(v.count == 1)
    #expect(
      says(
        v, .availabilityAndTime,
        "p01 (Mikkel) works 12 hours at aubo this week, above the 11.5 hours agreed"))
    #expect(v.first?.places == ["aubo"])
  }

  @Test func agreedHoursDoNotLiftTheMinimum() {
    let v = Fixture.check(
      scenario: { $0.participant("p02") { $0.hours.agreed = 6 } },
      rows: { $0["p02"]!.work = [WorkDay(day: .mon, time: w("08:00-11:00"))] })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(says(v, .availabilityAndTime, "p02 (Sara) works 3 hours at nettoline", "range 4-10"))
  }
}
