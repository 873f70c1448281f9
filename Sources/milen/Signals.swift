import Dispatch
import Foundation
import MilenIO

/// Ends the program cleanly on SIGINT, SIGTERM, SIGQUIT and SIGHUP: the solve is abandoned,
/// every temporary output file is removed (no partial output is ever left), and the program
/// exits with 128 + the signal's number. SIGQUIT no longer prints a crash trace.
///
/// Each command run installs one guard; its temporary files reach ``Output`` through the
/// task-local ``current`` value rather than global state.
final class SignalGuard: @unchecked Sendable {
  /// The temporary files of the outputs being written.
  let temporaries = AtomicFile.TemporaryFiles()
  private var sources: [any DispatchSourceSignal] = []

  /// The guard of the command being run, if any.
  @TaskLocal static var current: SignalGuard?

  /// The signals that end the program.
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGQUIT, SIGHUP]

  /// Installs the guard: the signals are delivered to a dispatch queue instead of killing the
  /// process mid-write.
  init() {
    let temporaries = self.temporaries
    for sig in SignalGuard.signals {
      signal(sig, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
      source.setEventHandler {
        temporaries.removeAll()
        let name =
          sig == SIGINT
          ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : sig == SIGQUIT ? "SIGQUIT" : "SIGHUP"
        Stderr.write("\nmilen: stopped by \(name); nothing was written\n")
        _exit(128 + sig)
      }
      source.resume()
      sources.append(source)
    }
  }
}
