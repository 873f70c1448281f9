import MilenModel
import Testing

@testable import MilenCheck

private func w(_ text: String) -> TimeWindow { Fixture.w(text) }

@Suite struct NobodyDischargedTests {
  @Test func enrolledWithNothing() {
    let v = Fixture.check(rows: { $0["p04"]!.activities = [] })
    #expect(rules(v) == [.nobodyDischarged])
    #expect(says(v, .nobodyDischarged, "servedGetsNothing(participant: \"p04\""))
    #expect(v.first?.participants == ["p04"])
  }

  @Test func admittedWithNothing() {
    let v = Fixture.check(rows: { $0["p06"]!.activities = [] })
    #expect(rules(v) == [.nobodyDischarged])
    #expect(says(v, .nobodyDischarged, "servedGetsNothing(participant: \"p06\"", "admitted"))
  }

  @Test func employerAloneIsSomething() {
    let v = Fixture.check(rows: {
      $0["p03"]!.activities = []
      $0["p03"]!.mentor = nil
      $0["p03"]!.mentorHours = 0
    })
    #expect(v == [])
  }

  @Test func mentorHoursAloneAreSomething() {
    let v = Fixture.check(rows: {
      $0["p03"]!.activities = []
      $0["p03"]!.employer = nil
    })
    #expect(rules(v) == [.tracks])
  }

  @Test func enrolledMarkedWaiting() {
    let v = Fixture.check(rows: { $0["p04"]!.status = .waiting })
    #expect(rules(v) == [.nobodyDischarged])
    #expect(finds(v, .nobodyDischarged, .enrolledNotKept(participant: "p04", status: .waiting)))
    #expect(says(v, .nobodyDischarged, "waitingGiven(participant: \"p04\"", "[\"a1\", \"a2\"]"))
  }

  @Test func referredMarkedEnrolled() {
    let v = Fixture.check(rows: { $0["p06"]!.status = .enrolled })
    #expect(rules(v) == [.nobodyDischarged])
    #expect(finds(v, .nobodyDischarged, .referredMarkedEnrolled(participant: "p06")))
  }

  @Test func waitingGetsSomething() {
    let v = Fixture.check(rows: { $0["p05"]!.activities = ["a3"] })
    #expect(rules(v) == [.nobodyDischarged])
    #expect(says(v, .nobodyDischarged, "waitingGiven(participant: \"p05\"", "activities([\"a3\"])"))
    #expect(v.first?.places == ["a3"])
  }

  @Test func missingAndRepeatedParticipants() {
    var plan = Fixture.plan()
    let s = Fixture.scenario()
    plan.participants.removeAll { $0.id == "p04" }
    plan.participants.append(plan.participants[0])
    plan = Fixture.rebuilt(plan, for: s)
    let v = PlanChecker.check(plan, against: s)
    #expect(finds(v, .consistency, .missingFromPlan(participant: "p04")))
    #expect(finds(v, .consistency, .listedTimes(participant: "p01", times: 2)))
  }
}

@Suite struct CapacityTests {
  /// p05 admitted at aubo on `day`, 08:00-12:00.
  static func p05(at day: Weekday) -> (inout [String: ParticipantWeek]) -> Void {
    { r in
      r["p05"]!.status = .admitted
      r["p05"]!.company = "aubo"
      r["p05"]!.placementWeek = 1
      r["p05"]!.work = [WorkDay(day: day, time: w("08:00-12:00"))]
    }
  }

  @Test func perDaySlots() {
    let v = Fixture.check(rows: CapacityTests.p05(at: .wed))
    #expect(rules(v) == [.capacity])
    #expect(
      finds(
        v, .capacity,
        .companyOverDaySlots(
          company: "aubo", day: .wed, working: ["p01", "p05"], slots: 1, closed: false)))
    #expect(v.first?.places == ["aubo"])
  }

  @Test func exactlyAtWeeklySlotsAndRatio() {
    // aubo: 2 placed, 2 slots, 10 employees -> legal room 2.
    #expect(Fixture.check(rows: CapacityTests.p05(at: .tue)) == [])
  }

  @Test func weeklySlots() {
    let v = Fixture.check(
      scenario: {
        $0.company("aubo") {
          $0.slots = 1
          $0.slotsPerDay = [:]
        }
      },
      rows: CapacityTests.p05(at: .tue))
    #expect(rules(v) == [.capacity])
    #expect(
      finds(v, .capacity, .companyOverSlots(company: "aubo", placed: ["p01", "p05"], slots: 1)))
  }

  @Test func workOnAClosedDayHasNoSlot() {
    let v = Fixture.check(
      scenario: { $0.participant("p02") { $0.availability[.fri] = w("08:00-16:00") } },
      rows: { $0["p02"]!.work[1].day = .fri })
    #expect(rules(v) == [.capacity, .availabilityAndTime])
    #expect(
      says(v, .capacity, "companyOverDaySlots(company: \"nettoline\"", "slots: 0, closed: true"))
    #expect(says(v, .availabilityAndTime, "workWhenClosed(", "\"nettoline\""))
  }

  @Test func mentorHours() {
    let v = Fixture.check(scenario: { $0.mentor("m1") { $0.hoursPerWeek = 1.5 } })
    #expect(rules(v) == [.capacity])
    #expect(
      says(
        v, .capacity, "mentorOverHours(mentor: \"m1\", hours: 2.0, limit: 1.5",
        "\"p01\", hours: 2.0"))
    #expect(Fixture.check(scenario: { $0.mentor("m1") { $0.hoursPerWeek = 2 } }) == [])
  }

  @Test func mentees() {
    let v = Fixture.check(scenario: { $0.mentor("m2") { $0.maxMentees = 0 } })
    #expect(rules(v) == [.capacity])
    #expect(finds(v, .capacity, .mentorOverMentees(mentor: "m2", mentees: ["p03"], limit: 0)))
    #expect(Fixture.check(scenario: { $0.mentor("m2") { $0.maxMentees = 1 } }) == [])
  }

  @Test func seats() {
    // a1 has 3 seats and 3 attendees in the fixture: exactly full is fine.
    let v = Fixture.check(rows: { $0["p03"]!.activities.append("a1") })
    #expect(rules(v) == [.capacity])
    #expect(
      finds(
        v, .capacity,
        .activityOverSeats(activity: "a1", attendees: ["p01", "p02", "p03", "p04"], seats: 3)))
  }

  @Test func coordinatorHours() {
    // The fixture uses 22 coordinator hours.
    let v = Fixture.check(scenario: { $0.coordinator.hoursPerWeek = 21.5 })
    #expect(rules(v) == [.capacity])
    #expect(says(v, .capacity, "coordinatorOverHours(needed: 22.0", "available: 21.5"))
    #expect(v.first?.places == ["coordinator"])
    #expect(Fixture.check(scenario: { $0.coordinator.hoursPerWeek = 22 }) == [])
  }

  @Test func coordinatorRunsActivitiesNobodyAttends() {
    var s = Fixture.scenario()
    s.activities.append(
      Activity(
        id: "a4", name: "Extra", day: .wed, time: w("07:30-23:00"), seats: 5,
        runByCoordinator: true))
    let plan = Fixture.rebuilt(Fixture.plan(), for: s)
    let v = PlanChecker.check(plan, against: s)
    #expect(rules(v) == [.capacity])
    #expect(says(v, .capacity, "coordinatorOverHours(needed: 37.5"))
  }
}

@Suite struct LegalRatioTests {
  @Test func subsidisedStaffFillTheRoom() {
    // nettoline: 4 employees -> room 1; p02 placed there.
    let v = Fixture.check(scenario: { $0.company("nettoline") { $0.subsidisedStaff = 1 } })
    #expect(rules(v) == [.legalRatio])
    #expect(
      says(
        v, .legalRatio, "overLegalRatio(company: \"nettoline\", placed: [\"p02\"], subsidised: 1"))
    #expect(says(v, .legalRatio, "room: 1, employees: 4"))
  }

  @Test func placementsAboveTheRatio() {
    let v = Fixture.check(
      scenario: { $0.company("aubo") { $0.ordinaryEmployees = 9 } },
      rows: CapacityTests.p05(at: .tue))
    #expect(rules(v) == [.legalRatio])
    #expect(says(v, .legalRatio, "\"aubo\", placed: [\"p01\", \"p05\"]", "room: 1, employees: 9"))
  }

  @Test func largeCompany() {
    // 60 employees -> room 11: 10 subsidised plus p01 is exactly full, 11 subsidised is not.
    let ok = Fixture.check(scenario: {
      $0.company("aubo") {
        $0.ordinaryEmployees = 60
        $0.subsidisedStaff = 10
      }
    })
    #expect(ok == [])
    let v = Fixture.check(scenario: {
      $0.company("aubo") {
        $0.ordinaryEmployees = 60
        $0.subsidisedStaff = 11
      }
    })
    #expect(rules(v) == [.legalRatio])
  }
}

@Suite struct PlacementLengthTests {
  @Test func atTheLimit() {
    // Job-ready: 3 weeks done, this is week 4 of 4.
    let v = Fixture.check(
      scenario: { $0.participant("p01") { $0.current.placementWeeks = 3 } },
      rows: { $0["p01"]!.placementWeek = 4 })
    #expect(v == [])
  }

  @Test func beyondTheLimit() {
    let v = Fixture.check(
      scenario: { $0.participant("p01") { $0.current.placementWeeks = 4 } },
      rows: { $0["p01"]!.placementWeek = 5 })
    #expect(rules(v) == [.placementLength])
    #expect(v.count == 1)
    #expect(
      says(
        v, .placementLength,
        "beyondPlacementLimit(participant: \"p01\", company: \"aubo\", week: 5", "limit: 4"))
  }

  @Test func activityReadyLimitIs13() {
    let ok = Fixture.check(
      scenario: {
        $0.participant("p01") {
          $0.readiness = .activityReady
          $0.current.placementWeeks = 12
        }
      },
      rows: { $0["p01"]!.placementWeek = 13 })
    #expect(ok == [])
    let v = Fixture.check(
      scenario: {
        $0.participant("p01") {
          $0.readiness = .activityReady
          $0.current.placementWeeks = 13
        }
      },
      rows: { $0["p01"]!.placementWeek = 14 })
    #expect(rules(v) == [.placementLength])
    #expect(says(v, .placementLength, "limit: 13, readiness: MilenModel.Readiness.activityReady"))
  }

  @Test func wrongWeekNumberWhenContinuing() {
    let v = Fixture.check(rows: { $0["p01"]!.placementWeek = 1 })
    #expect(rules(v) == [.placementLength])
    #expect(
      says(
        v, .placementLength, "wrongPlacementWeek(participant: \"p01\", company: \"aubo\", week: 3",
        "stated: Optional(1)"))
  }

  @Test func newPlacementStartsAtWeekOne() {
    let v = Fixture.check(rows: { $0["p02"]!.placementWeek = 2 })
    #expect(rules(v) == [.placementLength])
    #expect(
      finds(
        v, .placementLength,
        .newPlacementNotWeekOne(participant: "p02", company: "nettoline", stated: 2)))
    let missing = Fixture.check(rows: { $0["p02"]!.placementWeek = nil })
    #expect(says(missing, .placementLength, "stated: nil"))
  }
}
