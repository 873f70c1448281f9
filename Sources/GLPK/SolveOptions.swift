/// The cutting-plane families GLPK may add during a MIP solve.
public struct Cuts: OptionSet, Sendable {
  /// The raw bit mask.
  public let rawValue: Int

  /// Makes a set from its raw bit mask.
  public init(rawValue: Int) {
    self.rawValue = rawValue
  }

  /// Gomory's mixed-integer cuts (GLPK `gmi_cuts`).
  public static let gomory = Cuts(rawValue: 1 << 0)
  /// Mixed-integer rounding cuts (GLPK `mir_cuts`).
  public static let mir = Cuts(rawValue: 1 << 1)
  /// Mixed cover cuts (GLPK `cov_cuts`).
  public static let cover = Cuts(rawValue: 1 << 2)
  /// Clique cuts (GLPK `clq_cuts`).
  public static let clique = Cuts(rawValue: 1 << 3)
  /// Every family (what `glpsol --cuts` turns on).
  public static let all: Cuts = [.gomory, .mir, .cover, .clique]
}

/// How GLPK picks the variable to branch on.
public enum Branching: Sendable {
  /// The first fractional variable (`GLP_BR_FFV`).
  case firstFractional
  /// The last fractional variable (`GLP_BR_LFV`).
  case lastFractional
  /// The most fractional variable (`GLP_BR_MFV`).
  case mostFractional
  /// Driebeck and Tomlin's heuristic (`GLP_BR_DTH`), GLPK's default.
  case driebeckTomlin
  /// The hybrid pseudo-cost heuristic (`GLP_BR_PCH`).
  case pseudoCost
}

/// How GLPK picks the next node when it backtracks.
public enum Backtracking: Sendable {
  /// Depth-first search (`GLP_BT_DFS`).
  case depthFirst
  /// Breadth-first search (`GLP_BT_BFS`).
  case breadthFirst
  /// The node with the best local bound (`GLP_BT_BLB`), GLPK's default.
  case bestLocal
  /// The best-projection heuristic (`GLP_BT_BPH`).
  case bestProjection
}

/// A snapshot of a running solve, handed to ``SolveOptions/progress``.
public struct Progress: Sendable {
  /// The objective of the best integer solution so far, if any.
  public var incumbent: Double?
  /// The best bound on the optimum known so far, if any.
  public var bestBound: Double?
  /// The relative gap `|incumbent - bound| / (1e-10 + |incumbent|)` when both are known.
  public var gap: Double?
  /// Branch-and-bound nodes created so far (0 for an LP).
  public var nodes: Int
  /// Nodes still waiting to be explored.
  public var activeNodes: Int
  /// Seconds since the solve started.
  public var elapsed: Double

  /// Makes a snapshot.
  public init(
    incumbent: Double? = nil,
    bestBound: Double? = nil,
    gap: Double? = nil,
    nodes: Int = 0,
    activeNodes: Int = 0,
    elapsed: Double = 0
  ) {
    self.incumbent = incumbent
    self.bestBound = bestBound
    self.gap = gap
    self.nodes = nodes
    self.activeNodes = activeNodes
    self.elapsed = elapsed
  }
}

/// Another name for ``Progress``, for files that also import Foundation (which has a
/// `Progress` class of its own).
public typealias SolveProgress = Progress

/// What a progress callback wants the solver to do next.
public enum ProgressAction: Sendable {
  /// Keep solving.
  case proceed
  /// Stop as soon as possible and return the best point found (termination `.cancelled`).
  case cancel
}

/// Settings for one call of ``Solver/solve(_:options:)``.
///
/// The defaults are GLPK's, except that output is off.
public struct SolveOptions: Sendable {
  /// Wall-clock limit in seconds for the whole solve (LP relaxation included); nil = none.
  /// Must be finite and >= 0. GLPK counts whole milliseconds.
  public var timeLimit: Double?
  /// Relative MIP gap at which to stop (GLPK `mip_gap`); 0 (the default) = prove optimality.
  /// When GLPK stops because of it, the result has termination `.optimal` (optimal within
  /// the requested gap) and point status `.feasible`.
  public var relativeGap: Double = 0
  /// Let GLPK's presolver simplify the problem first (default false). With presolve on, a
  /// MIP's warm start cannot be handed over (the tree works on a transformed problem), so
  /// it is reported as `.notUsed`.
  public var presolve: Bool = false
  /// Cutting planes for MIPs (default none).
  public var cuts: Cuts = []
  /// Branching rule for MIPs.
  public var branching: Branching = .driebeckTomlin
  /// Backtracking rule for MIPs.
  public var backtracking: Backtracking = .bestLocal
  /// Let GLPK print its messages to stdout (default false: nothing from GLPK reaches stdout
  /// or stderr).
  public var messages: Bool = false
  /// Solve only the LP relaxation, ignoring integrality (default false); duals and reduced
  /// costs are then available.
  public var relaxIntegrality: Bool = false
  /// A full starting solution for a MIP, one value per variable.
  ///
  /// Values of integer and binary variables within 1e-6 of a whole number are rounded. The
  /// point is checked in Swift first (bounds, integrality, every constraint within
  /// `1e-6 * max(1, |bound|)`), because GLPK does not check it: an infeasible start is not
  /// handed over and the result says `.rejectedInfeasible`. A feasible one is given to GLPK
  /// at its first heuristic call (`glp_ios_heur_sol` at `GLP_IHEUR`). Ignored for LPs.
  public var warmStart: [Double]?
  /// A starting basis for the simplex method (for a MIP, for its LP relaxation before branch
  /// and bound), such as the ``SolveResult/basis`` of an earlier solve of a model with the
  /// same variables and constraints (``Basis/addingBasicRows(_:)`` for rows added at the end).
  /// Nil (the default): an advanced basis is built from scratch (`glp_adv_basis`).
  ///
  /// It must have one status per constraint and per variable and exactly one basic status per
  /// constraint, or the solve is refused. A basis GLPK finds singular or ill-conditioned
  /// (`glp_warm_up`) is dropped for one built from scratch, and the result says
  /// ``BasisOutcome/rejected``. Ignored with presolve on.
  public var basis: Basis?
  /// Stop the branch-and-bound search once this many nodes exist (nil: no limit). Unlike the
  /// time limit it depends only on the work done, so the result is the same on any machine.
  public var nodeLimit: Int?
  /// Stops the solve when cancelled from another thread (termination `.cancelled`, with the
  /// best point found so far, if any). See ``Cancellation``.
  public var cancellation: Cancellation?
  /// Called on the solving thread whenever the search finds a better integer solution (by
  /// an integral node, a GLPK heuristic or the warm start), at most about every 0.5 s
  /// otherwise while the branch-and-bound search runs, and once at the end, after GLPK has
  /// finished (that answer is ignored; LP solves get only this call). Returning `.cancel`
  /// stops the search (`glp_ios_terminate`). During the search it runs inside GLPK: it must
  /// not start another solve, export or import on the same thread (such a call fails).
  public var progress: (@Sendable (Progress) -> ProgressAction)?

  /// Makes the default options.
  public init() {}

  /// Checks the options against `model` (time limit, gap, warm start length and values).
  func validate(for model: Model) throws(ModelError) {
    if let limit = timeLimit {
      guard limit.isFinite, limit >= 0 else {
        throw .invalidParameter("timeLimit must be finite and >= 0, got \(limit)")
      }
    }
    if let n = nodeLimit, n < 1 {
      throw .invalidParameter("nodeLimit must be at least 1, got \(n)")
    }
    guard relativeGap.isFinite, relativeGap >= 0 else {
      throw .invalidParameter("relativeGap must be finite and >= 0, got \(relativeGap)")
    }
    try basis?.validate(for: model)
    if let start = warmStart {
      guard start.count == model.variableCount else {
        throw .invalidWarmStart(
          "it has \(start.count) values but the model has \(model.variableCount) variables")
      }
      if let j = start.firstIndex(where: { !$0.isFinite }) {
        throw .invalidWarmStart(
          "the value \(start[j]) of variable '\(model.columns[j].name)' is not finite")
      }
    }
  }
}
