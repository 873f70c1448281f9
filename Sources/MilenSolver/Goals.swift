import GLPK
import MilenModel

/// The goal levels in priority order; a higher level is never traded for a lower one.
public enum GoalLevel: Int, CaseIterable, Sendable {
  /// 1. At least the break-even number of participants enrolled or admitted.
  case breakEven = 1
  /// 2. Mentor hours needed are given; social sessions reach the wanted number.
  case needs
  /// 3. Placement participants placed, hours toward their maximum, admissions in order.
  case work
  /// 4. Wished companies and activities, same company and mentor as last week.
  case wishes

  /// Short name, used in plans and reports.
  public var name: String {
    switch self {
    case .breakEven: return "breakEven"
    case .needs: return "needs"
    case .work: return "work"
    case .wishes: return "wishesAndContinuity"
    }
  }
}

/// Weights inside one goal level (documented in docs/formulation.md).
enum Weights {
  /// Level 3: one placement counts 1; hours toward the maximum at most this much a person.
  static let hoursShare = 0.5
  /// Level 3: an admission counts 1, plus this much at most for an early referral date.
  static let referralOrder = 0.001
  /// Level 4: wished companies by rank (1st, 2nd, 3rd and later).
  static let wishRank: [Double] = [3, 2, 1]
  /// Level 4: a wished activity.
  static let wishedActivity = 1.0
  /// Level 4: the same company as now.
  static let sameCompany = 2.0
  /// Level 4: the same mentor as now.
  static let sameMentor = 2.0
  /// Level 4: the company's tasks match the participant's skills or interests.
  static let taskMatch = 0.5
  /// Level 4: the activity's tags match the participant's interests.
  static let interestMatch = 0.25
}

extension Formulation {
  /// Builds the four goal expressions (all maximised) and the rows that define their slacks.
  mutating func addGoals() {
    let s = scenario
    // Level 1: shortfall >= breakEven - enrolled - sum admit.
    let enrolled = participants.filter { $0.enrolment == .enrolled }.count
    var g1 = Expression()
    if let sf = shortfall {
      let terms = [(sf, 1.0)] + admit.sorted { $0.key < $1.key }.map { ($0.value, 1.0) }
      let r = model.addConstraint(
        "break_even", terms, .greaterOrEqual(Double(s.programme.breakEven - enrolled)))
      family("break-even", rule: "goal 1", [(r, "participants short of break-even")])
      g1.add(sf, -1)
    }
    // Level 2: unmet mentor hours and missing social sessions, counted where the plan can
    // meet them: sessions up to the number that fit the participant's availability, and
    // mentor hours when some mentor fits. (The plan still reports the full shortfall.)
    var g2 = Expression()
    for p in participants.indices {
      let need = participants[p].needs.mentorHours
      if need > 0 && !mentorsOf[p].isEmpty {
        let sv = served(p, -need)
        g2.terms += sv.terms
        g2.constant += sv.constant
        for i in mentorsOf[p] { g2.add(mentors[i].g, 1) }
      }
      if let miss = missing[p] {
        let wanted = Double(min(s.policy.socialSessionsPerWeek, activitiesOf[p].count))
        var terms = [(miss, 1.0)] + activitiesOf[p].map { (activities[$0].y, 1.0) }
        if let a = admit[p] {
          terms.append((a, -wanted))
          model.addConstraint("sessions[\(pid(p))]", terms, .greaterOrEqual(0))
        } else {
          model.addConstraint("sessions[\(pid(p))]", terms, .greaterOrEqual(wanted))
        }
        g2.add(miss, -1)
      }
    }
    // Level 3: placements, hours toward the maximum, admissions in referral order.
    var g3 = Expression()
    for pv in placements {
      g3.add(pv.x, 1)
      let maxH = participants[pv.option.participant].hours.max
      if maxH > 0 {
        for d in pv.days { g3.add(d.h, Weights.hoursShare / maxH) }
      }
    }
    let queue = s.waitingListOrder
    for (rank, p) in queue.enumerated() {
      let bonus = Weights.referralOrder * Double(queue.count - rank) / Double(queue.count)
      g3.add(admit[p]!, 1 + bonus)
    }
    // Level 4: wishes and continuity.
    var g4 = Expression()
    for pv in placements {
      let part = participants[pv.option.participant]
      let c = s.companies[pv.option.company]
      if let rank = part.wishes.companies.firstIndex(of: c.id) {
        g4.add(pv.x, Weights.wishRank[min(rank, Weights.wishRank.count - 1)])
      }
      if part.current.company == c.id { g4.add(pv.x, Weights.sameCompany) }
      if !Set(c.tasks).isDisjoint(with: part.skills + part.interests) {
        g4.add(pv.x, Weights.taskMatch)
      }
    }
    for mv in mentors {
      let part = participants[mv.option.participant]
      if part.current.mentor == s.mentors[mv.option.mentor].id { g4.add(mv.m, Weights.sameMentor) }
    }
    for av in activities {
      let part = participants[av.option.participant]
      let act = s.activities[av.option.activity]
      if part.wishes.activities.contains(act.id) { g4.add(av.y, Weights.wishedActivity) }
      if !Set(act.tags).isDisjoint(with: part.interests) { g4.add(av.y, Weights.interestMatch) }
    }
    goals = [
      Goal(priority: 1, name: GoalLevel.breakEven.name, expression: g1),
      Goal(priority: 2, name: GoalLevel.needs.name, expression: g2),
      Goal(priority: 3, name: GoalLevel.work.name, expression: g3),
      Goal(priority: 4, name: GoalLevel.wishes.name, expression: g4),
    ]
  }
}
