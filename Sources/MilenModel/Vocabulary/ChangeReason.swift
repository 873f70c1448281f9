/// Why something changed since last week (``PlanChange``): a typed value rendered per
/// language by the report layer.
public enum ChangeReason: Hashable, Sendable, Codable {
  /// The coordinator ended the enrolment on purpose.
  case ended(reason: ExitReason, on: String?)
  /// Admitted from the waiting list.
  case admitted(referredOn: String?)
  /// In last week's plan, not in this week's scenario.
  case notInScenario
  /// In this week's scenario, not in last week's plan.
  case newInScenario
  /// Last week's company cannot take them any more (and, on a move, the wish the new one
  /// meets).
  case companyExcluded(CompanyExclusion, wish: Int?)
  /// Their track is now another (no placement on it).
  case trackNow(Track)
  /// Last week's company still fits, but a higher goal (needs, keep what runs) used its place.
  case companyUsedByHigherGoal(company: String, wish: Int?)
  /// A placement at the company fits this week.
  case placementFits(company: String)
  /// The agreed hours changed to this many a week.
  case agreedHoursNow(Double)
  /// A work day was given up for a higher goal though it still fits.
  case dayGivenUp(Weekday)
  /// A work day no longer fits: the company is closed, or they are not available then.
  case dayNoLongerFits(Weekday, because: Exclusion)
  /// The same days at other hours, for a higher goal.
  case otherHours
  /// Last week's mentor had no room left after a higher goal.
  case mentorHadNoRoom(mentor: String)
  /// Last week's mentor no longer fits their needs and days.
  case mentorNoLongerFits(mentor: String)
  /// Mentor hours are needed.
  case mentorNeeded
  /// No mentor had room.
  case noMentorRoom
  /// No mentor hours are needed this week.
  case noMentorHoursNeeded
  /// The needed mentor hours are now this many.
  case mentorHoursNow(Double)
  /// The mentor has no more hours this week.
  case mentorNoMoreHours(mentor: String)
  /// A session more this week.
  case sessionAdded
  /// Each session dropped, and why.
  case sessionsDropped([DroppedSession])
  /// A sentence as written by a plan file from before the typed vocabulary (format 2).
  case written(String)
}

/// A session dropped since last week, and why.
public struct DroppedSession: Hashable, Sendable, Codable {
  /// The activity's id.
  public var activity: String
  /// Why it was dropped.
  public var why: Why

  /// Why a session was dropped.
  public enum Why: Hashable, Sendable, Codable {
    /// It no longer fits their days and hours.
    case noLongerFits
    /// It is full, its seats taken for higher goals.
    case full(seats: Int)
    /// It clashes with their work on its day.
    case clashesWithWork(Weekday)
    /// It was dropped for a higher goal.
    case higherGoal
  }

  /// A dropped session.
  public init(activity: String, why: Why) {
    self.activity = activity
    self.why = why
  }
}

/// What a change's "from" or "to" holds: a company, a mentor, hours, work days or sessions.
public enum ChangeValue: Hashable, Sendable, Codable {
  /// A company, by id.
  case company(String)
  /// A mentor, by id.
  case mentor(String)
  /// Mentor hours.
  case hours(Double)
  /// Work days and times.
  case work([WorkDay])
  /// Sessions, by id.
  case sessions([String])
}

/// Why the week falls short of break-even (goal 1).
public enum ProgrammeShortfall: Hashable, Sendable, Codable {
  /// Served (enrolled plus admitted) against break-even.
  case served(served: Int, enrolled: Int, admitted: Int, breakEven: Int)
  /// The waiting list is empty: this many more referrals are needed.
  case waitingListEmpty(needed: Int)
  /// Referrals who could not be admitted; each one's reason is in their own notes.
  case notAdmitted(count: Int, hoursUsed: Double, hours: Double)
  /// A sentence as written by a plan file from before the typed vocabulary (format 2).
  case written(String)
}

/// Something that happened in a simulated week.
public enum SimulationEvent: Hashable, Sendable, Codable {
  /// Hired at a company.
  case hired(participant: String, company: String)
  /// Used every legal week at a company.
  case limitUsed(participant: String, weeks: Int, company: String)
  /// Could return from a pause, but the coordinator has no hours.
  case pauseNoHours(participant: String)
  /// Back from a pause.
  case backFromPause(participant: String)
  /// Leaves: the follow-up in the job is done.
  case followUpDone(participant: String)
  /// Referred to the programme (a simulated arrival, with the name it was given).
  case referred(participant: String, name: String)
}

/// What rolling a week forward (`milen next`) did besides the plain carrying on.
public enum RollingNote: Hashable, Sendable, Codable {
  /// The enrolment ended; the participant is removed from next week's scenario.
  case enrolmentEnded(participant: String, reason: ExitReason?)
  /// Every legal placement week at the company is used.
  case limitUsed(participant: String, used: Int, limit: Int, company: String)
  /// A lock at the company is dropped: the legal limit is reached there.
  case lockDropped(participant: String, company: String)
}

/// What applying a what-if change file did besides the change itself: references to a removed
/// company, mentor or session that were dropped with it.
public enum ChangeFileNote: Hashable, Sendable, Codable {
  /// A reference of a participant's to a removed entry was dropped.
  case referenceDropped(participant: String, what: Reference)
  /// Their current mentor was removed.
  case currentMentorRemoved(participant: String, mentor: String)
  /// Their current placement ends: the company was removed.
  case currentPlacementEnds(participant: String, company: String)
  /// A lock at a removed company was dropped.
  case lockDropped(participant: String, company: String)
  /// A ban at a removed company was dropped.
  case banDropped(participant: String, company: String)

  /// What kind of reference was dropped.
  public enum Reference: String, Hashable, Sendable, Codable {
    /// A wished company.
    case wishedCompany
    /// A wished activity.
    case wishedActivity
    /// A company in their reach list.
    case reachableCompany
    /// A current session.
    case currentSession
  }
}
