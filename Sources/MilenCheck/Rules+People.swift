import Foundation
import MilenModel

extension Checker {
  // MARK: Rule 1: nobody is discharged

  /// What the plan gives a row this week, in words, and the places it names: for the rows
  /// that must get nothing (waiting, left).
  func given(_ row: ParticipantWeek) -> (things: [String], places: [String]) {
    var things: [String] = []
    var places: [String] = []
    if let c = row.company {
      things.append("company \(c)")
      places.append(c)
    }
    if !row.work.isEmpty { things.append(count(row.work.count, "work day")) }
    if let m = row.mentor {
      things.append("mentor \(m)")
      places.append(m)
    }
    if row.mentorHours > tol { things.append("\(h(row.mentorHours)) mentor hours") }
    if !row.activities.isEmpty {
      things.append("activities \(idList(unique(row.activities)))")
      places += row.activities
    }
    return (things, places)
  }

  /// Rule 1 for the participants who stay this week (no exit, not listed as left: rule 10
  /// covers those).
  mutating func checkDischarge() {
    for row in rows {
      guard let p = participants[row.id], p.exit == nil, row.status != .left else { continue }
      let w = who(row.id)
      switch (p.enrolment, row.status) {
      case (.enrolled, .admitted), (.enrolled, .waiting):
        add(
          .nobodyDischarged,
          "\(w) is enrolled but has status \(row.status.rawValue) in the plan; enrolled "
            + "participants are never dropped", participants: [row.id])
      case (.referred, .enrolled):
        add(
          .nobodyDischarged,
          "\(w) is referred (waiting list) but has status enrolled in the plan; a referred "
            + "participant is admitted or waiting", participants: [row.id])
      default: break
      }
      if row.status == .waiting {
        let (things, places) = given(row)
        if !things.isEmpty {
          add(
            .nobodyDischarged,
            "\(w) is waiting but the plan gives them \(things.joined(separator: ", ")); a "
              + "waiting participant gets nothing this week", participants: [row.id],
            places: places)
        }
      } else {
        let works = row.company.map { companies[$0] != nil } == true && !row.work.isEmpty
        let employed = track(of: row).isEmployed && !(row.employer ?? "").isEmpty
        let mentored = row.mentorHours > tol
        let attends = row.activities.contains { activities[$0] != nil }
        if !(works || employed || mentored || attends) {
          add(
            .nobodyDischarged,
            "\(w) is \(row.status.rawValue) but gets nothing this week: no placement work, "
              + "employer, mentor hours or activity", participants: [row.id])
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
      let w = who(row.id)
      let limit = p.readiness.placementWeekLimit
      let readiness = p.readiness == .jobReady ? "a job-ready" : "an activity-ready"
      let said = row.placementWeek.map(String.init) ?? "none"
      let done = weeksUsed(p, at: c)
      let week = done + 1
      if done > 0 {
        if week > limit {
          add(
            .placementLength,
            "\(w) is placed at \(c) for week \(week) (\(count(done, "week")) done), beyond the "
              + "legal \(limit) weeks for \(readiness) participant; a job, a subsidised job "
              + "or another company must follow", participants: [row.id], places: [c])
        }
        if row.placementWeek != week {
          add(
            .placementLength,
            "\(w) is in placement week \(week) at \(c) (\(count(done, "week")) done), but the "
              + "plan says week \(said)", participants: [row.id], places: [c])
        }
      } else if row.placementWeek != 1 {
        add(
          .placementLength,
          "\(w) starts a placement at \(c), so this is placement week 1, but the plan says "
            + "week \(said)", participants: [row.id], places: [c])
      }
      if let stated = row.placementWeek, stated > limit, week <= limit {
        add(
          .placementLength,
          "the plan gives \(w) placement week \(stated) at \(c), beyond the legal \(limit) "
            + "weeks for \(readiness) participant", participants: [row.id], places: [c])
      }
    }
  }

  // MARK: Rule 5: availability and time

  /// One timed thing in a participant's week.
  struct Timed {
    var day: Weekday
    var time: TimeWindow
    var label: String
    var place: String?
  }

  mutating func checkTime() {
    for row in rows {
      guard let p = participants[row.id] else { continue }
      let w = who(row.id)
      let company = row.company.flatMap { companies[$0] }
      let at = row.company.map { " at \($0)" } ?? ""
      let places = row.company.map { [$0] } ?? []
      var timed: [Timed] = []
      for wd in row.work {
        let when = "\(wd.day.rawValue) \(wd.time)"
        if wd.time.end <= wd.time.start {
          add(
            .availabilityAndTime, "\(w) has an empty work window\(at) on \(when)",
            participants: [row.id], places: places)
          continue
        }
        timed.append(Timed(day: wd.day, time: wd.time, label: "work\(at)", place: row.company))
        if !wd.day.isWorkday {
          add(
            .availabilityAndTime,
            "\(w) works\(at) on \(when), but work is planned Monday to Friday only",
            participants: [row.id], places: places)
        }
        if let a = p.availability[wd.day] {
          if !a.contains(wd.time) {
            add(
              .availabilityAndTime, "\(w) works\(at) on \(when), outside their availability \(a)",
              participants: [row.id], places: places)
          }
        } else {
          add(
            .availabilityAndTime,
            "\(w) works\(at) on \(when), when they are not available that day",
            participants: [row.id], places: places)
        }
        if let c = company {
          if let o = c.open[wd.day] {
            if !o.contains(wd.time) {
              add(
                .availabilityAndTime,
                "\(w) works at \(c.id) on \(when), outside \(c.id)'s opening hours \(o)",
                participants: [row.id], places: [c.id])
            }
          } else {
            add(
              .availabilityAndTime,
              "\(w) works at \(c.id) on \(when), when \(c.id) is closed that day",
              participants: [row.id], places: [c.id])
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
          "\(w) works\(at) on \(wd.day.rawValue) \(wd.time), \(h(wd.time.hours)) hours, shorter "
            + "than their shortest work day of \(h(least)) hours", participants: [row.id],
          places: places)
      }
      let byDay = Dictionary(grouping: row.work, by: \.day)
      for (day, list) in byDay.sorted(by: { $0.key < $1.key }) where list.count > 1 {
        let windows = list.map(\.time.description).joined(separator: ", ")
        add(
          .availabilityAndTime,
          "\(w) has \(list.count) work windows\(at) on \(day.rawValue) (\(windows)); a day's work "
            + "is one window", participants: [row.id], places: places)
      }
      if let c = row.company {
        let hours = row.workHours
        if hours < p.hours.min - tol || hours > p.hours.max + tol {
          add(
            .availabilityAndTime,
            "\(w) works \(h(hours)) hours at \(c) this week, outside their range "
              + "\(h(p.hours.min))-\(h(p.hours.max)) hours", participants: [row.id], places: [c])
        }
        if let agreed = p.hours.agreed, hours > agreed + tol {
          add(
            .availabilityAndTime,
            "\(w) works \(h(hours)) hours at \(c) this week, above the \(h(agreed)) hours agreed "
              + "with them for this week", participants: [row.id], places: [c])
        }
      }
      for a in unique(row.activities).compactMap({ activities[$0] }) {
        let when = "\(a.day.rawValue) \(a.time)"
        // Activity time (model.md): 07:00-22:00 any day, outside the times marked busy.
        if a.time.start.minutes < 7 * 60 || a.time.end.minutes > 22 * 60 {
          add(
            .availabilityAndTime,
            "\(w) attends \(a.id) on \(when), outside activity time 07:00-22:00",
            participants: [row.id], places: [a.id])
        }
        for b in p.busy where b.day == a.day && b.time.overlaps(a.time) {
          add(
            .availabilityAndTime,
            "\(w) attends \(a.id) on \(when), while busy \(b.time)"
              + (b.label.map { " (\($0))" } ?? ""), participants: [row.id], places: [a.id])
        }
        if a.time.end > a.time.start {
          timed.append(Timed(day: a.day, time: a.time, label: "activity \(a.id)", place: a.id))
        }
      }
      if p.track.isEmployed, let e = p.employment {
        let place = companies[e.employer] != nil ? e.employer : nil
        for (day, window) in e.schedule where window.end > window.start {
          timed.append(
            Timed(day: day, time: window, label: "their job at \(e.employer)", place: place))
        }
      }
      checkClashes(row.id, w, timed)
    }
  }

  /// Reports every pair of timed things that overlap (touching ends are fine).
  mutating func checkClashes(_ id: String, _ w: String, _ timed: [Timed]) {
    let sorted = timed.sorted {
      ($0.day, $0.time.start.minutes, $0.time.end.minutes, $0.label)
        < ($1.day, $1.time.start.minutes, $1.time.end.minutes, $1.label)
    }
    for i in sorted.indices {
      for j in sorted.indices where j > i {
        let a = sorted[i]
        let b = sorted[j]
        guard a.day == b.day, a.time.overlaps(b.time) else { continue }
        add(
          .availabilityAndTime,
          "\(w) has \(a.label) \(a.time) and \(b.label) \(b.time) at once on \(a.day.rawValue)",
          participants: [id], places: [a.place, b.place].compactMap { $0 })
      }
    }
  }

  // MARK: Rule 6: fit

  mutating func checkFit() {
    for row in rows {
      guard let p = participants[row.id] else { continue }
      let w = who(row.id)
      if let cid = row.company, let c = companies[cid] {
        checkCompanyFit(row, p, c)
      }
      if let mid = row.mentor, let m = mentors[mid] {
        let missing = unique(p.needs.competences).filter { !m.competences.contains($0) }
        if !missing.isEmpty {
          add(
            .fit, "mentor \(mid) lacks \(missing.joined(separator: ", ")), which \(w) needs",
            participants: [row.id], places: [mid])
        }
        if let km = m.maxTravelKm, let base = m.location, let home = p.location,
          base.distance(to: home) > km + tol
        {
          add(
            .fit,
            "mentor \(mid) is \(h(base.distance(to: home))) km from \(w), beyond the mentor's "
              + "\(h(km)) km", participants: [row.id], places: [mid])
        }
        let available = Array(p.availability.keys)
        if Set(m.days).isDisjoint(with: available) {
          add(
            .fit,
            "mentor \(mid) works \(dayList(m.days)), and \(w) is available on none of those "
              + "days (\(dayList(available)))", participants: [row.id], places: [mid])
        }
      }
      for aid in row.activities {
        guard let a = activities[aid], let km = p.maxTravelKm, let home = p.location,
          let site = a.location, home.distance(to: site) > km + tol
        else { continue }
        add(
          .fit, "\(aid) is \(h(home.distance(to: site))) km from \(w), beyond their \(h(km)) km",
          participants: [row.id], places: [aid])
      }
      let need = p.needs.mentorHours
      if row.mentorHours > need + tol {
        add(
          .fit, "\(w) gets \(h(row.mentorHours)) mentor hours, above the \(h(need)) they need",
          participants: [row.id], places: row.mentor.map { [$0] } ?? [])
      }
      if row.mentorHours > tol && row.mentor == nil {
        add(
          .fit, "\(w) gets \(h(row.mentorHours)) mentor hours but has no mentor",
          participants: [row.id])
      }
      if let m = row.mentor, !(row.mentorHours > tol) {
        add(
          .fit, "\(w) has mentor \(m) but \(h(row.mentorHours)) mentor hours",
          participants: [row.id], places: [m])
      }
    }
  }

  mutating func checkCompanyFit(_ row: ParticipantWeek, _ p: Participant, _ c: Company) {
    let w = who(row.id)
    let missing = unique(p.needs.accommodations).filter { !c.accommodations.contains($0) }
    if !missing.isEmpty {
      add(
        .fit, "\(c.id) does not offer \(missing.joined(separator: ", ")), which \(w) needs",
        participants: [row.id], places: [c.id])
    }
    if c.requirements.drivingLicence && !p.drivingLicence {
      add(
        .fit, "\(c.id) requires a driving licence, which \(w) does not hold",
        participants: [row.id], places: [c.id])
    }
    if let minimum = c.requirements.minimumAge {
      if let age = p.age {
        if age < minimum {
          add(
            .fit, "\(c.id) requires age \(minimum), and \(w) is \(age)",
            participants: [row.id], places: [c.id])
        }
      } else {
        add(
          .fit, "\(c.id) requires age \(minimum), and \(w)'s age is unknown",
          participants: [row.id], places: [c.id])
      }
    }
    if let reachable = p.reachableCompanies {
      if !reachable.contains(c.id) {
        add(
          .fit,
          "\(w) cannot reach \(c.id): their reachable companies are \(idList(reachable))",
          participants: [row.id], places: [c.id])
      }
    } else if let km = p.maxTravelKm, let home = p.location, let site = c.location {
      let distance = home.distance(to: site)
      if distance > km + tol {
        add(
          .fit, "\(c.id) is \(h(distance)) km from \(w), beyond their \(h(km)) km",
          participants: [row.id], places: [c.id])
      }
    }
  }

  // MARK: Rule 7: tracks

  mutating func checkTracks() {
    for row in rows {
      guard let p = participants[row.id] else { continue }
      let w = who(row.id)
      let t = p.track
      var given: [String] = []
      if let c = row.company { given.append("company \(c)") }
      if !row.work.isEmpty { given.append(count(row.work.count, "work day")) }
      let places = row.company.map { [$0] } ?? []
      let employerPlace = row.employer.flatMap { companies[$0] != nil ? [$0] : nil } ?? []
      switch t {
      case .socialOnly, .paused:
        if !given.isEmpty {
          add(
            .tracks,
            "\(w) is on the \(t.rawValue) track, which gets no work, but the plan gives them "
              + given.joined(separator: " and "), participants: [row.id], places: places)
        }
        if let e = row.employer {
          add(
            .tracks, "\(w) is on the \(t.rawValue) track but the plan gives them employer \(e)",
            participants: [row.id], places: employerPlace)
        }
      case .job, .flexjob, .apprenticeship:
        if !given.isEmpty {
          add(
            .tracks,
            "\(w) is on the \(t.rawValue) track and keeps their employer, but the plan gives "
              + "them " + given.joined(separator: " and "), participants: [row.id],
            places: places)
        }
        let expected = p.employment?.employer
        let getsNothing = row.status == .waiting || row.status == .left
        if row.employer != expected && !(getsNothing && row.employer == nil) {
          add(
            .tracks,
            "\(w) is on the \(t.rawValue) track with employer \(expected ?? "none"), but the "
              + "plan gives employer \(row.employer ?? "none")", participants: [row.id],
            places: employerPlace)
        }
      case .placement:
        if let e = row.employer {
          add(
            .tracks, "\(w) is on the placement track but the plan gives them employer \(e)",
            participants: [row.id], places: employerPlace)
        }
      }
    }
  }

  // MARK: Rule 8: locks and bans

  mutating func checkLocksAndBans() {
    for lock in scenario.locks {
      let w = who(lock.participant)
      let days = lock.days.isEmpty ? "" : " on \(dayList(lock.days))"
      guard let row = rowByID[lock.participant] else {
        add(
          .locksAndBans,
          "\(w) is locked to \(lock.company)\(days), but the plan does not list them",
          participants: [lock.participant], places: [lock.company])
        continue
      }
      if row.company != lock.company {
        let actual = row.company.map { "places them at \($0)" } ?? "does not place them"
        add(
          .locksAndBans, "\(w) is locked to \(lock.company)\(days), but the plan \(actual)",
          participants: [lock.participant],
          places: [lock.company] + (row.company.map { [$0] } ?? []))
        continue
      }
      let missing = unique(lock.days).filter { d in !row.work.contains { $0.day == d } }
      if !missing.isEmpty {
        add(
          .locksAndBans,
          "\(w) is locked to \(lock.company)\(days), but does not work there on "
            + dayList(missing), participants: [lock.participant], places: [lock.company])
      }
    }
    for ban in scenario.bans where rowByID[ban.participant]?.company == ban.company {
      add(
        .locksAndBans,
        "\(who(ban.participant)) is banned from \(ban.company), but the plan places them there",
        participants: [ban.participant], places: [ban.company])
    }
  }
}
