/// A change to the week's capacities or agreements that would resolve a shortfall: what a
/// reason proposes, and what a test (or `milen suggest`) applies to check it.
public enum WeekChange: Hashable, Sendable, Codable {
  /// One more weekly placement slot at a company.
  case companySlot(company: String)
  /// One more placement slot at a company on one weekday.
  case companyDaySlot(company: String, day: Weekday)
  /// More weekly hours for a mentor.
  case mentorHours(mentor: String, hours: Double)
  /// One more mentee place for a mentor.
  case mentorMentee(mentor: String)
  /// One more seat at an activity session.
  case activitySeat(activity: String)
  /// Ending a participant's placement at a company (a ban there this week).
  case endPlacement(participant: String, company: String)

  /// The scenario with the change made.
  public func applied(to given: Scenario) -> Scenario {
    var s = given
    switch self {
    case .companySlot(let c):
      if let i = s.companies.firstIndex(where: { $0.id == c }) { s.companies[i].slots += 1 }
    case .companyDaySlot(let c, let d):
      if let i = s.companies.firstIndex(where: { $0.id == c }) {
        let slots = s.companies[i].slots
        s.companies[i].slotsPerDay[d, default: slots] += 1
      }
    case .mentorHours(let m, let h):
      if let i = s.mentors.firstIndex(where: { $0.id == m }) { s.mentors[i].hoursPerWeek += h }
    case .mentorMentee(let m):
      if let i = s.mentors.firstIndex(where: { $0.id == m }) { s.mentors[i].maxMentees += 1 }
    case .activitySeat(let a):
      if let i = s.activities.firstIndex(where: { $0.id == a }) { s.activities[i].seats += 1 }
    case .endPlacement(let p, let c):
      s.bans.append(Ban(participant: p, company: c))
    }
    return s
  }
}
