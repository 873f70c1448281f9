import Dispatch
import Foundation
import MilenFormats
import MilenReports
import MilenSolver
import MilenWorkflow
import Synchronization

/// Stops the program cleanly on SIGINT, SIGTERM, SIGQUIT and SIGHUP.
///
/// The first signal cancels the running solve through GLPK's branch-and-bound callback
/// (``PlanningOptions/cancellation``), removes every temporary output file and refuses any
/// later write, so no partial output is ever left; the command then ends with
/// `128 + the signal's number`. Should the solve not return within ``grace`` (an LP
/// relaxation has no callback), or a second signal come, the program ends at once.
/// SIGQUIT prints no crash trace.
///
/// Under `milen plan --cut-on-term` (``cutOnTerm()``) the first SIGTERM is a batch engine's
/// time limit instead (Slurm, Kubernetes: SIGTERM, then SIGKILL after a grace period): it
/// stops the clock (``clockStop``), the planning ends as at `--time-limit` and the plan so far
/// is written, marked cutByClock, with exit 0. Any other signal, or a second SIGTERM, stops
/// the program as above.
///
/// Each command run installs one guard; its cancellation and temporary files reach the
/// planner and ``Output`` through the task-local ``current`` value rather than global state.
final class SignalGuard: @unchecked Sendable {
  /// The temporary files of the outputs being written.
  let temporaries = AtomicFile.TemporaryFiles()
  /// Cancels the running solve.
  let cancellation = PlanningCancellation()
  /// Ends the planning as its time limit would (SIGTERM under ``cutOnTerm()``).
  let clockStop = PlanningCancellation()
  /// When the command started: `--time-limit` counts from here.
  let started = Date()
  /// The first signal received (0: none).
  private let received = Received()
  /// Kept alive for the guard's life; never touched after `init` (hence unchecked Sendable).
  private let sources: [any DispatchSourceSignal]

  /// The guard of the command being run, if any.
  @TaskLocal static var current: SignalGuard?

  /// The signals that stop the program.
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGQUIT, SIGHUP]

  /// Seconds a cancelled solve has to return before the program ends anyway.
  static let grace = 3.0

  /// Makes the first SIGTERM stop the clock instead of the program (`plan --cut-on-term`).
  func cutOnTerm() { received.cutOnTerm.store(true, ordering: .relaxed) }

  /// The signal that stopped the command, if one did.
  var stoppedBy: Int32? {
    let s = received.signal.load(ordering: .sequentiallyConsistent)
    return s == 0 ? nil : s
  }

  /// The name of a signal this guard handles.
  static func name(_ sig: Int32) -> String {
    switch sig {
    case SIGINT: return "SIGINT"
    case SIGTERM: return "SIGTERM"
    case SIGQUIT: return "SIGQUIT"
    default: return "SIGHUP"
    }
  }

  /// Installs the guard: the signals are delivered to a dispatch queue instead of killing the
  /// process mid-write.
  /// A guard whose lines are said in `localizer`'s language.
  init(_ localizer: Localizer = Reporting.localizer) {
    let l = localizer
    var made: [any DispatchSourceSignal] = []
    let temporaries = self.temporaries
    let cancellation = self.cancellation
    let received = self.received
    let clockStop = self.clockStop
    for sig in SignalGuard.signals {
      signal(sig, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
      source.setEventHandler {
        if sig == SIGTERM && received.cutOnTerm.load(ordering: .relaxed)
          && received.clockStopped.compareExchange(
            expected: false, desired: true, ordering: .relaxed
          ).exchanged
        {
          clockStop.cancel()
          Stderr.write("\nmilen: \(l.say(.cutOnTerm))\n")
          return
        }
        // The signal is noted before the temporaries go: a write that fails because its
        // temporary file was removed then finds the program stopped (128 + the signal), not
        // a write error (73).
        let (first, _) = received.signal.compareExchange(
          expected: 0, desired: sig, ordering: .sequentiallyConsistent)
        temporaries.removeAll()
        guard first else {
          Stderr.write(
            "milen: \(l.say(.stopped(signal: SignalGuard.name(sig), left: .nothingWritten)))\n")
          _exit(128 + sig)
        }
        cancellation.cancel()
        Stderr.write("\nmilen: \(l.say(.stopping(signal: SignalGuard.name(sig))))\n")
        DispatchQueue.global().asyncAfter(deadline: .now() + SignalGuard.grace) {
          Stderr.write(
            "milen: \(l.say(.stopped(signal: SignalGuard.name(sig), left: .nothingWritten)))\n")
          _exit(128 + sig)
        }
      }
      source.resume()
      made.append(source)
    }
    sources = made
  }
}

/// The first signal received, shared with the handlers.
private final class Received: Sendable {
  let signal = Atomic<Int32>(0)
  /// The first SIGTERM stops the clock (`plan --cut-on-term`).
  let cutOnTerm = Atomic<Bool>(false)
  /// A SIGTERM has stopped the clock already.
  let clockStopped = Atomic<Bool>(false)
}
