import Foundation
import MilenModel

/// Rule 9, after the solve: for each referral who waits, the capacity or rule that kept them
/// out, in a form the independent checker can verify (``WaitingReason``). When an earlier
/// referral waits while a later one is admitted and no claim holds, the pair is returned so
/// the planner can solve again with the order enforced.
enum WaitingReasons {
  struct Outcome {
    /// The reason per waiting participant id.
    var reasons: [String: WaitingReason] = [:]
    /// A note per waiting participant id.
    var notes: [String: Note] = [:]
    /// Earlier referrals that wait while a later one is admitted without a valid reason.
    var failing: [ReferralRules.Pair] = []
  }

  static func evaluate(_ s: Scenario, _ o: ScenarioOptions, rows: [ParticipantWeek]) -> Outcome {
    var out = Outcome()
    let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let queue = s.waitingListOrder
    let figures = PlanDecoder.programme(s, rows)
    let left = figures.coordinatorHours - figures.coordinatorHoursUsed
    for (k, e) in queue.enumerated() {
      let part = s.participants[e]
      guard byID[part.id]?.status == .waiting else { continue }
      let later = queue[(k + 1)...].filter { byID[s.participants[$0].id]?.status == .admitted }
      let laterIDs = later.map { s.participants[$0].id }
      let cost = s.coordinator.followUp(for: part.track)
      let opts = o.byParticipant[e]
      func waits(_ cause: WaitingCause?) -> Note {
        .waiting(
          Waiting(position: k + 1, of: queue.count, cause: cause, laterAdmitted: laterIDs))
      }
      if opts.placements.isEmpty && opts.mentors.isEmpty && opts.activities.isEmpty {
        out.reasons[part.id] = WaitingReason(kind: .nothingFits, laterAdmitted: laterIDs)
        out.notes[part.id] = waits(.nothingFits)
        continue
      }
      let coordinatorHolds = later.allSatisfy { l in
        cost > left + s.coordinator.followUp(for: s.participants[l].track) + 1e-9
      }
      if coordinatorHolds && cost > left + 1e-9 {
        out.reasons[part.id] = WaitingReason(kind: .coordinatorHours, laterAdmitted: laterIDs)
        out.notes[part.id] = waits(.coordinatorHours(needs: cost, left: rounded(max(0, left))))
        continue
      }
      if let full = fullCapacities(e, s, o, rows: rows, without: Set(laterIDs)) {
        out.reasons[part.id] = WaitingReason(
          kind: .full, laterAdmitted: laterIDs, capacities: full.ids)
        out.notes[part.id] = waits(.full(full.capacities))
        continue
      }
      for l in laterIDs { out.failing.append(ReferralRules.Pair(earlier: part.id, later: l)) }
      out.notes[part.id] = waits(nil)
    }
    return out
  }

  /// The ids and descriptions of every activity, mentor and company that fits participant
  /// `p`, when each is full without the participants in `without`; nil when one has room.
  static func fullCapacities(
    _ p: Int, _ s: Scenario, _ o: ScenarioOptions, rows: [ParticipantWeek],
    without: Set<String>
  ) -> (ids: [String], capacities: [FullCapacity])? {
    let opts = o.byParticipant[p]
    let others = rows.filter {
      !without.contains($0.id) && ($0.status == .enrolled || $0.status == .admitted)
    }
    var ids: [String] = []
    var text: [FullCapacity] = []
    for a in opts.activities {
      let act = s.activities[a.activity]
      let taken = others.filter { $0.activities.contains(act.id) }.count
      guard taken >= act.seats else { return nil }
      ids.append(act.id)
      text.append(.activity(act.id, taken: taken, seats: act.seats))
    }
    for m in opts.mentors {
      let mentor = s.mentors[m.mentor]
      let mine = others.filter { $0.mentor == mentor.id }
      let hours = mine.reduce(0) { $0 + $1.mentorHours }
      if mine.count >= mentor.maxMentees {
        text.append(.mentorMentees(mentor.id, count: mine.count, max: mentor.maxMentees))
      } else if hours >= mentor.hoursPerWeek - 1e-9 {
        // Full only when nothing at all is left (docs/model.md, rule 9): a spare hour, or
        // any spare minute, could serve them, even below their need.
        text.append(.mentorHours(mentor.id, used: hours, total: mentor.hoursPerWeek))
      } else {
        return nil
      }
      ids.append(mentor.id)
    }
    for x in opts.placements {
      let c = s.companies[x.company]
      let here = others.filter { $0.company == c.id }
      let room = min(
        c.slots, legalPlacementRoom(ordinaryEmployees: c.ordinaryEmployees) - c.subsidisedStaff)
      if here.count >= room {
        text.append(.company(c.id, taken: here.count, room: room))
      } else if x.days.allSatisfy({ d in
        here.filter { $0.work.contains { $0.day == d.day } }.count >= c.slots(on: d.day)
      }) {
        text.append(.companyDays(c.id))
      } else {
        return nil
      }
      ids.append(c.id)
    }
    return (ids, text)
  }
}
