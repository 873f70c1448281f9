import MilenModel
import Testing

@testable import MilenCheck

private func w(_ text: String) -> TimeWindow { Fixture.w(text) }

@Suite struct AvailabilityAndTimeTests {
  @Test func outsideAvailabilityAndOpeningHours() {
    let v = Fixture.check(rows: { $0["p02"]!.work[0].time = w("07:00-11:00") })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(
      says(
        v, .availabilityAndTime,
        "p02 (Sara) works at nettoline on mon 07:00-11:00, outside their availability 08:00-16:00"))
    #expect(says(v, .availabilityAndTime, "outside nettoline's opening hours 08:00-16:00"))
    #expect(v.allSatisfy { $0.participants == ["p02"] && $0.places == ["nettoline"] })
  }

  @Test func onADayTheyAreNotAvailable() {
    let v = Fixture.check(rows: { $0["p02"]!.work[1].day = .wed })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(says(v, .availabilityAndTime, "p02 (Sara) works at nettoline on wed", "not available"))
  }

  @Test func fewerHoursThanTheMinimum() {
    let v = Fixture.check(rows: { $0["p02"]!.work = [WorkDay(day: .mon, time: w("08:00-11:00"))] })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(says(v, .availabilityAndTime, "p02 (Sara) works 3 hours at nettoline", "range 4-10"))
    let atMin = Fixture.check(rows: {
      $0["p02"]!.work = [WorkDay(day: .mon, time: w("08:00-12:00"))]
    })
    #expect(atMin == [])
  }

  @Test func moreHoursThanTheMaximum() {
    // p01 works 12 hours; thu 07:00-15:00 makes 20 = max, thu 07:00-15:30... is over.
    let atMax = Fixture.check(rows: {
      $0["p01"]!.work.append(WorkDay(day: .thu, time: w("07:00-15:00")))
    })
    #expect(atMax == [])
    let v = Fixture.check(rows: {
      $0["p01"]!.work.append(WorkDay(day: .thu, time: w("07:00-15:00")))
      $0["p01"]!.work.append(WorkDay(day: .fri, time: w("07:00-08:00")))
    })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(says(v, .availabilityAndTime, "p01 (Mikkel) works 21 hours at aubo", "8-20 hours"))
  }

  @Test func workClashesWithAnActivity() {
    let v = Fixture.check(rows: {
      $0["p01"]!.work.append(WorkDay(day: .tue, time: w("12:00-14:00")))
    })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(
      says(
        v, .availabilityAndTime,
        "p01 (Mikkel) has work at aubo 12:00-14:00 and activity a1 13:00-15:00 at once on tue"))
    #expect(v.first?.places == ["a1", "aubo"])
  }

  @Test func touchingWindowsAreFine() {
    let v = Fixture.check(rows: {
      $0["p01"]!.work.append(WorkDay(day: .tue, time: w("07:00-13:00")))
    })
    #expect(v == [])
  }

  @Test func jobClashesWithAnActivity() {
    let v = Fixture.check(scenario: {
      $0.participant("p03") { $0.employment?.schedule[.thu] = w("09:00-11:00") }
    })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(
      says(
        v, .availabilityAndTime, "p03 (Jonas) has their job at Bilka 09:00-11:00",
        "activity a2 10:00-12:00 at once on thu"))
    let touching = Fixture.check(scenario: {
      $0.participant("p03") { $0.employment?.schedule[.thu] = w("08:00-10:00") }
    })
    #expect(touching == [])
  }

  @Test func activityOutsideTheWorkWindowIsFine() {
    // Two-part availability: the work window never hides an activity (model.md).
    let v = Fixture.check(scenario: {
      $0.participant("p04") { $0.availability[.thu] = w("10:30-13:00") }
    })
    #expect(v == [])
  }

  @Test func activityInBusyTime() {
    let v = Fixture.check(scenario: {
      $0.participant("p04") {
        $0.busy = [BusyTime(day: .thu, time: w("11:00-14:00"), label: "school")]
      }
    })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(
      says(
        v, .availabilityAndTime, "p04 (Emma) attends a2 on thu 10:00-12:00",
        "while busy 11:00-14:00 (school)"))
  }

  @Test func activityOutsideActivityTime() {
    let v = Fixture.check(scenario: { s in
      if let i = s.activities.firstIndex(where: { $0.id == "a2" }) {
        s.activities[i].time = w("21:00-23:00")
      }
    })
    #expect(says(v, .availabilityAndTime, "attends a2 on thu 21:00-23:00", "07:00-22:00"))
  }

  @Test func aOneHourDayIsRefused() {
    // p02 works 4-10 hours a week: a 1-hour day is below the 3-hour shortest day.
    let v = Fixture.check(rows: {
      $0["p02"]!.work = [
        WorkDay(day: .mon, time: w("08:00-12:00")), WorkDay(day: .tue, time: w("08:00-09:00")),
      ]
    })
    #expect(
      says(
        v, .availabilityAndTime, "p02 (Sara) works at nettoline on tue 08:00-09:00, 1 hours",
        "shortest work day of 3 hours"))
    let shortWeek = Fixture.check(
      scenario: { $0.participant("p02") { $0.hours = HoursRange(min: 1, max: 10, agreed: 1) } },
      rows: { $0["p02"]!.work = [WorkDay(day: .mon, time: w("08:00-09:00"))] })
    #expect(!says(shortWeek, .availabilityAndTime, "shortest work day"))
  }

  @Test func twoWindowsOnOneDay() {
    let v = Fixture.check(rows: {
      $0["p02"]!.work = [
        WorkDay(day: .mon, time: w("08:00-10:00")), WorkDay(day: .mon, time: w("10:00-12:00")),
      ]
    })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(says(v, .availabilityAndTime, "p02 (Sara) has 2 work windows at nettoline on mon"))
  }

  @Test func weekendAndEmptyWindows() {
    let v = Fixture.check(
      scenario: { $0.participant("p01") { $0.availability[.sat] = w("07:00-15:00") } },
      rows: {
        $0["p01"]!.work.append(WorkDay(day: .sat, time: w("08:00-10:00")))
        $0["p01"]!.work.append(WorkDay(day: .thu, time: w("12:00-10:00")))
      })
    #expect(says(v, .availabilityAndTime, "works at aubo on sat", "Monday to Friday only"))
    #expect(says(v, .availabilityAndTime, "empty work window at aubo on thu 12:00-10:00"))
    #expect(says(v, .capacity, "aubo has 1 placement on sat"))
  }
}

@Suite struct FitTests {
  @Test func accommodation() {
    let v = Fixture.check(scenario: { $0.company("aubo") { $0.accommodations = [] } })
    #expect(rules(v) == [.fit])
    #expect(says(v, .fit, "aubo does not offer quietPlace, which p01 (Mikkel) needs"))
  }

  @Test func drivingLicence() {
    let v = Fixture.check(scenario: { $0.company("aubo") { $0.requirements.drivingLicence = true } }
    )
    #expect(rules(v) == [.fit])
    #expect(says(v, .fit, "aubo requires a driving licence", "p01 (Mikkel)"))
    let ok = Fixture.check(scenario: {
      $0.company("aubo") { $0.requirements.drivingLicence = true }
      $0.participant("p01") { $0.drivingLicence = true }
    })
    #expect(ok == [])
  }

  @Test func minimumAge() {
    let young = Fixture.check(scenario: { $0.participant("p01") { $0.age = 17 } })
    #expect(rules(young) == [.fit])
    #expect(says(young, .fit, "aubo requires age 18, and p01 (Mikkel) is 17"))
    let unknown = Fixture.check(scenario: { $0.participant("p01") { $0.age = nil } })
    #expect(says(unknown, .fit, "age is unknown"))
    #expect(Fixture.check(scenario: { $0.participant("p01") { $0.age = 18 } }) == [])
  }

  @Test func travelDistance() {
    // p02 lives 9 km from nettoline.
    let v = Fixture.check(scenario: { $0.participant("p02") { $0.maxTravelKm = 8 } })
    #expect(rules(v) == [.fit])
    #expect(says(v, .fit, "nettoline is 9 km from p02 (Sara), beyond their 8 km"))
    #expect(Fixture.check(scenario: { $0.participant("p02") { $0.maxTravelKm = 9 } }) == [])
  }

  @Test func reachableCompanies() {
    let v = Fixture.check(scenario: {
      $0.participant("p02") {
        $0.reachableCompanies = ["aubo"]
        $0.maxTravelKm = 100
      }
    })
    #expect(rules(v) == [.fit])
    #expect(says(v, .fit, "p02 (Sara) cannot reach nettoline"))
    // The list wins over the distance.
    let listed = Fixture.check(scenario: {
      $0.participant("p02") {
        $0.reachableCompanies = ["nettoline"]
        $0.maxTravelKm = 1
      }
    })
    #expect(listed == [])
  }

  @Test func mentorCompetence() {
    let v = Fixture.check(scenario: { $0.mentor("m1") { $0.competences = [] } })
    #expect(rules(v) == [.fit])
    #expect(says(v, .fit, "mentor m1 lacks anxiety, which p01 (Mikkel) needs"))
  }

  @Test func mentorDays() {
    let v = Fixture.check(scenario: { $0.mentor("m2") { $0.days = [.sat] } })
    #expect(rules(v) == [.fit])
    #expect(says(v, .fit, "mentor m2 works sat", "p03 (Jonas) is available on none"))
    #expect(Fixture.check(scenario: { $0.mentor("m2") { $0.days = [.sat, .fri] } }) == [])
  }

  @Test func mentorHoursAboveNeed() {
    let v = Fixture.check(rows: { $0["p01"]!.mentorHours = 2.5 })
    #expect(rules(v) == [.fit])
    #expect(says(v, .fit, "p01 (Mikkel) gets 2.5 mentor hours, above the 2 they need"))
  }

  @Test func mentorAndHoursGoTogether() {
    let noHours = Fixture.check(rows: { $0["p01"]!.mentorHours = 0 })
    #expect(rules(noHours) == [.fit])
    #expect(says(noHours, .fit, "p01 (Mikkel) has mentor m1 but 0 mentor hours"))
    let noMentor = Fixture.check(rows: { $0["p01"]!.mentor = nil })
    #expect(rules(noMentor) == [.fit])
    #expect(says(noMentor, .fit, "p01 (Mikkel) gets 2 mentor hours but has no mentor"))
  }
}

@Suite struct TracksTests {
  @Test func socialOnlyGetsNoWork() {
    let v = Fixture.check(rows: {
      $0["p04"]!.work = [WorkDay(day: .thu, time: w("09:00-10:00"))]
    })
    #expect(rules(v) == [.tracks])
    #expect(says(v, .tracks, "p04 (Emma) is on the socialOnly track", "1 work day"))
  }

  @Test func pausedIsNotPlaced() {
    let v = Fixture.check(rows: {
      $0["p06"]!.company = "nettoline"
      $0["p06"]!.placementWeek = 1
    })
    #expect(says(v, .tracks, "p06 (Freja) is on the paused track", "company nettoline"))
  }

  @Test func employedKeepTheirEmployer() {
    let other = Fixture.check(rows: { $0["p03"]!.employer = "Netto" })
    #expect(rules(other) == [.tracks])
    #expect(
      says(
        other, .tracks, "p03 (Jonas) is on the job track with employer Bilka",
        "plan gives employer Netto"))
    let none = Fixture.check(rows: { $0["p03"]!.employer = nil })
    #expect(says(none, .tracks, "plan gives employer none"))
  }

  @Test func employedAreNotPlaced() {
    let v = Fixture.check(rows: {
      $0["p03"]!.company = "aubo"
      $0["p03"]!.placementWeek = 1
      $0["p03"]!.work = [WorkDay(day: .tue, time: w("08:00-12:00"))]
    })
    #expect(
      says(
        v, .tracks, "p03 (Jonas) is on the job track and keeps their employer",
        "company aubo and 1 work day"))
  }

  @Test func placementHasNoEmployer() {
    let v = Fixture.check(rows: { $0["p02"]!.employer = "Bilka" })
    #expect(rules(v) == [.tracks])
    #expect(says(v, .tracks, "p02 (Sara) is on the placement track", "employer Bilka"))
  }
}

@Suite struct LocksAndBansTests {
  @Test func lockedDayNotWorked() {
    let v = Fixture.check(rows: { $0["p01"]!.work[0].day = .thu })
    #expect(rules(v) == [.locksAndBans])
    #expect(
      says(v, .locksAndBans, "p01 (Mikkel) is locked to aubo on mon", "not work there on mon"))
  }

  @Test func lockedElsewhere() {
    let v = Fixture.check(scenario: { $0.locks = [Lock(participant: "p01", company: "nettoline")] })
    #expect(rules(v) == [.locksAndBans])
    #expect(says(v, .locksAndBans, "p01 (Mikkel) is locked to nettoline", "places them at aubo"))
    #expect(v.first?.places == ["aubo", "nettoline"])
  }

  @Test func lockedButNotPlaced() {
    let v = Fixture.check(scenario: {
      $0.locks.append(Lock(participant: "p04", company: "aubo", days: [.tue]))
    })
    #expect(rules(v) == [.locksAndBans])
    #expect(says(v, .locksAndBans, "p04 (Emma) is locked to aubo on tue", "does not place them"))
  }

  @Test func banned() {
    let v = Fixture.check(scenario: { $0.bans.append(Ban(participant: "p01", company: "aubo")) })
    #expect(rules(v) == [.locksAndBans])
    #expect(says(v, .locksAndBans, "p01 (Mikkel) is banned from aubo"))
  }
}
