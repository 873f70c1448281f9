import Foundation
import GLPK
import MilenModel

/// Why a week cannot be planned: every independent conflict the engine finds, each a minimal
/// set of typed rules, people, locks and capacities (an irreducible infeasible subset), with
/// the change that resolves it. Every part is a typed value; MilenReports renders it per language.
public struct Diagnosis: Sendable, Hashable {
  /// One constraint group of a conflict: a row of a hard rule, or a lock.
  public struct Element: Sendable, Hashable {
    /// What the row keeps, typed (a lock is ``ConflictRow/lock(index:participant:company:days:)``).
    public var row: ConflictRow
    /// The group's identity in the search: the row's name in the model (`seats[cafe-wed]`), or
    /// the locked participant's id. Never shown, never parsed.
    public var key: String

    /// An element.
    public init(row: ConflictRow, key: String) {
      self.row = row
      self.key = key
    }

    /// The row's family.
    public var family: ConflictFamily { row.family }
    /// The hard rule of the family.
    public var rule: HardRule { row.family.rule }
    /// The lock's index in `scenario.locks` (locks only).
    public var lockIndex: Int? {
      if case .lock(let i, _, _, _) = row { return i }
      return nil
    }
    /// The participants the group names.
    public var people: [String] { row.people }

    static func lock(_ l: Lock, index: Int) -> Element {
      Element(
        row: .lock(
          index: index, participant: l.participant, company: l.company, days: l.days.sorted()),
        key: l.participant)
    }
  }

  /// One change to the scenario that resolves a conflict.
  public enum Change: Sendable, Hashable {
    /// Remove a lock.
    case removeLock(index: Int, participant: String, company: String)
    /// More seats at an activity.
    case addSeats(activity: String, count: Int)
    /// More placement slots a week at a company.
    case addSlots(company: String, count: Int)
    /// More supervised places at a company on one weekday.
    case addDaySlots(company: String, day: Weekday, count: Int)
    /// More hours a week for a mentor.
    case addMentorHours(mentor: String, hours: Double)
    /// More mentee places for a mentor.
    case addMentees(mentor: String, count: Int)
    /// More coordinator hours a week.
    case addCoordinatorHours(Double)
    /// More voluntary changes allowed (`policy.maxChanges`).
    case allowChanges(Int)

    var isHours: Bool {
      switch self {
      case .addMentorHours, .addCoordinatorHours: return true
      default: return false
      }
    }

    /// The scenario with the change made.
    public func applied(to given: Scenario) -> Scenario {
      var s = given
      switch self {
      case .removeLock(_, let p, let c):
        s.locks.removeAll { $0.participant == p && $0.company == c }
      case .addSeats(let a, let n):
        if let i = s.activities.firstIndex(where: { $0.id == a }) { s.activities[i].seats += n }
      case .addSlots(let c, let n):
        if let i = s.companies.firstIndex(where: { $0.id == c }) { s.companies[i].slots += n }
      case .addDaySlots(let c, let d, let n):
        if let i = s.companies.firstIndex(where: { $0.id == c }) {
          s.companies[i].slotsPerDay[d] = s.companies[i].slots(on: d) + n
        }
      case .addMentorHours(let m, let h):
        if let i = s.mentors.firstIndex(where: { $0.id == m }) { s.mentors[i].hoursPerWeek += h }
      case .addMentees(let m, let n):
        if let i = s.mentors.firstIndex(where: { $0.id == m }) { s.mentors[i].maxMentees += n }
      case .addCoordinatorHours(let h): s.coordinator.hoursPerWeek += h
      case .allowChanges(let n): s.policy.maxChanges = (s.policy.maxChanges ?? 0) + n
      }
      return s
    }

    /// The change that adds `amount` to the capacity a row names, if it names one.
    static func capacity(for e: Element, amount: Double) -> Change? {
      let n = Int(amount)
      switch e.row {
      case .seats(let a, _): return .addSeats(activity: a, count: n)
      case .slots(let c, _): return .addSlots(company: c, count: n)
      case .daySlots(let c, let d, _): return .addDaySlots(company: c, day: d, count: n)
      case .mentorHours(let m, _): return .addMentorHours(mentor: m, hours: amount)
      case .mentees(let m, _): return .addMentees(mentor: m, count: n)
      case .coordinator: return .addCoordinatorHours(amount)
      case .maxChanges: return .allowChanges(n)
      case .legalRatio, .oneMentor, .clash, .workBefore, .workOrActivity, .something, .oneCompany,
        .referralOrder, .referralAdmit, .weekMin, .weekMax, .dayLink, .dayHours, .dayLeast,
        .breakEven, .lock:
        return nil
      }
    }
  }

  /// One conflict.
  public struct Conflict: Sendable, Hashable {
    /// What conflicts.
    public var reason: ConflictReason
    /// What resolves it.
    public var fix: ConflictFix
    /// The groups of the conflict (for a quick check's conflict, the one group it relaxes).
    public var elements: [Element] = []
    /// The people the conflict names, with the days they can come.
    public var people: [Person] = []
    /// The verified change that resolves it, when one was found.
    public var change: Change?

    /// A participant named by a conflict.
    public struct Person: Sendable, Hashable {
      /// Participant id.
      public var id: String
      /// The weekdays they can come.
      public var days: [Weekday]

      /// A person and their days.
      public init(id: String, days: [Weekday]) {
        self.id = id
        self.days = days
      }
    }

    /// A conflict of a quick check or the elastic estimate.
    public init(
      _ reason: ConflictReason, fix: ConflictFix, elements: [Element] = [], change: Change? = nil
    ) {
      self.reason = reason
      self.fix = fix
      self.elements = elements
      self.change = change
    }

    /// A conflict of groups the search isolated, its people and fix from the groups.
    init(elements: [Element], change: Change?, in s: Scenario) {
      reason = .groups
      self.elements = elements
      self.change = change
      var ids: [String] = []
      for id in elements.flatMap(\.people) where !ids.contains(id) { ids.append(id) }
      people = ids.compactMap { id in
        s.participants.first { $0.id == id }.map {
          Person(id: id, days: Weekday.allCases.filter($0.availability.keys.contains))
        }
      }
      if let change {
        fix = .change(change)
      } else if let p = elements.first(where: { $0.family == .nobodyDischarged })?.people.first {
        fix = .addActivity(participant: p)
      } else if let first = elements.first {
        fix = .changeData(first.row)
      } else {
        fix = .validate
      }
    }

    /// Whether the search isolated the conflict (its groups are its reason).
    public var fromSearch: Bool { reason == .groups }

    /// The hard rules involved, each once, in the order of the groups.
    public var rules: [HardRule] {
      if let r = reason.rule { return [r] }
      var out: [HardRule] = []
      for e in elements where !out.contains(e.rule) { out.append(e.rule) }
      return out
    }
  }

  /// The conflicts found, each independent of the others.
  public var conflicts: [Conflict]
  /// What limited the search (its time cap, its number of rounds), if anything.
  public var notes: [SearchNote] = []

  /// A diagnosis.
  public init(conflicts: [Conflict], notes: [SearchNote] = []) {
    self.conflicts = conflicts
    self.notes = notes
  }

  /// The same diagnosis with locks numbered as in `whole` (a diagnosis of one independent
  /// part of a week numbers the part's locks).
  public func renumbered(for whole: Scenario) -> Diagnosis {
    func index(_ p: String) -> Int? { whole.locks.firstIndex { $0.participant == p } }
    var d = self
    for i in d.conflicts.indices {
      var c = d.conflicts[i]
      for j in c.elements.indices {
        if case .lock(_, let p, let co, let days) = c.elements[j].row, let k = index(p) {
          c.elements[j].row = .lock(index: k, participant: p, company: co, days: days)
        }
      }
      if case .removeLock(_, let p, let co)? = c.change, let k = index(p) {
        c.change = .removeLock(index: k, participant: p, company: co)
        c.fix = .change(c.change!)
      }
      if case .lockCannotHold(_, let p, let co, let why) = c.reason, let k = index(p) {
        c.reason = .lockCannotHold(index: k, participant: p, company: co, why: why)
      }
      d.conflicts[i] = c
    }
    return d
  }

  /// How long the search for conflicts may take before it falls back (seconds).
  public static let defaultTimeCap = 30.0
  /// The most conflicts the search isolates, one per round.
  public static let maxRounds = 12

  /// Conflicts found without solving: coordinator hours, people with no option at all, every
  /// lock that cannot hold. When there are any, the rest of the week is searched too (their
  /// groups relaxed, so nothing is reported twice).
  static func precheck(
    _ s: Scenario, _ o: ScenarioOptions, timeCap: Double = Diagnosis.defaultTimeCap
  ) -> Diagnosis? {
    var out: [Conflict] = []
    var relaxed: Set<GroupID> = []
    let enrolled = s.participants.filter(\.isActiveEnrolled)
    let followUp = enrolled.reduce(0) { $0 + s.coordinator.followUp(for: $1.track) }
    let run = s.activities.filter(\.runByCoordinator).reduce(0) { $0 + $1.time.hours }
    let need = s.coordinator.fixedHours + followUp + run
    if need > s.coordinator.hoursPerWeek + 1e-9 {
      let change = Change.addCoordinatorHours(need - s.coordinator.hoursPerWeek)
      relaxed.insert(GroupID(family: .coordinator, key: "coordinator"))
      out.append(
        Conflict(
          .coordinatorHours(
            fixed: s.coordinator.fixedHours, enrolled: enrolled.count, followUp: followUp,
            activities: run, available: s.coordinator.hoursPerWeek),
          fix: .change(change),
          elements: [
            Element(row: .coordinator(hours: s.coordinator.hoursPerWeek), key: "coordinator")
          ], change: change))
    }
    for (p, part) in s.participants.enumerated()
    where part.isActiveEnrolled && !part.track.isEmployed {
      let opt = o.byParticipant[p]
      if opt.placements.isEmpty && opt.mentors.isEmpty && opt.activities.isEmpty {
        var why: [NothingReason] = []
        why.append(s.activities.isEmpty ? .noActivities : .noActivityInTime)
        why.append(part.needs.mentorHours > 0 ? .noMentorOnCommonDay : .needsNoMentor)
        if part.track == .placement {
          why.append(.noCompanyFits(opt.excludedCompanies, outOfReach: opt.outOfReach))
        } else {
          why.append(.trackGetsNoWork(part.track))
        }
        let key = "something[\(part.id)]"
        relaxed.insert(GroupID(family: .nobodyDischarged, key: key))
        out.append(
          Conflict(
            .givenNothing(participant: part.id, why: why),
            fix: .addActivity(participant: part.id),
            elements: [Element(row: .something(participant: part.id), key: key)]))
      }
    }
    for (i, lock) in s.locks.enumerated() {
      guard let p = s.participants.firstIndex(where: { $0.id == lock.participant }) else {
        continue
      }
      let opt = o.byParticipant[p]
      if !opt.placements.contains(where: { $0.locked }) {
        let why = opt.excludedCompanies.first { $0.company == lock.company }?.why
        let change = Change.removeLock(
          index: i, participant: lock.participant, company: lock.company)
        relaxed.insert(GroupID(family: .locks, key: lock.participant))
        out.append(
          Conflict(
            .lockCannotHold(
              index: i, participant: lock.participant, company: lock.company, why: why),
            fix: .change(change), elements: [Element.lock(lock, index: i)], change: change))
      }
    }
    if out.isEmpty { return nil }
    let rest = search(
      s, reference: nil, referralRules: ReferralRules(), relaxed: relaxed, timeCap: timeCap,
      fallback: nil)
    return Diagnosis(conflicts: out + rest.conflicts, notes: rest.notes)
  }

  /// Every conflict of a week that cannot be planned (nil when it can): the cheap checks,
  /// then the search. What `Planner.plan` reports, for callers that want the diagnosis alone.
  public static func of(_ s: Scenario, timeCap: Double = Diagnosis.defaultTimeCap) -> Diagnosis? {
    if let d = precheck(s, ScenarioOptions(s), timeCap: timeCap) { return d }
    let d = search(
      s, reference: nil, referralRules: ReferralRules(), relaxed: [], timeCap: timeCap,
      fallback: { elastic(Formulation(s)) })
    return d.conflicts.isEmpty ? nil : d
  }

  /// The diagnosis of a formulation found infeasible: every conflict the search isolates
  /// within the time cap, else the elastic report with a note.
  static func diagnose(_ f: Formulation, timeCap: Double = Diagnosis.defaultTimeCap) -> Diagnosis {
    let d = search(
      f.scenario, reference: f.reference, referralRules: f.referralRules, relaxed: [],
      timeCap: timeCap, fallback: { elastic(f) })
    return d.conflicts.isEmpty ? elastic(f) : d
  }

  /// The search for conflicts (``ConflictSearch``), its findings as conflicts with fixes.
  static func search(
    _ s: Scenario, reference: [String: ReferenceWeek]?, referralRules: ReferralRules,
    relaxed: Set<GroupID>, timeCap: Double, fallback: (() -> Diagnosis)?
  ) -> Diagnosis {
    let started = Date()
    let search = ConflictSearch(
      s, reference: reference, referralRules: referralRules,
      deadline: Date().addingTimeInterval(timeCap))
    var sets: [[GroupID]] = []
    var notes: [SearchNote] = []
    do {
      let r = try search.conflicts(relaxed: relaxed, rounds: maxRounds)
      sets = r.found
      if !r.complete { notes.append(.roundsUsed(maxRounds)) }
    } catch {
      sets = search.partial
      if sets.isEmpty, let fallback {
        var d = fallback()
        d.notes.append(.timeCapElastic(seconds: timeCap))
        return d
      }
      notes.append(.timeCap(seconds: timeCap))
    }
    // The fixes get a few seconds of their own when the search used up its cap.
    search.deadline = max(search.deadline, Date().addingTimeInterval(min(5, timeCap)))
    var out: [Conflict] = []
    for iis in sets {
      let change = try? search.fix(for: iis)
      out.append(
        Conflict(elements: iis.compactMap { search.info[$0] }, change: change ?? nil, in: s))

    }
    trace(
      "diagnosis: \(out.count) conflicts, \(search.solves) feasibility solves, \(search.universe.count) groups, \(String(format: "%.2f", Date().timeIntervalSince(started))) s"
    )
    return Diagnosis(conflicts: out, notes: notes)
  }

  /// Solves an elastic copy of the model (every hard-rule row of a family may be broken at a
  /// cost) and names the rows that must break: the conflicting capacities and people.
  static func elastic(_ f: Formulation) -> Diagnosis {
    var m = Model(name: "elastic")
    for v in f.model.variables {
      let b = f.model.bounds(of: v)
      let copy = m.addVariable(f.model.name(of: v), kind: f.model.kind(of: v))
      m.setBounds(copy, lower: b.lower, upper: b.upper)  // keeps locks (binaries fixed at 1)
    }
    var described: [Int: ConflictRow] = [:]
    for fam in f.families {
      for (row, what) in fam.rows { described[row.index] = what }
    }
    var slacks: [(Variable, Int)] = []
    for c in f.model.constraints where !f.impliedRows.contains(c.index) {
      var terms = f.model.terms(of: c)
      let bound = f.model.bound(of: c)
      if described[c.index] != nil {
        let s = m.addVariable("slack[\(f.model.name(of: c))]", lower: 0, objective: 1)
        switch bound {
        case .lessOrEqual: terms.append((s, -1))
        case .greaterOrEqual: terms.append((s, 1))
        case .equal, .range: break
        }
        slacks.append((s, c.index))
      }
      m.addConstraint(f.model.name(of: c), terms, bound)
    }
    var so = SolveOptions()
    so.cuts = .all
    so.timeLimit = 30
    guard let r = try? Solver.solve(m, options: so), r.pointStatus != .noSolution else {
      return Diagnosis(conflicts: [Conflict(.notIsolated, fix: .validate)])
    }
    var out: [Conflict] = []
    for (s, row) in slacks where r.values[s.index] > 1e-6 {
      let amount = rounded(r.values[s.index])
      out.append(Conflict(.rowBreaks(described[row]!, by: amount), fix: .relax(by: amount)))
    }
    if out.isEmpty {
      out.append(Conflict(.locksTogether, fix: .checkLocks))
    }
    return Diagnosis(conflicts: out)
  }
}
