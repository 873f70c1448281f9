import Foundation
import GLPK
import MilenModel

/// The variables of one placement option: placed at the company, and per day worked and hours.
struct PlacementVars: Sendable {
  var option: PlacementOption
  /// `x[p,c]`: placed at the company this week.
  var x: Variable
  /// Per usable day: `w[p,c,d]` works that day, `h[p,c,d]` hours that day.
  var days: [(window: WorkWindow, w: Variable, h: Variable)]
}

/// The variables of one mentor option: `m[p,k]` assigned, `g[p,k]` hours given.
struct MentorVars: Sendable {
  var option: MentorOption
  var m: Variable
  var g: Variable
}

/// A linear expression: terms plus a constant.
struct Expression: Sendable {
  var terms: [(Variable, Double)] = []
  var constant: Double = 0

  mutating func add(_ v: Variable, _ c: Double) { terms.append((v, c)) }
}

/// One goal level of the lexicographic objective (see docs/formulation.md).
struct Goal: Sendable {
  var priority: Int
  var name: String
  /// Goals are all maximised: a loss is written as its negative.
  var expression: Expression
}

/// A family of rows of one hard rule, kept for diagnosis and justification.
struct RowFamily: Sendable {
  var name: ConflictFamily
  var rows: [(Constraint, ConflictRow)]
}

/// The integer program of one week: variables only for compatible options, one function per
/// constraint family, and the goal expressions in priority order.
struct Formulation: Sendable {
  let scenario: Scenario
  let options: ScenarioOptions
  var model: Model
  var placements: [PlacementVars] = []
  var mentors: [MentorVars] = []
  /// `y[p,a]`: attends the activity.
  var activities: [(option: ActivityOption, y: Variable)] = []
  /// `admit[p]` for referred participants, by participant index.
  var admit: [Int: Variable] = [:]
  /// `missing[p]`: social sessions short of the wanted number (enrolled participants).
  var missing: [Int: Variable] = [:]
  /// `sessions_given[p]`: social sessions given up to the wanted number (referrals).
  var sessionsGiven: [Int: Variable] = [:]
  /// Last week, per participant id: what stability (level 5) and the changes compare with.
  let reference: [String: ReferenceWeek]
  /// Extra rules of the referral order (rule 9) found by checking an earlier solve's waiting
  /// reasons: pairs (earlier, later) of participant indices with `admit[later] <= admit[earlier]`,
  /// and participants who must be admitted.
  let referralRules: ReferralRules
  /// `shortfall`: participants short of break-even.
  var shortfall: Variable?
  var placementsOf: [[Int]]
  var mentorsOf: [[Int]]
  var activitiesOf: [[Int]]
  var families: [RowFamily] = []
  /// Level 5's kept hours: `kept <= h` and `kept <= cap` (last week's hours that day).
  var keptHours: [(kept: Variable, h: Variable, cap: Double)] = []
  /// Level 5's even days: per participant who could work two days or more, the hours of every
  /// block of every company (evened out after level 5 by ``Planner/evenDays``).
  var evenDays: [EvenDays] = []
  var goals: [Goal] = []
  /// The first row that defines a goal (break-even, sessions, kept hours): rows from here on
  /// are not hard rules, and feasibility tests (``Diagnosis``) leave them out.
  var goalRowsStart = 0
  /// Rows that only tighten the LP relaxation (``addImpliedRows()``): implied by the hard
  /// rules, so diagnosis leaves them out.
  var impliedRows: Set<Int> = []

  /// Builds the whole model.
  init(
    _ scenario: Scenario, options: ScenarioOptions? = nil,
    reference: [String: ReferenceWeek]? = nil, referralRules: ReferralRules = ReferralRules()
  ) {
    self.scenario = scenario
    self.options = options ?? ScenarioOptions(scenario)
    self.reference = reference ?? ReferenceWeek.fromScenario(scenario)
    self.referralRules = referralRules
    self.model = Model(name: "milen_\(scenario.week)")
    let n = scenario.participants.count
    placementsOf = Array(repeating: [], count: n)
    mentorsOf = Array(repeating: [], count: n)
    activitiesOf = Array(repeating: [], count: n)
    addVariables()
    addOneCompanyRows()
    addWorkDayRows()
    addWeeklyHoursRows()
    addCompanyCapacityRows()
    addMentorRows()
    addActivityRows()
    addNoClashRows()
    addNobodyDischargedRows()
    addCoordinatorRow()
    addMaxChangesRow()
    addReferralOrderRows()
    goalRowsStart = model.constraintCount
    addGoals()
    addImpliedRows()
  }

  var participants: [Participant] { scenario.participants }

  func pid(_ p: Int) -> String { participants[p].id }

  /// Adds `lhs <= served(p) * coef` as a row (moving the constant or admit term across).
  @discardableResult
  mutating func addAtMostServed(
    _ name: String, _ lhs: [(Variable, Double)], _ p: Int, _ coef: Double
  ) -> Constraint {
    if let a = admit[p] {
      return model.addConstraint(name, lhs + [(a, -coef)], .lessOrEqual(0))
    }
    return model.addConstraint(name, lhs, .lessOrEqual(coef))
  }

  mutating func family(_ name: ConflictFamily, _ rows: [(Constraint, ConflictRow)]) {
    if !rows.isEmpty { families.append(RowFamily(name: name, rows: rows)) }
  }

  // MARK: Variables

  mutating func addVariables() {
    for (p, part) in participants.enumerated() where part.enrolment == .referred && part.exit == nil
    {
      admit[p] = model.addVariable("admit[\(part.id)]", kind: .binary)
    }
    for (p, o) in options.byParticipant.enumerated() {
      for opt in o.placements {
        let c = scenario.companies[opt.company].id
        let x = model.addVariable("x[\(pid(p)),\(c)]", kind: .binary)
        if opt.locked { model.setBounds(x, lower: 1, upper: 1) }
        var days: [(WorkWindow, Variable, Variable)] = []
        for d in opt.days {
          let tag = "\(pid(p)),\(c),\(d.tag)"
          let w = model.addVariable("w[\(tag)]", kind: .binary)
          // A locked day with one block is fixed here; with several, a row picks one.
          if opt.lockedDays.contains(d.day) && opt.days.filter({ $0.day == d.day }).count == 1 {
            model.setBounds(w, lower: 1, upper: 1)
          }
          let h = model.addVariable("h[\(tag)]", lower: 0, upper: d.window.hours)
          days.append((d, w, h))
        }
        placementsOf[p].append(placements.count)
        placements.append(PlacementVars(option: opt, x: x, days: days))
      }
      let need = participants[p].needs.mentorHours
      for opt in o.mentors {
        let k = scenario.mentors[opt.mentor].id
        let m = model.addVariable("m[\(pid(p)),\(k)]", kind: .binary)
        let g = model.addVariable("g[\(pid(p)),\(k)]", lower: 0, upper: need)
        mentorsOf[p].append(mentors.count)
        mentors.append(MentorVars(option: opt, m: m, g: g))
      }
      for opt in o.activities {
        let a = scenario.activities[opt.activity].id
        let y = model.addVariable("y[\(pid(p)),\(a)]", kind: .binary)
        activitiesOf[p].append(activities.count)
        activities.append((opt, y))
      }
      let wanted = Double(scenario.policy.socialSessionsPerWeek)
      if wanted > 0 && participants[p].isActiveEnrolled {
        missing[p] = model.addVariable("missing[\(pid(p))]", lower: 0, upper: wanted)
      } else if wanted > 0 && admit[p] != nil && !activitiesOf[p].isEmpty {
        sessionsGiven[p] = model.addVariable(
          "sessions_given[\(pid(p))]", lower: 0,
          upper: Double(min(scenario.policy.socialSessionsPerWeek, activitiesOf[p].count)))
      }
    }
    shortfall = model.addVariable(
      "shortfall", lower: 0, upper: Double(scenario.programme.breakEven))
  }
}

/// One participant's work blocks, whose longest is made as short as level 5 allows.
struct EvenDays: Sendable {
  var participant: Int
  /// The hours variable of every block of every company open to the participant.
  var hours: [Variable]
  /// The longest block's window, in hours.
  var top: Double
}

extension Formulation {
  /// A solver point made exact: integers rounded, hours of days not worked and mentor hours
  /// of mentors not assigned set to 0, hours rounded to whole minutes, and the goal slacks
  /// recomputed. GLPK's integrality tolerance otherwise leaves 1e-5 h on a day with `w = 0`.
  func cleaned(_ x: [Double]) -> [Double] {
    var x = x
    for v in model.variables where model.kind(of: v) != .continuous {
      x[v.index] = x[v.index].rounded()
    }
    func minutes(_ h: Double) -> Double { (h * 60).rounded() / 60 }
    for pv in placements {
      for d in pv.days {
        x[d.h.index] = x[d.w.index] > 0.5 ? min(d.window.window.hours, minutes(x[d.h.index])) : 0
      }
      // Rounding each day to the minute must not lift the week above the agreed hours: the
      // excess comes off the longest day (which stays above the shortest day).
      let target = participants[pv.option.participant].hours.target
      let total = pv.days.reduce(0.0) { $0 + x[$1.h.index] }
      if total > target + 1e-9, let top = pv.days.max(by: { x[$0.h.index] < x[$1.h.index] }) {
        x[top.h.index] = minutes(x[top.h.index] - (total - target))
      }
    }
    for mv in mentors {
      x[mv.g.index] = x[mv.m.index] > 0.5 ? minutes(x[mv.g.index]) : 0
    }
    for k in keptHours { x[k.kept.index] = min(k.cap, x[k.h.index]) }
    var admitted = 0.0
    for p in participants.indices {
      let served = admit[p].map { x[$0.index] } ?? 1
      if admit[p] != nil { admitted += served }
      let wanted = Double(min(scenario.policy.socialSessionsPerWeek, activitiesOf[p].count))
      let attended = activitiesOf[p].reduce(0.0) { $0 + x[activities[$1].y.index] }
      if let miss = missing[p] {
        x[miss.index] = max(0, wanted * served - attended)
      }
      if let got = sessionsGiven[p] { x[got.index] = min(wanted, attended) }
    }
    if let sf = shortfall {
      let enrolled = Double(participants.filter(\.isActiveEnrolled).count)
      x[sf.index] = max(0, Double(scenario.programme.breakEven) - enrolled - admitted)
    }
    return x
  }
}
