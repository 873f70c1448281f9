import Foundation
import MilenModel

/// The legal room for placements at a company ("rimelighedskrav"): 1 per 5 ordinary
/// employees up to 50 (always at least 1), plus 1 per 10 beyond 50.
public func legalPlacementRoom(ordinaryEmployees e: Int) -> Int {
  max(1, min(e, 50) / 5) + max(0, e - 50) / 10
}

/// One way a participant could work a day at a company: the block starts at `window.start`
/// and may last to `window.end`. The first of a day starts with the common window of the
/// participant's work window and the company's open hours; others start where a session the
/// participant could attend that day ends (hard rule 5: work may follow a morning session).
struct WorkWindow: Hashable, Sendable {
  var day: Weekday
  var window: TimeWindow
  /// The block starts at the end of a session, not at the common window's start.
  var afterSession = false

  /// The day in the model's names: `mon`, or `mon_1000` for a block from 10:00.
  var tag: String {
    guard afterSession else { return day.rawValue }
    let m = window.start.minutes
    return "\(day.rawValue)_" + String(format: "%02d%02d", m / 60, m % 60)
  }
}

/// A compatible participant-company pair, with the days it can use.
struct PlacementOption: Hashable, Sendable {
  var participant: Int
  var company: Int
  var days: [WorkWindow]
  /// The common window of each usable day (the first block of the day: the longest).
  var commonWindows: [WorkWindow] { days.filter { !$0.afterSession } }
  /// Days a lock demands.
  var lockedDays: Set<Weekday>
  var locked: Bool
}

/// A mentor who could serve a participant.
struct MentorOption: Hashable, Sendable {
  var participant: Int
  var mentor: Int
}

/// An activity a participant could attend.
struct ActivityOption: Hashable, Sendable {
  var participant: Int
  var activity: Int
}

/// Everything a participant could get this week, and why the rest is out of reach.
struct ParticipantOptions: Sendable {
  var placements: [PlacementOption] = []
  var mentors: [MentorOption] = []
  var activities: [ActivityOption] = []
  /// Company id -> why that company is out for this participant (placement track only),
  /// for companies within reach; those out of reach are only counted.
  var excludedCompanies: [CompanyExclusion] = []
  /// Companies out of the participant's reach.
  var outOfReach = 0
  /// The legal placement limit is reached at the current company.
  var limitReachedAt: String?
}

/// The compatible options of a whole scenario: only these become variables, so the model's
/// size follows the real options rather than participants x companies x days.
struct ScenarioOptions: Sendable {
  var byParticipant: [ParticipantOptions]

  init(_ s: Scenario) {
    byParticipant = s.participants.indices.map { ScenarioOptions.options(for: $0, in: s) }
  }

  /// The candidate blocks of one day: from the common window's start, and from the end of each
  /// session the participant could attend that day inside the window, each at least `least`
  /// hours long (none when the common window itself is shorter).
  static func dayBlocks(
    _ day: Weekday, _ common: TimeWindow, least: Double, sessions: [Activity]
  ) -> [WorkWindow] {
    var starts = [common.start]
    for a in sessions where a.day == day && a.time.end > common.start && a.time.end < common.end {
      starts.append(a.time.end)
    }
    return Set(starts).sorted().compactMap { start in
      let block = TimeWindow(start: start, end: common.end)
      guard block.hours + 1e-9 >= least else { return nil }
      return WorkWindow(day: day, window: block, afterSession: start != common.start)
    }
  }

  static func options(for pi: Int, in s: Scenario) -> ParticipantOptions {
    let p = s.participants[pi]
    var o = ParticipantOptions()
    // Leaving this week (rule 10: on purpose): nothing is planned for them.
    if p.exit != nil { return o }
    let lock = s.locks.first { $0.participant == p.id }
    for (ai, a) in s.activities.enumerated() {
      // Activity time (the second part of availability), not the work window.
      guard a.seats > 0, p.canJoin(on: a.day, a.time) else { continue }
      if let e = p.employment?.schedule[a.day], e.overlaps(a.time) { continue }
      if let km = p.maxTravelKm, let here = p.location, let there = a.location,
        here.distance(to: there) > km
      {
        continue
      }
      o.activities.append(ActivityOption(participant: pi, activity: ai))
    }
    let sessions = o.activities.map { s.activities[$0.activity] }
    let least = s.policy.shortestWorkDay(for: p)
    if p.track == .placement {
      if let cur = p.current.company, p.current.placementWeeks >= p.readiness.placementWeekLimit {
        o.limitReachedAt = cur
      }
      for (ci, c) in s.companies.enumerated() {
        // Reach first and cheaply: at national scale most companies are far away, and a
        // reason in words for each of them would cost time and memory (XL: 110 million pairs).
        if s.companies.count > 200, p.reachableCompanies == nil, let km = p.maxTravelKm,
          let a = p.location, let b = c.location, a.distance(to: b) > km
        {
          o.outOfReach += 1
          continue
        }
        if let why = placementObstacle(p, c, s, lock: lock) {
          o.excludedCompanies.append(CompanyExclusion(company: c.id, why: why))
          continue
        }
        var days: [WorkWindow] = []
        var longest = 0.0
        var usable = 0.0
        for d in Weekday.workdays {
          guard let a = p.availability[d], let op = c.open[d], c.slots(on: d) > 0,
            let common = a.intersection(op)
          else { continue }
          longest = max(longest, common.hours)
          let blocks = dayBlocks(d, common, least: least, sessions: sessions)
          if !blocks.isEmpty { usable += common.hours }
          days += blocks
        }
        let lockedDays = Set(lock?.company == c.id ? lock!.days : [])
        if days.isEmpty {
          o.excludedCompanies.append(
            CompanyExclusion(
              company: c.id,
              why: longest > 0
                ? .shortCommonDays(longest: rounded(longest), shortest: least)
                : commonDays(p, c)))
          continue
        }
        if usable + 1e-9 < p.hours.min {
          o.excludedCompanies.append(
            CompanyExclusion(
              company: c.id, why: .fewCommonHours(hours: rounded(usable), minimum: p.hours.min)))
          continue
        }
        let missingDays = lockedDays.subtracting(days.map(\.day))
        if !missingDays.isEmpty {
          o.excludedCompanies.append(
            CompanyExclusion(company: c.id, why: .lockDaysWithoutHours(missingDays.sorted())))
          continue
        }
        o.placements.append(
          PlacementOption(
            participant: pi, company: ci, days: days, lockedDays: lockedDays,
            locked: lock?.company == c.id))
      }
    }
    if p.needs.mentorHours > 0 {
      let availableDays = Set(p.availability.keys)
      for (mi, m) in s.mentors.enumerated() {
        guard m.hoursPerWeek > 0, m.maxMentees > 0,
          Set(p.needs.competences).isSubset(of: Set(m.competences)),
          !availableDays.isDisjoint(with: m.days)
        else { continue }
        if let km = m.maxTravelKm, let a = m.location, let b = p.location, a.distance(to: b) > km {
          continue
        }
        o.mentors.append(MentorOption(participant: pi, mentor: mi))
      }
    }
    return o
  }

  static func commonDays(_ p: Participant, _ c: Company) -> Exclusion {
    .noCommonDay(
      available: Weekday.workdays.filter { p.availability[$0] != nil },
      open: Weekday.workdays.filter { c.open[$0] != nil && c.slots(on: $0) > 0 })
  }

  /// Why the participant cannot be placed at the company at all, or nil when they can.
  static func placementObstacle(_ p: Participant, _ c: Company, _ s: Scenario, lock: Lock?)
    -> Exclusion?
  {
    if let lock, lock.company != c.id { return .lockedElsewhere(company: lock.company) }
    if s.bans.contains(where: { $0.participant == p.id && $0.company == c.id }) { return .banned }
    if c.slots <= 0 { return .noSlots }
    let room = legalPlacementRoom(ordinaryEmployees: c.ordinaryEmployees) - c.subsidisedStaff
    if room <= 0 {
      return .legalRatioFull(subsidised: c.subsidisedStaff, employees: c.ordinaryEmployees)
    }
    let missing = p.needs.accommodations.filter { !c.accommodations.contains($0) }
    if !missing.isEmpty { return .lacksAccommodations(missing) }
    if c.requirements.drivingLicence && !p.drivingLicence { return .requiresLicence }
    if let age = c.requirements.minimumAge {
      guard let pa = p.age else { return .requiresAge(minimum: age, known: false) }
      if pa < age { return .requiresAge(minimum: age, known: true) }
    }
    if let list = p.reachableCompanies {
      if !list.contains(c.id) { return .notReachable }
    } else if let km = p.maxTravelKm, let a = p.location, let b = c.location {
      let d = a.distance(to: b)
      if d > km { return .tooFar(km: rounded(d), limit: km) }
    }
    let used = p.current.weeksUsed(at: c.id)
    if used >= p.readiness.placementWeekLimit {
      return .placementLimit(used: used, limit: p.readiness.placementWeekLimit)
    }
    return nil
  }
}
