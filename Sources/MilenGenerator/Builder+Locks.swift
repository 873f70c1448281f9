import MilenModel

extension Builder {
  /// A few locks agreed face to face (an enrolled placement participant at a company of their
  /// town that fits on every hard rule, at most one lock per company, sometimes on given days)
  /// and a few bans (never on a locked pair).
  mutating func makeLocksAndBans() {
    let placement = scenario.participants.indices.filter {
      let p = scenario.participants[$0]
      return p.track == .placement && p.enrolment == .enrolled
    }
    let wantedLocks =
      placement.isEmpty ? 0 : max(1, Int((Double(placement.count) * 0.04).rounded()))
    let townOf = townIndexByParticipant()
    var lockedCompanies: Set<String> = []
    var locked: [String: String] = [:]
    for pi in rng.shuffled(placement) where scenario.locks.count < wantedLocks {
      let p = scenario.participants[pi]
      var candidates: [(company: Company, days: [(day: Weekday, window: TimeWindow)])] = []
      for ci in towns[townOf[pi]].companies {
        let c = scenario.companies[ci]
        guard !lockedCompanies.contains(c.id), let days = Fit.workDays(p, at: c) else { continue }
        candidates.append((c, days))
      }
      guard !candidates.isEmpty else { continue }
      // Continuity first: the current company or the first wish, when they fit.
      let preferred = [p.current.company, p.wishes.companies.first].compactMap { $0 }
      let choice =
        candidates.first { preferred.contains($0.company.id) } ?? rng.pick(candidates)
      var days: [Weekday] = []
      if rng.chance(0.5) {
        // Rule 5: each locked day holds at least the shortest work day, so a lock names no
        // day shorter than that, and no more days than the agreed hours fill.
        let least = scenario.policy.shortestWorkDay(for: p)
        let long = choice.days.filter { $0.window.hours + 1e-9 >= least }.map(\.day)
        let most = min(2, long.count, least > 0 ? Int((p.hours.target + 1e-9) / least) : 2)
        if most >= 1 { days = rng.sample(long, rng.int(1...most)) }
      }
      scenario.locks.append(Lock(participant: p.id, company: choice.company.id, days: days))
      lockedCompanies.insert(choice.company.id)
      locked[p.id] = choice.company.id
    }

    let people = scenario.participants.count
    let wantedBans = placement.isEmpty ? 0 : max(1, Int((Double(people) * 0.02).rounded()))
    var banned: Set<String> = []
    var attempts = 0
    while scenario.bans.count < wantedBans && attempts < wantedBans * 10 {
      attempts += 1
      let pi = rng.pick(placement)
      let p = scenario.participants[pi]
      let town = towns[townOf[pi]]
      guard !town.companies.isEmpty else { continue }
      // Often the current company ("it did not work out there"), else any local firm.
      let company =
        p.current.company != nil && rng.chance(0.4)
        ? p.current.company! : scenario.companies[rng.pick(town.companies)].id
      let key = "\(p.id)|\(company)"
      guard locked[p.id] != company, banned.insert(key).inserted else { continue }
      scenario.bans.append(Ban(participant: p.id, company: company))
    }
  }

  func townIndexByParticipant() -> [Int] {
    var out = Array(repeating: 0, count: scenario.participants.count)
    for t in towns { for pi in t.participants { out[pi] = t.index } }
    return out
  }
}
