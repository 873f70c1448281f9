import GLPK
import MilenModel

/// What a participant had last week: the company with its days and hours, the mentor and the
/// sessions. Stability (goal 5) prefers the same, and the plan's changes are listed against it.
/// Taken from `--previous` when given, else from the scenario's `current` state.
struct ReferenceWeek: Sendable, Hashable {
  var company: String?
  /// Days and hours at `company` (nil: not known).
  var work: [Weekday: TimeWindow]?
  var mentor: String?
  var mentorHours: Double?
  /// Sessions (nil: not known).
  var activities: [String]?
  /// Last week's status, when taken from a plan.
  var status: ParticipantStatus?

  /// Last week as the scenario's state records it.
  static func fromScenario(_ s: Scenario) -> [String: ReferenceWeek] {
    var out: [String: ReferenceWeek] = [:]
    for p in s.participants where out[p.id] == nil {
      out[p.id] = ReferenceWeek(
        company: p.current.company, work: p.current.company == nil ? nil : p.current.work,
        mentor: p.current.mentor, mentorHours: nil, activities: p.current.activities,
        status: nil)
    }
    return out
  }

  /// Last week as a plan has it.
  static func fromPlan(_ plan: Plan) -> [String: ReferenceWeek] {
    var out: [String: ReferenceWeek] = [:]
    for r in plan.participants where out[r.id] == nil {
      var work: [Weekday: TimeWindow] = [:]
      for w in r.work { work[w.day] = w.time }
      out[r.id] = ReferenceWeek(
        company: r.company, work: r.company == nil ? nil : work, mentor: r.mentor,
        mentorHours: r.mentor == nil ? nil : r.mentorHours, activities: r.activities,
        status: r.status)
    }
    return out
  }
}

/// Rules of the referral order (rule 9) added after a solve whose waiting reasons did not
/// hold: `admit[later] <= admit[earlier]` for pairs in one model, and admissions that must
/// happen (an earlier referral that could have been served while a later one in another
/// part was admitted).
struct ReferralRules: Sendable, Hashable {
  /// Pairs of participant ids (earlier, later).
  var pairs: [Pair] = []
  /// Participant ids that must be admitted.
  var admit: [String] = []

  struct Pair: Sendable, Hashable {
    var earlier: String
    var later: String
  }

  var isEmpty: Bool { pairs.isEmpty && admit.isEmpty }
}

extension Formulation {
  /// Hard rule 9 (referral order), for the pairs and admissions an earlier solve's waiting
  /// reasons showed to be needed.
  mutating func addReferralOrderRows() {
    var index: [String: Int] = [:]
    for (p, part) in participants.enumerated() where index[part.id] == nil { index[part.id] = p }
    var rows: [(Constraint, String)] = []
    // In referral order, a later referral is admitted only if every earlier one that could
    // take their place is: one with some option, whose follow-up costs no more. (An earlier
    // one who costs more may wait for the coordinator's hours; the reason says so.)
    let queue = scenario.waitingListOrder.filter { admit[$0] != nil }
    for (k, e) in queue.enumerated() {
      let opts = options.byParticipant[e]
      guard !(opts.placements.isEmpty && opts.mentors.isEmpty && opts.activities.isEmpty) else {
        continue
      }
      let cost = scenario.coordinator.followUp(for: participants[e].track)
      // The next later one of no greater cost suffices: the rows chain.
      guard
        let l = queue[(k + 1)...].first(where: {
          scenario.coordinator.followUp(for: participants[$0].track) >= cost - 1e-9
        })
      else { continue }
      rows.append(
        (
          model.addConstraint(
            "referral_order[\(pid(e)),\(pid(l))]", [(admit[l]!, 1), (admit[e]!, -1)],
            .lessOrEqual(0)),
          "\(pid(l)) is admitted only if \(pid(e)), referred earlier, is"
        ))
    }
    for pair in referralRules.pairs {
      guard let e = index[pair.earlier], let l = index[pair.later], let ae = admit[e],
        let al = admit[l]
      else { continue }
      rows.append(
        (
          model.addConstraint(
            "referral_order[\(pair.earlier),\(pair.later)]", [(al, 1), (ae, -1)], .lessOrEqual(0)),
          "\(pair.later) is admitted only if \(pair.earlier), referred earlier, is"
        ))
    }
    for id in referralRules.admit {
      guard let p = index[id], let a = admit[p] else { continue }
      rows.append(
        (
          model.addConstraint("referral_admit[\(id)]", [(a, 1)], .greaterOrEqual(1)),
          "\(id) is admitted: a later referral is"
        ))
    }
    family("referral order", rule: "referral order", rows)
  }
}
