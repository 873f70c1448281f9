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

  /// A request not yet made.
  public init() {}

  /// Asks every solve that shares this instance to stop. Cannot be undone.
  public func cancel() { flag.store(true, ordering: .relaxed) }

  /// Whether ``cancel()`` was called.
  public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
