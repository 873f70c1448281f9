import MilenModel

extension Builder {
  /// The seed's mix of tracks among the enrolled: about 35 % in a job, 10 % in a flex-job or
  /// apprenticeship, 35 % in (or between) placements, 8 % social only, 4 % paused.
  static let trackMix: [(Track, Double)] = [
    (.job, 35), (.flexjob, 6), (.apprenticeship, 4), (.placement, 35), (.socialOnly, 8),
    (.paused, 4),
  ]

  /// Every participant, town by town: the enrolled (tracks dealt from the global mix), then
  /// the town's waiting list.
  mutating func makeParticipants() {
    let quotas = apportion(counts.participants, weights: Builder.trackMix.map(\.1))
    var deck: [Track] = []
    for (i, (track, _)) in Builder.trackMix.enumerated() {
      deck += Array(repeating: track, count: quotas[i])
    }
    deck = rng.shuffled(deck)
    var next = 0
    for t in towns.indices {
      let width = digits(towns[t].enrolled + towns[t].referred)
      var number = 1
      for _ in 0..<towns[t].enrolled {
        let id = ids.claim("\(towns[t].slug)-p\(padded(number, width))")
        addParticipant(id: id, town: t, track: deck[next], enrolment: .enrolled, referredOn: nil)
        next += 1
        number += 1
      }
      let daysBack = (0..<towns[t].referred).map { _ in rng.int(1...150) }.sorted(by: >)
      for back in daysBack {
        let id = ids.claim("\(towns[t].slug)-p\(padded(number, width))")
        let track = rng.weightedPick([
          (Track.placement, 0.7), (.socialOnly, 0.25), (.paused, 0.05),
        ])
        addParticipant(
          id: id, town: t, track: track, enrolment: .referred,
          referredOn: CalendarDate(dayNumber: monday - back).description)
        number += 1
      }
    }
  }

  mutating func addParticipant(
    id: String, town t: Int, track: Track, enrolment: Enrolment, referredOn: String?
  ) {
    let town = towns[t]
    var p = Participant(
      id: id, name: personName(), enrolment: enrolment, referredOn: referredOn, track: track)
    // On the way into a flex-job: a placement of only a few hours a week.
    let flexBound = track == .placement && rng.chance(0.25)
    switch track {
    case .job, .flexjob, .apprenticeship: p.readiness = rng.chance(0.8) ? .jobReady : .activityReady
    case .placement: p.readiness = rng.chance(flexBound ? 0.1 : 0.4) ? .jobReady : .activityReady
    case .socialOnly, .paused: p.readiness = rng.chance(0.1) ? .jobReady : .activityReady
    }
    p.age = rng.chance(0.05) ? 17 : rng.int(18...30)
    if track.isEmployed { p.employment = employment(track, town: town) }
    p.availability = availability(track, flexBound: flexBound, employment: p.employment)
    ensureGroupMeeting(&p, town: town)
    if track == .placement { p.hours = placementHours(flexBound: flexBound, p.availability) }
    tags(&p, town: town)
    p.needs = needs(track)
    p.drivingLicence = rng.chance(track.isEmployed ? 0.5 : 0.3)
    p.location = rng.point(near: town.centre, radius: Builder.peopleRadius)
    let band = rng.weightedPick([(2.0...5.0, 0.12), (5.0...10.0, 0.55), (10.0...15.0, 0.33)])
    let travel = rng.double(band)
    p.maxTravelKm = min(town.reachCap, (travel * 2).rounded() / 2)
    // The town's sessions meet at its centre: everyone can get there.
    let toCentre = p.location!.distance(to: town.centre)
    if p.maxTravelKm! < toCentre { p.maxTravelKm = (toCentre * 2).rounded(.up) / 2 }
    wishes(&p, town: town)
    if track == .placement && enrolment == .enrolled && rng.chance(0.55) {
      currentPlacement(&p, town: town)
    }
    if enrolment == .enrolled && p.needs.mentorHours > 0 && rng.chance(0.6) {
      let days = Set(p.availability.keys)
      let fitting = town.mentors.filter {
        let m = scenario.mentors[$0]
        return Set(p.needs.competences).isSubset(of: m.competences)
          && !days.isDisjoint(with: m.days)
      }
      if !fitting.isEmpty { p.current.mentor = scenario.mentors[rng.pick(fitting)].id }
    }
    towns[t].participants.append(scenario.participants.count)
    scenario.participants.append(p)
  }

  // MARK: Time

  /// The employer (a company of the town when there is one) and fixed working times.
  mutating func employment(_ track: Track, town: Town) -> Employment {
    let employer =
      town.companies.isEmpty
      ? rng.pick(Catalogue.outsideEmployers) : scenario.companies[rng.pick(town.companies)].id
    var schedule: [Weekday: TimeWindow] = [:]
    switch track {
    case .apprenticeship:
      for d in Weekday.workdays { schedule[d] = window("07:00-15:00") }
      schedule[.fri] = window("07:00-13:00")
    case .flexjob:
      let w = window(rng.pick(["08:00-11:00", "09:00-12:00", "09:00-13:00", "10:00-12:00"]))
      for d in rng.sample(Weekday.workdays, rng.int(2...4)) { schedule[d] = w }
    default:
      let days = rng.chance(0.7) ? Weekday.workdays : rng.sample(Weekday.workdays, 4)
      let start = TimeOfDay(parsing: rng.pick(["06:00", "07:00", "07:30", "08:00"]))!
      for d in days { schedule[d] = window(from: start, hours: 7.5) }
      if schedule[.fri] != nil && rng.chance(0.5) { schedule[.fri] = window(from: start, hours: 6) }
    }
    return Employment(employer: employer, schedule: schedule)
  }

  /// Weekday windows (and sometimes Saturday) by track.
  mutating func availability(
    _ track: Track, flexBound: Bool, employment: Employment?
  ) -> [Weekday: TimeWindow] {
    var out: [Weekday: TimeWindow] = [:]
    if let employment {
      for d in Weekday.workdays {
        let start = min(employment.schedule[d]?.start ?? TimeOfDay(8), TimeOfDay(8))
        out[d] = TimeWindow(start: start, end: TimeOfDay(20))
      }
      if rng.chance(0.25) { out[.sat] = window("09:00-15:00") }
      return out
    }
    let dayCount: Int
    let windows: [(String, Double)]
    let saturday: Double
    if track == .placement {
      dayCount = rng.weightedPick([(5, 0.5), (4, 0.3), (3, 0.2)])
      windows =
        flexBound
        ? [
          ("08:00-12:00", 0.35), ("09:00-13:00", 0.25), ("10:00-14:00", 0.2), ("10:00-18:00", 0.2),
        ]
        : [
          ("08:00-17:00", 0.25), ("07:00-16:00", 0.15), ("08:00-19:00", 0.2), ("08:00-12:00", 0.1),
          ("09:00-13:00", 0.05), ("10:00-18:00", 0.25),
        ]
      saturday = 0.2
    } else {
      dayCount = rng.weightedPick([(2, 0.2), (3, 0.3), (4, 0.25), (5, 0.25)])
      windows = [
        ("10:00-18:00", 0.35), ("12:00-19:00", 0.3), ("09:00-17:00", 0.2), ("13:00-20:00", 0.15),
      ]
      saturday = 0.3
    }
    let usual = window(rng.weightedPick(windows))
    for d in rng.sample(Weekday.workdays, dayCount) {
      out[d] = rng.chance(0.15) ? window(rng.weightedPick(windows)) : usual
    }
    if rng.chance(saturday) { out[.sat] = window("09:00-14:00") }
    return out
  }

  /// Makes sure the participant can attend one of the town's two group meetings: inside their
  /// availability that day and clear of their working hours. Widens the day or ends the
  /// working day earlier when neither fits.
  mutating func ensureGroupMeeting(_ p: inout Participant, town: Town) {
    let meetings = town.meetings.map { scenario.activities[$0] }
    func fits(_ a: Activity) -> Bool {
      guard let w = p.availability[a.day], w.contains(a.time) else { return false }
      if let e = p.employment?.schedule[a.day], e.overlaps(a.time) { return false }
      return true
    }
    guard !meetings.isEmpty, !meetings.contains(where: fits) else { return }
    let a = rng.pick(meetings)
    p.availability[a.day] = p.availability[a.day].map { hull($0, a.time) } ?? a.time
    if var e = p.employment, let work = e.schedule[a.day], work.overlaps(a.time) {
      if work.start.minutes + 120 <= a.time.start.minutes {
        e.schedule[a.day] = TimeWindow(start: work.start, end: a.time.start)
      } else {
        e.schedule[a.day] = nil
      }
      p.employment = e
    }
  }

  /// Weekly placement hours: 8-30 (2-10 on the way into a flex-job), within what the
  /// participant's own week can hold.
  mutating func placementHours(
    flexBound: Bool, _ availability: [Weekday: TimeWindow]
  ) -> HoursRange {
    let usable = Weekday.workdays.reduce(0) { $0 + (availability[$1]?.hours ?? 0) }
    var most: Int
    var least: Int
    if flexBound {
      most = rng.int(2...10)
      least = max(1, Int((Double(most) * rng.double(0.4...0.8)).rounded()))
    } else {
      most = 2 * rng.int(4...15)
      least = Int((Double(most) * rng.double(0.5...0.8)).rounded())
    }
    most = max(1, min(most, 37, Int(usable.rounded(.down))))
    least = min(least, most)
    return HoursRange(min: Double(least), max: Double(most))
  }

  // MARK: Tags and needs

  /// Skills from the tasks of a local firm (placement and employed tracks), interests from
  /// the leisure list.
  mutating func tags(_ p: inout Participant, town: Town) {
    if p.track == .placement || p.track.isEmployed {
      let tasks: [String]
      if let e = p.employment, let ci = companyIndex[e.employer] {
        tasks = scenario.companies[ci].tasks
      } else if !town.companies.isEmpty, rng.chance(0.85) {
        tasks = scenario.companies[rng.pick(town.companies)].tasks
      } else {
        tasks = rng.pick(Catalogue.sectors).tasks
      }
      let n = p.track == .placement ? rng.int(1...2) : rng.int(0...1)
      p.skills = rng.sample(tasks, n)
    }
    p.interests = rng.sample(Catalogue.interests, rng.int(1...3))
  }

  /// Mentor hours (0-3), the competences they call for, and workplace accommodations for
  /// about one in five.
  mutating func needs(_ track: Track) -> Needs {
    var n = Needs()
    if track.isEmployed {
      if rng.chance(0.4) { n.mentorHours = rng.pick([0.5, 1]) }
    } else if rng.chance(0.65) {
      n.mentorHours = rng.weightedPick([
        (0.5, 0.15), (1, 0.3), (1.5, 0.2), (2, 0.2), (2.5, 0.05), (3, 0.1),
      ])
    }
    if n.mentorHours > 0 {
      var pool = Catalogue.competences
      for _ in 0..<rng.weightedPick([(0, 0.35), (1, 0.5), (2, 0.15)]) {
        let k = rng.weighted(pool.map(\.1))
        n.competences.append(pool.remove(at: k).0)
      }
    }
    if rng.chance(0.2) {
      n.accommodations = rng.sample(Catalogue.accommodations, rng.chance(0.8) ? 1 : 2)
    }
    return n
  }

  // MARK: Wishes and the current week

  /// 1-3 ranked companies of the town (placement track): the ones that fit and match their
  /// skills and interests first. One wished activity of the town, when any matches.
  mutating func wishes(_ p: inout Participant, town: Town) {
    if p.track == .placement && !town.companies.isEmpty {
      let liked = Set(p.skills + p.interests)
      var scored: [(id: String, score: Double)] = []
      for ci in town.companies {
        let c = scenario.companies[ci]
        let fit = Fit.workDays(p, at: c) != nil ? 2.0 : 0
        let match = Double(c.tasks.filter { liked.contains($0) }.count)
        scored.append((c.id, fit + match + rng.unit() * 1.5))
      }
      scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
      let n = rng.weightedPick([(1, 0.4), (2, 0.35), (3, 0.25)])
      p.wishes.companies = scored.prefix(n).map(\.id)
    }
    let interests = Set(p.interests)
    let matching = town.activities.filter {
      scenario.activities[$0].tags.contains { interests.contains($0) }
    }
    if !matching.isEmpty && rng.chance(0.8) {
      p.wishes.activities = [scenario.activities[rng.pick(matching)].id]
    } else if rng.chance(0.5), !town.meetings.isEmpty {
      p.wishes.activities = [scenario.activities[rng.pick(town.meetings)].id]
    }
  }

  /// A placement under way: the company (often the first wish) and the weeks done, with a
  /// fair share at or near the legal limit (4 weeks job-ready, 13 activity-ready).
  mutating func currentPlacement(_ p: inout Participant, town: Town) {
    guard !town.companies.isEmpty else { return }
    let company =
      !p.wishes.companies.isEmpty && rng.chance(0.5)
      ? p.wishes.companies[0] : scenario.companies[rng.pick(town.companies)].id
    let weeks: Int
    if p.readiness == .jobReady {
      weeks = rng.weightedPick([(0, 0.1), (1, 0.2), (2, 0.2), (3, 0.2), (4, 0.2), (5, 0.1)])
    } else {
      weeks = rng.weightedPick((0...14).map { ($0, $0 >= 11 ? 2.0 : 1.0) })
    }
    p.current.company = company
    p.current.placementWeeks = weeks
    p.current.since = CalendarDate(dayNumber: monday - 7 * weeks).description
  }
}
