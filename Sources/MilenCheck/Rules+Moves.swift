import Foundation
import MilenModel

extension Checker {
  // MARK: Moves to approve

  /// The plan's moves to approve name people and companies of the scenario, only people on the
  /// placement track, and never a lock that a ban of the scenario forbids (rule 8): a move is
  /// offered only when approving it keeps every rule.
  mutating func checkMoves() {
    for (i, move) in (plan.moves ?? []).enumerated() {
      let n = i + 1
      for lock in move.locks {
        let p = scenario.participants.first { $0.id == lock.participant }
        guard let p else {
          add(
            .consistency, .moveUnknownParticipant(move: n, participant: lock.participant),
            participants: [lock.participant])
          continue
        }
        if companies[lock.company] == nil {
          add(
            .consistency, .moveUnknownCompany(move: n, participant: p.id, company: lock.company),
            participants: [p.id], places: [lock.company])
        }
        if p.track != .placement {
          add(
            .tracks, .moveNotPlacement(move: n, participant: p.id, company: lock.company),
            participants: [p.id], places: [lock.company])
        }
        if scenario.bans.contains(where: { $0.participant == p.id && $0.company == lock.company }) {
          add(
            .locksAndBans, .moveToBan(move: n, participant: p.id, company: lock.company),
            participants: [p.id], places: [lock.company])
        }
      }
      if Set(move.locks.map(\.participant)).count != move.locks.count {
        add(.consistency, .moveLocksTwice(move: n))
      }
    }
  }
}
