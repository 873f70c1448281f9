import MilenModel
import Testing

@testable import MilenCheck

private func w(_ text: String) -> TimeWindow { Fixture.w(text) }

@Suite struct ConsistencyTests {
  /// The hand-written plan and scenario after a change to the plan alone (nothing rebuilt).
  func check(_ change: (inout Plan) -> Void) -> [Violation] {
    var plan = Fixture.plan()
    change(&plan)
    return PlanChecker.check(plan, against: Fixture.scenario())
  }

  @Test func unknownParticipant() {
    let v = check {
      $0.participants.append(
        ParticipantWeek(id: "p99", name: "Ghost", status: .waiting, track: .paused))
      $0.programme.waiting = 2
    }
    #expect(rules(v) == [.consistency])
    #expect(says(v, .consistency, "p99 (Ghost) is in the plan but not in the scenario"))
  }

  @Test func unknownCompanyMentorAndActivity() {
    let v = Fixture.check(rows: {
      $0["p02"]!.company = "ghost"
      $0["p04"]!.mentor = "m9"
      $0["p04"]!.activities.append("a9")
    })
    #expect(says(v, .consistency, "p02 (Sara) is placed at ghost, which is not a company"))
    #expect(says(v, .consistency, "p04 (Emma) has mentor m9"))
    #expect(says(v, .consistency, "p04 (Emma) attends a9, which is not an activity"))
  }

  @Test func companyLoadDisagrees() {
    let v = check { $0.companies[0].participants = ["p02"] }
    #expect(rules(v) == [.consistency])
    #expect(says(v, .consistency, "the load of company aubo lists p02, but the rows have p01"))
    #expect(v.first?.participants == ["p01", "p02"])
  }

  @Test func companyLoadNumbers() {
    let v = check {
      $0.companies[0].perDay["wed"] = 2
      $0.companies[0].slots = 3
      $0.companies[1].legalRoom = 2
    }
    #expect(v.count == 3)
    #expect(says(v, .consistency, "the load of company aubo says 2 on wed"))
    #expect(says(v, .consistency, "the load of company aubo says 3 slots"))
    #expect(says(v, .consistency, "the load of company nettoline says legal room 2"))
  }

  @Test func missingAndRepeatedLoads() {
    let v = check {
      $0.mentors.removeLast()
      $0.activities.append($0.activities[0])
    }
    #expect(says(v, .consistency, "the plan has no load for mentor m2"))
    #expect(says(v, .consistency, "the load of activity a1 more than once"))
  }

  @Test func mentorAndActivityLoads() {
    let v = check {
      $0.mentors[0].hours = 3
      $0.activities[1].attendees = ["p03", "p03", "p04"]
    }
    #expect(says(v, .consistency, "the load of mentor m1 says 3 hours, but the rows give 2"))
    #expect(says(v, .consistency, "the load of activity a2 lists p03 more than once"))
  }

  @Test func unmetMentorHours() {
    let v = check { $0.participants[0].unmetMentorHours = 1 }
    #expect(rules(v) == [.consistency])
    #expect(says(v, .consistency, "p01 (Mikkel) has 1 unmet mentor hours", "so 0 are unmet"))
  }

  @Test func programmeFigures() {
    let v = check {
      $0.programme.served = 6
      $0.programme.inPlacement = 1
      $0.programme.coordinatorHoursUsed = 20
    }
    #expect(rules(v) == [.consistency])
    #expect(says(v, .consistency, "say 6 served, but the rows have 5"))
    #expect(says(v, .consistency, "say 1 in placement, but the rows have 2"))
    #expect(says(v, .consistency, "say 20 coordinator hours used", "come to 22"))
  }

  @Test func weekAndRowCopies() {
    let v = check {
      $0.week = "2026-W03"
      $0.participants[3].name = "Emmy"
      $0.participants[3].track = .paused
    }
    #expect(rules(v) == [.consistency])
    #expect(says(v, .consistency, "the plan is for week 2026-W03"))
    #expect(says(v, .consistency, "the plan calls p04 \"Emmy\""))
    #expect(
      says(v, .consistency, "p04 (Emma) is on the socialOnly track, but the plan's row says paused")
    )
  }

  @Test func workOrWeekWithoutACompany() {
    let v = Fixture.check(rows: {
      $0["p02"]!.company = nil
    })
    #expect(says(v, .consistency, "p02 (Sara) has 2 work days but no placement company"))
    #expect(says(v, .consistency, "p02 (Sara) has placement week 1 but no placement company"))
  }
}

@Suite struct OddInputTests {
  @Test func emptyPlanAgainstTheFixture() {
    let empty = Plan(
      week: "", participants: [], companies: [], mentors: [], activities: [],
      programme: ProgrammeFigures(
        enrolled: 0, admitted: 0, waiting: 0, served: 0, inPlacement: 0, employed: 0,
        breakEven: 0, target: 0, margin: 0, status: .atTarget, coordinatorHoursUsed: 0,
        coordinatorHours: 0),
      solver: Fixture.plan().solver)
    let v = PlanChecker.check(empty, against: Fixture.scenario())
    #expect(says(v, .consistency, "p05 (Oliver) is missing from the plan"))
    #expect(says(v, .locksAndBans, "p01 (Mikkel) is locked to aubo", "does not list them"))
  }

  @Test func fixturePlanAgainstAnEmptyScenario() {
    let v = PlanChecker.check(Fixture.plan(), against: Scenario(week: "2026-W02"))
    #expect(says(v, .consistency, "p01 (Mikkel) is in the plan but not in the scenario"))
    #expect(says(v, .consistency, "the plan has a load for aubo, which is not a company"))
    #expect(says(v, .consistency, "p01 (Mikkel) is placed at aubo, which is not a company"))
  }

  @Test func garbageDoesNotTrap() {
    var s = Fixture.scenario()
    s.participants.append(s.participants[0])
    s.companies.append(s.companies[0])
    s.locks.append(Lock(participant: "nobody", company: "nowhere", days: [.sun]))
    s.participant("p02") {
      $0.maxTravelKm = .nan
      $0.hours = HoursRange(min: 30, max: 2)
    }
    s.company("nettoline") {
      $0.slots = -1
      $0.ordinaryEmployees = -5
      $0.subsidisedStaff = -2
    }
    var plan = Fixture.plan()
    plan.participants[0].work.append(
      WorkDay(
        day: .sun,
        time: TimeWindow(
          start: TimeOfDay(minutes: 2000), end: TimeOfDay(minutes: -10))))
    plan.participants[0].mentorHours = .nan
    plan.participants[1].mentorHours = -.infinity
    plan.participants[2].activities = ["a1", "a1", "zz"]
    plan.companies[0].perDay["someday"] = 4
    plan.mentors.append(
      MentorLoad(
        id: "m9", mentees: ["x"], hours: .nan, hoursPerWeek: 1,
        maxMentees: -1))
    let v = PlanChecker.check(plan, against: s)
    #expect(!v.isEmpty)
    #expect(says(v, .locksAndBans, "nobody is locked to nowhere on sun"))
    #expect(
      says(v, .consistency, "p01 (Mikkel) has nan mentor hours")
        || says(v, .consistency, "mentor hours, not a number"))
    #expect(says(v, .consistency, "\"someday\""))
    #expect(PlanChecker.report(v).split(separator: "\n").count == v.count)
  }
}
