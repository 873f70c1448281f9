import Foundation
import GLPK
import MilenModel

/// One named constraint group of the search: a row of a hard rule (by family and row name),
/// or a lock (by its participant: validation allows one lock per participant).
struct GroupID: Hashable, Sendable {
  var family: ConflictFamily
  var key: String

  var isLock: Bool { family == .locks }
}

/// The search for every independent conflict of an impossible week: each an irreducible
/// infeasible subset (IIS) of named constraint groups, found with QuickXplain (deletion
/// filtering by halves) over level-1 feasibility solves; after each, its groups are relaxed
/// and the rest is tested again.
final class ConflictSearch {
  /// The search ran out of its time cap.
  struct TimeUp: Error {}

  let scenario: Scenario
  let reference: [String: ReferenceWeek]
  let referralRules: ReferralRules
  var deadline: Date
  /// The conflicts isolated so far (kept when the time cap stops the search).
  private(set) var partial: [[GroupID]] = []
  /// Feasibility solves made.
  private(set) var solves = 0
  /// Every group of the week, in a fixed order: locks, then the rows family by family.
  private(set) var universe: [GroupID] = []
  private var universeSet: Set<GroupID> = []
  /// What each group is, in words.
  private(set) var info: [GroupID: Diagnosis.Element] = [:]
  /// Formulations by the scenario they were built from (locks removed, a change applied).
  private var built: [String: Formulation] = [:]

  init(
    _ scenario: Scenario, reference: [String: ReferenceWeek]?, referralRules: ReferralRules,
    deadline: Date
  ) {
    self.scenario = scenario
    self.reference = reference ?? ReferenceWeek.fromScenario(scenario)
    self.referralRules = referralRules
    self.deadline = deadline
    for (i, lock) in scenario.locks.enumerated() {
      let g = GroupID(family: .locks, key: lock.participant)
      universe.append(g)
      info[g] = Diagnosis.Element.lock(lock, index: i)
    }
    let f = formulation(scenario, tag: ConflictSearch.tag(scenario, nil))
    for fam in f.families {
      for (row, what) in fam.rows where row.index < f.goalRowsStart {
        let name = f.model.name(of: row)
        let g = GroupID(family: fam.name, key: name)
        guard info[g] == nil else { continue }
        universe.append(g)
        info[g] = Diagnosis.Element(row: what, key: name)
      }
    }
    universeSet = Set(universe)
  }

  /// What tells apart the scenarios the search builds: the change made and the locks kept.
  static func tag(_ s: Scenario, _ change: Diagnosis.Change?) -> String {
    (change.map { "\($0)|" } ?? "") + s.locks.map(\.participant).joined(separator: ",")
  }

  func formulation(_ s: Scenario, tag: String) -> Formulation {
    if let f = built[tag] { return f }
    let f = Formulation(s, reference: reference, referralRules: referralRules)
    built[tag] = f
    return f
  }

  /// Whether the hard rules hold together when only the groups in `keep` are kept (every
  /// other group of the universe dropped: its row left out, its lock removed), with rows
  /// outside the universe and the rows that only define variables always kept.
  func feasible(_ keep: Set<GroupID>, change: Diagnosis.Change? = nil) throws(TimeUp) -> Bool {
    var s = change?.applied(to: scenario) ?? scenario
    s.locks.removeAll { !keep.contains(GroupID(family: .locks, key: $0.participant)) }
    let f = formulation(s, tag: ConflictSearch.tag(s, change))
    var dropped = Set<Int>()
    for fam in f.families {
      for (row, _) in fam.rows {
        let g = GroupID(family: fam.name, key: f.model.name(of: row))
        if universeSet.contains(g) && !keep.contains(g) { dropped.insert(row.index) }
      }
    }
    var m = Model(name: "feasibility")
    for v in f.model.variables {
      let b = f.model.bounds(of: v)
      let copy = m.addVariable(f.model.name(of: v), kind: f.model.kind(of: v))
      m.setBounds(copy, lower: b.lower, upper: b.upper)
    }
    for c in f.model.constraints where c.index < f.goalRowsStart && !dropped.contains(c.index) {
      m.addConstraint(f.model.name(of: c), f.model.terms(of: c), f.model.bound(of: c))
    }
    let remaining = deadline.timeIntervalSinceNow
    if remaining <= 0 { throw TimeUp() }
    var so = SolveOptions()
    so.presolve = true
    so.timeLimit = remaining
    solves += 1
    guard let r = try? Solver.solve(m, options: so) else { throw TimeUp() }
    if r.pointStatus != .noSolution { return true }
    switch r.termination {
    case .infeasible, .infeasibleOrUnbounded: return false
    default: throw TimeUp()
    }
  }

  /// A minimal subset of `candidates` that conflicts with `background` (QuickXplain, Junker
  /// 2004): `background` plus `candidates` must be infeasible.
  func quickXplain(_ background: [GroupID], _ candidates: [GroupID]) throws(TimeUp) -> [GroupID] {
    if candidates.isEmpty { return [] }
    return try qx(background, hasDelta: false, candidates)
  }

  private func qx(_ b: [GroupID], hasDelta: Bool, _ c: [GroupID]) throws(TimeUp) -> [GroupID] {
    if hasDelta, try !feasible(Set(b)) { return [] }
    if c.count == 1 { return c }
    let k = c.count / 2
    let c1 = Array(c[..<k])
    let c2 = Array(c[k...])
    let d2 = try qx(b + c1, hasDelta: true, c2)
    let d1 = try qx(b + d2, hasDelta: !d2.isEmpty, c1)
    return d1 + d2
  }

  /// Every independent conflict, at most `rounds` of them: find one, relax its groups, test
  /// the rest again. `relaxed` groups (reported already) are left out from the start.
  func conflicts(relaxed start: Set<GroupID>, rounds: Int) throws(TimeUp) -> (
    found: [[GroupID]], complete: Bool
  ) {
    var relaxed = start
    var found: [[GroupID]] = []
    for _ in 0..<rounds {
      let active = universe.filter { !relaxed.contains($0) }
      if try feasible(Set(active)) { return (found, true) }
      let iis = try quickXplain([], active)
      if iis.isEmpty { return (found, true) }  // rows outside the universe conflict alone
      found.append(iis)
      partial = found
      relaxed.formUnion(iis)
    }
    let rest = universe.filter { !relaxed.contains($0) }
    return (found, try feasible(Set(rest)))
  }

  /// The smallest change that resolves the conflict `iis`, verified by a solve: removing
  /// its last lock, else the least capacity added to one of its capacities.
  func fix(for iis: [GroupID]) throws(TimeUp) -> Diagnosis.Change? {
    let keep = Set(iis)
    let elements = iis.compactMap { info[$0] }
    let locks = elements.filter { $0.lockIndex != nil }.sorted { $0.lockIndex! > $1.lockIndex! }
    for e in locks {
      let lock = scenario.locks[e.lockIndex!]
      let change = Diagnosis.Change.removeLock(
        index: e.lockIndex!, participant: lock.participant, company: lock.company)
      if try feasible(keep, change: change) { return change }
    }
    let people = Set(elements.flatMap(\.people)).count
    for n in 1...max(1, min(people, 6)) {
      for e in elements {
        if let change = Diagnosis.Change.capacity(for: e, amount: Double(n)),
          !change.isHours, try feasible(keep, change: change)
        {
          return change
        }
      }
    }
    // Hours (coordinator, mentors): the least number of quarter hours, by bisection.
    for e in elements {
      guard let most = Diagnosis.Change.capacity(for: e, amount: 40), most.isHours,
        try feasible(keep, change: most)
      else { continue }
      var lo = 0
      var hi = 160
      while hi - lo > 1 {
        let mid = (lo + hi) / 2
        let c = Diagnosis.Change.capacity(for: e, amount: Double(mid) / 4)!
        if try feasible(keep, change: c) { hi = mid } else { lo = mid }
      }
      return Diagnosis.Change.capacity(for: e, amount: Double(hi) / 4)
    }
    return nil
  }
}
