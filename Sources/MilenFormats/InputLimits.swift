import Foundation
import MilenModel

/// Bounds on every input document (scenario, plan and change files), so that no file can
/// take unbounded memory or time (docs/security.md). Each is refused with a clear error
/// (exit 65) long before it costs anything.
public enum InputLimits {
  /// The largest file read, in bytes: 64 MiB (the national XL week is 27 MB).
  public static let maxBytes = 64 * 1024 * 1024
  /// The deepest nesting of lists and objects (a scenario needs 5).
  public static let maxDepth = 64
  /// The longest string, in UTF-8 bytes (a name, an id, a tag).
  public static let maxStringBytes = 10_000
  /// The most nodes a YAML document may expand to, per byte of its text. A document without
  /// aliases has fewer nodes than bytes; an alias bomb (nested anchors) has exponentially more.
  public static let maxNodesPerByte = 1

  /// The most values (objects, lists, strings, numbers, booleans, nulls) in one document,
  /// counted while it is parsed; the national XL week (`generate --size XL --seed 1`, 27 MB)
  /// has 1,085,040.
  public static let maxNodes = 4_000_000
  /// The most problems listed for one file; the rest are counted in one last line.
  public static let maxIssues = 100

  /// The first ``maxIssues`` of `issues`, and a line saying how many more there were
  /// (`more` already dropped, plus those beyond the limit).
  public static func capped(_ issues: [ValidationIssue], more: Int = 0) -> [ValidationIssue] {
    let extra = more + max(0, issues.count - maxIssues)
    if extra == 0 { return issues }
    return Array(issues.prefix(maxIssues)) + [
      ValidationIssue(path: "", .moreNotListed(count: extra, listed: maxIssues))
    ]
  }

  /// Refuses a text longer than ``maxBytes``.
  static func checkSize(_ text: String) throws(ParseError) {
    let n = text.utf8.count
    if n > maxBytes {
      throw ParseError(SyntaxError(nil, .fileTooLarge(bytes: n, mostBytes: maxBytes)))
    }
  }
}
