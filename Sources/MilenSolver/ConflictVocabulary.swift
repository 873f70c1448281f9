import MilenModel

/// A hard rule of the week (model.md) as an impossible week's conflict names it. MilenReports
/// renders it per language.
public enum HardRule: String, Hashable, Sendable, CaseIterable {
  /// Rule 2: seats, slots, day places, mentor hours and mentees.
  case capacity
  /// Rule 2 for the coordinator's own hours.
  case coordinatorCapacity
  /// Rule 3: the legal ratio of supported to ordinary staff.
  case legalRatio
  /// Rule 1: nobody enrolled is left with nothing.
  case nobodyDischarged
  /// Rule 5: availability, opening hours and no clash in time.
  case availability
  /// Rule 7: what each track gets.
  case tracks
  /// Rule 9: admissions in referral order.
  case referralOrder
  /// The week's policy (`policy.maxChanges`).
  case policy
  /// Rule 8: the coordinator's locks and bans.
  case locksAndBans
  /// Goal 1, break-even (kept only by the elastic estimate).
  case breakEven
  /// No rule could be named (the engine could not isolate the conflict).
  case unknown
}

/// A family of rows of one hard rule in the model: what a conflict's group belongs to.
public enum ConflictFamily: String, Hashable, Sendable, CaseIterable {
  /// An activity's seats.
  case seats
  /// A company's placement slots a week.
  case slots
  /// A company's legal room for placements.
  case legalRatio
  /// A company's supervised places on one weekday.
  case daySlots
  /// A mentor's hours and mentees, one mentor a person.
  case mentors
  /// The coordinator's hours.
  case coordinator
  /// The most voluntary changes of company or mentor.
  case maxChanges
  /// Nothing at once: two sessions, or work and a session.
  case noClash
  /// Everyone served gets work, a mentor or an activity.
  case nobodyDischarged
  /// One company at most.
  case oneCompany
  /// Admissions in referral order.
  case referralOrder
  /// Weekly hours within the person's range.
  case weeklyHours
  /// Work days within the common hours.
  case workDays
  /// The coordinator's locks.
  case locks
  /// Goal 1's break-even row.
  case breakEven

  /// The hard rule the family's rows keep.
  public var rule: HardRule {
    switch self {
    case .seats, .slots, .daySlots, .mentors: return .capacity
    case .coordinator: return .capacity
    case .legalRatio: return .legalRatio
    case .maxChanges: return .policy
    case .noClash, .weeklyHours, .workDays: return .availability
    case .nobodyDischarged: return .nobodyDischarged
    case .oneCompany: return .tracks
    case .referralOrder: return .referralOrder
    case .locks: return .locksAndBans
    case .breakEven: return .breakEven
    }
  }
}

/// One row of a hard rule (or one lock), typed by what it keeps and with whom: the group of a
/// conflict. Made where the model's rows are made (`Constraints/`), never parsed from a row's
/// name.
public enum ConflictRow: Hashable, Sendable {
  /// An activity has `seats` seats.
  case seats(activity: String, seats: Int)
  /// A company takes at most `slots` placements a week.
  case slots(company: String, slots: Int)
  /// A company's legal room for placements, from its employees and subsidised staff.
  case legalRatio(company: String, room: Int, employees: Int, subsidised: Int)
  /// A company supervises at most `places` people on a weekday.
  case daySlots(company: String, day: Weekday, places: Int)
  /// The coordinator works at most `hours` a week.
  case coordinator(hours: Double)
  /// At most `count` voluntary changes of company or mentor.
  case maxChanges(count: Int)
  /// A person has one mentor at most.
  case oneMentor(participant: String)
  /// A mentor gives at most `hours` a week.
  case mentorHours(mentor: String, hours: Double)
  /// A mentor has at most `count` mentees.
  case mentees(mentor: String, count: Int)
  /// A person cannot attend two overlapping sessions.
  case clash(participant: String, first: String, second: String)
  /// A person stops work at a company by a session's start to attend it.
  case workBefore(participant: String, company: String, by: TimeOfDay, activity: String)
  /// A person cannot work at a company during a session.
  case workOrActivity(participant: String, company: String, activity: String)
  /// A person gets work, a mentor or an activity (rule 1).
  case something(participant: String)
  /// A person is placed at one company at most.
  case oneCompany(participant: String)
  /// `later` is admitted only if `earlier`, referred before them, is.
  case referralOrder(later: String, earlier: String)
  /// A person must be admitted: a later referral is.
  case referralAdmit(participant: String)
  /// A person placed at a company works at least `hours` a week.
  case weekMin(participant: String, company: String, hours: Double)
  /// A person works at most `hours` a week (`agreed`: the agreed hours).
  case weekMax(participant: String, company: String, hours: Double, agreed: Bool)
  /// A person works at a company on a day only if placed there.
  case dayLink(participant: String, company: String, day: Weekday)
  /// A person's work at a company on a day lies within the common window.
  case dayHours(participant: String, company: String, day: Weekday, window: TimeWindow)
  /// A worked day at a company lasts at least `hours`.
  case dayLeast(participant: String, company: String, day: Weekday, hours: Double)
  /// Goal 1's row: the participants short of break-even.
  case breakEven
  /// `locks[index]` puts a person at a company (on `days`, if given).
  case lock(index: Int, participant: String, company: String, days: [Weekday])

  /// The family the row belongs to.
  public var family: ConflictFamily {
    switch self {
    case .seats: return .seats
    case .slots: return .slots
    case .legalRatio: return .legalRatio
    case .daySlots: return .daySlots
    case .coordinator: return .coordinator
    case .maxChanges: return .maxChanges
    case .oneMentor, .mentorHours, .mentees: return .mentors
    case .clash, .workBefore, .workOrActivity: return .noClash
    case .something: return .nobodyDischarged
    case .oneCompany: return .oneCompany
    case .referralOrder, .referralAdmit: return .referralOrder
    case .weekMin, .weekMax: return .weeklyHours
    case .dayLink, .dayHours, .dayLeast: return .workDays
    case .breakEven: return .breakEven
    case .lock: return .locks
    }
  }

  /// The participants the row names, in order.
  public var people: [String] {
    switch self {
    case .seats, .slots, .legalRatio, .daySlots, .coordinator, .maxChanges, .mentorHours,
      .mentees, .breakEven, .dayLeast:
      return []
    case .oneMentor(let p), .clash(let p, _, _), .workBefore(let p, _, _, _),
      .workOrActivity(let p, _, _), .something(let p), .oneCompany(let p), .referralAdmit(let p),
      .weekMin(let p, _, _), .weekMax(let p, _, _, _), .dayLink(let p, _, _),
      .dayHours(let p, _, _, _), .lock(_, let p, _, _):
      return [p]
    case .referralOrder(let later, let earlier): return [earlier, later]
    }
  }
}

/// What an impossible week's conflict says: the groups the search isolated, or what a quick
/// check found before any solve, or the elastic estimate when the search ran out of time.
public enum ConflictReason: Hashable, Sendable {
  /// The conflict's groups (``Diagnosis/Conflict/elements``) cannot all hold together.
  case groups
  /// The coordinator's fixed hours, follow-up of the enrolled and the activities they run
  /// exceed their hours.
  case coordinatorHours(
    fixed: Double, enrolled: Int, followUp: Double, activities: Double, available: Double)
  /// A person can be given nothing at all, for each of these reasons.
  case givenNothing(participant: String, why: [NothingReason])
  /// `locks[index]` puts a person at a company that cannot take them (`why`; nil: the
  /// company is out of their reach).
  case lockCannotHold(index: Int, participant: String, company: String, why: Exclusion?)
  /// The elastic estimate: this row must break by `by`.
  case rowBreaks(ConflictRow, by: Double)
  /// The engine could not isolate why the week is impossible.
  case notIsolated
  /// The locks cannot all be kept with the other rules (the elastic estimate found no row).
  case locksTogether

  /// The hard rule a conflict of this reason breaks, unless its groups name them.
  var rule: HardRule? {
    switch self {
    case .groups: return nil
    case .coordinatorHours: return .coordinatorCapacity
    case .givenNothing: return .nobodyDischarged
    case .lockCannotHold, .locksTogether: return .locksAndBans
    case .rowBreaks(let row, _): return row.family.rule
    case .notIsolated: return .unknown
    }
  }
}

/// Why a person can be given nothing: one reason for each of what the week could give.
public enum NothingReason: Hashable, Sendable {
  /// The week has no activities.
  case noActivities
  /// No activity lies within their availability.
  case noActivityInTime
  /// No mentor covers their needs on a common day.
  case noMentorOnCommonDay
  /// They need no mentor hours.
  case needsNoMentor
  /// No company fits: each company's reason, and how many more are out of reach.
  case noCompanyFits([CompanyExclusion], outOfReach: Int)
  /// Their track gets no work.
  case trackGetsNoWork(Track)
}

/// What resolves a conflict: a verified change, or what to look at when none was found.
public enum ConflictFix: Hashable, Sendable {
  /// A change to the scenario, verified by a solve.
  case change(Diagnosis.Change)
  /// An activity the person can attend on their days.
  case addActivity(participant: String)
  /// The data behind a row (no change was found that resolves it).
  case changeData(ConflictRow)
  /// The elastic estimate: relax the row by an amount.
  case relax(by: Double)
  /// Run `milen validate` and check locks, capacities and availability.
  case validate
  /// Check the locks and the locked companies' capacity.
  case checkLocks
}

/// What limited the search for conflicts.
public enum SearchNote: Hashable, Sendable {
  /// It stopped after `rounds` conflicts; more remain once these are resolved.
  case roundsUsed(Int)
  /// It stopped at its time cap before isolating any conflict: the conflicts are the elastic
  /// estimate, not minimal sets.
  case timeCapElastic(seconds: Double)
  /// It stopped at its time cap; other conflicts may remain.
  case timeCap(seconds: Double)
}
