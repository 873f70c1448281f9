import Foundation
import GLPK
import MilenModel

/// Week to week: rolling a week forward into the next week's scenario, checking a previous
/// plan against this week's scenario (rule 10), and the changes since last week.
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

  /// Why a previous plan cannot be used with this week's scenario (rule 10 and the weeks), or
  /// an empty list. The previous plan must be of this week (a replan) or of the week before;
  /// everyone it has enrolled or admitted must be enrolled here (or leave on purpose with
  /// `exit`), unless it is a replan of the same week, where an admission may change.
  public static func previousProblems(_ s: Scenario, previous prev: Plan)
    -> [PreviousPlanProblem]
  {
    guard let week = IsoWeek(parsing: s.week) else { return [] }
    let same = prev.week == s.week
    if !same && prev.week != week.previous.description {
      return [
        .wrongWeek(plan: prev.week, scenario: s.week, lastWeek: week.previous.description)
      ]
    }
    var problems: [PreviousPlanProblem] = []
    let here = Dictionary(s.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for row in prev.participants {
      let kept =
        same ? row.status == .enrolled : (row.status == .enrolled || row.status == .admitted)
      guard kept else { continue }
      guard let p = here[row.id] else {
        problems.append(
          .missing(participant: row.id, name: row.name, status: row.status, week: prev.week))
        continue
      }
      if p.enrolment != .enrolled {
        problems.append(
          .notEnrolled(
            participant: row.id, name: row.name, status: row.status, week: prev.week,
            enrolment: p.enrolment))
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
            reason: .ended(reason: part.exit?.reason ?? .other, on: part.exit?.on)))
        continue
      }
      if row.status == .admitted && reference[row.id]?.status != .admitted {
        out.append(
          PlanChange(
            participant: row.id, kind: .admitted, reason: .admitted(referredOn: part.referredOn)))
      }
      guard row.status != .waiting, let old = reference[row.id] else { continue }
      func whyLeft(_ c: String, wish: Int?) -> ChangeReason {
        if let why = opts.excludedCompanies.first(where: { $0.company == c }) {
          return .companyExcluded(why, wish: wish)
        }
        if part.track != .placement { return .trackNow(part.track) }
        return .companyUsedByHigherGoal(company: c, wish: wish)
      }
      switch (old.company, row.company) {
      case (let a?, let b?) where a != b:
        let wish = part.wishes.companies.firstIndex(of: b).map { $0 + 1 }
        out.append(
          PlanChange(
            participant: row.id, kind: .moved, from: .company(a), to: .company(b),
            reason: whyLeft(a, wish: wish)))
      case (let a?, nil):
        out.append(
          PlanChange(
            participant: row.id, kind: .unplaced, from: .company(a),
            reason: whyLeft(a, wish: nil)))
      case (nil, let b?):
        out.append(
          PlanChange(
            participant: row.id, kind: .placed, to: .company(b),
            reason: .placementFits(company: b)))
      case (let a?, let b?) where a == b:
        var now: [Weekday: TimeWindow] = [:]
        for w in row.work { now[w.day] = w.time }
        if let before = old.work, before != now {
          out.append(
            PlanChange(
              participant: row.id, kind: .workChanged, from: .work(workDays(before)),
              to: .work(workDays(now)),
              reason: workReason(before, now, part, company: a, f)))
        }
      default: break
      }
      // A legal limit reached is a note of the week (PlanDecoder), not a change.
      switch (old.mentor, row.mentor) {
      case (let a?, let b?) where a != b:
        let stillFits = f.mentorOf(p, mentor: a) != nil
        out.append(
          PlanChange(
            participant: row.id, kind: .mentorChanged, from: .mentor(a), to: .mentor(b),
            reason: stillFits ? .mentorHadNoRoom(mentor: a) : .mentorNoLongerFits(mentor: a)))
      case (nil, let b?):
        out.append(
          PlanChange(
            participant: row.id, kind: .mentorAdded, to: .mentor(b), reason: .mentorNeeded))
      case (let a?, nil):
        out.append(
          PlanChange(
            participant: row.id, kind: .mentorEnded, from: .mentor(a),
            reason: part.needs.mentorHours > 0 ? .noMentorRoom : .noMentorHoursNeeded))
      case (let a?, let b?) where a == b:
        if let h = old.mentorHours, abs(h - row.mentorHours) > 1e-6 {
          out.append(
            PlanChange(
              participant: row.id, kind: .mentorHoursChanged, from: .hours(h),
              to: .hours(row.mentorHours),
              reason: abs(row.mentorHours - part.needs.mentorHours) < 1e-6
                ? .mentorHoursNow(part.needs.mentorHours) : .mentorNoMoreHours(mentor: a)))
        }
      default: break
      }
      if let before = old.activities, Set(before) != Set(row.activities) {
        let dropped = before.filter { !row.activities.contains($0) }
        let why = dropped.map { a -> DroppedSession in
          if !f.activitiesOf[p].contains(where: {
            f.scenario.activities[f.activities[$0].option.activity].id == a
          }) {
            return DroppedSession(activity: a, why: .noLongerFits)
          }
          if let load = plan.activities.first(where: { $0.id == a }),
            load.attendees.count >= load.seats
          {
            return DroppedSession(activity: a, why: .full(seats: load.seats))
          }
          if let act = f.scenario.activities.first(where: { $0.id == a }),
            row.work.contains(where: { $0.day == act.day && $0.time.overlaps(act.time) })
          {
            return DroppedSession(activity: a, why: .clashesWithWork(act.day))
          }
          return DroppedSession(activity: a, why: .higherGoal)
        }
        out.append(
          PlanChange(
            participant: row.id, kind: .sessionsChanged, from: .sessions(before),
            to: .sessions(row.activities),
            reason: why.isEmpty ? .sessionAdded : .sessionsDropped(why)))
      }
    }
    return out
  }

  /// Work days in weekday order.
  static func workDays(_ w: [Weekday: TimeWindow]) -> [WorkDay] {
    w.sorted { $0.key < $1.key }.map { WorkDay(day: $0.key, time: $0.value) }
  }

  /// Why the work days or hours at the same company changed. A day that no longer fits says
  /// whether the company is closed then or the participant is not available (a closed day is
  /// a closed day, not a day given up).
  static func workReason(
    _ before: [Weekday: TimeWindow], _ now: [Weekday: TimeWindow], _ part: Participant,
    company: String, _ f: Formulation
  ) -> ChangeReason {
    let total = now.values.reduce(0) { $0 + $1.hours }
    let last = before.values.reduce(0) { $0 + $1.hours }
    if abs(total - part.hours.target) < 1e-6 && abs(last - part.hours.target) > 1e-6 {
      return .agreedHoursNow(part.hours.target)
    }
    let lost = before.keys.filter { now[$0] == nil }.sorted()
    if let d = lost.first {
      guard let c = f.scenario.companies.first(where: { $0.id == company }) else {
        return .dayGivenUp(d)
      }
      if c.open[d] == nil || c.slots(on: d) <= 0 {
        return .dayNoLongerFits(d, because: .closedOn(d))
      }
      guard let a = part.availability[d], let o = c.open[d], a.intersection(o) != nil else {
        return .dayNoLongerFits(d, because: .unavailableOn(d))
      }
      return .dayGivenUp(d)
    }
    return .otherHours
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
