import Foundation
import MilenModel

extension Planner {
  /// The most columns (variables) a week may have, estimated before the model is built. The
  /// national XL week (20,000 participants in 300 towns) has 1.16 million and peaks at 263 MB;
  /// a week far beyond this would exhaust memory (a town of 20,000 reached 7 GB) before the
  /// time limit could stop it.
  public static let maxEstimatedColumns = 2_000_000

  /// An upper estimate of the columns of the week's integer program, counted without
  /// building anything: per participant a few fixed columns, per company within reach 1 + 2 per
  /// common weekday, 2 per mentor with the needed competences and 1 per reachable activity.
  /// Stops counting once `limit` is passed. Linear in participants x (companies + mentors +
  /// activities), without allocating per pair.
  public static func estimatedColumns(_ s: Scenario, limit: Int = Int.max) -> Int {
    let companyDays = s.companies.map { c in Weekday.workdays.filter { c.open[$0] != nil } }
    let companyIndex = Dictionary(
      s.companies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    let mentorCompetences = s.mentors.map { Set($0.competences) }
    var total = 0
    for p in s.participants {
      total += 3
      if p.track == .placement {
        func columns(_ ci: Int) -> Int {
          let days = companyDays[ci].filter { p.availability[$0] != nil }.count
          return days == 0 ? 0 : 1 + 2 * days
        }
        if let reach = p.reachableCompanies {
          for id in Set(reach) { if let ci = companyIndex[id] { total += columns(ci) } }
        } else {
          for (ci, c) in s.companies.enumerated() {
            if let km = p.maxTravelKm, let a = p.location, let b = c.location,
              a.distance(to: b) > km
            {
              continue
            }
            total += columns(ci)
          }
        }
      }
      if p.needs.mentorHours > 0 {
        let needed = Set(p.needs.competences)
        for m in mentorCompetences where needed.isSubset(of: m) { total += 2 }
      }
      for a in s.activities where p.availability[a.day] != nil { total += 1 }
      if total > limit { return total }
    }
    return total
  }

  /// Why the week is too large to plan, or nil when its estimated size is within
  /// ``maxEstimatedColumns``.
  public static func sizeProblem(_ s: Scenario) -> String? {
    let n = estimatedColumns(s, limit: maxEstimatedColumns)
    guard n > maxEstimatedColumns else { return nil }
    return "the week is too large to plan: over \(maxEstimatedColumns) variables (participants "
      + "x companies within their reach, \(s.participants.count) participants and "
      + "\(s.companies.count) companies), more than memory and the time limit allow. Give the "
      + "participants a maxTravelKm and locations (or reachableCompanies) so the week splits "
      + "into towns, or plan the towns one by one (milen split)."
  }
}
