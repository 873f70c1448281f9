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
        v, .availabilityAndTime, "workOutsideAvailability(participant: \"p02\"",
        "Weekday.mon, time: 07:00-11:00, available: 08:00-16:00"))
    #expect(says(v, .availabilityAndTime, "workOutsideOpening(", "open: 08:00-16:00"))
    #expect(v.allSatisfy { $0.participants == ["p02"] && $0.places == ["nettoline"] })
  }

  @Test func onADayTheyAreNotAvailable() {
    let v = Fixture.check(rows: { $0["p02"]!.work[1].day = .wed })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(
      says(v, .availabilityAndTime, "workWhenUnavailable(participant: \"p02\"", "Weekday.wed"))
  }

  @Test func fewerHoursThanTheMinimum() {
    let v = Fixture.check(rows: { $0["p02"]!.work = [WorkDay(day: .mon, time: w("08:00-11:00"))] })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(
      finds(
        v, .availabilityAndTime,
        .hoursOutsideRange(
          participant: "p02", company: "nettoline", hours: 3, minimum: 4, maximum: 10)))
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
    #expect(
      says(
        v, .availabilityAndTime, "hoursOutsideRange(participant: \"p01\"",
        "hours: 21.0, minimum: 8.0, maximum: 20.0"))
  }

  @Test func workClashesWithAnActivity() {
    let v = Fixture.check(rows: {
      $0["p01"]!.work.append(WorkDay(day: .tue, time: w("12:00-14:00")))
    })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(
      finds(
        v, .availabilityAndTime,
        .clash(
          participant: "p01", day: .tue, first: .work(company: "aubo"),
          firstTime: w("12:00-14:00"), second: .session(activity: "a1"),
          secondTime: w("13:00-15:00"))))
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
      finds(
        v, .availabilityAndTime,
        .clash(
          participant: "p03", day: .thu, first: .job(employer: "Bilka"),
          firstTime: w("09:00-11:00"), second: .session(activity: "a2"),
          secondTime: w("10:00-12:00"))))
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
      finds(
        v, .availabilityAndTime,
        .sessionWhileBusy(
          participant: "p04", activity: "a2", day: .thu, time: w("10:00-12:00"),
          busy: w("11:00-14:00"), label: "school")))
  }

  @Test func activityOutsideActivityTime() {
    let v = Fixture.check(scenario: { s in
      if let i = s.activities.firstIndex(where: { $0.id == "a2" }) {
        s.activities[i].time = w("21:00-23:00")
      }
    })
    #expect(
      finds(
        v, .availabilityAndTime,
        .sessionOutsideActivityTime(
          participant: "p04", activity: "a2", day: .thu, time: w("21:00-23:00"))))
  }

  @Test func aOneHourDayIsRefused() {
    // p02 works 4-10 hours a week: a 1-hour day is below the 3-hour shortest day.
    let v = Fixture.check(rows: {
      $0["p02"]!.work = [
        WorkDay(day: .mon, time: w("08:00-12:00")), WorkDay(day: .tue, time: w("08:00-09:00")),
      ]
    })
    #expect(
      finds(
        v, .availabilityAndTime,
        .shortWorkDay(
          participant: "p02", company: "nettoline", day: .tue, time: w("08:00-09:00"),
          shortest: 3)))
    let shortWeek = Fixture.check(
      scenario: { $0.participant("p02") { $0.hours = HoursRange(min: 1, max: 10, agreed: 1) } },
      rows: { $0["p02"]!.work = [WorkDay(day: .mon, time: w("08:00-09:00"))] })
    #expect(!says(shortWeek, .availabilityAndTime, "shortWorkDay"))
  }

  @Test func twoWindowsOnOneDay() {
    let v = Fixture.check(rows: {
      $0["p02"]!.work = [
        WorkDay(day: .mon, time: w("08:00-10:00")), WorkDay(day: .mon, time: w("10:00-12:00")),
      ]
    })
    #expect(rules(v) == [.availabilityAndTime])
    #expect(
      says(
        v, .availabilityAndTime,
        "severalWorkWindows(participant: \"p02\", company: Optional(\"nettoline\"), day: MilenModel.Weekday.mon"
      ))
  }

  @Test func weekendAndEmptyWindows() {
    let v = Fixture.check(
      scenario: { $0.participant("p01") { $0.availability[.sat] = w("07:00-15:00") } },
      rows: {
        $0["p01"]!.work.append(WorkDay(day: .sat, time: w("08:00-10:00")))
        $0["p01"]!.work.append(WorkDay(day: .thu, time: w("12:00-10:00")))
      })
    #expect(says(v, .availabilityAndTime, "workOnWeekend(", "Weekday.sat"))
    #expect(says(v, .availabilityAndTime, "emptyWorkWindow(", "Weekday.thu, time: 12:00-10:00"))
    #expect(
      says(v, .capacity, "companyOverDaySlots(company: \"aubo\", day: MilenModel.Weekday.sat"))
  }
}

@Suite struct FitTests {
  @Test func accommodation() {
    let v = Fixture.check(scenario: { $0.company("aubo") { $0.accommodations = [] } })
    #expect(rules(v) == [.fit])
    #expect(
      finds(
        v, .fit,
        .companyLacksAccommodations(participant: "p01", company: "aubo", missing: ["quietPlace"])))
  }

  @Test func drivingLicence() {
    let v = Fixture.check(scenario: { $0.company("aubo") { $0.requirements.drivingLicence = true } }
    )
    #expect(rules(v) == [.fit])
    #expect(finds(v, .fit, .companyRequiresLicence(participant: "p01", company: "aubo")))
    let ok = Fixture.check(scenario: {
      $0.company("aubo") { $0.requirements.drivingLicence = true }
      $0.participant("p01") { $0.drivingLicence = true }
    })
    #expect(ok == [])
  }

  @Test func minimumAge() {
    let young = Fixture.check(scenario: { $0.participant("p01") { $0.age = 17 } })
    #expect(rules(young) == [.fit])
    #expect(
      finds(
        young, .fit, .companyRequiresAge(participant: "p01", company: "aubo", minimum: 18, age: 17))
    )
    let unknown = Fixture.check(scenario: { $0.participant("p01") { $0.age = nil } })
    #expect(says(unknown, .fit, "companyRequiresAge(", "age: nil"))
    #expect(Fixture.check(scenario: { $0.participant("p01") { $0.age = 18 } }) == [])
  }

  @Test func travelDistance() {
    // p02 lives 9 km from nettoline.
    let v = Fixture.check(scenario: { $0.participant("p02") { $0.maxTravelKm = 8 } })
    #expect(rules(v) == [.fit])
    #expect(
      says(
        v, .fit, "companyTooFar(participant: \"p02\", company: \"nettoline\", km: 9", "limit: 8.0"))
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
    #expect(says(v, .fit, "companyNotReachable(participant: \"p02\", company: \"nettoline\""))
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
    #expect(
      finds(
        v, .fit, .mentorLacksCompetences(participant: "p01", mentor: "m1", missing: ["anxiety"])))
  }

  @Test func mentorDays() {
    let v = Fixture.check(scenario: { $0.mentor("m2") { $0.days = [.sat] } })
    #expect(rules(v) == [.fit])
    #expect(
      says(
        v, .fit,
        "mentorNoCommonDay(participant: \"p03\", mentor: \"m2\", mentorDays: [MilenModel.Weekday.sat]"
      ))
    #expect(Fixture.check(scenario: { $0.mentor("m2") { $0.days = [.sat, .fri] } }) == [])
  }

  @Test func mentorHoursAboveNeed() {
    let v = Fixture.check(rows: { $0["p01"]!.mentorHours = 2.5 })
    #expect(rules(v) == [.fit])
    #expect(finds(v, .fit, .mentorHoursAboveNeed(participant: "p01", hours: 2.5, need: 2)))
  }

  @Test func mentorAndHoursGoTogether() {
    let noHours = Fixture.check(rows: { $0["p01"]!.mentorHours = 0 })
    #expect(rules(noHours) == [.fit])
    #expect(finds(noHours, .fit, .mentorWithoutHours(participant: "p01", mentor: "m1", hours: 0)))
    let noMentor = Fixture.check(rows: { $0["p01"]!.mentor = nil })
    #expect(rules(noMentor) == [.fit])
    #expect(finds(noMentor, .fit, .mentorHoursWithoutMentor(participant: "p01", hours: 2)))
  }
}

@Suite struct TracksTests {
  @Test func socialOnlyGetsNoWork() {
    let v = Fixture.check(rows: {
      $0["p04"]!.work = [WorkDay(day: .thu, time: w("09:00-10:00"))]
    })
    #expect(rules(v) == [.tracks])
    #expect(
      says(
        v, .tracks, "workOnTrack(participant: \"p04\", track: MilenModel.Track.socialOnly",
        "workDays(1)"))
  }

  @Test func pausedIsNotPlaced() {
    let v = Fixture.check(rows: {
      $0["p06"]!.company = "nettoline"
      $0["p06"]!.placementWeek = 1
    })
    #expect(
      says(
        v, .tracks, "workOnTrack(participant: \"p06\", track: MilenModel.Track.paused",
        "company(\"nettoline\")"))
  }

  @Test func employedKeepTheirEmployer() {
    let other = Fixture.check(rows: { $0["p03"]!.employer = "Netto" })
    #expect(rules(other) == [.tracks])
    #expect(
      finds(
        other, .tracks,
        .wrongEmployer(participant: "p03", track: .job, expected: "Bilka", given: "Netto")))
    let none = Fixture.check(rows: { $0["p03"]!.employer = nil })
    #expect(says(none, .tracks, "wrongEmployer(", "given: nil"))
  }

  @Test func employedAreNotPlaced() {
    let v = Fixture.check(rows: {
      $0["p03"]!.company = "aubo"
      $0["p03"]!.placementWeek = 1
      $0["p03"]!.work = [WorkDay(day: .tue, time: w("08:00-12:00"))]
    })
    #expect(
      finds(
        v, .tracks,
        .workOnTrack(participant: "p03", track: .job, given: [.company("aubo"), .workDays(1)])))
  }

  @Test func placementHasNoEmployer() {
    let v = Fixture.check(rows: { $0["p02"]!.employer = "Bilka" })
    #expect(rules(v) == [.tracks])
    #expect(
      finds(v, .tracks, .employerOnTrack(participant: "p02", track: .placement, employer: "Bilka")))
  }
}

@Suite struct LocksAndBansTests {
  @Test func lockedDayNotWorked() {
    let v = Fixture.check(rows: { $0["p01"]!.work[0].day = .thu })
    #expect(rules(v) == [.locksAndBans])
    #expect(
      finds(
        v, .locksAndBans,
        .lockDaysMissing(participant: "p01", company: "aubo", days: [.mon], missing: [.mon])))
  }

  @Test func lockedElsewhere() {
    let v = Fixture.check(scenario: { $0.locks = [Lock(participant: "p01", company: "nettoline")] })
    #expect(rules(v) == [.locksAndBans])
    #expect(
      says(
        v, .locksAndBans, "lockNotKept(participant: \"p01\", company: \"nettoline\"",
        "placedAt: Optional(\"aubo\")"))
    #expect(v.first?.places == ["aubo", "nettoline"])
  }

  @Test func lockedButNotPlaced() {
    let v = Fixture.check(scenario: {
      $0.locks.append(Lock(participant: "p04", company: "aubo", days: [.tue]))
    })
    #expect(rules(v) == [.locksAndBans])
    #expect(
      finds(
        v, .locksAndBans,
        .lockNotKept(participant: "p04", company: "aubo", days: [.tue], placedAt: nil)))
  }

  @Test func banned() {
    let v = Fixture.check(scenario: { $0.bans.append(Ban(participant: "p01", company: "aubo")) })
    #expect(rules(v) == [.locksAndBans])
    #expect(finds(v, .locksAndBans, .banBroken(participant: "p01", company: "aubo")))
  }
}
