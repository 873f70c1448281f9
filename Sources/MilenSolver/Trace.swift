import Foundation

/// Writes one line of the solver's trace to standard error when `MILEN_TRACE` is set (for
/// measuring: `make bench-peers` reads it; docs/performance.md). The line is only built then.
func trace(_ line: @autoclosure () -> String) {
  guard ProcessInfo.processInfo.environment["MILEN_TRACE"] != nil else { return }
  FileHandle.standardError.write(Data((line() + "\n").utf8))
}
