import GLPK
import MilenModel

/// The goal levels in priority order (docs/formulation.md); a higher level is never traded
/// for a lower one.
public enum GoalLevel: Int, CaseIterable, Sendable {
  /// 1. At least the break-even number of participants enrolled or admitted.
  case breakEven = 1
  /// 2. Mentor hours needed are given; social sessions reach the wanted number.
  case needs
  /// 3. Keep what runs: ongoing placements and current mentors that still fit are kept.
  case keep
  /// 4. Placement participants placed at their agreed hours; admissions in referral order.
  case work
  /// 5. Wished companies and activities; the same company, days, hours, mentor and sessions
  /// as last week.
  case wishes

  /// Short name, used in plans and reports.
  public var name: String {
    switch self {
    case .breakEven: return "breakEven"
    case .needs: return "needs"
    case .keep: return "keepWhatRuns"
    case .work: return "work"
    case .wishes: return "wishesAndStability"
    }
  }
}

/// Weights inside one goal level (documented in docs/formulation.md).
enum Weights {
  /// Level 4: one placement counts 1; hours toward the agreed hours at most this much a person.
  static let hoursShare = 0.5
  /// Level 4: an admission counts 1, plus this much at most for an early referral date.
  static let referralOrder = 0.001
  /// Level 5: wished companies by rank (1st, 2nd, 3rd and later).
  static let wishRank: [Double] = [3, 2, 1]
  /// Level 5: a wished activity.
  static let wishedActivity = 1.0
  /// Level 5: the company's tasks match the participant's skills or interests.
  static let taskMatch = 0.5
  /// Level 5: the activity's tags match the participant's interests.
  static let interestMatch = 0.25
  /// Level 5: the same company as last week. Above the best a wish can add (3 + 0.5), so a
  /// wish never moves someone who is settled.
  static let sameCompany = 4.0
  /// Level 5: the same mentor as last week.
  static let sameMentor = 4.0
  /// Level 5: the same session as last week. Above what a wished session adds (1 + 0.25).
  static let sameSession = 2.0
  /// Level 5: the same work day at the same company as last week.
  static let sameDay = 1.0
  /// Level 5: per hour of last week's hours kept on a day.
  static let sameHour = 0.5
  /// Level 5: per mentor hour and per social session (up to the wanted number) given to a
  /// participant admitted this week: above any wish, as needs come before wishes.
  static let admittedNeed = 5.0
  /// Level 5: the coordinator's teaching day (an activity of kind `teaching`): everyone who
  /// is not at work then is expected (model.md). Above any wish; below work, which level 4
  /// has already settled, so a placement's hours are never given up for it.
  static let teachingDay = 6.0
}

extension Formulation {
  /// Builds the five goal expressions (all maximised) and the rows that define their slacks.
  mutating func addGoals() {
    let s = scenario
    // Level 1: shortfall >= breakEven - enrolled - sum admit.
    let enrolled = participants.filter(\.isActiveEnrolled).count
    var g1 = Expression()
    if let sf = shortfall {
      let terms = [(sf, 1.0)] + admit.sorted { $0.key < $1.key }.map { ($0.value, 1.0) }
      let r = model.addConstraint(
        "break_even", terms, .greaterOrEqual(Double(s.programme.breakEven - enrolled)))
      family(.breakEven, [(r, .breakEven)])
      g1.add(sf, -1)
    }
    // Level 2: unmet mentor hours and missing social sessions of the enrolled, counted where
    // the plan can meet them (sessions up to the number that fit, mentor hours when some
    // mentor fits). Referrals do not count here: admitting someone must neither raise nor
    // lower this level, so needs decide no admission (rule 9); the needs of those admitted
    // count in level 5, after admissions are settled in referral order.
    var g2 = Expression()
    var admittedNeeds = Expression()
    for p in participants.indices {
      let need = participants[p].needs.mentorHours
      if need > 0 && !mentorsOf[p].isEmpty {
        if admit[p] == nil {
          g2.constant -= need
          for i in mentorsOf[p] { g2.add(mentors[i].g, 1) }
        } else {
          for i in mentorsOf[p] { admittedNeeds.add(mentors[i].g, Weights.admittedNeed) }
        }
      }
      let wanted = Double(min(s.policy.socialSessionsPerWeek, activitiesOf[p].count))
      if let miss = missing[p] {
        let terms = [(miss, 1.0)] + activitiesOf[p].map { (activities[$0].y, 1.0) }
        model.addConstraint("sessions[\(pid(p))]", terms, .greaterOrEqual(wanted))
        g2.add(miss, -1)
      } else if let got = sessionsGiven[p] {
        let terms = [(got, 1.0)] + activitiesOf[p].map { (activities[$0].y, -1.0) }
        model.addConstraint("sessions_given[\(pid(p))]", terms, .lessOrEqual(0))
        admittedNeeds.add(got, Weights.admittedNeed)
      }
    }
    // Level 3: keep what runs (ongoing placements and current mentors that still fit).
    var g3 = Expression()
    for (p, part) in participants.enumerated() where part.isActiveEnrolled {
      if let c = part.current.company, let i = placementOf(p, company: c) {
        g3.add(placements[i].x, 1)
      }
      if let k = part.current.mentor, let i = mentorOf(p, mentor: k) {
        g3.add(mentors[i].m, 1)
      }
    }
    // Level 4: placements at the agreed hours, admissions in referral order.
    var g4 = Expression()
    for pv in placements {
      g4.add(pv.x, 1)
      let target = participants[pv.option.participant].hours.target
      if target > 0 {
        for d in pv.days { g4.add(d.h, Weights.hoursShare / target) }
      }
    }
    let queue = s.waitingListOrder
    for (rank, p) in queue.enumerated() {
      let bonus = Weights.referralOrder * Double(queue.count - rank) / Double(queue.count)
      g4.add(admit[p]!, 1 + bonus)
    }
    // Level 5: wishes and stability against last week (`reference`), and the needs of those
    // admitted this week.
    var g5 = admittedNeeds
    for pv in placements {
      let part = participants[pv.option.participant]
      let c = s.companies[pv.option.company]
      if let rank = part.wishes.companies.firstIndex(of: c.id) {
        g5.add(pv.x, Weights.wishRank[min(rank, Weights.wishRank.count - 1)])
      }
      if !Set(c.tasks).isDisjoint(with: part.skills + part.interests) {
        g5.add(pv.x, Weights.taskMatch)
      }
      guard let ref = reference[part.id], ref.company == c.id else { continue }
      g5.add(pv.x, Weights.sameCompany)
      guard let work = ref.work else { continue }
      for d in pv.days {
        guard let last = work[d.window.day] else { continue }
        g5.add(d.w, Weights.sameDay)
        // kept <= h and kept <= last week's hours: rewards keeping the hours of the day.
        let cap = min(last.hours, d.window.window.hours)
        let keep = model.addVariable(
          "kept_hours[\(part.id),\(c.id),\(d.window.tag)]", lower: 0, upper: cap)
        keptHours.append((keep, d.h, cap))
        model.addConstraint(
          "kept_hours[\(part.id),\(c.id),\(d.window.tag)]", [(keep, 1), (d.h, -1)],
          .lessOrEqual(0))
        g5.add(keep, Weights.sameHour)
      }
    }
    // Even days: the days of each participant who could work two days or more, evened out
    // after level 5 with its value held (``Planner/evenDays``), not weighed inside it.
    for (p, part) in participants.enumerated() where !placementsOf[p].isEmpty {
      let least = s.policy.shortestWorkDay(for: part)
      guard part.hours.target + 1e-9 >= 2 * least else { continue }
      let blocks = placementsOf[p].flatMap { placements[$0].days }
      evenDays.append(
        EvenDays(
          participant: p, hours: blocks.map(\.h),
          top: blocks.map(\.window.window.hours).max() ?? 0))
    }
    for mv in mentors {
      let part = participants[mv.option.participant]
      if reference[part.id]?.mentor == s.mentors[mv.option.mentor].id {
        g5.add(mv.m, Weights.sameMentor)
      }
    }
    for av in activities {
      let part = participants[av.option.participant]
      let act = s.activities[av.option.activity]
      if part.wishes.activities.contains(act.id) { g5.add(av.y, Weights.wishedActivity) }
      if !Set(act.tags).isDisjoint(with: part.interests) { g5.add(av.y, Weights.interestMatch) }
      if reference[part.id]?.activities?.contains(act.id) == true {
        g5.add(av.y, Weights.sameSession)
      }
      if act.kind == .teaching { g5.add(av.y, Weights.teachingDay) }
    }
    goals = [
      Goal(priority: 1, name: GoalLevel.breakEven.name, expression: g1),
      Goal(priority: 2, name: GoalLevel.needs.name, expression: g2),
      Goal(priority: 3, name: GoalLevel.keep.name, expression: g3),
      Goal(priority: 4, name: GoalLevel.work.name, expression: g4),
      Goal(priority: 5, name: GoalLevel.wishes.name, expression: g5),
    ]
  }

  /// The placement option of participant `p` at company id `c`, if there is one.
  func placementOf(_ p: Int, company c: String) -> Int? {
    placementsOf[p].first { scenario.companies[placements[$0].option.company].id == c }
  }

  /// The mentor option of participant `p` with mentor id `k`, if there is one.
  func mentorOf(_ p: Int, mentor k: String) -> Int? {
    mentorsOf[p].first { scenario.mentors[mentors[$0].option.mentor].id == k }
  }
}
