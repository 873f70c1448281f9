import Foundation

/// Where a participant stands in this week's plan.
public enum ParticipantStatus: String, CaseIterable, Hashable, Sendable, Codable {
  /// Enrolled before this week.
  case enrolled
  /// Admitted from the waiting list this week.
  case admitted
  /// Still on the waiting list: gets nothing this week.
  case waiting
  /// The coordinator ended the enrolment this week (`exit` in the scenario): gets nothing.
  case left
}

/// Why an earlier referral waits while a later one is admitted (rule 9): the capacity or rule
/// that kept the earlier one out of the later one's place. The checker verifies the claim.
public struct WaitingReason: Hashable, Sendable, Codable {
  /// The kind of claim.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Nothing in the scenario fits the participant: no activity they can attend, no mentor
    /// who covers their needs, no company that fits (rule 1 could not hold for them).
    case nothingFits
    /// The coordinator's hours: the participant's follow-up exceeds what the later referral's
    /// follow-up plus the hours left would give.
    case coordinatorHours
    /// Every activity, mentor and company that fits the participant is full, even without the
    /// later referrals' places.
    case full
  }

  /// The claim.
  public var kind: Kind
  /// The later referrals admitted in this participant's stead, by id.
  public var laterAdmitted: [String]
  /// The full capacities (activity, mentor and company ids) for `full`.
  public var capacities: [String]

  /// A waiting reason.
  public init(kind: Kind, laterAdmitted: [String], capacities: [String] = []) {
    self.kind = kind
    self.laterAdmitted = laterAdmitted
    self.capacities = capacities
  }
}

/// One day's work at the placement company.
public struct WorkDay: Hashable, Sendable, Codable {
  /// The weekday.
  public var day: Weekday
  /// From when to when.
  public var time: TimeWindow

  /// A work day.
  public init(day: Weekday, time: TimeWindow) {
    self.day = day
    self.time = time
  }
}

/// One participant's week.
public struct ParticipantWeek: Hashable, Sendable, Codable {
  /// Participant id.
  public var id: String
  /// Display name.
  public var name: String
  /// Enrolled, admitted or still waiting.
  public var status: ParticipantStatus
  /// The track (copied from the scenario for readers of the plan alone).
  public var track: Track
  /// The placement company, if placed this week.
  public var company: String?
  /// Days and times of work at the placement company.
  public var work: [WorkDay]
  /// Placement week number at the company counting this week (1 = first week), when placed.
  public var placementWeek: Int?
  /// Placement weeks used at other companies before this week (company id -> weeks), carried
  /// into next week's run so the legal limit holds after a break.
  public var earlierPlacements: [String: Int]?
  /// The employer kept, for the job, flex-job and apprenticeship tracks.
  public var employer: String?
  /// The mentor, if any.
  public var mentor: String?
  /// Mentor hours this week.
  public var mentorHours: Double
  /// Needed mentor hours that no mentor gives this week (reported, never hidden).
  public var unmetMentorHours: Double
  /// Activity sessions attended, by id.
  public var activities: [String]
  /// Social sessions short of the policy's wanted number.
  public var missingSocialSessions: Int
  /// Notes: why not placed, a legal limit reached, why here: typed reasons (``Note``),
  /// rendered per language by the report layer.
  public var notes: [Note]
  /// Why this referral waits while a later one is admitted (rule 9), when that is so.
  public var waitingReason: WaitingReason?
  /// Why the enrolment ended this week, for status `left`.
  public var exitReason: ExitReason?

  /// A participant's week.
  public init(
    id: String, name: String, status: ParticipantStatus, track: Track, company: String? = nil,
    work: [WorkDay] = [], placementWeek: Int? = nil, employer: String? = nil,
    mentor: String? = nil, mentorHours: Double = 0, unmetMentorHours: Double = 0,
    activities: [String] = [], missingSocialSessions: Int = 0, notes: [Note] = []
  ) {
    self.id = id
    self.name = name
    self.status = status
    self.track = track
    self.company = company
    self.work = work
    self.placementWeek = placementWeek
    self.employer = employer
    self.mentor = mentor
    self.mentorHours = mentorHours
    self.unmetMentorHours = unmetMentorHours
    self.activities = activities
    self.missingSocialSessions = missingSocialSessions
    self.notes = notes
  }

  /// Work hours this week at the placement company.
  public var workHours: Double { work.reduce(0) { $0 + $1.time.hours } }
}

/// A company's load against its capacity.
public struct CompanyLoad: Hashable, Sendable, Codable {
  /// Company id.
  public var id: String
  /// Participants placed there, by id.
  public var participants: [String]
  /// Placement slots per week.
  public var slots: Int
  /// Most placements the legal ratio allows this week (after subsidised staff).
  public var legalRoom: Int
  /// Participants working there on each weekday.
  public var perDay: [String: Int]

  /// A company load.
  public init(
    id: String, participants: [String], slots: Int, legalRoom: Int, perDay: [String: Int]
  ) {
    self.id = id
    self.participants = participants
    self.slots = slots
    self.legalRoom = legalRoom
    self.perDay = perDay
  }
}

/// A mentor's load against capacity.
public struct MentorLoad: Hashable, Sendable, Codable {
  /// Mentor id.
  public var id: String
  /// Mentees, by id.
  public var mentees: [String]
  /// Hours given.
  public var hours: Double
  /// Hours available.
  public var hoursPerWeek: Double
  /// Most mentees.
  public var maxMentees: Int

  /// A mentor load.
  public init(id: String, mentees: [String], hours: Double, hoursPerWeek: Double, maxMentees: Int) {
    self.id = id
    self.mentees = mentees
    self.hours = hours
    self.hoursPerWeek = hoursPerWeek
    self.maxMentees = maxMentees
  }
}

/// An activity's attendance against seats.
public struct ActivityLoad: Hashable, Sendable, Codable {
  /// Activity id.
  public var id: String
  /// Attendees, by id.
  public var attendees: [String]
  /// Seats.
  public var seats: Int

  /// An activity load.
  public init(id: String, attendees: [String], seats: Int) {
    self.id = id
    self.attendees = attendees
    self.seats = seats
  }
}

/// Break-even status of the week.
public enum BreakEvenStatus: String, Hashable, Sendable, Codable {
  /// At least the target.
  case atTarget
  /// At or above break-even, below target.
  case aboveBreakEven
  /// Below break-even.
  case belowBreakEven
}

/// The programme's figures for the week.
public struct ProgrammeFigures: Hashable, Sendable, Codable {
  /// Enrolled before this week.
  public var enrolled: Int
  /// Admitted from the waiting list this week.
  public var admitted: Int
  /// Still waiting.
  public var waiting: Int
  /// Enrolled plus admitted.
  public var served: Int
  /// In a work placement this week.
  public var inPlacement: Int
  /// In a job, flex-job or apprenticeship (followed up).
  public var employed: Int
  /// The stated break-even number.
  public var breakEven: Int
  /// The stated target.
  public var target: Int
  /// Served minus break-even (negative: short).
  public var margin: Int
  /// Status against break-even and target.
  public var status: BreakEvenStatus
  /// Coordinator hours used (fixed hours, follow-up and activities run).
  public var coordinatorHoursUsed: Double
  /// Coordinator hours available.
  public var coordinatorHours: Double
  /// Why the week falls short of break-even, when it does.
  public var shortfallReasons: [ProgrammeShortfall]

  /// Programme figures.
  public init(
    enrolled: Int, admitted: Int, waiting: Int, served: Int, inPlacement: Int, employed: Int,
    breakEven: Int, target: Int, margin: Int, status: BreakEvenStatus,
    coordinatorHoursUsed: Double, coordinatorHours: Double,
    shortfallReasons: [ProgrammeShortfall] = []
  ) {
    self.enrolled = enrolled
    self.admitted = admitted
    self.waiting = waiting
    self.served = served
    self.inPlacement = inPlacement
    self.employed = employed
    self.breakEven = breakEven
    self.target = target
    self.margin = margin
    self.status = status
    self.coordinatorHoursUsed = coordinatorHoursUsed
    self.coordinatorHours = coordinatorHours
    self.shortfallReasons = shortfallReasons
  }
}

/// One goal level of the lexicographic solve.
public struct GoalFigures: Hashable, Sendable, Codable {
  /// Priority, 1 = highest.
  public var priority: Int
  /// Goal name, e.g. `needs`.
  public var name: String
  /// Objective value reached (in the goal's own units, see docs/formulation.md).
  public var objective: Double
  /// Best bound proven for it; nil when the level was not reached.
  public var bound: Double?
  /// Relative gap between the two; nil when the level was not reached.
  public var gap: Double?
  /// Why that solve stopped.
  public var status: String
  /// Simplex iterations spent on this level.
  public var simplexIterations: Int
  /// Branch-and-bound nodes spent on this level.
  public var nodes: Int
  /// The level's LP relaxation (with the higher levels fixed): how far the formulation's
  /// bound is from the plan before any cut or branch.
  public var lpRelaxation: Double?
  /// Neighbourhood solves spent after the level's branch and bound stopped at its node limit
  /// (nil: none); their nodes and iterations are counted in ``nodes`` and
  /// ``simplexIterations``.
  public var neighbourhoods: Int?

  /// A goal level's figures.
  public init(
    priority: Int, name: String, objective: Double, bound: Double?, gap: Double?, status: String,
    simplexIterations: Int, nodes: Int
  ) {
    self.priority = priority
    self.name = name
    self.objective = objective
    self.bound = bound
    self.gap = gap
    self.status = status
    self.simplexIterations = simplexIterations
    self.nodes = nodes
  }
}

/// The solver's figures. Deterministic only (no wall time), so plans repeat byte for byte.
public struct SolverFigures: Hashable, Sendable, Codable {
  /// `optimal`, `feasibleAtLimit`, ...
  public var status: String
  /// Goal levels, highest priority first.
  public var goals: [GoalFigures]
  /// Columns of the integer program.
  public var variables: Int
  /// Integer columns.
  public var integerVariables: Int
  /// Rows.
  public var constraints: Int
  /// Total simplex iterations.
  public var simplexIterations: Int
  /// Total branch-and-bound nodes.
  public var nodes: Int

  /// Solver figures.
  public init(
    status: String, goals: [GoalFigures], variables: Int, integerVariables: Int, constraints: Int,
    simplexIterations: Int, nodes: Int
  ) {
    self.status = status
    self.goals = goals
    self.variables = variables
    self.integerVariables = integerVariables
    self.constraints = constraints
    self.simplexIterations = simplexIterations
    self.nodes = nodes
  }
}

/// One week's output: everyone's week, the loads, the programme and solver figures.
/// Also the `--previous` input of next week's run.
public struct Plan: Hashable, Sendable, Codable {
  /// Format version of the plan file.
  public var format: Int
  /// ISO week.
  public var week: String
  /// Every participant of the scenario, in id order.
  public var participants: [ParticipantWeek]
  /// Every company, in id order.
  public var companies: [CompanyLoad]
  /// Every mentor, in id order.
  public var mentors: [MentorLoad]
  /// Every activity, in id order.
  public var activities: [ActivityLoad]
  /// Programme figures.
  public var programme: ProgrammeFigures
  /// Solver figures.
  public var solver: SolverFigures
  /// The business case at this week's count.
  public var businessCase: BusinessCase?
  /// Independent parts the week was solved in (towns out of each other's reach), when more
  /// than one.
  public var parts: Int?
  /// The week of the previous plan this one continues, when planned with `--previous`.
  public var previousWeek: String?
  /// Changes since the previous plan (only with `--previous`), in participant order.
  public var changes: [PlanChange]?
  /// Changes of company or mentor that a higher goal or a rule did not force (only with
  /// `--previous`); `policy.maxChanges` bounds them.
  public var voluntaryChanges: Int?
  /// The fingerprint of the scenario this plan was made for (`ScenarioFile.fingerprint`):
  /// `check`, `view`, `next` and `--previous` refuse a plan made for another scenario.
  public var scenarioFingerprint: String?
  /// Whether the wall-clock safety net cut a goal level short (the plan then depends on the
  /// machine's speed and says so).
  public var cutByClock: Bool?
  /// Moves the coordinator may approve (nil: none found), each verified by planning the week
  /// with its locks; `milen plan --apply-move N` applies the N-th (docs/moves.md).
  public var moves: [Move]?

  /// The current plan format.
  public static let currentFormat = 3

  /// The earlier formats this version still reads: 2 (notes, changes' reasons and shortfall
  /// reasons as English sentences, kept as ``Note/written(_:)``; changes' from and to as
  /// plain text).
  public static let readableFormats = [2, 3]

  /// A plan.
  public init(
    week: String, participants: [ParticipantWeek], companies: [CompanyLoad],
    mentors: [MentorLoad], activities: [ActivityLoad], programme: ProgrammeFigures,
    solver: SolverFigures
  ) {
    self.format = Plan.currentFormat
    self.week = week
    self.participants = participants
    self.companies = companies
    self.mentors = mentors
    self.activities = activities
    self.programme = programme
    self.solver = solver
  }
}

/// What changed for one participant since last week's plan.
public struct PlanChange: Hashable, Sendable, Codable {
  /// The kind of change.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Placed at another company than last week.
    case moved
    /// Placed this week, not last week.
    case placed
    /// Placed last week, not this week.
    case unplaced
    /// Another mentor than last week.
    case mentorChanged
    /// A mentor this week, none last week.
    case mentorAdded
    /// A mentor last week, none this week.
    case mentorEnded
    /// Admitted from the waiting list this week.
    case admitted
    /// At the legal placement limit: a job, a subsidised job or another company must follow.
    case limitReached
    /// In last week's plan, not in this week's scenario.
    case left
    /// In this week's scenario, not in last week's plan.
    case joined
    /// Other work days or hours at the same company.
    case workChanged
    /// Other group sessions than last week.
    case sessionsChanged
    /// Other mentor hours with the same mentor.
    case mentorHoursChanged
    /// The enrolment ended on purpose (`exit` in the scenario).
    case ended
  }

  /// Participant id.
  public var participant: String
  /// What changed.
  public var kind: Kind
  /// What it was last week (company, mentor, hours, work days or sessions).
  public var from: ChangeValue?
  /// What it is this week.
  public var to: ChangeValue?
  /// Why (a typed reason, rendered per language).
  public var reason: ChangeReason

  /// A change.
  public init(
    participant: String, kind: Kind, from: ChangeValue? = nil, to: ChangeValue? = nil,
    reason: ChangeReason
  ) {
    self.participant = participant
    self.kind = kind
    self.from = from
    self.to = to
    self.reason = reason
  }
}
