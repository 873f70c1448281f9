import MilenModel

/// The generator's own reading of the hard rules that decide whether a participant can be
/// placed at a company (the same rules as the planner's options, restated here so that the
/// generator depends on the domain model only). Used to make every lock keepable.
enum Fit {
  /// Legal room left at a company: 1 per 5 ordinary employees up to 50 (at least 1), plus
  /// 1 per 10 beyond 50, minus the subsidised staff already there.
  static func legalRoom(_ c: Company) -> Int {
    let e = c.ordinaryEmployees
    return max(1, min(e, 50) / 5) + max(0, e - 50) / 10 - c.subsidisedStaff
  }

  /// The weekdays and common hours on which `p` could work at `c`, or nil when a hard rule
  /// rules the pair out (capacity, legal ratio and length, fit, reach, too few hours).
  static func workDays(_ p: Participant, at c: Company) -> [(day: Weekday, window: TimeWindow)]? {
    guard p.track == .placement, c.slots > 0, legalRoom(c) > 0 else { return nil }
    guard p.needs.accommodations.allSatisfy({ c.accommodations.contains($0) }) else { return nil }
    if c.requirements.drivingLicence && !p.drivingLicence { return nil }
    if let age = c.requirements.minimumAge {
      guard let pa = p.age, pa >= age else { return nil }
    }
    if let list = p.reachableCompanies {
      guard list.contains(c.id) else { return nil }
    } else if let km = p.maxTravelKm, let a = p.location, let b = c.location {
      guard a.distance(to: b) <= km else { return nil }
    }
    if p.current.company == c.id && p.current.placementWeeks >= p.readiness.placementWeekLimit {
      return nil
    }
    var days: [(day: Weekday, window: TimeWindow)] = []
    for d in Weekday.workdays {
      guard let a = p.availability[d], let o = c.open[d], c.slots(on: d) > 0,
        let common = a.intersection(o)
      else { continue }
      days.append((d, common))
    }
    let usable = days.reduce(0) { $0 + $1.window.hours }
    guard !days.isEmpty, usable + 1e-9 >= p.hours.min else { return nil }
    return days
  }
}
