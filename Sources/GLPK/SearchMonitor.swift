import CGLPK
import CGLPKGuard

/// The context of GLPK's branch-and-bound callback: hands over the warm start, follows the
/// incumbent, bound and tree size, and reports progress.
///
/// It lives for one `glp_intopt` call on one thread and reaches the C callback through
/// `cb_info` as an unretained `Unmanaged` pointer; the caller keeps it alive.
final class SearchMonitor {
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant
  private let progress: (@Sendable (Progress) -> ProgressAction)?
  private var lastReport: ContinuousClock.Instant
  private var lastBoundUpdate: ContinuousClock.Instant
  private let maximizing: Bool
  /// The LP relaxation's objective, a bound valid for the whole search.
  private let rootBound: Double?
  /// The interval between two throttled progress reports.
  static let reportInterval = Duration.milliseconds(500)
  /// The least interval between two reads of the best bound (except on a new incumbent).
  static let boundInterval = Duration.milliseconds(20)

  /// The warm start handed to the C callback: element 0 unused, then one value per column;
  /// kept at one address for the whole search.
  let pendingWarmStart: UnsafeMutableBufferPointer<Double>?
  /// The time of the callback being handled, and whether it brought a new incumbent.
  private var now: ContinuousClock.Instant
  private var newIncumbent = false
  /// What became of the warm start handed to ``init``.
  private(set) var warmStartOutcome: WarmStartOutcome
  /// The last best bound seen (node bound of `glp_ios_best_node`), or the LP relaxation's.
  private(set) var bestBound: Double?
  /// The objective of the last incumbent seen.
  private(set) var incumbent: Double?
  /// The nodes created when the last new incumbent was seen.
  private(set) var incumbentNode: Int?
  /// Total nodes created (`t_cnt` of `glp_ios_tree_size`), last seen.
  private(set) var nodes = 0
  /// Active nodes, last seen.
  private(set) var activeNodes = 0
  /// Whether the progress callback asked to stop.
  private(set) var cancelled = false
  /// Most nodes before the search stops (a work limit, not a clock).
  private let nodeLimit: Int?
  /// A request to stop from another thread.
  private let cancellation: Cancellation?
  /// The end of the time limit: checked at every callback, which comes several times per
  /// node (GLPK itself looks at its `tm_lim` only between nodes).
  private let deadline: ContinuousClock.Instant?
  /// Whether the search stopped at ``deadline``.
  private(set) var deadlineReached = false
  /// Whether the search stopped at the node limit.
  private(set) var workLimitReached = false

  init(
    start: ContinuousClock.Instant,
    sense: ObjectiveSense,
    progress: (@Sendable (Progress) -> ProgressAction)?,
    warmStart: [Double]?,
    initialBound: Double?,
    nodeLimit: Int? = nil,
    cancellation: Cancellation? = nil,
    deadline: ContinuousClock.Instant? = nil
  ) {
    self.deadline = deadline
    self.nodeLimit = nodeLimit
    self.cancellation = cancellation
    self.start = start
    self.lastReport = start
    self.lastBoundUpdate = start
    self.now = start
    self.progress = progress
    self.bestBound = initialBound
    self.rootBound = initialBound
    self.maximizing = sense == .maximize
    if let warmStart {
      let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: warmStart.count + 1)
      _ = buffer.initialize(from: [0] + warmStart)
      pendingWarmStart = buffer
      warmStartOutcome = .notUsed
    } else {
      pendingWarmStart = nil
      warmStartOutcome = .notGiven
    }
  }

  deinit { pendingWarmStart?.deallocate() }

  /// Handles one callback from `glp_intopt`, in two phases, from plain values that the C
  /// callback (`cglpk_search_callback`) read: no GLPK call is made from Swift during the
  /// search, so a GLPK fatal error never unwinds through a Swift frame.
  ///
  /// GLPK reports `GLP_IBINGO` only for integral node LPs, not for solutions found by its
  /// heuristics or the warm start, so a new incumbent is detected at every call by
  /// watching the objective of the tree's incumbent. The tree size is read at every call
  /// (cheap); the best bound needs a scan of the active nodes, so it is asked for once per
  /// node (at `GLP_ISELECT`, just before GLPK checks the gap and the time limit), on a new
  /// incumbent, and otherwise at most every ``boundInterval``.
  func handle(phase: Int32, state s: cglpk_search_state, action: inout cglpk_search_action) {
    if phase == 1 {
      if pendingWarmStart != nil {
        warmStartOutcome = s.warm_start_accepted != 0 ? .accepted : .notUsed
      }
      nodes = Int(s.total_nodes)
      activeNodes = Int(s.active_nodes)
      now = clock.now
      newIncumbent = s.has_incumbent != 0 && s.incumbent != incumbent
      action.want_bound =
        newIncumbent || s.reason == GLP_ISELECT || now - lastBoundUpdate >= Self.boundInterval
        ? 1 : 0
      return
    }
    if action.want_bound != 0 { updateBound(s, at: now) }
    if newIncumbent {
      incumbent = s.incumbent
      incumbentNode = nodes
      report(at: now)
    } else if progress != nil, now - lastReport >= Self.reportInterval {
      report(at: now)
    }
    if let limit = nodeLimit, s.reason == GLP_ISELECT, nodes >= limit, !cancelled {
      workLimitReached = true
      action.terminate = 1
    }
    if cancellation?.isCancelled == true { cancelled = true }
    if let deadline, now >= deadline, !cancelled, !workLimitReached {
      deadlineReached = true
      action.terminate = 1
    }
    if cancelled { action.terminate = 1 }
  }

  /// Takes the best bound of the active nodes, when one was read. A node not solved yet may
  /// carry GLPK's "infinite" bound (`DBL_MAX`); the tighter of two valid bounds is kept.
  private func updateBound(_ s: cglpk_search_state, at now: ContinuousClock.Instant) {
    lastBoundUpdate = now
    guard s.has_bound != 0 else { return }
    let bound = s.bound
    guard abs(bound) < Double.greatestFiniteMagnitude else { return }
    if let known = rootBound {
      bestBound = maximizing ? min(bound, known) : max(bound, known)
    } else {
      bestBound = bound
    }
  }

  /// Calls the progress callback and records a cancel request.
  private func report(at now: ContinuousClock.Instant) {
    guard let progress else { return }
    lastReport = now
    let snapshot = Progress(
      incumbent: incumbent,
      bestBound: bestBound,
      gap: relativeGap(objective: incumbent, bound: bestBound),
      nodes: nodes,
      activeNodes: activeNodes,
      elapsed: seconds(now - start))
    if progress(snapshot) == .cancel { cancelled = true }
  }
}

/// `|objective - bound| / (1e-10 + |objective|)`, when both are known.
func relativeGap(objective: Double?, bound: Double?) -> Double? {
  guard let objective, let bound else { return nil }
  return abs(objective - bound) / (1e-10 + abs(objective))
}

/// A duration in seconds.
func seconds(_ duration: Duration) -> Double {
  let (s, attoseconds) = duration.components
  return Double(s) + Double(attoseconds) * 1e-18
}

/// The Swift half of the branch-and-bound callback (`cglpk_search_callback` is GLPK's
/// `cb_func`); `info` is an unretained ``SearchMonitor``.
func searchHandler(
  _ phase: Int32, _ state: UnsafePointer<cglpk_search_state>?,
  _ action: UnsafeMutablePointer<cglpk_search_action>?, _ info: UnsafeMutableRawPointer?
) {
  guard let state, let action, let info else { return }
  Unmanaged<SearchMonitor>.fromOpaque(info).takeUnretainedValue().handle(
    phase: phase, state: state.pointee, action: &action.pointee)
}
