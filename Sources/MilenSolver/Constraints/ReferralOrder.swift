import GLPK
import MilenModel

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
    var rows: [(Constraint, ConflictRow)] = []
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
          .referralOrder(later: pid(l), earlier: pid(e))
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
          .referralOrder(later: pair.later, earlier: pair.earlier)
        ))
    }
    for id in referralRules.admit {
      guard let p = index[id], let a = admit[p] else { continue }
      rows.append(
        (
          model.addConstraint("referral_admit[\(id)]", [(a, 1)], .greaterOrEqual(1)),
          .referralAdmit(participant: id)
        ))
    }
    family(.referralOrder, rows)
  }
}
