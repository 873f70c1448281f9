import Foundation
import GLPK
import MilenModel

/// Checking a previous plan against this week's scenario (rule 10 and the weeks).
enum PreviousPlan {
  /// Why a previous plan cannot be used with this week's scenario (rule 10 and the weeks), or
  /// an empty list. The previous plan must be of this week (a replan) or of the week before;
  /// everyone it has enrolled or admitted must be enrolled here (or leave on purpose with
  /// `exit`), unless it is a replan of the same week, where an admission may change.
  static func problems(_ s: Scenario, previous prev: Plan) -> [PreviousPlanProblem] {
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
