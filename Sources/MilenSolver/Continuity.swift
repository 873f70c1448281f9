import Foundation
import GLPK
import MilenModel

/// Carrying last week's plan into this week: the continuity goal, placement weeks counted on,
/// the waiting list, and the changes since last week.
enum Continuity {
  /// The ISO week before `week` (`2026-W01` -> `2025-W52` or `-W53`), or nil if malformed.
  static func previousWeek(of week: String) -> String? {
    let parts = week.split(separator: "-W")
    guard parts.count == 2, let y = Int(parts[0]), let w = Int(parts[1]) else { return nil }
    if w > 1 { return String(format: "%04d-W%02d", y, w - 1) }
    return String(format: "%04d-W%02d", y - 1, weeksInYear(y - 1))
  }

  /// 53 when 1 January is a Thursday, or a Wednesday in a leap year; else 52.
  static func weeksInYear(_ y: Int) -> Int {
    // Zeller-free: day of week of 1 January by Gauss's algorithm (0 = Sunday).
    let d = (1 + 5 * ((y - 1) % 4) + 4 * ((y - 1) % 100) + 6 * ((y - 1) % 400)) % 7
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    return d == 4 || (leap && d == 3) ? 53 : 52
  }

  /// This week's scenario with each participant's current company, placement weeks and
  /// mentor taken from last week's plan; those admitted last week are enrolled now.
  static func carry(
    _ s: Scenario, from prev: Plan
  ) -> (scenario: Scenario, preferences: [String: GreedyStart.Preference], warnings: [String]) {
    var out = s
    var warnings: [String] = []
    var prefs: [String: GreedyStart.Preference] = [:]
    if let expected = previousWeek(of: s.week), expected != prev.week {
      warnings.append(
        "the previous plan is for week \(prev.week), not \(expected), the week before \(s.week)")
    }
    let rows = Dictionary(prev.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let companies = Set(s.companies.map(\.id))
    let mentors = Set(s.mentors.map(\.id))
    for (i, p) in s.participants.enumerated() {
      guard let row = rows[p.id] else { continue }
      var part = p
      if row.status == .admitted && part.enrolment == .referred { part.enrolment = .enrolled }
      if row.status != .waiting {
        // Weeks used at other companies carry on; not placed last week ends the current one.
        part.current.earlierPlacements = (row.earlierPlacements ?? [:]).filter {
          companies.contains($0.key)
        }
        if row.company == nil {
          part.current.company = nil
          part.current.placementWeeks = 0
        }
      }
      if let c = row.company {
        if companies.contains(c) {
          part.current.company = c
          part.current.placementWeeks = row.placementWeek ?? max(1, p.current.placementWeeks)
        } else {
          warnings.append("\(p.id) was placed at \(c), which is no longer in the scenario")
          part.current.company = nil
          part.current.placementWeeks = 0
        }
      }
      if let m = row.mentor, mentors.contains(m) {
        part.current.mentor = m
      } else if row.status != .waiting {
        part.current.mentor = nil
      }
      out.participants[i] = part
      var pref = GreedyStart.Preference(company: part.current.company, mentor: part.current.mentor)
      for w in row.work { pref.days[w.day] = w.time }
      pref.activities = row.activities
      prefs[p.id] = pref
    }
    return (out, prefs, warnings)
  }

  /// The changes between last week's plan and this week's.
  static func changes(previous prev: Plan, now plan: Plan, _ f: Formulation) -> [PlanChange] {
    let before = Dictionary(prev.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var out: [PlanChange] = []
    for (p, row) in plan.participants.enumerated() {
      let part = f.participants[p]
      let opts = f.options.byParticipant[p]
      guard let old = before[row.id] else {
        if row.status != .waiting {
          out.append(
            PlanChange(participant: row.id, kind: .joined, reason: "new in this week's scenario"))
        }
        continue
      }
      if row.status == .admitted {
        out.append(
          PlanChange(
            participant: row.id, kind: .admitted,
            reason: "admitted from the waiting list (referred \(part.referredOn ?? "?"))"))
      }
      func whyLeft(_ c: String) -> String {
        if let why = opts.excludedCompanies.first(where: { $0.0 == c })?.1 { return "\(c): \(why)" }
        return "\(c) still fit, but a higher goal (needs or work) needed the change"
      }
      switch (old.company, row.company) {
      case (let a?, let b?) where a != b:
        let wish = part.wishes.companies.firstIndex(of: b).map { " (their wish #\($0 + 1))" } ?? ""
        out.append(
          PlanChange(participant: row.id, kind: .moved, from: a, to: b, reason: whyLeft(a) + wish))
      case (let a?, nil):
        out.append(PlanChange(participant: row.id, kind: .unplaced, from: a, reason: whyLeft(a)))
      case (nil, let b?):
        out.append(
          PlanChange(
            participant: row.id, kind: .placed, to: b, reason: "a placement at \(b) fits this week")
        )
      default: break
      }
      let limit = part.readiness.placementWeekLimit
      if let at = opts.limitReachedAt {
        out.append(
          PlanChange(
            participant: row.id, kind: .limitReached, from: at,
            reason:
              "\(limit) legal placement weeks at \(at) are used: a job, a subsidised job or another company must follow"
          ))
      } else if let c = row.company, row.placementWeek == limit {
        out.append(
          PlanChange(
            participant: row.id, kind: .limitReached, from: c,
            reason:
              "week \(limit) of \(limit) at \(c) is the last legal one: plan a job, a subsidised job or another company"
          ))
      }
      switch (old.mentor, row.mentor) {
      case (let a?, let b?) where a != b:
        let stillFits = f.mentorsOf[p].contains {
          f.scenario.mentors[f.mentors[$0].option.mentor].id == a
        }
        out.append(
          PlanChange(
            participant: row.id, kind: .mentorChanged, from: a, to: b,
            reason: stillFits
              ? "\(a) had no room left for a higher goal"
              : "\(a) no longer fits their needs or days"))
      case (nil, let b?):
        out.append(
          PlanChange(participant: row.id, kind: .mentorAdded, to: b, reason: "mentor hours needed"))
      case (let a?, nil):
        out.append(
          PlanChange(
            participant: row.id, kind: .mentorEnded, from: a,
            reason: part.needs.mentorHours > 0
              ? "no mentor had room" : "no mentor hours needed this week"))
      default: break
      }
    }
    let ids = Set(plan.participants.map(\.id))
    for old in prev.participants where !ids.contains(old.id) {
      out.append(
        PlanChange(participant: old.id, kind: .left, reason: "not in this week's scenario"))
    }
    return out
  }
}

extension Formulation {
  /// Terms of voluntary changes against `current`: `1 - x[p,c]` for a current company that
  /// is still an option and `1 - m[p,k]` for a current mentor who still is. Forced changes
  /// (limit reached, company gone) are not counted.
  func voluntaryChangeTerms() -> (terms: [(Variable, Double)], count: Int) {
    var terms: [(Variable, Double)] = []
    for p in participants.indices where participants[p].enrolment == .enrolled {
      let part = participants[p]
      if let c = part.current.company,
        let i = placementsOf[p].first(where: {
          scenario.companies[placements[$0].option.company].id == c
        })
      {
        terms.append((placements[i].x, -1))
      }
      if let k = part.current.mentor,
        let i = mentorsOf[p].first(where: { scenario.mentors[mentors[$0].option.mentor].id == k })
      {
        terms.append((mentors[i].m, -1))
      }
    }
    return (terms, terms.count)
  }

  /// `policy.maxChanges`: at most N voluntary changes of company or mentor.
  mutating func addMaxChangesRow() {
    guard let n = scenario.policy.maxChanges else { return }
    let (terms, count) = voluntaryChangeTerms()
    guard count > n else { return }
    let r = model.addConstraint("max_changes", terms, .lessOrEqual(Double(n - count)))
    family(
      "max changes", rule: "policy", [(r, "at most \(n) voluntary changes of company or mentor")])
  }
}
