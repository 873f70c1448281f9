import MilenModel
import Testing

@testable import MilenCheck

private func w(_ text: String) -> TimeWindow { Fixture.w(text) }

@Suite struct NobodyDischargedTests {
  @Test func enrolledWithNothing() {
    let v = Fixture.check(rows: { $0["p04"]!.activities = [] })
    #expect(rules(v) == [.nobodyDischarged])
    #expect(says(v, .nobodyDischarged, "p04 (Emma)", "gets nothing"))
    #expect(v.first?.participants == ["p04"])
  }

  @Test func admittedWithNothing() {
    let v = Fixture.check(rows: { $0["p06"]!.activities = [] })
    #expect(rules(v) == [.nobodyDischarged])
    #expect(says(v, .nobodyDischarged, "p06 (Freja) is admitted"))
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
    #expect(says(v, .nobodyDischarged, "p04 (Emma) is enrolled but has status waiting"))
    #expect(says(v, .nobodyDischarged, "p04 (Emma) is waiting but", "a1, a2"))
  }

  @Test func referredMarkedEnrolled() {
    let v = Fixture.check(rows: { $0["p06"]!.status = .enrolled })
    #expect(rules(v) == [.nobodyDischarged])
    #expect(says(v, .nobodyDischarged, "p06 (Freja) is referred"))
  }

  @Test func waitingGetsSomething() {
    let v = Fixture.check(rows: { $0["p05"]!.activities = ["a3"] })
    #expect(rules(v) == [.nobodyDischarged])
    #expect(says(v, .nobodyDischarged, "p05 (Oliver) is waiting", "activities a3"))
    #expect(v.first?.places == ["a3"])
  }

  @Test func missingAndRepeatedParticipants() {
    var plan = Fixture.plan()
    let s = Fixture.scenario()
    plan.participants.removeAll { $0.id == "p04" }
    plan.participants.append(plan.participants[0])
    plan = Fixture.rebuilt(plan, for: s)
    let v = PlanChecker.check(plan, against: s)
    #expect(says(v, .consistency, "p04 (Emma) is missing from the plan"))
    #expect(says(v, .consistency, "p01 (Mikkel) is listed 2 times"))
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
      says(v, .capacity, "aubo has 2 placements on wed, above its 1 slot that day (p01, p05)"))
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
    #expect(says(v, .capacity, "aubo has 2 placements, above its 1 slot (p01, p05)"))
  }

  @Test func workOnAClosedDayHasNoSlot() {
    let v = Fixture.check(
      scenario: { $0.participant("p02") { $0.availability[.fri] = w("08:00-16:00") } },
      rows: { $0["p02"]!.work[1].day = .fri })
    #expect(rules(v) == [.capacity, .availabilityAndTime])
    #expect(says(v, .capacity, "nettoline has 1 placement on fri, above its 0 slots", "closed"))
    #expect(says(v, .availabilityAndTime, "nettoline is closed that day"))
  }

  @Test func mentorHours() {
    let v = Fixture.check(scenario: { $0.mentor("m1") { $0.hoursPerWeek = 1.5 } })
    #expect(rules(v) == [.capacity])
    #expect(says(v, .capacity, "mentor m1 gives 2 mentor hours, above their 1.5", "p01: 2"))
    #expect(Fixture.check(scenario: { $0.mentor("m1") { $0.hoursPerWeek = 2 } }) == [])
  }

  @Test func mentees() {
    let v = Fixture.check(scenario: { $0.mentor("m2") { $0.maxMentees = 0 } })
    #expect(rules(v) == [.capacity])
    #expect(says(v, .capacity, "mentor m2 has 1 mentee, above their most of 0 (p03)"))
    #expect(Fixture.check(scenario: { $0.mentor("m2") { $0.maxMentees = 1 } }) == [])
  }

  @Test func seats() {
    // a1 has 3 seats and 3 attendees in the fixture: exactly full is fine.
    let v = Fixture.check(rows: { $0["p03"]!.activities.append("a1") })
    #expect(rules(v) == [.capacity])
    #expect(
      says(v, .capacity, "activity a1 has 4 attendees, above its 3 seats (p01, p02, p03, p04)"))
  }

  @Test func coordinatorHours() {
    // The fixture uses 22 coordinator hours.
    let v = Fixture.check(scenario: { $0.coordinator.hoursPerWeek = 21.5 })
    #expect(rules(v) == [.capacity])
    #expect(says(v, .capacity, "the coordinator needs 22 hours", "above their 21.5 hours"))
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
    #expect(says(v, .capacity, "the coordinator needs 37.5 hours"))
  }
}

@Suite struct LegalRatioTests {
  @Test func subsidisedStaffFillTheRoom() {
    // nettoline: 4 employees -> room 1; p02 placed there.
    let v = Fixture.check(scenario: { $0.company("nettoline") { $0.subsidisedStaff = 1 } })
    #expect(rules(v) == [.legalRatio])
    #expect(says(v, .legalRatio, "nettoline has 1 placement plus 1 subsidised staff, 2 in all"))
    #expect(says(v, .legalRatio, "legal ratio's 1 for 4 ordinary employees (p02)"))
  }

  @Test func placementsAboveTheRatio() {
    let v = Fixture.check(
      scenario: { $0.company("aubo") { $0.ordinaryEmployees = 9 } },
      rows: CapacityTests.p05(at: .tue))
    #expect(rules(v) == [.legalRatio])
    #expect(says(v, .legalRatio, "aubo has 2 placements", "ratio's 1 for 9", "(p01, p05)"))
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
    #expect(says(v, .placementLength, "p01 (Mikkel) is placed at aubo for week 5", "legal 4 weeks"))
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
    #expect(says(v, .placementLength, "legal 13 weeks for an activity-ready participant"))
  }

  @Test func wrongWeekNumberWhenContinuing() {
    let v = Fixture.check(rows: { $0["p01"]!.placementWeek = 1 })
    #expect(rules(v) == [.placementLength])
    #expect(says(v, .placementLength, "p01 (Mikkel) is in placement week 3 at aubo", "says week 1"))
  }

  @Test func newPlacementStartsAtWeekOne() {
    let v = Fixture.check(rows: { $0["p02"]!.placementWeek = 2 })
    #expect(rules(v) == [.placementLength])
    #expect(says(v, .placementLength, "p02 (Sara) starts a placement at nettoline", "week 2"))
    let missing = Fixture.check(rows: { $0["p02"]!.placementWeek = nil })
    #expect(says(missing, .placementLength, "week none"))
  }
}
