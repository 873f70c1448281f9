import MilenModel

extension Builder {
  // MARK: Mentors

  /// The town's mentors. The first three cover every competence between them (as in Aulum);
  /// the rest draw theirs. 8-20 hours, 4-10 mentees, 3-5 weekdays.
  mutating func makeMentors(in t: Int) {
    let town = towns[t]
    let fixed: [[String]] = [
      ["anxiety", "housingTraining"], ["addiction", "anxiety"], ["housingTraining", "language"],
    ]
    for k in 0..<town.mentorCount {
      let competences: [String]
      if k < fixed.count {
        competences = fixed[k]
      } else {
        let n = rng.weightedPick([(1, 0.3), (2, 0.5), (3, 0.2)])
        competences = rng.sample(Catalogue.competences.map(\.0), n)
      }
      let name = personName()
      let first = name.split(separator: " ").first.map(String.init) ?? "mentor"
      let id = ids.claim("\(town.slug)-m-\(slug(first))")
      let dayCount = rng.weightedPick([(3, 0.3), (4, 0.35), (5, 0.35)])
      let mentor = Mentor(
        id: id, name: name, hoursPerWeek: Double(rng.int(8...20)), competences: competences,
        days: rng.sample(Weekday.workdays, dayCount), maxMentees: rng.int(4...10),
        location: town.centre, maxTravelKm: Builder.peopleRadius + 0.5)
      towns[t].mentors.append(scenario.mentors.count)
      scenario.mentors.append(mentor)
    }
  }

  // MARK: Activities

  /// The town's week of sessions, in this order as far as the count goes: the group meeting
  /// twice a week (run by the coordinator, a seat for everyone in the town), the Friday
  /// teaching, the coffee club, training, a Saturday club, then extra club sessions.
  mutating func makeActivities(in t: Int) {
    let town = towns[t]
    let people = town.enrolled + town.referred
    func seats(_ share: Double) -> Int { max(6, Int((Double(people) * share).rounded(.up))) }

    let meetingDays = rng.weightedPick([
      ([Weekday.tue, .thu], 0.6), ([Weekday.mon, .wed], 0.25), ([Weekday.mon, .thu], 0.15),
    ])
    let meetingTime = window(
      rng.weightedPick([("16:00-18:00", 0.6), ("15:30-17:30", 0.2), ("17:00-19:00", 0.2)]))
    let free = [Weekday.mon, .tue, .wed, .thu].filter { !meetingDays.contains($0) }
    let coffeeDay = free.contains(.wed) ? Weekday.wed : free[free.count - 1]
    let trainingDay = free.first { $0 != coffeeDay } ?? free[0]

    var list: [Activity] = []
    for d in meetingDays {
      list.append(
        Activity(
          id: "\(town.slug)-ungemilen-\(d.rawValue)",
          name: "UngeMilen (\(danishName(d)))", kind: .groupMeeting, day: d, time: meetingTime,
          seats: max(6, people + rng.int(0...3)), tags: ["group", "friends"],
          runByCoordinator: true))
    }
    list.append(
      Activity(
        id: "\(town.slug)-undervisning-fri", name: "Fredagsundervisning: angst og stress",
        kind: .teaching, day: .fri, time: window("09:00-12:00"), seats: seats(0.6),
        tags: ["anxiety", "stress"], runByCoordinator: true))
    list.append(
      Activity(
        id: "\(town.slug)-kaffeklubben-\(coffeeDay.rawValue)", name: "Kaffeklubben",
        kind: .coffeeClub, day: coffeeDay, time: window("16:00-17:30"), seats: seats(0.5),
        tags: ["coffee", "friends", "boardgames"], runByCoordinator: rng.chance(0.6)))
    list.append(
      Activity(
        id: "\(town.slug)-traening-\(trainingDay.rawValue)", name: "Træning i \(town.name) IF",
        kind: .training, day: trainingDay, time: window("16:00-17:30"), seats: seats(0.4),
        tags: ["fitness", "health"], runByCoordinator: false))
    list.append(
      Activity(
        id: "\(town.slug)-foreningslivet-sat", name: "Foreningslivet \(town.name)", kind: .club,
        day: .sat, time: window(rng.pick(["10:00-12:00", "10:00-13:00"])), seats: seats(0.35),
        tags: ["club", "volunteering", "friends"], runByCoordinator: false))
    var extras = rng.shuffled(Catalogue.extras)
    while list.count < town.activityCount {
      if extras.isEmpty { extras = rng.shuffled(Catalogue.extras) }
      let e = extras.removeFirst()
      let day = rng.weightedPick([
        (Weekday.mon, 1.0), (.tue, 1), (.wed, 1), (.thu, 1), (.fri, 0.6), (.sat, 0.5),
      ])
      list.append(
        Activity(
          id: "\(town.slug)-\(e.slug)-\(day.rawValue)", name: "\(e.name) (\(danishName(day)))",
          kind: e.kind, day: day, time: window(rng.pick(e.times)), seats: seats(0.3),
          tags: e.tags, runByCoordinator: e.kind == .teaching))
    }
    for (k, var a) in list.prefix(town.activityCount).enumerated() {
      a.id = ids.claim(a.id)
      a.location = town.centre
      if k < 2 { towns[t].meetings.append(scenario.activities.count) }
      towns[t].activities.append(scenario.activities.count)
      scenario.activities.append(a)
    }
  }
}
