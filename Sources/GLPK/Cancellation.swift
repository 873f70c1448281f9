import Synchronization

/// A request to stop solving, safe to set from any thread (a signal handler's queue, a web
/// request) while a solve runs on another.
///
/// Give the same instance to every solve that should stop together
/// (``SolveOptions/cancellation``). GLPK is asked to stop at its next branch-and-bound callback
/// (`glp_ios_terminate`), which comes at least once per node; a solve not yet started returns
/// at once with termination ``TerminationReason/cancelled``. The simplex method has no
/// callback, so an LP relaxation that is running finishes first.
public final class Cancellation: Sendable {
  private let flag = Atomic<Bool>(false)
  /// Requests that also stop this one (a signal's, above one solve's own).
  private let parents: [Cancellation]

  /// A request not yet made.
  public init() { parents = [] }

  /// A request of its own that is also made whenever `parent`'s is (never the other way): a
  /// solve abandoned by its caller is stopped alone, and a signal still stops it.
  public init(parent: Cancellation?) { parents = parent.map { [$0] } ?? [] }

  /// A request of its own that is also made whenever any of `parents` is (a signal's
  /// cancellation, or a request to end the run as its time limit would).
  public init(parents: [Cancellation]) { self.parents = parents }

  /// Asks every solve that shares this instance to stop. Cannot be undone.
  public func cancel() { flag.store(true, ordering: .relaxed) }

  /// Whether ``cancel()`` was called.
  public var isCancelled: Bool {
    flag.load(ordering: .relaxed) || parents.contains { $0.isCancelled }
  }
}
