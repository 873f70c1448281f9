import Foundation
import MilenModel

extension Checker {
  // MARK: Moves to approve

  /// The plan's moves to approve name people and companies of the scenario, only people on the
  /// placement track, and never a lock that a ban of the scenario forbids (rule 8): a move is
  /// offered only when approving it keeps every rule.
  mutating func checkMoves() {
    for (i, move) in (plan.moves ?? []).enumerated() {
      let label = "move \(i + 1)"
      for lock in move.locks {
        let p = scenario.participants.first { $0.id == lock.participant }
        guard let p else {
          add(
            .consistency,
            "\(label) moves \(lock.participant), who is not a participant of the scenario",
            participants: [lock.participant])
          continue
        }
        if companies[lock.company] == nil {
          add(
            .consistency,
            "\(label) moves \(who(p.id)) to \(lock.company), which is not a company of the "
              + "scenario", participants: [p.id], places: [lock.company])
        }
        if p.track != .placement {
          add(
            .tracks,
            "\(label) moves \(who(p.id)) to \(lock.company), but their track is not "
              + "placement", participants: [p.id], places: [lock.company])
        }
        if scenario.bans.contains(where: { $0.participant == p.id && $0.company == lock.company }) {
          add(
            .locksAndBans,
            "\(label) moves \(who(p.id)) to \(lock.company), where they are banned",
            participants: [p.id], places: [lock.company])
        }
      }
      if Set(move.locks.map(\.participant)).count != move.locks.count {
        add(.consistency, "\(label) locks the same person twice")
      }
    }
  }
}
