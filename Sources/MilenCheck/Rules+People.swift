import Foundation
import MilenModel

extension Checker {
  // MARK: Rule 1: nobody is discharged

  /// What the plan gives a row this week, and the places it names: for the rows that must
  /// get nothing (waiting, left).
  func given(_ row: ParticipantWeek) -> (things: [Finding.Given], places: [String]) {
    var things: [Finding.Given] = []
    var places: [String] = []
    if let c = row.company {
      things.append(.company(c))
      places.append(c)
    }
    if !row.work.isEmpty { things.append(.workDays(row.work.count)) }
    if let m = row.mentor {
      things.append(.mentor(m))
      places.append(m)
    }
    if row.mentorHours > tol { things.append(.mentorHours(row.mentorHours)) }
    if !row.activities.isEmpty {
      things.append(.activities(unique(row.activities)))
      places += row.activities
    }
    return (things, places)
  }

  /// Rule 1 for the participants who stay this week (no exit, not listed as left: rule 10
  /// covers those).
  mutating func checkDischarge() {
    for row in rows {
      guard let p = participants[row.id], p.exit == nil, row.status != .left else { continue }
      switch (p.enrolment, row.status) {
      case (.enrolled, .admitted), (.enrolled, .waiting):
        add(
          .nobodyDischarged, .enrolledNotKept(participant: row.id, status: row.status),
          participants: [row.id])
      case (.referred, .enrolled):
        add(
          .nobodyDischarged, .referredMarkedEnrolled(participant: row.id), participants: [row.id])
      default: break
      }
      if row.status == .waiting {
        let (things, places) = given(row)
        if !things.isEmpty {
          add(
            .nobodyDischarged, .waitingGiven(participant: row.id, given: things),
            participants: [row.id], places: places)
        }
      } else {
        let works = row.company.map { companies[$0] != nil } == true && !row.work.isEmpty
        let employed = track(of: row).isEmployed && !(row.employer ?? "").isEmpty
        let mentored = row.mentorHours > tol
        let attends = row.activities.contains { activities[$0] != nil }
        if !(works || employed || mentored || attends) {
          add(
            .nobodyDischarged, .servedGetsNothing(participant: row.id, status: row.status),
            participants: [row.id])
        }
      }
    }
  }

  // MARK: Rule 4: legal placement length

  /// Placement weeks used at a company before this week: the current placement's weeks when
  /// it is the current company, plus the weeks of earlier placements there.
  func weeksUsed(_ p: Participant, at company: String) -> Int {
    (p.current.company == company ? p.current.placementWeeks : 0)
      + (p.current.earlierPlacements[company] ?? 0)
  }

  mutating func checkPlacementLength() {
    for row in rows {
      guard let p = participants[row.id], let c = row.company else { continue }
      let limit = p.readiness.placementWeekLimit
      let done = weeksUsed(p, at: c)
      let week = done + 1
      if done > 0 {
        if week > limit {
          add(
            .placementLength,
            .beyondPlacementLimit(
              participant: row.id, company: c, week: week, done: done, limit: limit,
              readiness: p.readiness), participants: [row.id], places: [c])
        }
        if row.placementWeek != week {
          add(
            .placementLength,
            .wrongPlacementWeek(
              participant: row.id, company: c, week: week, done: done, stated: row.placementWeek),
            participants: [row.id], places: [c])
        }
      } else if row.placementWeek != 1 {
        add(
          .placementLength,
          .newPlacementNotWeekOne(participant: row.id, company: c, stated: row.placementWeek),
          participants: [row.id], places: [c])
      }
      if let stated = row.placementWeek, stated > limit, week <= limit {
        add(
          .placementLength,
          .statedWeekBeyondLimit(
            participant: row.id, company: c, stated: stated, limit: limit,
            readiness: p.readiness), participants: [row.id], places: [c])
      }
    }
  }

  // MARK: Rule 5: availability and time

  /// One timed thing in a participant's week.
  struct Timed {
    var day: Weekday
    var time: TimeWindow
    var what: Finding.Commitment
    var place: String?
  }

  mutating func checkTime() {
    for row in rows {
      guard let p = participants[row.id] else { continue }
      let id = row.id
      let company = row.company.flatMap { companies[$0] }
      let places = row.company.map { [$0] } ?? []
      var timed: [Timed] = []
      for wd in row.work {
        let (day, time) = (wd.day, wd.time)
        if time.end <= time.start {
          add(
            .availabilityAndTime,
            .emptyWorkWindow(participant: id, company: row.company, day: day, time: time),
            participants: [id], places: places)
          continue
        }
        timed.append(
          Timed(day: day, time: time, what: .work(company: row.company), place: row.company))
        if !day.isWorkday {
          add(
            .availabilityAndTime,
            .workOnWeekend(participant: id, company: row.company, day: day, time: time),
            participants: [id], places: places)
        }
        if let a = p.availability[day] {
          if !a.contains(time) {
            add(
              .availabilityAndTime,
              .workOutsideAvailability(
                participant: id, company: row.company, day: day, time: time, available: a),
              participants: [id], places: places)
          }
        } else {
          add(
            .availabilityAndTime,
            .workWhenUnavailable(participant: id, company: row.company, day: day, time: time),
            participants: [id], places: places)
        }
        if let c = company {
          if let o = c.open[day] {
            if !o.contains(time) {
              add(
                .availabilityAndTime,
                .workOutsideOpening(participant: id, company: c.id, day: day, time: time, open: o),
                participants: [id], places: [c.id])
            }
          } else {
            add(
              .availabilityAndTime,
              .workWhenClosed(participant: id, company: c.id, day: day, time: time),
              participants: [id], places: [c.id])
          }
        }
      }
      // Rule 5: a worked day lasts at least the shortest work day (model.md: 3 h, 2 h for
      // someone who needs short days), unless the week's agreed hours are fewer.
      let needsShort = p.needs.accommodations.contains("shortDays")
      let shortest =
        needsShort ? scenario.policy.shortestShortDay : scenario.policy.shortestWorkDay
      let agreedWeek = p.hours.agreed ?? p.hours.max
      let least = agreedWeek < shortest ? agreedWeek : shortest
      for wd in row.work where wd.time.end > wd.time.start && wd.time.hours < least - tol {
        add(
          .availabilityAndTime,
          .shortWorkDay(
            participant: id, company: row.company, day: wd.day, time: wd.time, shortest: least),
          participants: [id], places: places)
      }
      let byDay = Dictionary(grouping: row.work, by: \.day)
      for (day, list) in byDay.sorted(by: { $0.key < $1.key }) where list.count > 1 {
        add(
          .availabilityAndTime,
          .severalWorkWindows(
            participant: id, company: row.company, day: day, windows: list.map(\.time)),
          participants: [id], places: places)
      }
      if let c = row.company {
        let hours = row.workHours
        if hours < p.hours.min - tol || hours > p.hours.max + tol {
          add(
            .availabilityAndTime,
            .hoursOutsideRange(
              participant: id, company: c, hours: hours, minimum: p.hours.min,
              maximum: p.hours.max), participants: [id], places: [c])
        }
        if let agreed = p.hours.agreed, hours > agreed + tol {
          add(
            .availabilityAndTime,
            .hoursAboveAgreed(participant: id, company: c, hours: hours, agreed: agreed),
            participants: [id], places: [c])
        }
      }
      for a in unique(row.activities).compactMap({ activities[$0] }) {
        // Activity time (model.md): 07:00-22:00 any day, outside the times marked busy.
        if a.time.start.minutes < 7 * 60 || a.time.end.minutes > 22 * 60 {
          add(
            .availabilityAndTime,
            .sessionOutsideActivityTime(participant: id, activity: a.id, day: a.day, time: a.time),
            participants: [id], places: [a.id])
        }
        for b in p.busy where b.day == a.day && b.time.overlaps(a.time) {
          add(
            .availabilityAndTime,
            .sessionWhileBusy(
              participant: id, activity: a.id, day: a.day, time: a.time, busy: b.time,
              label: b.label), participants: [id], places: [a.id])
        }
        if a.time.end > a.time.start {
          timed.append(Timed(day: a.day, time: a.time, what: .session(activity: a.id), place: a.id))
        }
      }
      if p.track.isEmployed, let e = p.employment {
        let place = companies[e.employer] != nil ? e.employer : nil
        for (day, window) in e.schedule where window.end > window.start {
          timed.append(
            Timed(day: day, time: window, what: .job(employer: e.employer), place: place))
        }
      }
      checkClashes(id, timed)
    }
  }

  /// Reports every pair of timed things that overlap (touching ends are fine).
  mutating func checkClashes(_ id: String, _ timed: [Timed]) {
    // Each thing's words are made once, not at every comparison of the sort (they are made
    // by reflection: at L this sort was a tenth of `milen check`).
    let sorted = timed.map { ($0, "\($0.what)") }.sorted {
      ($0.0.day, $0.0.time.start.minutes, $0.0.time.end.minutes, $0.1)
        < ($1.0.day, $1.0.time.start.minutes, $1.0.time.end.minutes, $1.1)
    }.map(\.0)
    for i in sorted.indices {
      for j in sorted.indices where j > i {
        let a = sorted[i]
        let b = sorted[j]
        guard a.day == b.day, a.time.overlaps(b.time) else { continue }
        add(
          .availabilityAndTime,
          .clash(
            participant: id, day: a.day, first: a.what, firstTime: a.time, second: b.what,
            secondTime: b.time), participants: [id], places: [a.place, b.place].compactMap { $0 })
      }
    }
  }

  // MARK: Rule 6: fit

  mutating func checkFit() {
    for row in rows {
      guard let p = participants[row.id] else { continue }
      let id = row.id
      if let cid = row.company, let c = companies[cid] {
        checkCompanyFit(row, p, c)
      }
      if let mid = row.mentor, let m = mentors[mid] {
        let missing = unique(p.needs.competences).filter { !m.competences.contains($0) }
        if !missing.isEmpty {
          add(
            .fit, .mentorLacksCompetences(participant: id, mentor: mid, missing: missing),
            participants: [id], places: [mid])
        }
        if let km = m.maxTravelKm, let base = m.location, let home = p.location,
          base.distance(to: home) > km + tol
        {
          add(
            .fit,
            .mentorTooFar(participant: id, mentor: mid, km: base.distance(to: home), limit: km),
            participants: [id], places: [mid])
        }
        let available = Array(p.availability.keys)
        if Set(m.days).isDisjoint(with: available) {
          add(
            .fit,
            .mentorNoCommonDay(
              participant: id, mentor: mid, mentorDays: unique(m.days).sorted(),
              available: available.sorted()), participants: [id], places: [mid])
        }
      }
      for aid in row.activities {
        guard let a = activities[aid], let km = p.maxTravelKm, let home = p.location,
          let site = a.location, home.distance(to: site) > km + tol
        else { continue }
        add(
          .fit,
          .sessionTooFar(participant: id, activity: aid, km: home.distance(to: site), limit: km),
          participants: [id], places: [aid])
      }
      let need = p.needs.mentorHours
      if row.mentorHours > need + tol {
        add(
          .fit, .mentorHoursAboveNeed(participant: id, hours: row.mentorHours, need: need),
          participants: [id], places: row.mentor.map { [$0] } ?? [])
      }
      if row.mentorHours > tol && row.mentor == nil {
        add(
          .fit, .mentorHoursWithoutMentor(participant: id, hours: row.mentorHours),
          participants: [id])
      }
      if let m = row.mentor, !(row.mentorHours > tol) {
        add(
          .fit, .mentorWithoutHours(participant: id, mentor: m, hours: row.mentorHours),
          participants: [id], places: [m])
      }
    }
  }

  mutating func checkCompanyFit(_ row: ParticipantWeek, _ p: Participant, _ c: Company) {
    let id = row.id
    let missing = unique(p.needs.accommodations).filter { !c.accommodations.contains($0) }
    if !missing.isEmpty {
      add(
        .fit, .companyLacksAccommodations(participant: id, company: c.id, missing: missing),
        participants: [id], places: [c.id])
    }
    if c.requirements.drivingLicence && !p.drivingLicence {
      add(
        .fit, .companyRequiresLicence(participant: id, company: c.id), participants: [id],
        places: [c.id])
    }
    if let minimum = c.requirements.minimumAge, p.age.map({ $0 < minimum }) ?? true {
      add(
        .fit, .companyRequiresAge(participant: id, company: c.id, minimum: minimum, age: p.age),
        participants: [id], places: [c.id])
    }
    if let reachable = p.reachableCompanies {
      if !reachable.contains(c.id) {
        add(
          .fit, .companyNotReachable(participant: id, company: c.id, reachable: reachable),
          participants: [id], places: [c.id])
      }
    } else if let km = p.maxTravelKm, let home = p.location, let site = c.location {
      let distance = home.distance(to: site)
      if distance > km + tol {
        add(
          .fit, .companyTooFar(participant: id, company: c.id, km: distance, limit: km),
          participants: [id], places: [c.id])
      }
    }
  }

  // MARK: Rule 7: tracks

  mutating func checkTracks() {
    for row in rows {
      guard let p = participants[row.id] else { continue }
      let id = row.id
      let t = p.track
      var given: [Finding.Given] = []
      if let c = row.company { given.append(.company(c)) }
      if !row.work.isEmpty { given.append(.workDays(row.work.count)) }
      let places = row.company.map { [$0] } ?? []
      let employerPlace = row.employer.flatMap { companies[$0] != nil ? [$0] : nil } ?? []
      switch t {
      case .socialOnly, .paused, .job, .flexjob, .apprenticeship:
        if !given.isEmpty {
          add(
            .tracks, .workOnTrack(participant: id, track: t, given: given), participants: [id],
            places: places)
        }
      case .placement: break
      }
      switch t {
      case .socialOnly, .paused, .placement:
        if let e = row.employer {
          add(
            .tracks, .employerOnTrack(participant: id, track: t, employer: e),
            participants: [id], places: employerPlace)
        }
      case .job, .flexjob, .apprenticeship:
        let expected = p.employment?.employer
        let getsNothing = row.status == .waiting || row.status == .left
        if row.employer != expected && !(getsNothing && row.employer == nil) {
          add(
            .tracks,
            .wrongEmployer(participant: id, track: t, expected: expected, given: row.employer),
            participants: [id], places: employerPlace)
        }
      }
    }
  }

  // MARK: Rule 8: locks and bans

  mutating func checkLocksAndBans() {
    for lock in scenario.locks {
      let (id, company) = (lock.participant, lock.company)
      let days = unique(lock.days).sorted()
      guard let row = rowByID[id] else {
        add(
          .locksAndBans, .lockedNotListed(participant: id, company: company, days: days),
          participants: [id], places: [company])
        continue
      }
      if row.company != company {
        add(
          .locksAndBans,
          .lockNotKept(participant: id, company: company, days: days, placedAt: row.company),
          participants: [id], places: [company] + (row.company.map { [$0] } ?? []))
        continue
      }
      let missing = unique(lock.days).filter { d in !row.work.contains { $0.day == d } }
      if !missing.isEmpty {
        add(
          .locksAndBans,
          .lockDaysMissing(
            participant: id, company: company, days: days, missing: missing.sorted()),
          participants: [id], places: [company])
      }
    }
    for ban in scenario.bans where rowByID[ban.participant]?.company == ban.company {
      add(
        .locksAndBans, .banBroken(participant: ban.participant, company: ban.company),
        participants: [ban.participant], places: [ban.company])
    }
  }
}
