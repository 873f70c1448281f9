import Foundation
import MilenModel

extension Planner {
  /// The most columns (variables) a week may have, estimated before the model is built. The
  /// national XL week (20,000 participants in 300 towns) has 1.16 million and peaks at 263 MB;
  /// a week far beyond this would exhaust memory (a town of 20,000 reached 7 GB) before the
  /// time limit could stop it.
  public static let maxEstimatedColumns = 2_000_000

  /// The most columns one independent part (a town) may have, estimated before the model is
  /// built. The largest town of the XL week has about 5,000 and takes seconds a level; a town of
  /// 20,000 participants has about 700,000: 1.7 GB and 100 s of GLPK whatever the time limit.
  public static let maxEstimatedPartColumns = 100_000

  /// An upper estimate of the columns of the week's integer program, counted without
  /// building anything: per participant a few fixed columns, per company within reach 1 + 2 per
  /// common weekday, 2 per mentor with the needed competences and 1 per reachable activity.
  /// Also the columns of the largest part, where participants are joined through the companies
  /// they can reach. Linear in participants x (companies + mentors + activities), without
  /// allocating per pair.
  public static func estimatedColumns(_ s: Scenario) -> (total: Int, largestPart: Int) {
    let companyDays = s.companies.map { c in Weekday.workdays.filter { c.open[$0] != nil } }
    let companyIndex = Dictionary(
      s.companies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    let mentorCompetences = s.mentors.map { Set($0.competences) }
    // Union-find over participants (0..<P), companies, mentors and activities after them.
    let np = s.participants.count
    let mentorBase = np + s.companies.count
    let activityBase = mentorBase + s.mentors.count
    var parent = Array(0..<(activityBase + s.activities.count))
    func join(_ x: Int, _ y: Int) {
      let a = root(x)
      let b = root(y)
      if a != b { parent[a] = b }
    }
    func root(_ i: Int) -> Int {
      var i = i
      while parent[i] != i {
        parent[i] = parent[parent[i]]
        i = parent[i]
      }
      return i
    }
    var columns = [Int](repeating: 0, count: np)
    for (pi, p) in s.participants.enumerated() {
      var n = 3
      if p.track == .placement {
        func add(_ ci: Int) {
          let days = companyDays[ci].filter { p.availability[$0] != nil }.count
          guard days > 0 else { return }
          n += 1 + 2 * days
          join(pi, np + ci)
        }
        if let reach = p.reachableCompanies {
          for id in Set(reach) { if let ci = companyIndex[id] { add(ci) } }
        } else {
          for (ci, c) in s.companies.enumerated() {
            if let km = p.maxTravelKm, let a = p.location, let b = c.location,
              a.distance(to: b) > km
            {
              continue
            }
            add(ci)
          }
        }
      }
      if p.needs.mentorHours > 0 {
        let needed = Set(p.needs.competences)
        for (mi, m) in s.mentors.enumerated()
        where m.hoursPerWeek > 0 && m.maxMentees > 0 && needed.isSubset(of: mentorCompetences[mi]) {
          if let km = m.maxTravelKm, let a = m.location, let b = p.location, a.distance(to: b) > km
          {
            continue
          }
          n += 2
          join(pi, mentorBase + mi)
        }
      }
      for (ai, a) in s.activities.enumerated() {
        guard a.seats > 0, let w = p.availability[a.day], w.contains(a.time) else { continue }
        if let km = p.maxTravelKm, let here = p.location, let there = a.location,
          here.distance(to: there) > km
        {
          continue
        }
        n += 1
        join(pi, activityBase + ai)
      }
      columns[pi] = n
    }
    var parts: [Int: Int] = [:]
    for pi in 0..<np { parts[root(pi), default: 0] += columns[pi] }
    return (columns.reduce(0, +), parts.values.max() ?? 0)
  }

  /// Why the week is too large to plan, or nil when its estimated size is within
  /// ``maxEstimatedColumns`` and its largest part within ``maxEstimatedPartColumns``.
  public static func sizeProblem(_ s: Scenario) -> String? { sizeIssue(s)?.english }

  /// Why the week is too large to plan, as a typed value (said per language by the report
  /// layer); nil when it can be planned.
  public static func sizeIssue(_ s: Scenario) -> SizeProblem? {
    let n = estimatedColumns(s)
    if n.total > maxEstimatedColumns {
      return .weekTooLarge(
        variables: n.total, most: maxEstimatedColumns, participants: s.participants.count,
        companies: s.companies.count)
    }
    if n.largestPart > maxEstimatedPartColumns {
      return .townTooLarge(variables: n.largestPart, most: maxEstimatedPartColumns)
    }
    return nil
  }
}

/// Why a week is too large to plan, before any model is built.
public enum SizeProblem: Hashable, Sendable {
  /// The whole week needs about `variables` (at most `most`).
  case weekTooLarge(variables: Int, most: Int, participants: Int, companies: Int)
  /// One town (participants joined by the companies they can reach) needs about `variables`
  /// (at most `most` a town).
  case townTooLarge(variables: Int, most: Int)

  /// In English, for the planner's own callers and logs.
  public var english: String {
    let advice =
      "Give the participants a maxTravelKm and locations (or reachableCompanies) so that the "
      + "week splits into towns, or plan the towns one by one (milen split)."
    switch self {
    case .weekTooLarge(let variables, let most, let participants, let companies):
      return "the week is too large to plan: about \(variables) variables (at most \(most)) for "
        + "\(participants) participants and \(companies) companies, more than memory and the "
        + "time limit allow. " + advice
    case .townTooLarge(let variables, let most):
      return "the week is too large to plan: one town (participants joined by the companies they "
        + "can reach) needs about \(variables) variables (at most \(most) a town), more than "
        + "the time limit allows. " + advice
    }
  }
}
