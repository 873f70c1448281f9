import CGLPK
import CGLPKGuard

/// Solves ``Model`` values with GLPK.
///
/// Thread rules: a solve runs synchronously and entirely on the calling thread (the GLPK
/// problem object is created, solved, read back and deleted inside the call, and the
/// thread's GLPK environment is freed at the end), so solves, exports and imports may run
/// concurrently on different threads or tasks. A solve blocks its thread until it returns;
/// from Swift concurrency, run long solves off the cooperative pool (for example on a
/// dedicated thread or dispatch queue). The progress callback runs on the solving thread,
/// inside GLPK, and must not start another GLPK operation on it.
///
/// Nothing from GLPK reaches stdout or stderr unless ``SolveOptions/messages`` is on: GLPK's
/// terminal output goes through a hook that swallows it (even the messages GLPK prints for
/// a fatal error, which `glp_term_out(GLP_OFF)` alone would let through).
public enum Solver {
  /// Builds the GLPK problem, solves, reads everything back and deletes it, all on the
  /// calling thread. Synchronous.
  ///
  /// A model with an integer or binary variable is a MIP (unless
  /// ``SolveOptions/relaxIntegrality``): with presolve off its LP relaxation is solved by the
  /// simplex method first (an infeasible relaxation gives `.infeasible`, an unbounded one
  /// `.infeasibleOrUnbounded`), then `glp_intopt` searches within the remaining time.
  /// Otherwise the model is an LP solved by the simplex method, with duals and reduced costs
  /// when optimal.
  ///
  /// - Throws: ``SolverError/invalidModel(_:)`` when the model or the options are invalid
  ///   (nothing reached GLPK), ``SolverError/fatal(_:)`` when GLPK hit a fatal error anyway.
  public static func solve(
    _ model: Model,
    options: SolveOptions = SolveOptions()
  ) throws(SolverError) -> SolveResult {
    let start = ContinuousClock.now
    _ = MemoryPolicy.applied
    do {
      try model.validate()
      try options.validate(for: model)
    } catch {
      throw .invalidModel(error)
    }
    let isMIP = model.hasIntegerVariables && !options.relaxIntegrality
    if options.cancellation?.isCancelled == true {
      // Stopped before it started: nothing reaches GLPK.
      var r = SolveResult(
        termination: .cancelled, pointStatus: .noSolution,
        warmStart: options.warmStart == nil ? .notGiven : .notUsed, isMIP: isMIP)
      r.wallTime = seconds(ContinuousClock.now - start)
      return r
    }

    // Judge the warm start in Swift: GLPK does not check it.
    var warmStart: [Double]?
    var outcome = WarmStartOutcome.notGiven
    var warmStartMessage: String?
    if let given = options.warmStart {
      switch model.checkedWarmStart(given) {
      case .success(let point):
        outcome = .notUsed
        if isMIP, !options.presolve { warmStart = point }
      case .failure(let rejection):
        outcome = .rejectedInfeasible
        warmStartMessage = rejection.message
      }
    }

    let reentered = SolverError.invalidModel(
      .invalidParameter(
        "Solver.solve was called while another GLPK operation runs on this thread "
          + "(from a progress callback)"))
    var result = try GLPKSession.run(echo: options.messages, reentered: reentered) {
      () throws(SolverError) -> SolveResult in
      try GLPKSession.withProblem { problem throws(SolverError) -> SolveResult in
        GLPKSession.load(model, into: problem, relax: !isMIP, names: options.messages)
        let run = SolveRun(model: model, options: options, problem: problem, start: start)
        return try isMIP ? run.solveMIP(warmStart: warmStart) : run.solveLP()
      }
    }
    if result.warmStart == .notGiven { result.warmStart = outcome }
    result.warmStartMessage = warmStartMessage
    result.wallTime = seconds(ContinuousClock.now - start)
    // The final report comes after GLPK's state is gone; its answer does not matter.
    if let progress = options.progress {
      _ = progress(
        Progress(
          incumbent: result.objective, bestBound: result.bestBound, gap: result.gap,
          nodes: result.nodes, activeNodes: 0, elapsed: result.wallTime))
    }
    return result
  }
}

/// One solve of one problem object.
private struct SolveRun {
  let model: Model
  let options: SolveOptions
  let problem: OpaquePointer
  let start: ContinuousClock.Instant

  var messageLevel: Int32 { options.messages ? GLP_MSG_ON : GLP_MSG_OFF }

  /// Milliseconds left of the time limit (`Int32.max` = none), or nil when none is left.
  func remainingMilliseconds() -> Int32? {
    guard let limit = options.timeLimit else { return Int32.max }
    let left = (limit - seconds(ContinuousClock.now - start)) * 1000
    if left <= 0 { return limit == 0 ? 0 : nil }
    return Int32(min(left.rounded(.up), Double(Int32.max - 1)))
  }

  /// Runs the simplex method under the guard; returns GLPK's code.
  func simplex(presolve: Bool, milliseconds: Int32) throws(SolverError) -> Int32 {
    var parm = glp_smcp()
    glp_init_smcp(&parm)
    parm.msg_lev = messageLevel
    parm.presolve = presolve ? GLP_ON : GLP_OFF
    parm.tm_lim = milliseconds
    var code: Int32 = 0
    guard cglpk_guarded_simplex(problem, &parm, &code) == 0 else {
      throw .fatal(GLPKSession.fatalMessage)
    }
    return code
  }

  /// Scales the problem and builds an advanced initial basis, as glpsol does, unless a
  /// starting basis is given (``SolveOptions/basis``) and GLPK can factorise it.
  @discardableResult
  func prepareBasis() -> BasisOutcome {
    glp_scale_prob(problem, GLP_SF_AUTO)
    guard let basis = options.basis else {
      glp_adv_basis(problem, 0)
      return .notGiven
    }
    if basis.install(in: problem) { return .used }
    glp_adv_basis(problem, 0)
    return .rejected
  }

  // MARK: LP

  func solveLP() throws(SolverError) -> SolveResult {
    let basisOutcome = options.presolve ? nil : prepareBasis()
    var code = try simplex(presolve: options.presolve, milliseconds: remainingMilliseconds() ?? 0)
    if options.presolve, code == GLP_ENODFS, let ms = remainingMilliseconds() {
      // The presolver cannot tell infeasible from unbounded; the simplex method can.
      prepareBasis()
      code = try simplex(presolve: false, milliseconds: ms)
    }
    let (termination, point) = lpOutcome(code: code)
    var result = SolveResult(
      termination: termination, pointStatus: point,
      simplexIterations: Int(glp_get_it_cnt(problem)), isMIP: false)
    result.basisOutcome = options.basis == nil ? .notGiven : basisOutcome ?? .notUsed
    if basisOutcome != nil, point == .optimal { result.basis = Basis.read(from: problem) }
    guard point != .noSolution else { return result }
    let n = model.columns.count
    let m = model.rows.count
    result.values = (0..<n).map { glp_get_col_prim(problem, Int32($0 + 1)) }
    result.rowActivities = (0..<m).map { glp_get_row_prim(problem, Int32($0 + 1)) }
    result.objective = glp_get_obj_val(problem)
    if point == .optimal {
      result.bestBound = result.objective
      result.gap = 0
      result.rowDuals = (0..<m).map { glp_get_row_dual(problem, Int32($0 + 1)) }
      result.reducedCosts = (0..<n).map { glp_get_col_dual(problem, Int32($0 + 1)) }
    }
    return result
  }

  /// Maps a simplex return code (and the solution status) to the two result axes.
  func lpOutcome(code: Int32) -> (TerminationReason, PointStatus) {
    let primalFeasible = glp_get_prim_stat(problem) == GLP_FEAS
    switch code {
    case 0:
      switch glp_get_status(problem) {
      case GLP_OPT: return (.optimal, .optimal)
      case GLP_NOFEAS: return (.infeasible, .noSolution)
      case GLP_UNBND: return (.unbounded, .noSolution)
      default: return (.numericalError, primalFeasible ? .feasible : .noSolution)
      }
    case GLP_ETMLIM:
      return (.timeLimit, primalFeasible ? .feasible : .noSolution)
    case GLP_ENOPFS:
      // Only with the presolver: no primal feasible solution.
      return (.infeasible, .noSolution)
    case GLP_ENODFS:
      // Only with the presolver, when no time was left to ask the simplex method.
      return (.infeasibleOrUnbounded, .noSolution)
    case GLP_EBADB, GLP_ESING, GLP_ECOND, GLP_EFAIL:
      // Invalid or singular initial basis, ill-conditioning, solver failure.
      return (.numericalError, .noSolution)
    case GLP_EBOUND:
      // Incorrect bounds: validation rules this out.
      return (.otherError(code: code), .noSolution)
    case GLP_EOBJLL, GLP_EOBJUL, GLP_EITLIM:
      // Objective and iteration limits are never set by this binding.
      return (.otherError(code: code), primalFeasible ? .feasible : .noSolution)
    default:
      return (.otherError(code: code), .noSolution)
    }
  }

  // MARK: MIP

  func solveMIP(warmStart: [Double]?) throws(SolverError) -> SolveResult {
    var relaxationBound: Double?
    var relaxationBasis: Basis?
    var basisOutcome: BasisOutcome = options.basis == nil ? .notGiven : .notUsed
    if !options.presolve {
      // glp_intopt needs an optimal LP basis when its presolver is off.
      basisOutcome = prepareBasis()
      let code = try simplex(presolve: false, milliseconds: remainingMilliseconds() ?? 0)
      let (termination, point) = lpOutcome(code: code)
      guard point == .optimal else {
        let mipTermination: TerminationReason =
          switch termination {
          // An unbounded relaxation means the MIP is unbounded or infeasible.
          case .unbounded: .infeasibleOrUnbounded
          default: termination
          }
        var result = SolveResult(
          termination: mipTermination, pointStatus: .noSolution,
          simplexIterations: Int(glp_get_it_cnt(problem)),
          warmStart: warmStart == nil ? .notGiven : .notUsed, isMIP: true)
        result.basisOutcome = basisOutcome
        return result
      }
      relaxationBound = glp_get_obj_val(problem)
      relaxationBasis = Basis.read(from: problem)
    }
    let relaxationIterations = options.presolve ? nil : Int(glp_get_it_cnt(problem))
    guard let milliseconds = remainingMilliseconds() else {
      var result = SolveResult(
        termination: .timeLimit, pointStatus: .noSolution, bestBound: relaxationBound,
        simplexIterations: Int(glp_get_it_cnt(problem)),
        warmStart: warmStart == nil ? .notGiven : .notUsed, isMIP: true)
      result.basis = relaxationBasis
      result.basisOutcome = basisOutcome
      result.relaxationIterations = relaxationIterations
      return result
    }

    let monitor = SearchMonitor(
      start: start, sense: model.sense, progress: options.progress, warmStart: warmStart,
      initialBound: relaxationBound, nodeLimit: options.nodeLimit,
      cancellation: options.cancellation,
      deadline: options.timeLimit.map {
        start + .milliseconds(Int64((min($0, 1e9) * 1000).rounded()))
      })
    var parm = glp_iocp()
    glp_init_iocp(&parm)
    parm.msg_lev = messageLevel
    parm.br_tech = branchingTechnique
    parm.bt_tech = backtrackingTechnique
    parm.tm_lim = milliseconds
    parm.mip_gap = options.relativeGap
    parm.presolve = options.presolve ? GLP_ON : GLP_OFF
    parm.gmi_cuts = options.cuts.contains(.gomory) ? GLP_ON : GLP_OFF
    parm.mir_cuts = options.cuts.contains(.mir) ? GLP_ON : GLP_OFF
    parm.cov_cuts = options.cuts.contains(.cover) ? GLP_ON : GLP_OFF
    parm.clq_cuts = options.cuts.contains(.clique) ? GLP_ON : GLP_OFF
    parm.cb_func = cglpk_search_callback
    var code: Int32 = 0
    var context = cglpk_search_context(
      handler: searchHandler, info: Unmanaged.passUnretained(monitor).toOpaque(),
      warm_start: monitor.pendingWarmStart.map { UnsafePointer($0.baseAddress!) },
      warm_start_offered: 0, warm_start_accepted: 0)
    let caught = withExtendedLifetime(monitor) {
      withUnsafeMutablePointer(to: &context) { c in
        parm.cb_info = UnsafeMutableRawPointer(c)
        return cglpk_guarded_intopt(problem, &parm, &code)
      }
    }
    guard caught == 0 else { throw .fatal(GLPKSession.fatalMessage) }

    let status = glp_mip_status(problem)
    let hasPoint = status == GLP_OPT || status == GLP_FEAS
    var (termination, point) = mipOutcome(code: code, status: status, hasPoint: hasPoint)
    if termination == .cancelled && monitor.workLimitReached && !monitor.cancelled {
      termination = .workLimit
    } else if termination == .cancelled && monitor.deadlineReached && !monitor.cancelled {
      termination = .timeLimit
    }
    var result = SolveResult(
      termination: termination, pointStatus: point,
      simplexIterations: Int(glp_get_it_cnt(problem)), nodes: monitor.nodes,
      warmStart: monitor.warmStartOutcome, isMIP: true)
    result.lpRelaxation = relaxationBound
    result.basis = relaxationBasis
    result.basisOutcome = basisOutcome
    result.relaxationIterations = relaxationIterations
    result.lastImprovementNode = point != .noSolution ? monitor.incumbentNode ?? 0 : nil
    if point != .noSolution {
      let n = model.columns.count
      let m = model.rows.count
      result.values = (0..<n).map { glp_mip_col_val(problem, Int32($0 + 1)) }
      result.rowActivities = (0..<m).map { glp_mip_row_val(problem, Int32($0 + 1)) }
      let objective = glp_mip_obj_val(problem)
      result.objective = objective
      if point == .optimal {
        result.bestBound = objective
        result.gap = 0
      } else if let bound = monitor.bestBound {
        // A bound seen during the search is valid but may be older than the incumbent;
        // never let it claim more than the incumbent itself.
        let clamped = model.sense == .minimize ? min(bound, objective) : max(bound, objective)
        result.bestBound = clamped
        result.gap = relativeGap(objective: objective, bound: clamped)
      }
    } else if termination != .infeasible && termination != .infeasibleOrUnbounded {
      result.bestBound = monitor.bestBound
    }
    return result
  }

  /// Maps a `glp_intopt` return code and MIP status to the two result axes.
  func mipOutcome(code: Int32, status: Int32, hasPoint: Bool) -> (TerminationReason, PointStatus) {
    let found: PointStatus = hasPoint ? .feasible : .noSolution
    switch code {
    case 0:
      switch status {
      case GLP_OPT: return (.optimal, .optimal)
      case GLP_NOFEAS: return (.infeasible, .noSolution)
      // The search finished; a point without proof would be a GLPK surprise.
      case GLP_FEAS: return (.optimal, .feasible)
      default: return (.otherError(code: 0), .noSolution)
      }
    case GLP_EMIPGAP:
      // Stopped at the requested relative gap: optimal within the gap.
      return (.optimal, found)
    case GLP_ETMLIM:
      return (.timeLimit, found)
    case GLP_ESTOP:
      return (.cancelled, found)
    case GLP_ENOPFS:
      // Presolver: the LP relaxation (hence the MIP) is infeasible.
      return (.infeasible, .noSolution)
    case GLP_ENODFS:
      // Presolver: the LP relaxation has no dual feasible solution.
      return (.infeasibleOrUnbounded, .noSolution)
    case GLP_EFAIL:
      // The search stopped because the LP solver failed.
      return (.numericalError, found)
    case GLP_EBOUND, GLP_EROOT:
      // Fractional or crossed bounds (validation rules them out) or no optimal LP basis
      // (always provided): unexpected.
      return (.otherError(code: code), found)
    default:
      return (.otherError(code: code), found)
    }
  }

  var branchingTechnique: Int32 {
    switch options.branching {
    case .firstFractional: GLP_BR_FFV
    case .lastFractional: GLP_BR_LFV
    case .mostFractional: GLP_BR_MFV
    case .driebeckTomlin: GLP_BR_DTH
    case .pseudoCost: GLP_BR_PCH
    }
  }

  var backtrackingTechnique: Int32 {
    switch options.backtracking {
    case .depthFirst: GLP_BT_DFS
    case .breadthFirst: GLP_BT_BFS
    case .bestLocal: GLP_BT_BLB
    case .bestProjection: GLP_BT_BPH
    }
  }
}
