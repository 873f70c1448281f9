import Foundation
import MilenModel

/// What the independent checker found wrong with a plan, as a typed value: the case says which
/// check failed, its arguments hold the ids, days, times, hours and counts involved. It is made
/// where the rule decides and rendered in each language by `MilenReports` (`Localizer.say`), by
/// name; the checker writes no sentence. Ids are the scenario's (or the plan's, where the plan
/// names something the scenario does not have).
public enum Finding: Hashable, Sendable, Codable {
  // MARK: Rule 1: nobody is discharged

  /// An enrolled participant (no exit) has another status in the plan (admitted or waiting).
  case enrolledNotKept(participant: String, status: ParticipantStatus)
  /// A referred participant has status enrolled; a referral is admitted or waiting.
  case referredMarkedEnrolled(participant: String)
  /// A waiting participant is given something this week.
  case waitingGiven(participant: String, given: [Given])
  /// An enrolled or admitted participant gets nothing: no work, employer, mentor hours or
  /// activity.
  case servedGetsNothing(participant: String, status: ParticipantStatus)

  // MARK: Rule 2: capacity

  /// More placements at a company than its slots.
  case companyOverSlots(company: String, placed: [String], slots: Int)
  /// More placements working at a company on a day than its slots that day (`closed` when it
  /// is closed that day).
  case companyOverDaySlots(
    company: String, day: Weekday, working: [String], slots: Int, closed: Bool)
  /// A mentor gives more hours than they have a week.
  case mentorOverHours(mentor: String, hours: Double, limit: Double, mentees: [MenteeHours])
  /// A mentor has more mentees than their most.
  case mentorOverMentees(mentor: String, mentees: [String], limit: Int)
  /// A session has more attendees than seats.
  case activityOverSeats(activity: String, attendees: [String], seats: Int)
  /// The coordinator needs more hours than they have: fixed, follow-up for the served, and the
  /// activities they run.
  case coordinatorOverHours(
    needed: Double, fixed: Double, followUp: Double, served: Int, running: Double,
    available: Double)

  // MARK: Rule 3: the legal ratio

  /// Placements plus subsidised staff above the legal ratio's room for the ordinary employees.
  case overLegalRatio(
    company: String, placed: [String], subsidised: Int, room: Int, employees: Int)

  // MARK: Rule 4: the legal placement length

  /// Placed at a company for a week beyond the legal limit for their readiness.
  case beyondPlacementLimit(
    participant: String, company: String, week: Int, done: Int, limit: Int, readiness: Readiness)
  /// A continued placement whose stated week is not the weeks done plus one.
  case wrongPlacementWeek(
    participant: String, company: String, week: Int, done: Int, stated: Int?)
  /// A new placement whose stated week is not 1.
  case newPlacementNotWeekOne(participant: String, company: String, stated: Int?)
  /// A stated placement week beyond the legal limit.
  case statedWeekBeyondLimit(
    participant: String, company: String, stated: Int, limit: Int, readiness: Readiness)
  /// Across weeks: a placement at the same company does not count on from the previous plan.
  case placementWeekNotCounted(
    participant: String, company: String, previousWeek: Int, previous: PreviousPlan,
    expected: Int, stated: Int?)

  // MARK: Rule 5: availability and time

  /// A work window that ends before it starts (`company` nil when there is none).
  case emptyWorkWindow(participant: String, company: String?, day: Weekday, time: TimeWindow)
  /// Work on a Saturday or Sunday.
  case workOnWeekend(participant: String, company: String?, day: Weekday, time: TimeWindow)
  /// Work outside the participant's availability that day.
  case workOutsideAvailability(
    participant: String, company: String?, day: Weekday, time: TimeWindow, available: TimeWindow)
  /// Work on a day the participant is not available.
  case workWhenUnavailable(participant: String, company: String?, day: Weekday, time: TimeWindow)
  /// Work outside the company's opening hours that day.
  case workOutsideOpening(
    participant: String, company: String, day: Weekday, time: TimeWindow, open: TimeWindow)
  /// Work on a day the company is closed.
  case workWhenClosed(participant: String, company: String, day: Weekday, time: TimeWindow)
  /// More than one work window on a day.
  case severalWorkWindows(
    participant: String, company: String?, day: Weekday, windows: [TimeWindow])
  /// Weekly work hours outside the participant's range.
  case hoursOutsideRange(
    participant: String, company: String, hours: Double, minimum: Double, maximum: Double)
  /// Weekly work hours above the hours agreed with them for this week.
  case hoursAboveAgreed(participant: String, company: String, hours: Double, agreed: Double)
  /// A worked day shorter than the participant's shortest work day (rule 5).
  case shortWorkDay(
    participant: String, company: String?, day: Weekday, time: TimeWindow, shortest: Double)
  /// A session outside activity time, 07:00-22:00 (model.md, two-part availability).
  case sessionOutsideActivityTime(
    participant: String, activity: String, day: Weekday, time: TimeWindow)
  /// A session in a time the participant marked busy.
  case sessionWhileBusy(
    participant: String, activity: String, day: Weekday, time: TimeWindow, busy: TimeWindow,
    label: String?)
  /// Two timed things at once.
  case clash(
    participant: String, day: Weekday, first: Commitment, firstTime: TimeWindow,
    second: Commitment, secondTime: TimeWindow)

  // MARK: Rule 6: fit

  /// The mentor lacks competences the participant needs.
  case mentorLacksCompetences(participant: String, mentor: String, missing: [String])
  /// The mentor is further from the participant than the mentor travels.
  case mentorTooFar(participant: String, mentor: String, km: Double, limit: Double)
  /// The mentor works on none of the days the participant is available.
  case mentorNoCommonDay(
    participant: String, mentor: String, mentorDays: [Weekday], available: [Weekday])
  /// A session further from the participant than they travel.
  case sessionTooFar(participant: String, activity: String, km: Double, limit: Double)
  /// More mentor hours than the participant needs.
  case mentorHoursAboveNeed(participant: String, hours: Double, need: Double)
  /// Mentor hours without a mentor.
  case mentorHoursWithoutMentor(participant: String, hours: Double)
  /// A mentor without mentor hours.
  case mentorWithoutHours(participant: String, mentor: String, hours: Double)
  /// The company lacks accommodations the participant needs.
  case companyLacksAccommodations(participant: String, company: String, missing: [String])
  /// The company requires a driving licence the participant does not hold.
  case companyRequiresLicence(participant: String, company: String)
  /// The company requires an age the participant does not have (`age` nil: unknown).
  case companyRequiresAge(participant: String, company: String, minimum: Int, age: Int?)
  /// The company is not among the participant's reachable companies.
  case companyNotReachable(participant: String, company: String, reachable: [String])
  /// The company is further from the participant than they travel.
  case companyTooFar(participant: String, company: String, km: Double, limit: Double)

  // MARK: Rule 7: tracks

  /// Work for a track that gets none (social only, paused) or that keeps its employer.
  case workOnTrack(participant: String, track: Track, given: [Given])
  /// An employer for a track that has none (social only, paused, placement).
  case employerOnTrack(participant: String, track: Track, employer: String)
  /// An employed track with another employer than theirs (nil: none).
  case wrongEmployer(participant: String, track: Track, expected: String?, given: String?)

  // MARK: Rule 8: locks and bans

  /// A locked participant the plan does not list.
  case lockedNotListed(participant: String, company: String, days: [Weekday])
  /// A locked participant placed elsewhere (`placedAt`) or not placed (nil).
  case lockNotKept(participant: String, company: String, days: [Weekday], placedAt: String?)
  /// A locked participant who does not work at the company on the locked days `missing`.
  case lockDaysMissing(
    participant: String, company: String, days: [Weekday], missing: [Weekday])
  /// A banned pair placed together.
  case banBroken(participant: String, company: String)

  // MARK: Rule 9: referral order

  /// A later referral is admitted while an earlier one waits, and the plan gives no waiting
  /// reason.
  case laterAdmittedWithoutReason(waiting: String, later: String)
  /// A later referral is admitted while an earlier one waits, and the waiting reason does not
  /// name them.
  case reasonOmitsLater(waiting: String, later: String)
  /// The waiting reason names someone who is not an admitted referral after them.
  case reasonNamesWrongPerson(waiting: String, named: String, why: WrongName)
  /// The waiting reason's claim does not hold for a later referral named.
  case waitingClaimFails(waiting: String, later: String, claim: ClaimProblem)

  // MARK: Rule 10: nobody enrolled leaves

  /// An exit in the scenario, but the plan's status is not left.
  case exitNotLeft(participant: String, reason: ExitReason, status: ParticipantStatus)
  /// A participant who has left is given something.
  case leftGiven(participant: String, reason: ExitReason, given: [Given])
  /// Status left without an exit in the scenario.
  case leftWithoutExit(participant: String)
  /// Enrolled or admitted in the previous plan and missing from this week's scenario.
  case previousMissingFromScenario(
    participant: String, was: ParticipantStatus, previous: PreviousPlan)
  /// Enrolled or admitted in the previous plan, and the scenario lists them otherwise.
  case previousNotEnrolledInScenario(
    participant: String, was: ParticipantStatus, previous: PreviousPlan, enrolment: Enrolment)
  /// Enrolled or admitted in the previous plan, and this plan has another status.
  case previousNotEnrolledInPlan(
    participant: String, was: ParticipantStatus, previous: PreviousPlan,
    status: ParticipantStatus)
  /// Enrolled or admitted in the previous plan, and missing from this plan.
  case previousMissingFromPlan(participant: String, was: ParticipantStatus, previous: PreviousPlan)

  // MARK: Consistency: the plan's own sums and lists

  /// The plan's week is not the scenario's.
  case weekDiffers(plan: String, scenario: String)
  /// A previous plan of neither this week nor the week before (`before` nil: unknown).
  case previousUnrelated(previous: String, week: String, before: String?)
  /// A participant listed more than once.
  case listedTimes(participant: String, times: Int)
  /// A participant of the scenario missing from the plan.
  case missingFromPlan(participant: String)
  /// A participant in the plan but not in the scenario.
  case notInScenario(participant: String)
  /// The row's track is not the scenario's.
  case trackDiffers(participant: String, scenario: Track, plan: Track)
  /// The row's name is not the scenario's.
  case nameDiffers(participant: String, plan: String, scenario: String)
  /// The row's exit reason is not the scenario's (nil: none).
  case exitReasonDiffers(participant: String, plan: ExitReason?, scenario: ExitReason)
  /// An exit reason on a row that has not left.
  case exitReasonWithStatus(participant: String, reason: ExitReason, status: ParticipantStatus)
  /// A waiting reason on a row that is not waiting.
  case waitingReasonWithStatus(
    participant: String, kind: WaitingReason.Kind, status: ParticipantStatus)
  /// Placed at a company the scenario does not have.
  case unknownCompany(participant: String, company: String)
  /// A mentor the scenario does not have.
  case unknownMentor(participant: String, mentor: String)
  /// A session the scenario does not have.
  case unknownActivity(participant: String, activity: String)
  /// A session listed more than once on a row.
  case activityRepeated(participant: String, activity: String)
  /// Work days without a placement company.
  case workWithoutCompany(participant: String, days: Int)
  /// A placement week without a placement company.
  case placementWeekWithoutCompany(participant: String, week: Int)
  /// Mentor hours (or unmet mentor hours) that are no number of hours (negative, not finite).
  case hoursNotANumber(participant: String, unmet: Bool, value: Double)
  /// The row's unmet mentor hours disagree with the need and the hours given.
  case unmetHoursWrong(participant: String, stated: Double, need: Double, given: Double)
  /// A load lists ids more than once.
  case loadListsTwice(load: Load, ids: [String])
  /// A load's list disagrees with the rows.
  case loadDisagrees(load: Load, listed: [String], rows: [String])
  /// The plan lists a load more than once.
  case loadRepeated(load: Load)
  /// The plan has no load for a company, mentor or activity of the scenario.
  case loadMissing(load: Load)
  /// The plan has a load for an id the scenario does not have as that kind.
  case loadUnknown(load: Load)
  /// A company load's slots disagree with the scenario.
  case loadSlots(company: String, stated: Int, scenario: Int)
  /// A company load's legal room disagrees with the ratio after subsidised staff.
  case loadLegalRoom(company: String, stated: Int, room: Int, subsidised: Int)
  /// A company load's count on a day disagrees with the rows.
  case loadPerDay(company: String, day: Weekday, stated: Int, rows: Int)
  /// A company load has a count under a key that is no weekday.
  case loadUnknownDay(company: String, key: String, count: Int)
  /// A mentor load's hours disagree with the rows.
  case loadMentorHours(mentor: String, stated: Double, rows: Double)
  /// A mentor load's hours a week disagree with the scenario.
  case loadMentorWeekHours(mentor: String, stated: Double, scenario: Double)
  /// A mentor load's most mentees disagree with the scenario.
  case loadMaxMentees(mentor: String, stated: Int, scenario: Int)
  /// An activity load's seats disagree with the scenario.
  case loadSeats(activity: String, stated: Int, scenario: Int)
  /// A programme figure disagrees with the rows (or, for break-even and target, the scenario).
  case figureDiffers(figure: Figure, stated: Int, actual: Int)
  /// The margin is not served minus break-even.
  case marginWrong(stated: Int, served: Int, breakEven: Int, margin: Int)
  /// The break-even status is not the one the served count gives.
  case statusWrong(
    stated: BreakEvenStatus, served: Int, breakEven: Int, target: Int, actual: BreakEvenStatus)
  /// The coordinator hours used disagree with fixed, follow-up and activities run.
  case coordinatorUsedWrong(stated: Double, actual: Double)
  /// The coordinator's hours disagree with the scenario.
  case coordinatorHoursWrong(stated: Double, scenario: Double)
  /// The business case counts someone off benefit twice.
  case offBenefitTwice(participant: String)
  /// The business case counts someone off benefit before the date they leave it.
  case offBenefitTooEarly(participant: String, since: String)
  /// The business case counts someone neither in the scenario nor among those who left
  /// benefit.
  case offBenefitUnknown(participant: String)
  /// The business case counts someone who is still on benefit.
  case offBenefitStillOn(participant: String, why: OnBenefit)
  /// A move (numbered from 1) names someone who is not a participant of the scenario.
  case moveUnknownParticipant(move: Int, participant: String)
  /// A move to a company the scenario does not have.
  case moveUnknownCompany(move: Int, participant: String, company: String)
  /// A move of someone not on the placement track.
  case moveNotPlacement(move: Int, participant: String, company: String)
  /// A move to a company the participant is banned from.
  case moveToBan(move: Int, participant: String, company: String)
  /// A move that locks the same person twice.
  case moveLocksTwice(move: Int)
}

extension Finding {
  /// Something a plan gives a participant this week.
  public enum Given: Hashable, Sendable, Codable {
    /// A placement company.
    case company(String)
    /// Work days (how many).
    case workDays(Int)
    /// A mentor.
    case mentor(String)
    /// Mentor hours.
    case mentorHours(Double)
    /// Sessions.
    case activities([String])
  }

  /// One timed thing in a participant's week.
  public enum Commitment: Hashable, Sendable, Codable {
    /// Work at the placement company (nil: none).
    case work(company: String?)
    /// A session.
    case session(activity: String)
    /// Their own job at their employer.
    case job(employer: String)
  }

  /// A mentee's hours with one mentor.
  public struct MenteeHours: Hashable, Sendable, Codable {
    /// The participant.
    public var participant: String
    /// The mentor hours they get.
    public var hours: Double
    /// A mentee's hours.
    public init(participant: String, hours: Double) {
      self.participant = participant
      self.hours = hours
    }
  }

  /// The plan a week is compared with.
  public enum PreviousPlan: Hashable, Sendable, Codable {
    /// Last week's plan, of the given ISO week.
    case lastWeek(String)
    /// An earlier plan of this same week (a replan).
    case sameWeek
  }

  /// Why a waiting reason should not name someone as admitted in their stead.
  public enum WrongName: Hashable, Sendable, Codable {
    /// They were referred before the one waiting.
    case referredBefore
    /// They are a later referral but not admitted.
    case notAdmitted
    /// They are no referral of this week.
    case notReferral
  }

  /// Something that could serve a participant this week, by the checker's own rules.
  public enum Place: Hashable, Sendable, Codable {
    /// Their own employer (never full).
    case employer(String)
    /// A session.
    case activity(String)
    /// A mentor.
    case mentor(String)
    /// A company for a placement.
    case company(String)
  }

  /// The room left at a place that fits the one waiting, once the others are set aside.
  public enum Room: Hashable, Sendable, Codable {
    /// Seats taken by others of all seats.
    case activity(String, taken: Int, seats: Int)
    /// Mentees and hours taken by others; the hours the one waiting could have of their need.
    case mentor(
      String, mentees: Int, maxMentees: Int, hours: Double, total: Double, could: Double,
      need: Double)
    /// Slots taken by others, the legal room, and the days with room.
    case company(String, taken: Int, slots: Int, legalRoom: Int, days: [Weekday])
  }

  /// Why a waiting reason's claim does not hold.
  public enum ClaimProblem: Hashable, Sendable, Codable {
    /// `nothingFits`, but these fit them.
    case somethingFits([Place])
    /// `full`, but this is never full (an employer).
    case neverFull(Place)
    /// `full` without the later referrals named, but this place has room.
    case room(without: [String], Room)
    /// This place is full but the reason does not list it among its capacities.
    case fullNotListed(Place)
    /// The reason lists a capacity that is no activity, mentor or company of the scenario.
    case unknownCapacity(String)
    /// `coordinatorHours`, but the follow-up they need fits in the hours left plus the later
    /// referral's.
    case coordinatorHoursSuffice(needs: Double, left: Double, freed: Double)
  }

  /// A company's, mentor's or activity's load in the plan.
  public enum Load: Hashable, Sendable, Codable {
    /// A company's load.
    case company(String)
    /// A mentor's load.
    case mentor(String)
    /// An activity's load.
    case activity(String)
  }

  /// A programme figure of the plan.
  public enum Figure: String, Hashable, Sendable, Codable, CaseIterable {
    /// Enrolled, admitted, waiting, served, in placement, employed (against the rows).
    case enrolled, admitted, waiting, served, inPlacement, employed
    /// Break-even and target (against the scenario).
    case breakEven, target
  }

  /// Why someone the business case counts off benefit is still on it.
  public enum OnBenefit: Hashable, Sendable, Codable {
    /// The plan says they left, but the scenario has no exit.
    case leftWithoutExit
    /// They leave for a reason that keeps them on benefit.
    case leavesFor(ExitReason)
    /// They wait on the list.
    case waits
    /// A job or apprenticeship without the date they left benefit.
    case noDateOffBenefit(Track)
    /// Their track keeps them on benefit.
    case track(Track)
  }
}
