/// Why a solve stopped.
public enum TerminationReason: Sendable, Equatable, CustomStringConvertible {
  /// The point is optimal, or (with ``SolveOptions/relativeGap`` > 0) within the gap.
  case optimal
  /// No point satisfies the constraints (for a MIP: no integer point does).
  case infeasible
  /// The objective can be improved without limit.
  case unbounded
  /// The LP relaxation has no dual-feasible solution, so the problem is infeasible or
  /// unbounded; GLPK did not tell which (a MIP whose relaxation is unbounded, or presolve).
  case infeasibleOrUnbounded
  /// ``SolveOptions/timeLimit`` was reached.
  case timeLimit
  /// The progress callback asked to stop.
  case cancelled
  /// The branch-and-bound search reached `SolveOptions.nodeLimit`: a limit on work done, so
  /// it stops at the same point on any machine, loaded or not.
  case workLimit
  /// GLPK gave up for numerical reasons (singular or ill-conditioned basis, solver failure).
  case numericalError
  /// GLPK returned a code this binding does not expect; the raw code is kept.
  case otherError(code: Int32)

  /// A short English phrase.
  public var description: String {
    switch self {
    case .optimal: "optimal"
    case .infeasible: "infeasible"
    case .unbounded: "unbounded"
    case .infeasibleOrUnbounded: "infeasible or unbounded"
    case .timeLimit: "time limit reached"
    case .cancelled: "cancelled"
    case .workLimit: "work limit reached"
    case .numericalError: "numerical difficulties"
    case .otherError(let code): "unexpected GLPK return code \(code)"
    }
  }
}

/// What the returned point is.
public enum PointStatus: Sendable, Equatable {
  /// A proven optimal point.
  case optimal
  /// A point that satisfies every constraint, without proof of optimality.
  case feasible
  /// No point is returned.
  case noSolution
}

/// What became of ``SolveOptions/warmStart``.
public enum WarmStartOutcome: Sendable, Equatable {
  /// No warm start was given.
  case notGiven
  /// GLPK took the start as its incumbent.
  case accepted
  /// The start broke a bound, an integrality requirement or a constraint, so it was not
  /// handed over (see ``SolveResult/warmStartMessage``).
  case rejectedInfeasible
  /// The start was feasible but not used: an LP solve, presolve on, no heuristic call
  /// happened (for example the root LP was already integral), or GLPK already had an
  /// incumbent at least as good.
  case notUsed
}

/// The outcome of ``Solver/solve(_:options:)``, on two axes: why it stopped
/// (``termination``) and what the returned point is (``pointStatus``).
public struct SolveResult: Sendable, CustomStringConvertible {
  /// Why the solve stopped.
  public var termination: TerminationReason
  /// What ``values`` is.
  public var pointStatus: PointStatus
  /// The objective value of the returned point (objective constant included).
  public var objective: Double?
  /// The best proven bound on the optimum: for a MIP the last bound GLPK reported during the
  /// search (the LP relaxation's before that); equal to ``objective`` when optimal.
  public var bestBound: Double?
  /// The relative gap `|objective - bound| / (1e-10 + |objective|)` when both are known;
  /// 0 when optimal.
  public var gap: Double?
  /// One value per variable; empty when there is no point.
  public var values: [Double]
  /// The activity of each constraint at the point; empty when there is no point.
  public var rowActivities: [Double]
  /// Duals of the constraints; only for an LP solved to optimality (an LP model or
  /// ``SolveOptions/relaxIntegrality``).
  public var rowDuals: [Double]?
  /// Reduced costs of the variables; only for an LP solved to optimality.
  public var reducedCosts: [Double]?
  /// Simplex iterations, in total (`glp_get_it_cnt`).
  public var simplexIterations: Int
  /// Branch-and-bound nodes (0 for an LP).
  public var nodes: Int
  /// Wall-clock seconds of the whole call.
  public var wallTime: Double
  /// What became of the warm start.
  public var warmStart: WarmStartOutcome
  /// Why the warm start was rejected (the first violation found), if it was.
  public var warmStartMessage: String?
  /// Whether the model was solved as a MIP.
  public var isMIP: Bool
  /// The objective of the LP relaxation solved before branch and bound (MIP with presolve
  /// off): the root bound before cuts, a measure of how tight the formulation is.
  public var lpRelaxation: Double?
  /// The optimal basis of the LP (for a MIP, of the LP relaxation solved before branch and
  /// bound), when that LP was solved to optimality with presolve off: a starting point for a
  /// later solve of a similar model (``SolveOptions/basis``).
  public var basis: Basis?
  /// What became of ``SolveOptions/basis``.
  public var basisOutcome: BasisOutcome = .notGiven
  /// The simplex iterations of the LP relaxation before branch and bound (MIP with presolve
  /// off); part of ``simplexIterations``.
  public var relaxationIterations: Int?
  /// For a MIP, the nodes created when the last improving incumbent was seen (1 when found at
  /// the root or given by the warm start; 0 when no callback saw it; nil: no solution): the
  /// branch and bound after it only proved.
  public var lastImprovementNode: Int?

  /// Makes a result (for tests and stand-ins; solves make their own).
  public init(
    termination: TerminationReason,
    pointStatus: PointStatus,
    objective: Double? = nil,
    bestBound: Double? = nil,
    gap: Double? = nil,
    values: [Double] = [],
    rowActivities: [Double] = [],
    rowDuals: [Double]? = nil,
    reducedCosts: [Double]? = nil,
    simplexIterations: Int = 0,
    nodes: Int = 0,
    wallTime: Double = 0,
    warmStart: WarmStartOutcome = .notGiven,
    warmStartMessage: String? = nil,
    isMIP: Bool = false
  ) {
    self.termination = termination
    self.pointStatus = pointStatus
    self.objective = objective
    self.bestBound = bestBound
    self.gap = gap
    self.values = values
    self.rowActivities = rowActivities
    self.rowDuals = rowDuals
    self.reducedCosts = reducedCosts
    self.simplexIterations = simplexIterations
    self.nodes = nodes
    self.wallTime = wallTime
    self.warmStart = warmStart
    self.warmStartMessage = warmStartMessage
    self.isMIP = isMIP
  }

  /// Whether a point is returned.
  public var hasPoint: Bool { pointStatus != .noSolution }

  /// The value of `v` in the returned point, or nil when there is none.
  public func value(of v: Variable) -> Double? {
    values.indices.contains(v.index) ? values[v.index] : nil
  }

  /// A one-line summary: termination, point, objective, bound, gap and effort.
  public var description: String {
    var parts = ["\(termination)", "point \(pointStatus)"]
    if let objective { parts.append("objective \(objective)") }
    if let bestBound { parts.append("bound \(bestBound)") }
    if let gap { parts.append("gap \(gap)") }
    parts.append("\(simplexIterations) iterations")
    if isMIP { parts.append("\(nodes) nodes") }
    parts.append("\(wallTime) s")
    return parts.joined(separator: ", ")
  }
}

/// Why a solve, export or import failed.
public enum SolverError: Error, Sendable, CustomStringConvertible {
  /// The model or the options are invalid; nothing was handed to GLPK.
  case invalidModel(ModelError)
  /// GLPK hit a fatal error, which the guard caught (the message is GLPK's own). The
  /// process is fine; GLPK's state on this thread was reset.
  case fatal(String)
  /// Writing LP or MPS text failed (why, in English).
  case exportFailed(String)
  /// Reading MPS text failed (why, with GLPK's message and line number).
  case importFailed(String)

  /// A clear English sentence.
  public var description: String {
    switch self {
    case .invalidModel(let error): error.description
    case .fatal(let message): "GLPK hit a fatal error: \(message)"
    case .exportFailed(let message): "Export failed: \(message)"
    case .importFailed(let message): "MPS import failed: \(message)"
    }
  }
}
