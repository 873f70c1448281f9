import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver

/// Week to week: rolling a week forward into the next week's scenario (`milen next`).
public enum Rolling {
  /// What `next` did besides the plain carrying on, for the coordinator to read.
  public struct Notes: Sendable {
    /// One note per event (an enrolment ended, a legal limit reached, a lock dropped).
    public var lines: [RollingNote] = []
  }

  /// Next week's scenario from this week's scenario and its plan: the admitted become
  /// enrolled (enrolled on this week's Monday), placements and their weeks carry on (a
  /// placement that ended moves to `earlierPlacements`), current mentors and sessions carry
  /// on, last week's days and hours are recorded, those who left are removed (those who left
  /// benefit are appended to `leftBenefit`), the week
  /// advances and the waiting list keeps its order. Locks on a company where the legal limit
  /// is reached are dropped. `planFingerprint` is recorded in `rolledFrom`.
  public static func next(
    _ s: Scenario, plan: Plan, planFingerprint: String
  ) -> (scenario: Scenario, notes: Notes) {
    var out = s
    var notes = Notes()
    let week = IsoWeek(parsing: s.week)
    let monday = week?.monday.description
    out.week = week?.next.description ?? s.week
    out.rolledFrom = RolledFrom(week: s.week, plan: planFingerprint)
    let rows = Dictionary(plan.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var removed: Set<String> = []
    var limitReached: Set<String> = []
    for (i, p) in s.participants.enumerated() {
      var part = p
      guard let row = rows[p.id] else { continue }
      switch row.status {
      case .left:
        removed.insert(p.id)
        notes.lines.append(.enrolmentEnded(participant: p.id, reason: p.exit?.reason))
        // Left benefit: kept in the ledger, so the business case counts them on.
        if let entry = BenefitExit(leaving: p, week: s.week) { out.leftBenefit.append(entry) }
        continue
      case .waiting:
        out.participants[i] = part
        continue
      case .admitted:
        part.enrolment = .enrolled
        part.enrolledOn = part.enrolledOn ?? monday
      case .enrolled:
        break
      }
      var earlier = part.current.earlierPlacements
      if let cur = part.current.company, cur != row.company, part.current.placementWeeks > 0 {
        earlier[cur, default: 0] += part.current.placementWeeks
      }
      if let c = row.company {
        earlier[c] = nil
        let same = part.current.company == c
        part.current.company = c
        part.current.placementWeeks = row.placementWeek ?? (part.current.placementWeeks + 1)
        // The stint's start: this Monday in its first week, kept while it runs, and unknown
        // when the weeks at the company span more than one stint (a return counts the
        // earlier weeks), since a start date must not contradict the weeks counted.
        part.current.since =
          part.current.placementWeeks == 1 ? monday : (same ? part.current.since : nil)
        var work: [Weekday: TimeWindow] = [:]
        for w in row.work { work[w.day] = w.time }
        part.current.work = work
        if part.current.placementWeeks >= part.readiness.placementWeekLimit {
          limitReached.insert(p.id)
          notes.lines.append(
            .limitUsed(
              participant: p.id, used: part.current.placementWeeks,
              limit: part.readiness.placementWeekLimit, company: c))
        }
      } else {
        part.current.company = nil
        part.current.placementWeeks = 0
        part.current.since = nil
        part.current.work = nil
      }
      part.current.earlierPlacements = earlier
      part.current.mentor = row.mentor
      part.current.activities = row.activities
      out.participants[i] = part
    }
    out.participants.removeAll { removed.contains($0.id) }
    out.locks.removeAll { lock in
      if removed.contains(lock.participant) { return true }
      guard limitReached.contains(lock.participant),
        let p = out.participants.first(where: { $0.id == lock.participant }),
        p.current.company == lock.company
      else { return false }
      notes.lines.append(.lockDropped(participant: lock.participant, company: lock.company))
      return true
    }
    out.bans.removeAll { removed.contains($0.participant) }
    return (out, notes)
  }
}
