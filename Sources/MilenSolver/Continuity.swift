import Foundation
import GLPK
import MilenModel

/// Week to week: rolling a week forward into the next week's scenario, checking a previous
/// plan against this week's scenario (rule 10), and the changes since last week.
public enum Rolling {
  /// What `next` did besides the plain carrying on, for the coordinator to read.
  public struct Notes: Sendable {
    /// One line per event (an enrolment ended, a legal limit reached, a lock dropped).
    public var lines: [String] = []
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
        notes.lines.append(
          "\(p.id): enrolment ended (\(p.exit?.reason.rawValue ?? "exit")), removed from the scenario"
        )
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
            "\(p.id): \(part.current.placementWeeks) of \(part.readiness.placementWeekLimit) legal placement weeks at \(c) are used: what follows must be one of: a job, a subsidised job, another company"
          )
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
      notes.lines.append(
        "\(lock.participant): the lock at \(lock.company) is dropped: the legal limit is reached")
      return true
    }
    out.bans.removeAll { removed.contains($0.participant) }
    return (out, notes)
  }

  /// Why a previous plan cannot be used with this week's scenario (rule 10 and the weeks), or
  /// an empty list. The previous plan must be of this week (a replan) or of the week before;
  /// everyone it has enrolled or admitted must be enrolled here (or leave on purpose with
  /// `exit`), unless it is a replan of the same week, where an admission may change.
  public static func previousProblems(_ s: Scenario, previous prev: Plan) -> [String] {
    guard let week = IsoWeek(parsing: s.week) else { return [] }
    let same = prev.week == s.week
    if !same && prev.week != week.previous.description {
      return [
        "the previous plan is for week \(prev.week); this scenario is week \(s.week), so the previous plan must be of \(week.previous) (last week) or \(s.week) (a replan)"
      ]
    }
    var problems: [String] = []
    let here = Dictionary(s.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for row in prev.participants {
      let kept =
        same ? row.status == .enrolled : (row.status == .enrolled || row.status == .admitted)
      guard kept else { continue }
      let name = row.name.isEmpty ? row.id : "\(row.id) (\(row.name))"
      guard let p = here[row.id] else {
        problems.append(
          "\(name) is \(row.status.rawValue) in the plan of \(prev.week) but missing from this scenario: nobody enrolled leaves unless the scenario ends the enrolment with exit (rule 10)"
        )
        continue
      }
      if p.enrolment != .enrolled {
        problems.append(
          "\(name) is \(row.status.rawValue) in the plan of \(prev.week) but \(p.enrolment.rawValue) in this scenario: roll the week forward with `milen next` (rule 10)"
        )
      }
    }
    return problems
  }
}

/// The changes between last week and this week's plan, each with its reason.
enum Continuity {
  static func changes(
    reference: [String: ReferenceWeek], now plan: Plan, _ f: Formulation
  ) -> [PlanChange] {
    var out: [PlanChange] = []
    for (p, row) in plan.participants.enumerated() {
      let part = f.participants[p]
      let opts = f.options.byParticipant[p]
      if row.status == .left {
        out.append(
          PlanChange(
            participant: row.id, kind: .ended,
            reason: "enrolment ended on purpose: \(part.exit?.reason.rawValue ?? "exit")"
              + (part.exit?.on.map { " (\($0))" } ?? "")))
        continue
      }
      if row.status == .admitted && reference[row.id]?.status != .admitted {
        out.append(
          PlanChange(
            participant: row.id, kind: .admitted,
            reason: "admitted from the waiting list (referred \(part.referredOn ?? "?"))"))
      }
      guard row.status != .waiting, let old = reference[row.id] else { continue }
      func whyLeft(_ c: String) -> String {
        if let why = opts.excludedCompanies.first(where: { $0.0 == c })?.1 { return "\(c): \(why)" }
        if part.track != .placement { return "the track is now \(part.track.rawValue)" }
        return "\(c) still fits, but a higher goal (needs, keep what runs) used its place"
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
      case (let a?, let b?) where a == b:
        var now: [Weekday: TimeWindow] = [:]
        for w in row.work { now[w.day] = w.time }
        if let before = old.work, before != now {
          out.append(
            PlanChange(
              participant: row.id, kind: .workChanged, from: workText(before), to: workText(now),
              reason: workReason(before, now, part, opts, f)))
        }
      default: break
      }
      // A legal limit reached is a note of the week (PlanDecoder), not a change.
      switch (old.mentor, row.mentor) {
      case (let a?, let b?) where a != b:
        let stillFits = f.mentorOf(p, mentor: a) != nil
        out.append(
          PlanChange(
            participant: row.id, kind: .mentorChanged, from: a, to: b,
            reason: stillFits
              ? "\(a) had no room left after a higher goal"
              : "\(a) no longer fits their needs and days"))
      case (nil, let b?):
        out.append(
          PlanChange(participant: row.id, kind: .mentorAdded, to: b, reason: "mentor hours needed"))
      case (let a?, nil):
        out.append(
          PlanChange(
            participant: row.id, kind: .mentorEnded, from: a,
            reason: part.needs.mentorHours > 0
              ? "no mentor had room" : "no mentor hours needed this week"))
      case (let a?, let b?) where a == b:
        if let h = old.mentorHours, abs(h - row.mentorHours) > 1e-6 {
          out.append(
            PlanChange(
              participant: row.id, kind: .mentorHoursChanged, from: "\(fmt(h)) h",
              to: "\(fmt(row.mentorHours)) h",
              reason: abs(row.mentorHours - part.needs.mentorHours) < 1e-6
                ? "the needed mentor hours are now \(fmt(part.needs.mentorHours)) h"
                : "\(a) has no more hours this week"))
        }
      default: break
      }
      if let before = old.activities, Set(before) != Set(row.activities) {
        let dropped = before.filter { !row.activities.contains($0) }
        let why = dropped.map { a -> String in
          if !f.activitiesOf[p].contains(where: {
            f.scenario.activities[f.activities[$0].option.activity].id == a
          }) {
            return "\(a) no longer fits their days and hours"
          }
          if let load = plan.activities.first(where: { $0.id == a }),
            load.attendees.count >= load.seats
          {
            return "\(a) is full (\(load.seats) seats, taken for higher goals)"
          }
          if let act = f.scenario.activities.first(where: { $0.id == a }),
            row.work.contains(where: { $0.day == act.day && $0.time.overlaps(act.time) })
          {
            return "\(a) clashes with their work on \(act.day.rawValue)"
          }
          return "\(a) was dropped for a higher goal"
        }
        out.append(
          PlanChange(
            participant: row.id, kind: .sessionsChanged, from: before.joined(separator: ","),
            to: row.activities.joined(separator: ","),
            reason: why.isEmpty ? "a session more this week" : why.joined(separator: "; ")))
      }
    }
    return out
  }

  static func workText(_ w: [Weekday: TimeWindow]) -> String {
    w.isEmpty
      ? "none"
      : w.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
        .joined(separator: ", ")
  }

  static func workReason(
    _ before: [Weekday: TimeWindow], _ now: [Weekday: TimeWindow], _ part: Participant,
    _ opts: ParticipantOptions, _ f: Formulation
  ) -> String {
    let total = now.values.reduce(0) { $0 + $1.hours }
    let last = before.values.reduce(0) { $0 + $1.hours }
    if abs(total - part.hours.target) < 1e-6 && abs(last - part.hours.target) > 1e-6 {
      return "the agreed hours are now \(fmt(part.hours.target)) h a week"
    }
    let lost = before.keys.filter { now[$0] == nil }.sorted()
    if let d = lost.first {
      let usable = opts.placements.flatMap(\.days).contains { $0.day == d }
      return usable
        ? "\(d.rawValue) was given up for a higher goal"
        : "\(d.rawValue) no longer fits their availability and the company's days"
    }
    return "the same days at other hours, for a higher goal"
  }
}

extension Formulation {
  /// Terms of voluntary changes against last week: `1 - x[p,c]` for a company that is still
  /// an option and `1 - m[p,k]` for a mentor who still is. Forced changes (limit reached,
  /// company gone) are not counted.
  func voluntaryChangeTerms() -> (terms: [(Variable, Double)], count: Int) {
    var terms: [(Variable, Double)] = []
    for p in participants.indices where participants[p].isActiveEnrolled {
      let ref = reference[participants[p].id]
      if let c = ref?.company, let i = placementOf(p, company: c) {
        terms.append((placements[i].x, -1))
      }
      if let k = ref?.mentor, let i = mentorOf(p, mentor: k) {
        terms.append((mentors[i].m, -1))
      }
    }
    return (terms, terms.count)
  }
}
