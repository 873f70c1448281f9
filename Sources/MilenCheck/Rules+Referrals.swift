import Foundation
import MilenModel

extension Checker {
  // MARK: Rule 9: the waiting list in referral order

  /// The referrals still on the list or admitted this week (referred, no exit), earliest
  /// referral first, ties by id. The checker's own order, not the scenario's.
  var referralOrder: [Participant] {
    var seen = Set<String>()
    return scenario.participants
      .filter { $0.enrolment == .referred && $0.exit == nil && seen.insert($0.id).inserted }
      .sorted { ($0.referredOn ?? "", $0.id) < ($1.referredOn ?? "", $1.id) }
  }

  /// For every waiting referral E and every admitted referral L later in referral order, E's
  /// waiting reason names L and its claim holds.
  mutating func checkReferralOrder() {
    let order = referralOrder
    let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1.id, $0) })
    let load = coordinatorLoad()
    let hoursLeft = scenario.coordinator.hoursPerWeek - (load.fixed + load.followUp + load.run)
    for (i, e) in order.enumerated() {
      guard let row = rowByID[e.id], row.status == .waiting else { continue }
      let later = order[(i + 1)...].filter { rowByID[$0.id]?.status == .admitted }
      let laterIDs = Set(later.map(\.id))
      let reason = row.waitingReason
      let named = unique(reason?.laterAdmitted ?? [])
      for id in named where !laterIDs.contains(id) {
        let why: Finding.WrongName =
          position[id].map { $0 < i ? .referredBefore : .notAdmitted } ?? .notReferral
        add(
          .referralOrder, .reasonNamesWrongPerson(waiting: e.id, named: id, why: why),
          participants: [e.id, id])
      }
      let namedLater = laterIDs.intersection(named)
      // The claims about E alone, found once and reported with every later referral named.
      var problems: [(Finding.ClaimProblem, [String])] = []
      if let reason, !namedLater.isEmpty {
        switch reason.kind {
        case .nothingFits: problems = nothingFitsProblems(e)
        case .full: problems = fullProblems(e, without: namedLater, listed: reason.capacities)
        case .coordinatorHours: break
        }
      }
      for l in later {
        guard let reason else {
          add(
            .referralOrder, .laterAdmittedWithoutReason(waiting: e.id, later: l.id),
            participants: [e.id, l.id])
          continue
        }
        guard namedLater.contains(l.id) else {
          add(
            .referralOrder, .reasonOmitsLater(waiting: e.id, later: l.id),
            participants: [e.id, l.id])
          continue
        }
        if reason.kind == .coordinatorHours {
          checkCoordinatorClaim(e, l, hoursLeft: hoursLeft)
        }
        for (problem, places) in problems {
          add(
            .referralOrder, .waitingClaimFails(waiting: e.id, later: l.id, claim: problem),
            participants: [e.id, l.id], places: places)
        }
      }
    }
  }

  /// `nothingFits` is false when anything fits E.
  func nothingFitsProblems(_ e: Participant) -> [(Finding.ClaimProblem, [String])] {
    let fit = fitting(e)
    if fit.isEmpty { return [] }
    return [(.somethingFits(fit.map(\.what)), fit.compactMap(\.place))]
  }

  /// The coordinator's hours keep E out in L's place: E's follow-up exceeds the hours left
  /// plus L's follow-up.
  mutating func checkCoordinatorClaim(_ e: Participant, _ l: Participant, hoursLeft left: Double) {
    let c = scenario.coordinator
    let needE = c.followUp(for: e.track)
    let freed = c.followUp(for: l.track)
    if !(needE > left + freed + tol) {
      add(
        .referralOrder,
        .waitingClaimFails(
          waiting: e.id, later: l.id,
          claim: .coordinatorHoursSuffice(needs: needE, left: left, freed: freed)),
        participants: [e.id, l.id], places: ["coordinator"])
    }
  }

  /// `full` is false for each place that fits E and has room without E and the later
  /// referrals named, for each full place the reason does not list, and for each listed id
  /// that is no capacity of the scenario.
  func fullProblems(
    _ e: Participant, without named: Set<String>, listed: [String]
  ) -> [(Finding.ClaimProblem, [String])] {
    var problems: [(Finding.ClaimProblem, [String])] = []
    let others = named.union([e.id])
    let without = named.sorted()
    for f in fitting(e) {
      guard let place = f.place else {
        problems.append((.neverFull(f.what), []))
        continue
      }
      if let room = room(at: f, for: e, others: others) {
        problems.append((.room(without: without, room), [place]))
      } else if !listed.contains(place) {
        problems.append((.fullNotListed(f.what), [place]))
      }
    }
    for id in unique(listed)
    where activities[id] == nil && mentors[id] == nil && companies[id] == nil {
      problems.append((.unknownCapacity(id), [id]))
    }
    return problems
  }

  /// The room left at a place that fits E once the rows of `others` are set aside, or nil
  /// when it is full.
  func room(at f: Fit, for e: Participant, others: Set<String>) -> Finding.Room? {
    switch f.kind {
    case .activity(let a):
      let taken = (rowsAtActivity[a.id] ?? []).filter { !others.contains($0.id) }.count
      return taken >= a.seats ? nil : .activity(a.id, taken: taken, seats: a.seats)
    case .mentor(let m):
      let mentees = (rowsWithMentor[m.id] ?? []).filter { !others.contains($0.id) }
      let hours = mentees.reduce(0) { $0 + $1.mentorHours }
      // A place is full only when it would give E nothing at all (docs/model.md, rule 9):
      // one spare mentor hour, or any spare minute, is something, even below E's need.
      if mentees.count >= m.maxMentees || hours >= m.hoursPerWeek - tol { return nil }
      return .mentor(
        m.id, mentees: mentees.count, maxMentees: m.maxMentees, hours: hours,
        total: m.hoursPerWeek, could: min(e.needs.mentorHours, m.hoursPerWeek - hours),
        need: e.needs.mentorHours)
    case .company(let c):
      let placed = (rowsAtCompany[c.id] ?? []).filter { !others.contains($0.id) }
      let legal = PlanChecker.legalRoom(ordinaryEmployees: c.ordinaryEmployees)
      let staff = max(0, c.subsidisedStaff)
      if placed.count >= c.slots || placed.count + staff >= legal { return nil }
      var open: [Weekday] = []
      var hours = 0.0
      for (day, window) in commonWindows(e, c) {
        let working = placed.filter { $0.work.contains { $0.day == day } }.count
        if working < c.slots(on: day) {
          open.append(day)
          hours += window.hours
        }
      }
      if open.isEmpty || hours < e.hours.min - tol { return nil }
      return .company(
        c.id, taken: placed.count, slots: c.slots, legalRoom: legal - staff,
        days: unique(open).sorted())
    case .employer:
      return nil
    }
  }

  // MARK: What fits a participant (the checker's own compatibility rules)

  /// One thing that could serve a participant this week.
  struct Fit {
    enum Kind {
      case activity(Activity)
      case mentor(Mentor)
      case company(Company)
      case employer(String)
    }
    var kind: Kind
    /// What it is, as a finding names it.
    var what: Finding.Place
    /// The capacity's id (nil for an employer, which is never full).
    var place: String?
  }

  /// Everything that could serve the participant, by the rules alone (capacity left aside):
  /// their own employer, the activities they can attend, the mentors who cover their needs,
  /// and the companies that fit a placement.
  func fitting(_ p: Participant) -> [Fit] {
    var list: [Fit] = []
    if p.track.isEmployed, let e = p.employment, !e.employer.isEmpty {
      list.append(Fit(kind: .employer(e.employer), what: .employer(e.employer)))
    }
    for a in activities.values.sorted(by: { $0.id < $1.id }) where fits(a, p) {
      list.append(Fit(kind: .activity(a), what: .activity(a.id), place: a.id))
    }
    for m in mentors.values.sorted(by: { $0.id < $1.id }) where fits(m, p) {
      list.append(Fit(kind: .mentor(m), what: .mentor(m.id), place: m.id))
    }
    for c in companiesInOrder where fits(c, p) {
      list.append(Fit(kind: .company(c), what: .company(c.id), place: c.id))
    }
    return list
  }

  /// A session the participant can attend: seats, within activity time (07:00-22:00 any day,
  /// model.md) and during none of their busy times, no clash with a fixed job, within their
  /// travel reach. The work window does not limit activities.
  func fits(_ a: Activity, _ p: Participant) -> Bool {
    guard a.seats > 0, a.time.end > a.time.start, a.time.start.minutes >= 7 * 60,
      a.time.end.minutes <= 22 * 60,
      !p.busy.contains(where: { $0.day == a.day && $0.time.overlaps(a.time) })
    else { return false }
    if p.track.isEmployed, let job = p.employment?.schedule[a.day], job.overlaps(a.time) {
      return false
    }
    if let km = p.maxTravelKm, let home = p.location, let site = a.location,
      home.distance(to: site) > km + tol
    {
      return false
    }
    return true
  }

  /// A mentor who can give the participant hours: hours and mentees at all, the needed
  /// competences, a shared weekday, within the mentor's reach; and the participant needs
  /// mentor hours (rule 6 allows none above the need).
  func fits(_ m: Mentor, _ p: Participant) -> Bool {
    guard p.needs.mentorHours > tol, m.hoursPerWeek > tol, m.maxMentees > 0,
      p.needs.competences.allSatisfy(m.competences.contains),
      !Set(m.days).isDisjoint(with: p.availability.keys)
    else { return false }
    if let km = m.maxTravelKm, let base = m.location, let home = p.location,
      base.distance(to: home) > km + tol
    {
      return false
    }
    return true
  }

  /// The workdays the company is open with a slot and the participant is available, and the
  /// common window of each.
  func commonWindows(_ p: Participant, _ c: Company) -> [(Weekday, TimeWindow)] {
    Weekday.workdays.compactMap { day in
      guard c.slots(on: day) > 0, let open = c.open[day], let av = p.availability[day],
        let common = open.intersection(av)
      else { return nil }
      return (day, common)
    }
  }

  /// A company that fits a placement: the placement track, not banned, every condition of
  /// rule 6, weeks left under rule 4, slots and legal room at all, and common days with
  /// enough hours for the participant's weekly minimum.
  func fits(_ c: Company, _ p: Participant) -> Bool {
    guard p.track == .placement,
      !scenario.bans.contains(where: { $0.participant == p.id && $0.company == c.id }),
      p.needs.accommodations.allSatisfy(c.accommodations.contains),
      !c.requirements.drivingLicence || p.drivingLicence,
      weeksUsed(p, at: c.id) < p.readiness.placementWeekLimit,
      c.slots > 0,
      PlanChecker.legalRoom(ordinaryEmployees: c.ordinaryEmployees) > max(0, c.subsidisedStaff)
    else { return false }
    if let minimum = c.requirements.minimumAge, !(p.age.map { $0 >= minimum } ?? false) {
      return false
    }
    if let reachable = p.reachableCompanies {
      if !reachable.contains(c.id) { return false }
    } else if let km = p.maxTravelKm, let home = p.location, let site = c.location,
      home.distance(to: site) > km + tol
    {
      return false
    }
    let most = min(p.hours.max, p.hours.agreed ?? p.hours.max)
    let hours = commonWindows(p, c).reduce(0) { $0 + $1.1.hours }
    return most > tol && most >= p.hours.min - tol && hours > tol && hours >= p.hours.min - tol
  }
}
