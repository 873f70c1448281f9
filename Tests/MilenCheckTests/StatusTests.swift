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
      finds(
        v, .nobodyLeaves, .exitNotLeft(participant: "p04", reason: .job, status: .enrolled)))
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
      finds(
        v, .nobodyLeaves,
        .leftGiven(participant: "p04", reason: .job, given: [.activities(["a2"])])))
    #expect(v.first?.places == ["a2"])
  }

  @Test func leftWithoutAnExit() {
    let v = Fixture.check(rows: emmaLeft)
    #expect(rules(v) == [.nobodyLeaves])
    #expect(v.count == 1)
    #expect(
      finds(v, .nobodyLeaves, .leftWithoutExit(participant: "p04")))
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
    #expect(
      finds(v, .consistency, .exitReasonDiffers(participant: "p04", plan: .moved, scenario: .job)))
  }

  @Test func exitReasonOnAStayingRow() {
    let v = Fixture.check(rows: { $0["p04"]!.exitReason = .job })
    #expect(rules(v) == [.consistency])
    #expect(
      finds(
        v, .consistency, .exitReasonWithStatus(participant: "p04", reason: .job, status: .enrolled))
    )
  }

  @Test func waitingReasonOnAServedRow() {
    let v = Fixture.check(rows: {
      $0["p06"]!.waitingReason = WaitingReason(kind: .full, laterAdmitted: [])
    })
    #expect(rules(v) == [.consistency])
    #expect(
      finds(
        v, .consistency,
        .waitingReasonWithStatus(participant: "p06", kind: .full, status: .admitted)))
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
    #expect(
      finds(
        v, .nobodyLeaves, .exitNotLeft(participant: "p05", reason: .moved, status: .waiting)))
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
    #expect(finds(v, .consistency, .figureDiffers(figure: .served, stated: 5, actual: 4)))
    #expect(finds(v, .consistency, .coordinatorUsedWrong(stated: 22, actual: 21)))
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
      finds(
        v, .placementLength,
        .wrongPlacementWeek(participant: "p02", company: "nettoline", week: 3, done: 2, stated: 1)))
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
      finds(
        v, .placementLength,
        .beyondPlacementLimit(
          participant: "p01", company: "aubo", week: 5, done: 4, limit: 4, readiness: .jobReady)))
  }

  @Test func aStatedWeekBeyondTheLimit() {
    let v = Fixture.check(rows: { $0["p02"]!.placementWeek = 14 })
    #expect(rules(v) == [.placementLength])
    #expect(
      says(
        v, .placementLength,
        "statedWeekBeyondLimit(participant: \"p02\", company: \"nettoline\", stated: 14, limit: 13")
    )
    #expect(
      says(
        v, .placementLength, "newPlacementNotWeekOne(participant: \"p02\", company: \"nettoline\""))
    let atLimit = Fixture.check(rows: { $0["p02"]!.placementWeek = 13 })
    #expect(!says(atLimit, .placementLength, "statedWeekBeyondLimit("))
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
      finds(
        v, .availabilityAndTime,
        .hoursAboveAgreed(participant: "p01", company: "aubo", hours: 12, agreed: 11.5)))
    #expect(v.first?.places == ["aubo"])
  }

  @Test func agreedHoursDoNotLiftTheMinimum() {
    let v = Fixture.check(
      scenario: { $0.participant("p02") { $0.hours.agreed = 6 } },
      rows: { $0["p02"]!.work = [WorkDay(day: .mon, time: w("08:00-11:00"))] })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(
      finds(
        v, .availabilityAndTime,
        .hoursOutsideRange(
          participant: "p02", company: "nettoline", hours: 3, minimum: 4, maximum: 10)))
  }
}
