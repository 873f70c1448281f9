/// What a plan tells a person about a participant's week: a typed value, made where the
/// decision is made (the decoder, the explanations, the referral order) and rendered in one
/// place per language (MilenReports' `Localizer.say`). Plan files store these values, never
/// sentences; people, companies, mentors and sessions are held by id and shown by name.
///
/// Adding a reason is one case here (or in one of the smaller vocabularies it carries), one
/// rendering per language (the compiler refuses a renderer that misses it) and one sample in
/// the vocabulary test. See docs/vocabulary.md.
public enum Note: Hashable, Sendable, Codable {
  /// Admitted from the waiting list this week.
  case admitted(referredOn: String?)
  /// The coordinator ended the enrolment this week.
  case enrolmentEnded(reason: ExitReason, on: String?)
  /// On the waiting list, with the reason rule 9 gives when a later referral is admitted.
  case waiting(Waiting)
  /// This week is the last legal placement week at the company (rule 4).
  case lastLegalWeek(company: String, week: Int, limit: Int)
  /// The legal placement length is used up at the company (rule 4).
  case limitReached(company: String, limit: Int)
  /// On the placement track with no placement this week, and why.
  case notPlaced(NotPlaced)
  /// Why they work where they do: the wish it meets, a higher wish and what holds it, and
  /// their hours against the agreed hours.
  case placedAt(company: String, facts: [PlacementFact])
  /// Needed mentor hours that no mentor gives, and why.
  case mentorHoursUnmet(unmet: Double, needed: Double, why: MentorShortfall)
  /// Fewer social sessions than the policy wants, and why.
  case sessionsShort(missing: Int, wanted: Int, why: SessionShortfall)
  /// A sentence as written: the notes of a plan file from before the typed vocabulary
  /// (format 2) are kept as they were written, in English.
  case written(String)
}

/// A participant who holds a place that a reason names, with what makes their hold clear.
public struct Holder: Hashable, Sendable, Codable {
  /// The participant's id.
  public var participant: String
  /// Admitted from the waiting list this week.
  public var admittedThisWeek: Bool
  /// Their placement week there and the legal limit, when placed.
  public var week: Int?
  /// The legal limit of placement weeks.
  public var limit: Int?

  /// A holder.
  public init(
    participant: String, admittedThisWeek: Bool = false, week: Int? = nil, limit: Int? = nil
  ) {
    self.participant = participant
    self.admittedThisWeek = admittedThisWeek
    self.week = week
    self.limit = limit
  }
}

/// Why a company cannot take a participant at all this week (before any capacity counts).
public enum Exclusion: Hashable, Sendable, Codable {
  /// A lock puts them at another company.
  case lockedElsewhere(company: String)
  /// The coordinator banned the pair.
  case banned
  /// The company offers no placement slots.
  case noSlots
  /// The legal ratio (rule 3) is used up by subsidised staff.
  case legalRatioFull(subsidised: Int, employees: Int)
  /// The company lacks accommodations the participant needs (tags).
  case lacksAccommodations([String])
  /// The company requires a driving licence.
  case requiresLicence
  /// The company requires a minimum age; `known` is false when the age is not given.
  case requiresAge(minimum: Int, known: Bool)
  /// Not among the companies the participant can reach.
  case notReachable
  /// Farther than they can travel.
  case tooFar(km: Double, limit: Double)
  /// The legal placement length there is used up (rule 4).
  case placementLimit(used: Int, limit: Int)
  /// No weekday both are available.
  case noCommonDay(available: [Weekday], open: [Weekday])
  /// Too few common hours a week for the participant's minimum.
  case fewCommonHours(hours: Double, minimum: Double)
  /// Every common window is shorter than the participant's shortest work day (rule 5).
  case shortCommonDays(longest: Double, shortest: Double)
  /// The days a lock names have no hours in common.
  case lockDaysWithoutHours([Weekday])
  /// The company is closed on a day (a change of its days).
  case closedOn(Weekday)
  /// The participant is not available on a day (a change of their days).
  case unavailableOn(Weekday)
}

/// A company and why it cannot take the participant.
public struct CompanyExclusion: Hashable, Sendable, Codable {
  /// The company's id.
  public var company: String
  /// Why not.
  public var why: Exclusion

  /// A company's exclusion.
  public init(company: String, why: Exclusion) {
    self.company = company
    self.why = why
  }
}

/// The capacity that binds at a company for a participant, and who holds it.
public enum CompanyBinding: Hashable, Sendable, Codable {
  /// Every weekly slot is taken.
  case slots(company: String, slots: Int, holders: [Holder])
  /// The legal ratio (rule 3) is reached.
  case legalRatio(company: String, room: Int, employees: Int, holders: [Holder])
  /// The places on every day they could work there are taken; `day` is the first.
  case dayPlaces(company: String, days: [Weekday], day: Weekday, holders: [Holder])

  /// The company it binds at.
  public var company: String {
    switch self {
    case .slots(let c, _, _), .legalRatio(let c, _, _, _), .dayPlaces(let c, _, _, _): return c
    }
  }

  /// Who holds the places that bind.
  public var holders: [Holder] {
    switch self {
    case .slots(_, _, let h), .legalRatio(_, _, _, let h), .dayPlaces(_, _, _, let h): return h
    }
  }
}

/// A goal level, by what it pursues (model.md's priority order).
public enum GoalKind: Int, Hashable, Sendable, Codable, CaseIterable {
  /// 1: at least the break-even number served.
  case breakEven = 1
  /// 2: mentor hours and social sessions.
  case needs = 2
  /// 3: running placements and current mentors kept.
  case keepWhatRuns = 3
  /// 4: placements at the agreed hours, admissions in referral order.
  case work = 4
  /// 5: wishes, the same week as last week, even days, few changes.
  case wishes = 5
}

/// What placing someone at a company that has room would cost the week.
public enum TradeOff: Hashable, Sendable, Codable {
  /// It breaks a hard rule this week.
  case breaksHardRule
  /// A higher goal would lose, and these participants' weeks would change.
  case costsGoal(GoalKind, changed: [String])
  /// A higher goal keeps the places for others (not measured further).
  case keptForOthers
}

/// Why a placement participant has no placement.
public enum NotPlaced: Hashable, Sendable, Codable {
  /// No company can take them at all, each with why, plus how many more are out of reach.
  case nothingFits(excluded: [CompanyExclusion], outOfReach: Int)
  /// Companies fit, but none has a place left after the higher goals.
  case noPlaceLeft(companies: [String])
  /// The binding capacity of the company they fit best, and the change that would place them
  /// (verified by planning the week with it), if one was found.
  case taken(CompanyBinding, change: WeekChange?)
  /// The company has room, but placing them there would cost what the trade-off says.
  case roomButCosts(company: String, TradeOff)
}

/// What bounds a placement's hours below the agreed hours.
public enum HoursLimit: Hashable, Sendable, Codable {
  /// The company's hours on their common days allow only so many.
  case companyHours(company: String, hours: Double)
  /// Their sessions on these days take hours at the company.
  case sessions(company: String, days: [Weekday])
  /// The company's places on these days are taken.
  case dayPlaces(company: String, days: [Weekday])
  /// The work goal stopped at its limit before more hours were proven.
  case workGoalStopped
  /// More hours here would cost a higher goal.
  case higherGoal
}

/// One fact of why a participant works where they do.
public enum PlacementFact: Hashable, Sendable, Codable {
  /// The company is their wish number `rank` of `of`.
  case wish(rank: Int, of: Int)
  /// They gave no wishes; the company fits.
  case noWishes
  /// Not among their wishes; the company fits.
  case notAmongWishes
  /// A higher wish cannot take them at all (nil: out of reach).
  case higherWishExcluded(company: String, why: Exclusion?)
  /// A higher wish is taken: its binding capacity.
  case higherWishTaken(CompanyBinding)
  /// A higher wish has room, but a higher goal keeps its places for others.
  case higherWishKeptForOthers(company: String)
  /// A higher wish has room, but their running placement here is kept (goal 3: stability
  /// before novelty); the coordinator may move them.
  case keptAtRunningPlacement(company: String, wished: String)
  /// Their hours against the agreed hours, and what bounds them when short.
  case hours(worked: Double, agreed: Double, limit: HoursLimit?)
}

/// One fact about a mentor that binds a participant's mentor hours.
public enum MentorFact: Hashable, Sendable, Codable {
  /// Every hour of the mentor is in use (by these others).
  case hoursInUse(mentor: String, used: Double, total: Double, others: [String])
  /// Every mentee place of the mentor is taken.
  case menteesFull(mentor: String, count: Int, max: Int, mentees: [String])
}

/// Why needed mentor hours are unmet.
public enum MentorShortfall: Hashable, Sendable, Codable {
  /// No mentor with the needed competences shares a weekday with them.
  case noMentorSharesDay(competences: [String])
  /// The mentors who fit have no more hours or mentee places.
  case fittingMentorsFull
  /// One mentor a week, and theirs has no more hours on the days they share.
  case oneMentorNoMoreHours(mentor: String?)
  /// The binding mentors, and the change that would cover them, when verified.
  case mentors([MentorFact], change: WeekChange?)
}

/// One fact about a session a participant does not attend.
public enum SessionFact: Hashable, Sendable, Codable {
  /// It clashes with their work.
  case clashesWithWork(activity: String, day: Weekday, company: String?, time: TimeWindow)
  /// Every seat is taken.
  case full(activity: String, seats: Int)
  /// It has a free seat, but that day holds their other plans.
  case sameDayOtherPlans(activity: String, day: Weekday)
}

/// Why fewer social sessions than wanted.
public enum SessionShortfall: Hashable, Sendable, Codable {
  /// No session fits their activity time.
  case noneFit
  /// Only these sessions fit their activity time.
  case onlyFit([String])
  /// The sessions that fit are full or clash with work.
  case fullOrClash
  /// Each fitting session they do not attend and why, and the change that would help.
  case sessions([SessionFact], change: WeekChange?)
}

/// A capacity that is full for a waiting referral (rule 9's claim).
public enum FullCapacity: Hashable, Sendable, Codable {
  /// A session's seats.
  case activity(String, taken: Int, seats: Int)
  /// A mentor's mentee places.
  case mentorMentees(String, count: Int, max: Int)
  /// A mentor's hours.
  case mentorHours(String, used: Double, total: Double)
  /// A company's places (slots or the legal ratio).
  case company(String, taken: Int, room: Int)
  /// Every common day of a company is full.
  case companyDays(String)
}

/// Why a referral waits.
public enum WaitingCause: Hashable, Sendable, Codable {
  /// Nothing in the week fits them.
  case nothingFits
  /// Their follow-up needs more coordinator hours than are left.
  case coordinatorHours(needs: Double, left: Double)
  /// Every place that fits them is taken.
  case full([FullCapacity])
}

/// A waiting referral's place in the queue and, when a later one was admitted, why.
public struct Waiting: Hashable, Sendable, Codable {
  /// Position on the waiting list, 1 = first (nil: not settled yet).
  public var position: Int?
  /// Length of the waiting list.
  public var of: Int?
  /// Why they wait, when that was settled.
  public var cause: WaitingCause?
  /// Later referrals admitted while they wait.
  public var laterAdmitted: [String]

  /// A waiting note.
  public init(
    position: Int? = nil, of: Int? = nil, cause: WaitingCause? = nil, laterAdmitted: [String] = []
  ) {
    self.position = position
    self.of = of
    self.cause = cause
    self.laterAdmitted = laterAdmitted
  }
}
