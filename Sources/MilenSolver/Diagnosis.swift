import Foundation
import GLPK
import MilenModel

/// Why a week cannot be planned: every independent conflict the engine finds, each a minimal
/// set of named rules, people, locks and capacities (an irreducible infeasible subset), with
/// the change that resolves it.
public struct Diagnosis: Sendable, Hashable, CustomStringConvertible {
  /// One named constraint group of a conflict: a row of a hard rule, or a lock.
  public struct Element: Sendable, Hashable {
    /// The row family (`activity seats`, `nobody discharged`, ...), or `locks`.
    public var family: String
    /// The hard rule of the family (`capacity`, ...); `locks and bans` for a lock.
    public var rule: String
    /// The row's name in the model (`seats[cafe-wed]`), or the locked participant's id.
    public var key: String
    /// In words: the row's text, or `p03 at aubo on tue,thu` for a lock.
    public var text: String
    /// The lock's index in `scenario.locks` (locks only).
    public var lockIndex: Int?
    /// The participants the group names.
    public var people: [String]

    /// `locks[1] (p03 at aubo)` for a lock, else the row's text.
    public var label: String {
      lockIndex.map { "locks[\($0)] (\(text))" } ?? text
    }

    static func lockText(_ l: Lock) -> String {
      "\(l.participant) at \(l.company)"
        + (l.days.isEmpty ? "" : " on " + l.days.sorted().map(\.rawValue).joined(separator: ","))
    }

    /// The participant ids among a row name's arguments (`week_min[p1,c1]` -> `p1`).
    static func people(inRow name: String, _ ids: Set<String>) -> [String] {
      guard let open = name.firstIndex(of: "["), name.hasSuffix("]") else { return [] }
      let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
      var out: [String] = []
      for part in inner.split(separator: ",").map(String.init)
      where ids.contains(part) && !out.contains(part) {
        out.append(part)
      }
      return out
    }
  }

  /// One change to the scenario that resolves a conflict.
  public enum Change: Sendable, Hashable, CustomStringConvertible {
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

    /// In English, one change (never alternatives).
    public var description: String {
      func more(_ n: Int, _ one: String, _ many: String) -> String {
        n == 1 ? "one more \(one)" : "\(n) more \(many)"
      }
      switch self {
      case .removeLock(let i, let p, let c): return "remove locks[\(i)] (\(p) at \(c))"
      case .addSeats(let a, let n): return more(n, "seat", "seats") + " at \(a)"
      case .addSlots(let c, let n): return more(n, "placement slot", "placement slots") + " at \(c)"
      case .addDaySlots(let c, let d, let n):
        return more(n, "place", "places") + " at \(c) on \(d.rawValue)"
      case .addMentorHours(let m, let h): return "\(fmt(h)) more hours a week for mentor \(m)"
      case .addMentees(let m, let n):
        return more(n, "mentee place", "mentee places") + " for mentor \(m)"
      case .addCoordinatorHours(let h): return "\(fmt(h)) more coordinator hours a week"
      case .allowChanges(let n):
        return more(n, "voluntary change", "voluntary changes") + " allowed"
      }
    }

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

    /// The change that adds `amount` to the capacity a row group names, if it names one.
    static func capacity(for e: Element, amount: Double, in s: Scenario) -> Change? {
      let arg = e.key.firstIndex(of: "[").map { i in
        String(e.key[e.key.index(after: i)...].dropLast())
      }
      let n = Int(amount)
      switch e.family {
      case "activity seats": return arg.map { .addSeats(activity: $0, count: n) }
      case "company slots": return arg.map { .addSlots(company: $0, count: n) }
      case "day slots":
        guard let parts = arg?.split(separator: ","), parts.count == 2,
          let d = Weekday(rawValue: String(parts[1]))
        else { return nil }
        return .addDaySlots(company: String(parts[0]), day: d, count: n)
      case "mentors":
        if e.key.hasPrefix("mentor_capacity[") {
          return arg.map { .addMentorHours(mentor: $0, hours: amount) }
        }
        if e.key.hasPrefix("mentees[") { return arg.map { .addMentees(mentor: $0, count: n) } }
        return nil
      case "coordinator": return .addCoordinatorHours(amount)
      case "max changes": return .allowChanges(n)
      default: return nil
      }
    }
  }

  /// One conflict.
  public struct Conflict: Sendable, Hashable, CustomStringConvertible {
    /// The hard rule(s) involved.
    public var rule: String
    /// What conflicts, naming people and capacities.
    public var message: String
    /// What change would resolve it.
    public var fix: String
    /// The named groups of the conflict (empty for the cheap checks' free-text conflicts).
    public var elements: [Element] = []
    /// The people the conflict names, with the days they can come (`p20 (available wed)`).
    public var people: [Person] = []
    /// The verified change that resolves it, when one was found.
    public var change: Change?
    /// Whether the text was built from the elements (a conflict the search isolated).
    public internal(set) var fromSearch = false

    /// A participant named by a conflict.
    public struct Person: Sendable, Hashable {
      /// Participant id.
      public var id: String
      /// The weekdays they can come.
      public var days: [Weekday]
    }

    /// A free-text conflict.
    public init(
      rule: String, message: String, fix: String, elements: [Element] = [],
      change: Change? = nil
    ) {
      self.rule = rule
      self.message = message
      self.fix = fix
      self.elements = elements
      self.change = change
    }

    /// A conflict of named groups, its text built from them.
    init(elements: [Element], change: Change?, in s: Scenario) {
      fromSearch = true
      self.elements = elements
      self.change = change
      var rules: [String] = []
      for e in elements where !rules.contains(e.rule) { rules.append(e.rule) }
      rule = rules.joined(separator: ", ")
      var ids: [String] = []
      for id in elements.flatMap(\.people) where !ids.contains(id) { ids.append(id) }
      people = ids.compactMap { id in
        s.participants.first { $0.id == id }.map {
          Person(id: id, days: Weekday.allCases.filter($0.availability.keys.contains))
        }
      }
      message = elements.map { "\($0.family): \($0.label)" }.joined(separator: "; ")
      if !people.isEmpty {
        message +=
          "; people: "
          + people.map { p in
            "\(p.id) (available "
              + (p.days.isEmpty ? "no day" : p.days.map(\.rawValue).joined(separator: ","))
              + ")"
          }.joined(separator: ", ")
      }
      if let change {
        fix = change.description
      } else if let e = elements.first(where: { $0.family == "nobody discharged" }),
        let p = e.people.first
      {
        fix = "add an activity that \(p) can attend on their days"
      } else {
        fix = "change the data behind \"\(elements.first?.label ?? "")\""
      }
    }

    /// `rule: message. To resolve: fix.`
    public var description: String { "\(rule): \(message). To resolve: \(fix)." }
  }

  /// The conflicts found, each independent of the others.
  public var conflicts: [Conflict]
  /// What limited the search (its time cap, its number of rounds), if anything.
  public var notes: [String] = []

  /// A diagnosis.
  public init(conflicts: [Conflict], notes: [String] = []) {
    self.conflicts = conflicts
    self.notes = notes
  }

  /// A readable report, one conflict per line, then the notes.
  public var description: String {
    "The hard rules cannot all hold this week:\n"
      + conflicts.map { "  - \($0)" }.joined(separator: "\n")
      + notes.map { "\n  Note: \($0)" }.joined()
  }

  /// The same diagnosis with locks numbered as in `whole` (a diagnosis of one independent
  /// part of a week numbers the part's locks).
  public func renumbered(for whole: Scenario) -> Diagnosis {
    var d = self
    for i in d.conflicts.indices where d.conflicts[i].fromSearch {
      var c = d.conflicts[i]
      for j in c.elements.indices where c.elements[j].lockIndex != nil {
        if let k = whole.locks.firstIndex(where: { $0.participant == c.elements[j].key }) {
          c.elements[j].lockIndex = k
        }
      }
      if case .removeLock(_, let p, let co)? = c.change,
        let k = whole.locks.firstIndex(where: { $0.participant == p })
      {
        c.change = .removeLock(index: k, participant: p, company: co)
      }
      d.conflicts[i] = Conflict(elements: c.elements, change: c.change, in: whole)
    }
    return d
  }

  /// A company's exclusion in the words of a conflict's message. The conflicts are still
  /// English sentences that `DiagnosisText` translates (the plan's own notes are typed, see
  /// ``Note``); moving conflicts to the typed vocabulary is the next step.
  static func text(_ why: Exclusion) -> String {
    func days(_ d: [Weekday]) -> String { d.map(\.rawValue).joined(separator: ",") }
    switch why {
    case .lockedElsewhere(let c): return "locked to \(c)"
    case .banned: return "banned"
    case .noSlots: return "no placement slots"
    case .legalRatioFull(let sub, let emp):
      return "legal ratio full (\(sub) subsidised of \(emp) employees)"
    case .lacksAccommodations(let tags): return "does not offer \(tags.joined(separator: ", "))"
    case .requiresLicence: return "requires a driving licence"
    case .requiresAge(let age, let known):
      return known ? "requires age \(age)+" : "requires age \(age)+ and the age is unknown"
    case .notReachable: return "not reachable"
    case .tooFar(let km, let limit): return "out of reach (\(fmt(km)) km > \(fmt(limit)) km)"
    case .placementLimit(let used, let limit):
      return "legal placement limit reached (\(used) of \(limit) weeks)"
    case .noCommonDay(let a, let o):
      return "no common day: available \(a.isEmpty ? "no weekday" : days(a)), "
        + "company open \(o.isEmpty ? "no day" : days(o))"
    case .fewCommonHours(let h, let min):
      return "only \(fmt(h)) h a week in common, below the \(fmt(min)) h minimum"
    case .shortCommonDays(let longest, let shortest):
      return
        "common windows of at most \(fmt(longest)) h, below the \(fmt(shortest)) h shortest day"
    case .lockDaysWithoutHours(let d):
      return "the lock's days \(d.map(\.rawValue).joined(separator: ", ")) have no common hours"
    case .closedOn(let d): return "closed on \(d.rawValue)"
    case .unavailableOn(let d): return "not available on \(d.rawValue)"
    }
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
      let text = "the coordinator works at most \(fmt(s.coordinator.hoursPerWeek)) h a week"
      relaxed.insert(GroupID(family: "coordinator", key: "coordinator"))
      out.append(
        Conflict(
          rule: "capacity (coordinator)",
          message:
            "fixed \(fmt(s.coordinator.fixedHours)) h + follow-up of \(enrolled.count) enrolled "
            + "\(fmt(followUp)) h + activities run \(fmt(run)) h = \(fmt(need)) h exceed the "
            + "coordinator's \(fmt(s.coordinator.hoursPerWeek)) h",
          fix: change.description,
          elements: [
            Element(
              family: "coordinator", rule: "capacity", key: "coordinator", text: text,
              lockIndex: nil, people: [])
          ], change: change))
    }
    for (p, part) in s.participants.enumerated()
    where part.isActiveEnrolled && !part.track.isEmployed {
      let opt = o.byParticipant[p]
      if opt.placements.isEmpty && opt.mentors.isEmpty && opt.activities.isEmpty {
        var why: [String] = []
        why.append(
          s.activities.isEmpty
            ? "there are no activities" : "no activity lies within their availability")
        why.append(
          part.needs.mentorHours > 0
            ? "no mentor covers their needs on a common day" : "they need no mentor hours")
        if part.track == .placement {
          why.append(
            "no company fits ("
              + opt.excludedCompanies.map { "\($0.company): \(Self.text($0.why))" }
              .joined(separator: "; ")
              + (opt.outOfReach > 0 ? "; \(opt.outOfReach) out of reach" : "") + ")")
        } else {
          why.append("the \(part.track.rawValue) track gets no work")
        }
        let key = "something[\(part.id)]"
        relaxed.insert(GroupID(family: "nobody discharged", key: key))
        out.append(
          Conflict(
            rule: "nobody discharged",
            message: "\(part.id) (\(part.name)) can be given nothing: "
              + why.joined(separator: ", "),
            fix: "add an activity that \(part.id) can attend on their days",
            elements: [
              Element(
                family: "nobody discharged", rule: "nobody discharged", key: key,
                text: "\(part.id) gets work, a mentor or an activity", lockIndex: nil,
                people: [part.id])
            ]))
      }
    }
    for (i, lock) in s.locks.enumerated() {
      guard let p = s.participants.firstIndex(where: { $0.id == lock.participant }) else {
        continue
      }
      let opt = o.byParticipant[p]
      if !opt.placements.contains(where: { $0.locked }) {
        let why =
          opt.excludedCompanies.first { $0.company == lock.company }.map { Self.text($0.why) }
          ?? "it is out of reach"
        let change = Change.removeLock(
          index: i, participant: lock.participant, company: lock.company)
        relaxed.insert(GroupID(family: GroupID.lockFamily, key: lock.participant))
        out.append(
          Conflict(
            rule: "locks and bans",
            message: "locks[\(i)] puts \(lock.participant) at \(lock.company), but \(why)",
            fix: change.description,
            elements: [
              Element(
                family: GroupID.lockFamily, rule: "locks and bans", key: lock.participant,
                text: Element.lockText(lock), lockIndex: i, people: [lock.participant])
            ], change: change))
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
    var notes: [String] = []
    do {
      let r = try search.conflicts(relaxed: relaxed, rounds: maxRounds)
      sets = r.found
      if !r.complete {
        notes.append(
          "the search stopped after \(maxRounds) conflicts; more remain once these are resolved")
      }
    } catch {
      sets = search.partial
      let capped = "the search for conflicts stopped at its time cap of \(fmt(timeCap)) s"
      if sets.isEmpty, let fallback {
        var d = fallback()
        d.notes.append(capped + ": the rows below are the elastic estimate, not a minimal set")
        return d
      }
      notes.append(capped + "; other conflicts may remain")
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
    var described: [Int: (String, String)] = [:]
    for fam in f.families {
      for (row, text) in fam.rows { described[row.index] = (fam.rule, text) }
    }
    var slacks: [(Variable, Int)] = []
    for c in f.model.constraints {
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
      return Diagnosis(conflicts: [
        Conflict(
          rule: "unknown", message: "the week is infeasible and the engine could not isolate why",
          fix: "run `milen validate` and check locks, capacities and availability")
      ])
    }
    var out: [Conflict] = []
    for (s, row) in slacks where r.values[s.index] > 1e-6 {
      let (rule, text) = described[row]!
      out.append(
        Conflict(
          rule: rule, message: "\(text) (row \(f.model.name(of: Constraint(index: row))))",
          fix: "relax it by \(fmt(rounded(r.values[s.index])))"))
    }
    if out.isEmpty {
      out.append(
        Conflict(
          rule: "locks and bans",
          message: "the locks cannot all be kept together with the other rules",
          fix: "check the locks and the locked companies' capacity"))
    }
    return Diagnosis(conflicts: out)
  }
}
