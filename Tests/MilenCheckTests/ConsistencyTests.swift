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
    #expect(finds(v, .consistency, .notInScenario(participant: "p99")))
  }

  @Test func unknownCompanyMentorAndActivity() {
    let v = Fixture.check(rows: {
      $0["p02"]!.company = "ghost"
      $0["p04"]!.mentor = "m9"
      $0["p04"]!.activities.append("a9")
    })
    #expect(finds(v, .consistency, .unknownCompany(participant: "p02", company: "ghost")))
    #expect(finds(v, .consistency, .unknownMentor(participant: "p04", mentor: "m9")))
    #expect(finds(v, .consistency, .unknownActivity(participant: "p04", activity: "a9")))
  }

  @Test func companyLoadDisagrees() {
    let v = check { $0.companies[0].participants = ["p02"] }
    #expect(rules(v) == [.consistency])
    #expect(
      finds(
        v, .consistency, .loadDisagrees(load: .company("aubo"), listed: ["p02"], rows: ["p01"])))
    #expect(v.first?.participants == ["p01", "p02"])
  }

  @Test func companyLoadNumbers() {
    let v = check {
      $0.companies[0].perDay["wed"] = 2
      $0.companies[0].slots = 3
      $0.companies[1].legalRoom = 2
    }
    #expect(v.count == 3)
    #expect(
      says(v, .consistency, "loadPerDay(company: \"aubo\", day: MilenModel.Weekday.wed, stated: 2"))
    #expect(says(v, .consistency, "loadSlots(company: \"aubo\", stated: 3"))
    #expect(says(v, .consistency, "loadLegalRoom(company: \"nettoline\", stated: 2"))
  }

  @Test func missingAndRepeatedLoads() {
    let v = check {
      $0.mentors.removeLast()
      $0.activities.append($0.activities[0])
    }
    #expect(finds(v, .consistency, .loadMissing(load: .mentor("m2"))))
    #expect(finds(v, .consistency, .loadRepeated(load: .activity("a1"))))
  }

  @Test func mentorAndActivityLoads() {
    let v = check {
      $0.mentors[0].hours = 3
      $0.activities[1].attendees = ["p03", "p03", "p04"]
    }
    #expect(finds(v, .consistency, .loadMentorHours(mentor: "m1", stated: 3, rows: 2)))
    #expect(finds(v, .consistency, .loadListsTwice(load: .activity("a2"), ids: ["p03"])))
  }

  @Test func unmetMentorHours() {
    let v = check { $0.participants[0].unmetMentorHours = 1 }
    #expect(rules(v) == [.consistency])
    #expect(
      says(v, .consistency, "unmetHoursWrong(participant: \"p01\", stated: 1.0", "given: 2.0"))
  }

  @Test func programmeFigures() {
    let v = check {
      $0.programme.served = 6
      $0.programme.inPlacement = 1
      $0.programme.coordinatorHoursUsed = 20
    }
    #expect(rules(v) == [.consistency])
    #expect(finds(v, .consistency, .figureDiffers(figure: .served, stated: 6, actual: 5)))
    #expect(finds(v, .consistency, .figureDiffers(figure: .inPlacement, stated: 1, actual: 2)))
    #expect(finds(v, .consistency, .coordinatorUsedWrong(stated: 20, actual: 22)))
  }

  @Test func weekAndRowCopies() {
    let v = check {
      $0.week = "2026-W03"
      $0.participants[3].name = "Emmy"
      $0.participants[3].track = .paused
    }
    #expect(rules(v) == [.consistency])
    #expect(says(v, .consistency, "weekDiffers(plan: \"2026-W03\""))
    #expect(says(v, .consistency, "nameDiffers(participant: \"p04\", plan: \"Emmy\""))
    #expect(
      finds(
        v, .consistency, .trackDiffers(participant: "p04", scenario: .socialOnly, plan: .paused))
    )
  }

  @Test func workOrWeekWithoutACompany() {
    let v = Fixture.check(rows: {
      $0["p02"]!.company = nil
    })
    #expect(finds(v, .consistency, .workWithoutCompany(participant: "p02", days: 2)))
    #expect(finds(v, .consistency, .placementWeekWithoutCompany(participant: "p02", week: 1)))
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
    #expect(finds(v, .consistency, .missingFromPlan(participant: "p05")))
    #expect(says(v, .locksAndBans, "lockedNotListed(participant: \"p01\", company: \"aubo\""))
  }

  @Test func fixturePlanAgainstAnEmptyScenario() {
    let v = PlanChecker.check(Fixture.plan(), against: Scenario(week: "2026-W02"))
    #expect(finds(v, .consistency, .notInScenario(participant: "p01")))
    #expect(finds(v, .consistency, .loadUnknown(load: .company("aubo"))))
    #expect(finds(v, .consistency, .unknownCompany(participant: "p01", company: "aubo")))
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
    #expect(
      finds(
        v, .locksAndBans,
        .lockedNotListed(participant: "nobody", company: "nowhere", days: [.sun])))
    #expect(
      says(v, .consistency, "hoursNotANumber(participant: \"p01\", unmet: false, value: nan"))
    #expect(says(v, .consistency, "loadUnknownDay(", "key: \"someday\""))
    #expect(PlanChecker.report(v).split(separator: "\n").count == v.count)
  }
}
