import Foundation

/// The JSON form of a report: pretty-printed, keys sorted, slashes as they are, ending in a
/// newline, so that the same value always gives the same bytes.
package enum ReportJSON {
  /// `value` as report JSON.
  package static func encode<T: Encodable>(_ value: T) -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding the report's own value types cannot fail: they hold no non-finite numbers.
    return String(decoding: try! e.encode(value), as: UTF8.self) + "\n"
  }
}
