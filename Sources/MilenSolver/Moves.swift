import MilenModel

/// Moves the coordinator may approve (docs/moves.md): where a company that someone wishes for
/// or needs is full, a move of one person who holds a place there to another company that fits
/// them, which places both. The plan never makes such a trade by itself (goal 3 keeps running
/// placements; goal 5 weighs wishes after work); each move found is verified by planning the
/// week with its two locks, and offered only when that plan keeps every hard rule (the
/// independent checker, when set), places both people where the locks say, and leaves nobody
/// else without the placement or admission they had.
enum Moves {
  /// Re-plans per week (or part of a week) spent on finding moves, by default.
  static let defaultBudget = 4
}

extension Explainer {
  /// The moves found for the plan's blocked people, in participant order, within `budget`
  /// re-plans.
  mutating func moves(budget limit: Int) -> [Move] {
    var spent = 0
    var found: [Move] = []
    var involved = Set<String>()
    for (p, part) in s.participants.enumerated() where part.track == .placement {
      guard let row = rows[part.id], row.status == .enrolled || row.status == .admitted,
        !involved.contains(part.id)
      else { continue }
      for target in blockedTargets(p, row) {
        guard spent < limit else { return found }
        guard let b = companyBinding(p, target) else { continue }
        let company = s.companies[target].id
        var tried = false
        for holder in b.binding.holders.map(\.participant) where !involved.contains(holder) {
          guard let q = s.participants.firstIndex(where: { $0.id == holder }),
            let destination = destinations(for: q, leaving: target, freedBy: row).first
          else { continue }
          guard spent < limit else { return found }
          spent += 1
          tried = true
          if let move = verifiedMove(p, to: company, q, to: destination) {
            found.append(move)
            involved.formUnion([part.id, holder])
            break
          }
        }
        if tried { break }
      }
    }
    return found
  }

  /// The companies a move could serve `p` at: with no placement, the fitting companies (wishes
  /// first); placed, their wished companies ranked above where they are.
  func blockedTargets(_ p: Int, _ row: ParticipantWeek) -> [Int] {
    let fitting = fittingCompanies(p)
    guard let here = row.company else { return fitting }
    let wishes = s.participants[p].wishes.companies
    let rank = wishes.firstIndex(of: here) ?? wishes.count
    let higher = Set(wishes.prefix(rank))
    return fitting.filter { higher.contains(s.companies[$0].id) }
  }

  /// Where the holder `q` could go instead of company `leaving`: the companies that fit them,
  /// their wishes first, with a weekly place free in the plan, or freed by `p` (a swap). When
  /// `p` already works (the move is for their wish), only companies `q` wishes for at least as
  /// much as `leaving`: a move that trades one person's wish for another's serves nobody.
  func destinations(for q: Int, leaving: Int, freedBy p: ParticipantWeek) -> [String] {
    let wishes = s.participants[q].wishes.companies
    let leavingRank = wishes.firstIndex(of: s.companies[leaving].id) ?? Int.max
    return fittingCompanies(q).compactMap { c -> String? in
      guard c != leaving else { return nil }
      let id = s.companies[c].id
      if p.company != nil && (wishes.firstIndex(of: id) ?? Int.max) > leavingRank { return nil }
      if p.company == id { return id }
      guard let load = plan.companies.first(where: { $0.id == id }),
        load.participants.count < min(load.slots, load.legalRoom)
      else { return nil }
      return id
    }
  }

  /// Plans the week with `p` at `company` and `q` at `destination`; the move when that plan
  /// keeps every rule, places both there and takes nothing from anyone else.
  mutating func verifiedMove(_ p: Int, to company: String, _ q: Int, to destination: String)
    -> Move?
  {
    let pid = s.participants[p].id
    let qid = s.participants[q].id
    let locks = [
      MoveLock(participant: pid, company: company),
      MoveLock(participant: qid, company: destination),
    ]
    var move = Move(locks: locks, effects: [], blockedBy: .keepWhatRuns)
    let changed = move.applied(to: s)
    guard let other = replan(changed, around: p, why: "move \(locks)") else { return nil }
    if let verify = options.verify,
      !verify(partScenario(s, around: p), other, options.previous).isEmpty
    {
      return nil
    }
    let after = Dictionary(
      other.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    guard after[pid]?.company == company, after[qid]?.company == destination else { return nil }
    for r in other.participants where r.id != pid && r.id != qid {
      guard let before = rows[r.id] else { continue }
      if before.company != nil && r.company == nil { return nil }
      if before.status == .admitted && r.status != .admitted { return nil }
    }
    let base = [pid, qid].compactMap { rows[$0] }
    guard base.count == 2, let pa = after[pid], let qa = after[qid] else { return nil }
    // Placed where they were but in worse shape (fewer hours) is no gain for `p`.
    if base[0].company != nil && pa.workHours < base[0].workHours - 1e-6 { return nil }
    move.effects = [
      MoveEffect(
        participant: pid, before: situation(p, base[0]), after: situation(p, pa)),
      MoveEffect(
        participant: qid, before: situation(q, base[1]), after: situation(q, qa)),
    ]
    // Goal 3 keeps a running placement; anything else the plan weighed under wishes.
    if s.participants[q].current.company != company || s.participants[q].current.placementWeeks == 0
    {
      move.blockedBy = .wishes
    }
    return move
  }

  /// A person's placement in a plan, as a move changes it.
  func situation(_ p: Int, _ row: ParticipantWeek) -> MoveSituation {
    let wishes = s.participants[p].wishes.companies
    return MoveSituation(
      company: row.company, hours: row.workHours,
      wish: row.company.flatMap { wishes.firstIndex(of: $0) }.map { $0 + 1 },
      week: row.placementWeek)
  }
}
