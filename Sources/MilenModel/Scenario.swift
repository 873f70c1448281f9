import Foundation

/// Whether a participant is in the programme or waiting to join it.
public enum Enrolment: String, CaseIterable, Hashable, Sendable, Codable {
  /// In the programme: never dropped from a plan.
  case enrolled
  /// On the waiting list since a referral date; may be admitted this week.
  case referred
}

/// The goal of a participant's week.
public enum Track: String, CaseIterable, Hashable, Sendable, Codable {
  /// A work placement ("virksomhedspraktik") that the plan chooses.
  case placement
  /// An ordinary or subsidised job: the employer is kept, the plan adds follow-up.
  case job
  /// A flex-job (reduced hours with wage subsidy): the employer is kept.
  case flexjob
  /// An apprenticeship ("elevplads"): the employer is kept.
  case apprenticeship
  /// Social activities only (for example STU students, the socially isolated).
  case socialOnly
  /// Sick or on new medication: social contact only, no work.
  case paused

  /// Whether the participant keeps an employer of their own.
  public var isEmployed: Bool { self == .job || self == .flexjob || self == .apprenticeship }
}

/// Readiness sets the legal placement length: 4 weeks job-ready, 13 weeks activity-ready.
public enum Readiness: String, CaseIterable, Hashable, Sendable, Codable {
  /// Ready for a job: placements last at most 4 weeks at one company.
  case jobReady
  /// Ready for activities: placements last at most 13 weeks at one company.
  case activityReady

  /// The legal maximum number of placement weeks at one company (LAB section 61).
  public var placementWeekLimit: Int { self == .jobReady ? 4 : 13 }
}

/// A point on a local map, in kilometres.
public struct Location: Hashable, Sendable, Codable {
  /// East, km.
  public var x: Double
  /// North, km.
  public var y: Double

  /// A point from its coordinates.
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }

  /// Straight-line distance in km.
  public func distance(to other: Location) -> Double {
    ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
  }
}

/// Whom to call: a person's name, phone and e-mail, each optional. Hand-outs print it so a
/// young person knows whom to call (docs/scenario.md, "Contacts and places").
public struct Contact: Hashable, Sendable, Codable {
  /// The person to ask for (a company's supervisor, a club's leader, the coordinator).
  public var name: String?
  /// A phone number as people write it (`+45 20 00 00 01`, `20 00 00 01`).
  public var phone: String?
  /// An e-mail address.
  public var email: String?

  /// A contact; every part is optional.
  public init(name: String? = nil, phone: String? = nil, email: String? = nil) {
    self.name = name
    self.phone = phone
    self.email = email
  }

  /// Whether nothing is given.
  public var isEmpty: Bool { name == nil && phone == nil && email == nil }
}

/// A range of weekly work hours.
public struct HoursRange: Hashable, Sendable, Codable {
  /// Fewest hours a week when placed.
  public var min: Double
  /// Most hours a week.
  public var max: Double
  /// The hours agreed with the young person for this week ("temporality": start small, grow
  /// week by week). Work aims at these hours and never exceeds them; nil means `max`.
  public var agreed: Double?

  /// A range from its ends, and the agreed hours if any.
  public init(min: Double, max: Double, agreed: Double? = nil) {
    self.min = min
    self.max = max
    self.agreed = agreed
  }

  /// The hours work aims at this week: the agreed hours, else the maximum.
  public var target: Double { agreed ?? max }
}

/// What a participant needs to be supported well. Sensitive personal data (GDPR art. 9):
/// never shown in a company's or mentor's view.
public struct Needs: Hashable, Sendable {
  /// Mentor hours per week ("mentorstøtte").
  public var mentorHours: Double
  /// Competences the mentor must have (anxiety, housingTraining, addiction, language, ...).
  public var competences: [String]
  /// Accommodations every workplace must offer (quietPlace, noHeavyLifting, shortDays, ...).
  public var accommodations: [String]

  /// Needs with defaults: none.
  public init(mentorHours: Double = 0, competences: [String] = [], accommodations: [String] = []) {
    self.mentorHours = mentorHours
    self.competences = competences
    self.accommodations = accommodations
  }
}

/// A participant's own wishes ("inddragelse"): ranked companies and wished activities.
public struct Wishes: Hashable, Sendable {
  /// Companies in order of preference, by id.
  public var companies: [String]
  /// Activities the participant would like, by id.
  public var activities: [String]

  /// Wishes with defaults: none.
  public init(companies: [String] = [], activities: [String] = []) {
    self.companies = companies
    self.activities = activities
  }
}

/// Where a participant is now: the placement company and the mentor, if any.
public struct CurrentSituation: Hashable, Sendable {
  /// The company of the current placement.
  public var company: String?
  /// Placement weeks already completed at that company (before this week).
  public var placementWeeks: Int
  /// When the placement started (ISO date), for information.
  public var since: String?
  /// The current mentor.
  public var mentor: String?
  /// Placement weeks already used at other companies (company id -> weeks): the legal limit
  /// counts all weeks at one company, also after a break.
  public var earlierPlacements: [String: Int]
  /// The work days and hours of last week at `company` (nil: not known). Stability prefers
  /// the same days and hours.
  public var work: [Weekday: TimeWindow]?
  /// The group sessions (activity ids) attended last week (nil: not known). Stability
  /// prefers the same sessions.
  public var activities: [String]?

  /// A situation with defaults: nowhere, no mentor.
  public init(
    company: String? = nil, placementWeeks: Int = 0, since: String? = nil, mentor: String? = nil,
    earlierPlacements: [String: Int] = [:], work: [Weekday: TimeWindow]? = nil,
    activities: [String]? = nil
  ) {
    self.company = company
    self.placementWeeks = placementWeeks
    self.since = since
    self.mentor = mentor
    self.earlierPlacements = earlierPlacements
    self.work = work
    self.activities = activities
  }

  /// Placement weeks used at a company before this week (current and earlier placements).
  public func weeksUsed(at company: String) -> Int {
    (self.company == company ? placementWeeks : 0) + (earlierPlacements[company] ?? 0)
  }
}

/// The employer and working times of a participant on the job, flex-job or apprenticeship track.
public struct Employment: Hashable, Sendable {
  /// The employer: a company id of the scenario, or the name of an employer outside it.
  public var employer: String
  /// Fixed working times, by weekday.
  public var schedule: [Weekday: TimeWindow]

  /// An employment from its employer and working times.
  public init(employer: String, schedule: [Weekday: TimeWindow] = [:]) {
    self.employer = employer
    self.schedule = schedule
  }

  /// Weekly hours at the employer.
  public var weeklyHours: Double { schedule.values.reduce(0) { $0 + $1.hours } }
}

/// Why an enrolment ends. Leaving for a job, an apprenticeship or education means leaving
/// benefit; the other reasons do not.
public enum ExitReason: String, CaseIterable, Hashable, Sendable, Codable {
  /// An ordinary or subsidised job.
  case job
  /// An apprenticeship ("elevplads").
  case apprenticeship
  /// Education.
  case education
  /// A flex-job.
  case flexjob
  /// Moved away from the municipality.
  case moved
  /// Another reason (see the note).
  case other

  /// Whether the young person leaves benefit with this exit.
  public var leavesBenefit: Bool { self == .job || self == .apprenticeship || self == .education }
}

/// The coordinator ends an enrolment on purpose: the only way anyone enrolled leaves the plan
/// (rule 10).
public struct Exit: Hashable, Sendable {
  /// Why.
  public var reason: ExitReason
  /// The date the enrolment ends (ISO `YYYY-MM-DD`), if given.
  public var on: String?
  /// A note for the coordinator's own records.
  public var note: String?

  /// An exit.
  public init(reason: ExitReason, on: String? = nil, note: String? = nil) {
    self.reason = reason
    self.on = on
    self.note = note
  }
}

/// A time a participant is busy (school, treatment, a family duty): no activity is planned
/// then. Work keeps to the work window (``Participant/availability``) on its own.
public struct BusyTime: Hashable, Sendable {
  /// The day, Monday to Sunday.
  public var day: Weekday
  /// From-to on that day.
  public var time: TimeWindow
  /// What it is, for the coordinator (optional).
  public var label: String?

  /// A busy time.
  public init(day: Weekday, time: TimeWindow, label: String? = nil) {
    self.day = day
    self.time = time
    self.label = label
  }
}

/// A young person in (or referred to) the programme.
public struct Participant: Hashable, Sendable, Identifiable {
  /// Stable id, e.g. `p07`.
  public var id: String
  /// Display name (invented in fixtures).
  public var name: String
  /// Enrolled or referred (waiting list).
  public var enrolment: Enrolment
  /// Referral date (ISO `YYYY-MM-DD`), required when referred; sets the waiting-list order.
  public var referredOn: String?
  /// Enrolment date (ISO `YYYY-MM-DD`), when known; `milen next` sets it for the admitted.
  public var enrolledOn: String?
  /// Set when the coordinator ends the enrolment this week: the plan lists the participant
  /// as left and gives them nothing.
  public var exit: Exit?
  /// The goal of the week.
  public var track: Track
  /// Job-ready or activity-ready (sets the legal placement length).
  public var readiness: Readiness
  /// Age in years, if known (some companies require a minimum age).
  public var age: Int?
  /// Weekly work hours when placed.
  public var hours: HoursRange
  /// When the participant can work (the work window), by weekday; a missing day means no
  /// work that day. Activities have their own time (``activityTime`` minus ``busy``).
  public var availability: [Weekday: TimeWindow]
  /// Times the participant cannot join activities (school, treatment, a family duty).
  public var busy: [BusyTime] = []
  /// Skills (tags).
  public var skills: [String]
  /// Interests (tags).
  public var interests: [String]
  /// Needs: sensitive personal data.
  public var needs: Needs
  /// Whether the participant holds a driving licence.
  public var drivingLicence: Bool
  /// Home, on the local map.
  public var location: Location?
  /// How far the participant can travel, km (needs `location` on both sides).
  public var maxTravelKm: Double?
  /// If given, the only companies the participant can reach.
  public var reachableCompanies: [String]?
  /// Wishes.
  public var wishes: Wishes
  /// Current placement and mentor.
  public var current: CurrentSituation
  /// The employer, for the job, flex-job and apprenticeship tracks.
  public var employment: Employment?
  /// Benefit status (sensitive), for the business case; nil = not given (the defaults).
  public var benefit: BenefitStatus?
  /// The young person's own phone: it reaches only their mentor's and the coordinator's
  /// views, never a company's hand-out.
  public var phone: String? = nil

  /// A participant; everything but identity and track has a default.
  public init(
    id: String, name: String, enrolment: Enrolment = .enrolled, referredOn: String? = nil,
    track: Track, readiness: Readiness = .activityReady, age: Int? = nil,
    hours: HoursRange = HoursRange(min: 0, max: 0), availability: [Weekday: TimeWindow] = [:],
    skills: [String] = [], interests: [String] = [], needs: Needs = Needs(),
    drivingLicence: Bool = false, location: Location? = nil, maxTravelKm: Double? = nil,
    reachableCompanies: [String]? = nil, wishes: Wishes = Wishes(),
    current: CurrentSituation = CurrentSituation(), employment: Employment? = nil
  ) {
    self.id = id
    self.name = name
    self.enrolment = enrolment
    self.referredOn = referredOn
    self.track = track
    self.readiness = readiness
    self.age = age
    self.hours = hours
    self.availability = availability
    self.skills = skills
    self.interests = interests
    self.needs = needs
    self.drivingLicence = drivingLicence
    self.location = location
    self.maxTravelKm = maxTravelKm
    self.reachableCompanies = reachableCompanies
    self.wishes = wishes
    self.current = current
    self.employment = employment
  }

  /// Enrolled and not leaving this week: rule 1 applies.
  public var isActiveEnrolled: Bool { enrolment == .enrolled && exit == nil }

  /// When anyone can join activities, every day of the week (Saturday and Sunday too): the
  /// second part of availability, outside work and busy times (docs/scenario.md).
  public static let activityTime = TimeWindow(
    start: TimeOfDay(minutes: 7 * 60), end: TimeOfDay(minutes: 22 * 60))

  /// Whether the participant could join something at `time` on `day`: within
  /// ``activityTime`` and during none of their ``busy`` times (work is a clash of its own).
  public func canJoin(on day: Weekday, _ time: TimeWindow) -> Bool {
    Participant.activityTime.contains(time)
      && !busy.contains { $0.day == day && $0.time.overlaps(time) }
  }
}

/// What a company demands of a participant.
public struct Requirements: Hashable, Sendable {
  /// A driving licence is required.
  public var drivingLicence: Bool
  /// A minimum age in years.
  public var minimumAge: Int?

  /// Requirements with defaults: none.
  public init(drivingLicence: Bool = false, minimumAge: Int? = nil) {
    self.drivingLicence = drivingLicence
    self.minimumAge = minimumAge
  }
}

/// A local company (or club) that offers work placements.
public struct Company: Hashable, Sendable, Identifiable {
  /// Stable id, e.g. `aubo`.
  public var id: String
  /// Display name.
  public var name: String
  /// Sector, for reports.
  public var sector: String
  /// Tasks offered (tags), matched against participants' skills and interests.
  public var tasks: [String]
  /// Open days and hours; work happens only inside them.
  public var open: [Weekday: TimeWindow]
  /// Placement slots per week (participants placed at once).
  public var slots: Int
  /// Placement slots per weekday (the supervisor's capacity); a missing day means `slots`.
  public var slotsPerDay: [Weekday: Int]
  /// Ordinary employees, for the legal ratio.
  public var ordinaryEmployees: Int
  /// People already in subsidised jobs or placements there that this plan does not place.
  public var subsidisedStaff: Int
  /// What the company demands.
  public var requirements: Requirements
  /// Accommodations the company offers.
  public var accommodations: [String]
  /// Where it is.
  public var location: Location?
  /// The town, for reports and splitting.
  public var town: String?
  /// The supervisor: whom a young person placed there calls.
  public var contact: Contact?
  /// The address (or meeting point) where the young person meets, as hand-outs print it.
  public var place: String?

  /// A company; everything but identity has a default.
  public init(
    id: String, name: String, sector: String = "", tasks: [String] = [],
    open: [Weekday: TimeWindow] = [:], slots: Int = 0, slotsPerDay: [Weekday: Int] = [:],
    ordinaryEmployees: Int = 0, subsidisedStaff: Int = 0,
    requirements: Requirements = Requirements(),
    accommodations: [String] = [], location: Location? = nil, town: String? = nil,
    contact: Contact? = nil, place: String? = nil
  ) {
    self.id = id
    self.name = name
    self.sector = sector
    self.tasks = tasks
    self.open = open
    self.slots = slots
    self.slotsPerDay = slotsPerDay
    self.ordinaryEmployees = ordinaryEmployees
    self.subsidisedStaff = subsidisedStaff
    self.requirements = requirements
    self.accommodations = accommodations
    self.location = location
    self.town = town
    self.contact = contact
    self.place = place
  }

  /// Slots on one weekday: the per-day figure if given, else the weekly slots; 0 when closed.
  public func slots(on day: Weekday) -> Int {
    guard open[day] != nil else { return 0 }
    return slotsPerDay[day] ?? slots
  }
}

/// A mentor who gives participants support hours.
public struct Mentor: Hashable, Sendable, Identifiable {
  /// Stable id.
  public var id: String
  /// Display name.
  public var name: String
  /// Mentor hours per week.
  public var hoursPerWeek: Double
  /// Competences (anxiety, housingTraining, addiction, language, ...).
  public var competences: [String]
  /// Weekdays the mentor works; a mentee must share at least one.
  public var days: [Weekday]
  /// Most mentees at once.
  public var maxMentees: Int
  /// Where the mentor works from.
  public var location: Location?
  /// How far the mentor travels to a mentee, km (needs `location` on both sides).
  public var maxTravelKm: Double?
  /// How to reach the mentor (phone, e-mail).
  public var contact: Contact?
  /// Where the mentor meets mentees (an address or meeting point).
  public var place: String?

  /// A mentor.
  public init(
    id: String, name: String, hoursPerWeek: Double, competences: [String] = [],
    days: [Weekday] = Weekday.workdays, maxMentees: Int = 10, location: Location? = nil,
    maxTravelKm: Double? = nil, contact: Contact? = nil, place: String? = nil
  ) {
    self.contact = contact
    self.place = place
    self.location = location
    self.maxTravelKm = maxTravelKm
    self.id = id
    self.name = name
    self.hoursPerWeek = hoursPerWeek
    self.competences = competences
    self.days = days
    self.maxMentees = maxMentees
  }
}

/// The kind of an activity session.
public enum ActivityKind: String, CaseIterable, Hashable, Sendable, Codable {
  /// The group's own meeting (UngeMilen).
  case groupMeeting
  /// Training (for example at a fitness club).
  case training
  /// The coffee club (Kaffeklubben).
  case coffeeClub
  /// The teaching day (anxiety courses, stress handling).
  case teaching
  /// A local club activity (foreningsliv).
  case club
  /// Anything else.
  case other
}

/// A timed activity session in the week: a club, a group meeting, training, teaching.
public struct Activity: Hashable, Sendable, Identifiable {
  /// Stable id.
  public var id: String
  /// Display name.
  public var name: String
  /// Kind.
  public var kind: ActivityKind
  /// Weekday (Saturday and Sunday allowed).
  public var day: Weekday
  /// Time window.
  public var time: TimeWindow
  /// Seats.
  public var seats: Int
  /// Tags, matched against interests.
  public var tags: [String]
  /// Whether the coordinator runs it (it then costs its length in coordinator hours).
  public var runByCoordinator: Bool
  /// Where it takes place; participants with a travel limit reach it only within that limit.
  public var location: Location?
  /// Whom to call about it (the club's leader, the trainer).
  public var contact: Contact?
  /// The address or meeting point, as hand-outs print it.
  public var place: String?

  /// An activity.
  public init(
    id: String, name: String, kind: ActivityKind = .other, day: Weekday, time: TimeWindow,
    seats: Int, tags: [String] = [], runByCoordinator: Bool = false, location: Location? = nil,
    contact: Contact? = nil, place: String? = nil
  ) {
    self.contact = contact
    self.place = place
    self.location = location
    self.id = id
    self.name = name
    self.kind = kind
    self.day = day
    self.time = time
    self.seats = seats
    self.tags = tags
    self.runByCoordinator = runByCoordinator
  }
}

/// The posted employee: weekly hours and follow-up time per participant by track.
public struct Coordinator: Hashable, Sendable {
  /// Hours per week (37 in Aulum; the sum of the posted employees' hours where there are
  /// several).
  public var hoursPerWeek: Double
  /// Fixed hours for network, companies and project management, before any participant.
  public var fixedHours: Double
  /// Follow-up hours per served participant, by track.
  public var followUpHours: [Track: Double]
  /// The coordinator's own name, phone and e-mail: every hand-out says whom to call.
  public var contact: Contact?
  /// The coordinator's office or the programme's meeting place.
  public var place: String?
  /// Minutes the coordinator's calendar leaves between two visits (or a visit and a session)
  /// at different places, for the travel (default 15).
  public var travelMinutes: Int = Coordinator.defaultTravelMinutes

  /// The default travel time between two places, minutes.
  public static let defaultTravelMinutes = 15

  /// The default follow-up hours per participant by track.
  public static let defaultFollowUp: [Track: Double] = [
    .placement: 1.5, .job: 0.5, .flexjob: 1, .apprenticeship: 0.5, .socialOnly: 1, .paused: 0.5,
  ]

  /// A coordinator.
  public init(
    hoursPerWeek: Double = 37, fixedHours: Double = 0,
    followUpHours: [Track: Double] = Coordinator.defaultFollowUp
  ) {
    self.hoursPerWeek = hoursPerWeek
    self.fixedHours = fixedHours
    self.followUpHours = followUpHours
  }

  /// Follow-up hours for one participant on a track.
  public func followUp(for track: Track) -> Double {
    followUpHours[track] ?? Coordinator.defaultFollowUp[track] ?? 0
  }
}

/// Programme economics: break-even, the cost of the posted positions and the business case's
/// assumptions.
public struct Programme: Hashable, Sendable {
  /// Participants needed to break even (the seed: 12-14).
  public var breakEven: Int
  /// The target number of participants.
  public var target: Int
  /// Cost of one position per year, DKK (about 500,000).
  public var positionCostPerYear: Double
  /// Positions (1 in Aulum).
  public var positions: Double
  /// A year's saving per person off benefit, DKK, replacing the benefit rates and the refund
  /// staircase of `economics` (the format before the revised business case; docs/scenario.md).
  public var savingPerParticipantPerYear: Double?
  /// The business case's economic assumptions; nil or a missing field = the default.
  public var economics: Economics?

  /// The programme with the seed's figures as defaults.
  public init(
    breakEven: Int = 12, target: Int = 14, positionCostPerYear: Double = 500_000,
    positions: Double = 1, savingPerParticipantPerYear: Double? = nil,
    economics: Economics? = nil
  ) {
    self.breakEven = breakEven
    self.target = target
    self.positionCostPerYear = positionCostPerYear
    self.positions = positions
    self.savingPerParticipantPerYear = savingPerParticipantPerYear
    self.economics = economics
  }
}

/// How the week is planned: social sessions wanted and solver limits.
public struct Policy: Hashable, Sendable {
  /// Social sessions wanted per participant per week ("we meet twice a week").
  public var socialSessionsPerWeek: Int
  /// Solver time limit for the whole plan, seconds.
  public var timeLimitSeconds: Double
  /// Relative MIP gap at which the solver may stop (0 = prove optimality).
  public var relativeGap: Double
  /// Most changes of company or mentor against last week (nil = no limit).
  public var maxChanges: Int?
  /// The shortest work day, hours (hard rule 5; default 3).
  public var shortestWorkDay: Double = 3
  /// The shortest work day for someone who needs short days (`shortDays`), hours (default 2).
  public var shortestShortDay: Double = 2

  /// The default policy.
  public init(
    socialSessionsPerWeek: Int = 2, timeLimitSeconds: Double = 60, relativeGap: Double = 0,
    maxChanges: Int? = nil, shortestWorkDay: Double = 3, shortestShortDay: Double = 2
  ) {
    self.socialSessionsPerWeek = socialSessionsPerWeek
    self.timeLimitSeconds = timeLimitSeconds
    self.relativeGap = relativeGap
    self.maxChanges = maxChanges
    self.shortestWorkDay = shortestWorkDay
    self.shortestShortDay = shortestShortDay
  }

  /// The accommodation that asks for short days.
  public static let shortDays = "shortDays"

  /// The shortest work day of a participant (hard rule 5): ``shortestShortDay`` when they need
  /// short days, else ``shortestWorkDay``; when the week's agreed hours are fewer, those hours.
  public func shortestWorkDay(for p: Participant) -> Double {
    let least =
      p.needs.accommodations.contains(Policy.shortDays) ? shortestShortDay : shortestWorkDay
    return min(least, p.hours.target)
  }
}

/// A lock agreed face to face: the participant must be at the company (on the given days).
public struct Lock: Hashable, Sendable {
  /// Participant id.
  public var participant: String
  /// Company id.
  public var company: String
  /// Days that must be worked there; empty means any days.
  public var days: [Weekday]

  /// A lock.
  public init(participant: String, company: String, days: [Weekday] = []) {
    self.participant = participant
    self.company = company
    self.days = days
  }
}

/// A ban: the participant must not be at the company.
public struct Ban: Hashable, Sendable {
  /// Participant id.
  public var participant: String
  /// Company id.
  public var company: String

  /// A ban.
  public init(participant: String, company: String) {
    self.participant = participant
    self.company = company
  }
}

/// Where a rolled-forward scenario came from: last week's plan, by week and fingerprint.
public struct RolledFrom: Hashable, Sendable {
  /// Last week's ISO week.
  public var week: String
  /// The fingerprint of last week's plan (`Plan.fingerprint`).
  public var plan: String

  /// A reference to last week's plan.
  public init(week: String, plan: String) {
    self.week = week
    self.plan = plan
  }
}

/// One week's input: the people, companies, mentors, activities and rules of a planning run.
public struct Scenario: Hashable, Sendable {
  /// ISO week, e.g. `2026-W02`.
  public var week: String
  /// The coordinator.
  public var coordinator: Coordinator
  /// Programme economics.
  public var programme: Programme
  /// Planning policy.
  public var policy: Policy
  /// Participants, enrolled and referred.
  public var participants: [Participant]
  /// Companies.
  public var companies: [Company]
  /// Mentors.
  public var mentors: [Mentor]
  /// Activity sessions.
  public var activities: [Activity]
  /// Locks.
  public var locks: [Lock]
  /// Bans.
  public var bans: [Ban]
  /// The plan this scenario was rolled forward from by `milen next`, if any.
  public var rolledFrom: RolledFrom?
  /// Those who left benefit (a job, an apprenticeship, education) in earlier weeks: `milen
  /// next` appends to it, and the business case counts each for the assumed duration.
  public var leftBenefit: [BenefitExit] = []

  /// A scenario.
  public init(
    week: String, coordinator: Coordinator = Coordinator(), programme: Programme = Programme(),
    policy: Policy = Policy(), participants: [Participant] = [], companies: [Company] = [],
    mentors: [Mentor] = [], activities: [Activity] = [], locks: [Lock] = [], bans: [Ban] = []
  ) {
    self.week = week
    self.coordinator = coordinator
    self.programme = programme
    self.policy = policy
    self.participants = participants
    self.companies = companies
    self.mentors = mentors
    self.activities = activities
    self.locks = locks
    self.bans = bans
  }
}

extension Scenario {
  /// The waiting list: indices of referred participants, earliest referral first (ties by
  /// id). Admissions follow this order.
  public var waitingListOrder: [Int] {
    participants.indices.filter {
      participants[$0].enrolment == .referred && participants[$0].exit == nil
    }.sorted {
      (participants[$0].referredOn ?? "", participants[$0].id)
        < (participants[$1].referredOn ?? "", participants[$1].id)
    }
  }
}

extension Scenario {
  /// The scenario's ISO week, when it is a real one.
  public var isoWeek: IsoWeek? { IsoWeek(parsing: week) }

  /// Whole weeks from the week of `date` (ISO `YYYY-MM-DD`) to this scenario's week: the
  /// placement weeks a placement that started then can have used before this week. Nil when
  /// either is malformed; 0 when the date lies in this week or later.
  public func weeksBefore(date: String) -> Int? {
    guard let w = isoWeek, let d = CalendarDate(parsing: date) else { return nil }
    return max(0, w.weeks(since: d.isoWeek))
  }
}
