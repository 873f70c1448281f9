import Foundation
import GLPK
import MilenModel

/// Which model `export-model` writes: one part of the week, and where the levels above the
/// exported one are fixed.
public struct ExportScope: Sendable {
  /// The independent part (1-based, in the order of `milen split`); nil for a week that does
  /// not split (a week that splits must name its part: `plan` solves each part on its own).
  public var part: Int?
  /// The value `plan` reached at each goal level (by level number), e.g. read from the plan
  /// of this part; nil: the levels above are solved here, per part, exactly as `plan` does.
  public var reached: [Int: Double]?

  /// A scope.
  public init(part: Int? = nil, reached: [Int: Double]? = nil) {
    self.part = part
    self.reached = reached
  }
}

extension Planner {
  /// The number of independent parts `plan` solves the week in (1: it does not split).
  public static func partCount(_ scenario: Scenario) -> Int {
    max(1, Decomposition.parts(scenario, ScenarioOptions(scenario)).count)
  }

  /// The integer program that `plan` solves at goal level `level` (1-5); see
  /// ``exportModels(_:levels:format:scope:options:)``.
  public static func exportModel(
    _ scenario: Scenario, level: Int = GoalLevel.allCases.count, format: ModelFormat,
    scope: ExportScope = ExportScope(), options: PlanningOptions = PlanningOptions()
  ) throws(PlanningError) -> String {
    let stop = max(1, min(level, GoalLevel.allCases.count))
    let texts = try exportModels(
      scenario, levels: [stop], format: format, scope: scope, options: options)
    guard let text = texts[stop] else { throw .solver("level \(stop) was not reached") }
    return text
  }

  /// The integer programs that `plan` solves at the given goal levels of one part, with
  /// readable row and column names: the part's hard rules, the levels above each one fixed at
  /// the values `plan` reaches for them, and the level's goal as the objective.
  ///
  /// The part is built exactly as `plan` builds it (its share of the coordinator's hours and
  /// of break-even, last week from the whole scenario). The levels above are fixed at
  /// `scope.reached` when given, else solved here part by part with `plan`'s settings and
  /// node limit, so the values are the same as `plan`'s unless the clock cut a level short.
  /// (When `plan` had to re-solve for the referral order, rule 9, its extra rows are not in
  /// the export.)
  ///
  /// The objective constant is a column `objective_constant` fixed at 1, since MPS readers
  /// disagree on the sign of a constant on the objective row. MPS has no portable way to say
  /// "maximise" (GLPK's reader rejects `OBJSENSE`), so the MPS text minimises the negated
  /// goal, and says so in its first comment lines: its optimum is minus the level's value.
  /// The LP text maximises the goal itself.
  public static func exportModels(
    _ scenario: Scenario, levels: [Int], format: ModelFormat,
    scope: ExportScope = ExportScope(), options: PlanningOptions = PlanningOptions()
  ) throws(PlanningError) -> [Int: String] {
    do {
      try scenario.validate()
    } catch {
      throw .invalidScenario(error)
    }
    let start = Date()
    let opts = ScenarioOptions(scenario)
    if let d = Diagnosis.precheck(scenario, opts) { throw .infeasible(d) }
    let parts = Decomposition.parts(scenario, opts)
    var sub = scenario
    var reference = ReferenceWeek.fromScenario(scenario)
    var title = "week \(scenario.week)"
    if let part = scope.part {
      guard (1...max(1, parts.count)).contains(part) else {
        throw .solver("there is no part \(part): the week has \(max(1, parts.count)) part(s)")
      }
      if parts.count > 1 {
        sub = partScenarios(scenario, parts)[part - 1]
        let ids = Set(sub.participants.map(\.id))
        reference = reference.filter { ids.contains($0.key) }
        title += ", part \(part) of \(parts.count)"
      }
    } else if parts.count > 1 {
      throw .solver(
        "the week splits into \(parts.count) independent parts and `plan` solves each on its "
          + "own: export one part (--part 1 to \(parts.count))")
    }
    let f = Formulation(sub, options: ScenarioOptions(sub), reference: reference)
    let wanted = Set(levels.map { max(1, min($0, f.goals.count)) })
    guard let top = wanted.max() else { return [:] }
    var models: [Int: Model] = [:]
    if let reached = scope.reached {
      var base = f.model
      for goal in f.goals where goal.priority <= top {
        let expr = goal.expression.merged()
        if wanted.contains(goal.priority) { models[goal.priority] = levelModel(base, expr) }
        guard goal.priority < top else { break }
        guard let value = reached[goal.priority] else {
          throw .solver("no value reached is given for goal level \(goal.priority)")
        }
        fix(&base, goal, expr, at: value)
      }
    } else {
      var o = options
      o.levels = GoalLevel.allCases.count
      o.reference = reference
      let limit = options.timeLimit ?? scenario.policy.timeLimitSeconds
      let gap = options.relativeGap ?? scenario.policy.relativeGap
      let (_, model, kept) = try solveLevels(
        f, options: o, limit: limit, gap: gap, start: start, stopAt: top, keep: wanted)
      models = kept
      if let model { models[top] = model }
    }
    var out: [Int: String] = [:]
    for (level, model) in models {
      let goal = f.goals[level - 1]
      let header = [
        "Milen \(title): goal level \(level) (\(goal.name)), the levels above fixed at the "
          + "values plan reached",
        format == .mps
          ? "MPS has no portable maximise: this file MINIMISES the negated goal, so the "
            + "level's value is MINUS the optimum"
          : "maximise the goal; its optimum is the level's value",
        "the objective constant is the column objective_constant, fixed at 1",
      ]
      do {
        out[level] = try exportText(model, format: format, header: header)
      } catch {
        throw .solver(error.description)
      }
    }
    return out
  }

  /// The text of a level's model (a maximisation) in a form that GLPK (`glpsol`), HiGHS and
  /// other readers all read alike (see ``exportModels(_:levels:format:scope:options:)``).
  static func exportText(
    _ level: Model, format: ModelFormat, header: [String]
  ) throws(SolverError) -> String {
    var m = level
    if m.objectiveConstant != 0 {
      _ = m.addVariable(
        "objective_constant", lower: 1, upper: 1, objective: m.objectiveConstant)
      m.objectiveConstant = 0
    }
    switch format {
    case .lp:
      let text = try m.lpText()
      return header.map { "\\ \($0)\n" }.joined() + text
    case .mps:
      m.sense = .minimize
      for v in m.variables where m.objectiveCoefficient(v) != 0 {
        m.setObjectiveCoefficient(v, -m.objectiveCoefficient(v))
      }
      let text = try m.mpsText()
      return header.map { "* \($0)\n" }.joined() + text
    }
  }
}

/// How `plan`'s solver did on an exported model (`milen solve-model`): GLPK with the settings
/// `plan` uses for a level of that size, without the warm start `plan` gives it.
public struct ExportedSolve: Sendable {
  /// GLPK's termination: optimal, workLimit, timeLimit, ...
  public var status: String
  /// The best objective found (of the file as written: an MPS export minimises the negated
  /// goal).
  public var objective: Double?
  /// The best bound proven.
  public var bound: Double?
  /// Branch-and-bound nodes.
  public var nodes: Int
  /// Simplex iterations.
  public var simplexIterations: Int
  /// The LP relaxation's objective.
  public var lpRelaxation: Double?
  /// Wall-clock seconds in GLPK.
  public var seconds: Double
  /// Columns and rows of the model.
  public var columns: Int
  /// Rows of the model.
  public var rows: Int
}

/// GLPK settings to try on an exported model instead of `plan`'s (levers, measured in
/// docs/performance.md).
public struct ExportedSolveSettings: Sendable {
  /// Most branch-and-bound nodes (nil: none; default: `plan`'s).
  public var nodeLimit: Int? = Planner.defaultNodeLimit
  /// Seconds.
  public var timeLimit: Double = 600
  /// Relative gap (default 0).
  public var relativeGap: Double = 0
  /// Cut families by GLPK name (gmi, mir, cov, clq); nil: `plan`'s for the size.
  public var cuts: [String]?
  /// Branching by GLPK name (ffv, lfv, mfv, dth, pch); nil: `plan`'s for the size.
  public var branching: String?
  /// Backtracking by GLPK name (dfs, bfs, blb, bph); nil: `plan`'s (blb).
  public var backtracking: String?

  /// `plan`'s settings.
  public init() {}
}

extension Planner {
  /// Reads an MPS export and solves it with GLPK as `plan` would solve a level of its size
  /// (cuts, branching, node limit; the wishes level, named in the export's first comment, as
  /// `plan` solves it), or with `settings`. Without `plan`'s warm start and without its
  /// neighbourhood search, which needs the scenario. For comparing with other solvers on the
  /// same file.
  public static func solveExported(
    mpsText: String, settings: ExportedSolveSettings = ExportedSolveSettings()
  ) throws(PlanningError) -> ExportedSolve {
    let model: Model
    do {
      model = try Model(mpsText: mpsText)
    } catch {
      throw .solver(error.description)
    }
    // The goal level, from the export's first comment line ("...: goal level 5").
    let level = GoalLevel.allCases.first {
      mpsText.prefix(400).contains(": goal level \($0.rawValue)")
    }
    var so = solveOptions(
      PlanningOptions(), gap: settings.relativeGap, columns: model.variableCount,
      level: level?.rawValue)
    so.nodeLimit = settings.nodeLimit
    so.timeLimit = settings.timeLimit
    if let cuts = settings.cuts {
      let names: [String: Cuts] = ["gmi": .gomory, "mir": .mir, "cov": .cover, "clq": .clique]
      so.cuts = []
      for c in cuts {
        guard let x = names[c] else { throw .solver("unknown cut family '\(c)'") }
        so.cuts.insert(x)
      }
    }
    if let b = settings.branching {
      let names: [String: Branching] = [
        "ffv": .firstFractional, "lfv": .lastFractional, "mfv": .mostFractional,
        "dth": .driebeckTomlin, "pch": .pseudoCost,
      ]
      guard let x = names[b] else { throw .solver("unknown branching '\(b)'") }
      so.branching = x
    }
    if let b = settings.backtracking {
      let names: [String: Backtracking] = [
        "dfs": .depthFirst, "bfs": .breadthFirst, "blb": .bestLocal, "bph": .bestProjection,
      ]
      guard let x = names[b] else { throw .solver("unknown backtracking '\(b)'") }
      so.backtracking = x
    }
    let r: SolveResult
    do {
      r = try Solver.solve(model, options: so)
    } catch {
      throw .solver(error.description)
    }
    return ExportedSolve(
      status: r.pointStatus == .noSolution ? "\(r.termination), no solution" : statusName(r),
      objective: r.objective, bound: r.bestBound, nodes: r.nodes,
      simplexIterations: r.simplexIterations, lpRelaxation: r.lpRelaxation, seconds: r.wallTime,
      columns: model.variableCount, rows: model.constraintCount)
  }
}
