import Foundation
import MilenModel

/// The working state of one check: the scenario's entries by id, the plan's rows by id, and
/// the violations found so far. Each rule lives in its own extension.
struct Checker {
  let plan: Plan
  let scenario: Scenario
  /// Last week's plan or an earlier plan of this week, when given.
  let previous: Plan?
  let tol = PlanChecker.tolerance
  /// Scenario entries by id (the first one when an id repeats).
  let participants: [String: Participant]
  let companies: [String: Company]
  let mentors: [String: Mentor]
  let activities: [String: Activity]
  /// The plan's rows, the first one per participant id, in plan order.
  let rows: [ParticipantWeek]
  let rowByID: [String: ParticipantWeek]
  /// Rows by the company, mentor and activity they name.
  let rowsAtCompany: [String: [ParticipantWeek]]
  let rowsWithMentor: [String: [ParticipantWeek]]
  let rowsAtActivity: [String: [ParticipantWeek]]
  var found: [Violation] = []

  init(plan: Plan, scenario: Scenario, previous: Plan? = nil) {
    self.plan = plan
    self.scenario = scenario
    self.previous = previous
    participants = firstByID(scenario.participants, \.id)
    companies = firstByID(scenario.companies, \.id)
    mentors = firstByID(scenario.mentors, \.id)
    activities = firstByID(scenario.activities, \.id)
    var seen = Set<String>()
    rows = plan.participants.filter { seen.insert($0.id).inserted }
    rowByID = firstByID(rows, \.id)
    var atCompany: [String: [ParticipantWeek]] = [:]
    var withMentor: [String: [ParticipantWeek]] = [:]
    var atActivity: [String: [ParticipantWeek]] = [:]
    for row in rows {
      if let c = row.company { atCompany[c, default: []].append(row) }
      if let m = row.mentor { withMentor[m, default: []].append(row) }
      for a in unique(row.activities) { atActivity[a, default: []].append(row) }
    }
    rowsAtCompany = atCompany
    rowsWithMentor = withMentor
    rowsAtActivity = atActivity
  }

  mutating func run() {
    checkRoster()
    checkStatuses()
    checkDischarge()
    checkCapacity()
    checkLegalRatio()
    checkPlacementLength()
    checkTime()
    checkFit()
    checkTracks()
    checkLocksAndBans()
    checkReferralOrder()
    checkPrevious()
    checkReferences()
    checkMoves()
    checkLoads()
    checkFigures()
    checkBusinessCase()
  }

  /// Records a violation; ids are sorted and made unique.
  mutating func add(
    _ rule: HardRule, _ finding: Finding, participants: [String] = [], places: [String] = []
  ) {
    found.append(
      Violation(
        rule: rule, finding: finding, participants: Array(Set(participants)).sorted(),
        places: Array(Set(places)).sorted()))
  }

  /// The track that rules apply to: the scenario's, else the one the plan's row states.
  func track(of row: ParticipantWeek) -> Track { participants[row.id]?.track ?? row.track }

  /// Served this week: enrolled or admitted (not waiting, not left).
  func isServed(_ row: ParticipantWeek) -> Bool {
    row.status == .enrolled || row.status == .admitted
  }

  /// Coordinator hours the rows and the scenario's activities use.
  func coordinatorLoad() -> (fixed: Double, followUp: Double, served: Int, run: Double) {
    let c = scenario.coordinator
    let served = rows.filter(isServed)
    let followUp = served.reduce(0) { $0 + c.followUp(for: track(of: $1)) }
    let run = scenario.activities.filter(\.runByCoordinator).reduce(0) { $0 + $1.time.hours }
    return (c.fixedHours, followUp, served.count, run)
  }
}

// MARK: Small helpers

/// A dictionary by id keeping the first item of each id.
func firstByID<T>(_ items: [T], _ id: (T) -> String) -> [String: T] {
  var d: [String: T] = [:]
  for x in items where d[id(x)] == nil { d[id(x)] = x }
  return d
}

/// The items in first-seen order without repeats.
func unique<T: Hashable>(_ items: [T]) -> [T] {
  var seen = Set<T>()
  return items.filter { seen.insert($0).inserted }
}

/// Items that occur more than once, in first-seen order.
func repeated<T: Hashable>(_ items: [T]) -> [T] {
  var count: [T: Int] = [:]
  for x in items { count[x, default: 0] += 1 }
  return unique(items.filter { count[$0, default: 0] > 1 })
}

/// The row's ids sorted.
func ids(_ rows: [ParticipantWeek]) -> [String] { rows.map(\.id).sorted() }
