import Foundation
import MilenModel

/// Collects the problems found while reading a document tree: the first
/// ``InputLimits/maxIssues``, and how many more there were (a file of five million wrong
/// items costs five million counts, not five million messages).
final class IssueLog {
  private var listed: [ValidationIssue] = []
  private var more = 0

  func fail(_ path: String, _ problem: ValidationProblem) {
    if listed.count < InputLimits.maxIssues {
      listed.append(ValidationIssue(path: path, problem))
    } else {
      more += 1
    }
  }

  /// The problems listed, then one line saying how many more were found.
  var issues: [ValidationIssue] { InputLimits.capped(listed, more: more) }
}

/// Reads one JSON object field by field, naming every problem by its path, and reports the
/// fields it did not ask for as unknown (a typo must not be silently ignored).
final class ObjectReader {
  let path: String
  let log: IssueLog
  private let pairs: [(String, JSONValue)]
  private var asked: [String] = []

  /// nil (with an issue logged) when `value` is not an object.
  init?(_ value: JSONValue, path: String, log: IssueLog) {
    guard case .object(let pairs) = value else {
      log.fail(path, .expected(.object, found: value.shape))
      return nil
    }
    self.path = path
    self.log = log
    self.pairs = pairs
  }

  func sub(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  /// The raw value of a field (marking it as known).
  func raw(_ key: String) -> JSONValue? {
    asked.append(key)
    guard let v = pairs.first(where: { $0.0 == key })?.1 else { return nil }
    if case .null = v { return nil }
    return v
  }

  func required(_ key: String) -> JSONValue? {
    let v = raw(key)
    if v == nil { log.fail(sub(key), .required) }
    return v
  }

  func string(_ key: String) -> String? {
    guard let v = raw(key) else { return nil }
    guard case .string(let s) = v else {
      log.fail(sub(key), .expected(.string, found: v.shape))
      return nil
    }
    return s
  }

  func requiredString(_ key: String) -> String? {
    if pairs.first(where: { $0.0 == key }) == nil { log.fail(sub(key), .required) }
    return string(key)
  }

  func number(_ key: String) -> Double? {
    guard let v = raw(key) else { return nil }
    switch v {
    case .number(let d): return d
    case .string(let s):
      // Danish spreadsheets write decimals with a comma ("2,5"). A dot followed by three digits
      // is a Danish thousands separator ("500.000"): ambiguous, so refused.
      let t = s.trimmingCharacters(in: .whitespaces)
      if t.range(of: #"^-?[0-9]+(,[0-9]+)?$"#, options: .regularExpression) != nil,
        let d = Double(t.replacingOccurrences(of: ",", with: "."))
      {
        return d
      }
      if t.range(of: #"^-?[0-9]+\.[0-9]+$"#, options: .regularExpression) != nil,
        t.range(of: #"\.[0-9]{3}$"#, options: .regularExpression) == nil, let d = Double(t)
      {
        return d
      }
      log.fail(sub(key), .notANumber(s))
      return nil
    default:
      log.fail(sub(key), .expected(.number, found: v.shape))
      return nil
    }
  }

  /// Hours, counted in whole minutes: a value that is not a whole number of minutes is rounded
  /// to the nearest minute (`1.33` h is 80 minutes); a value other than 0 below one minute
  /// (`1e-300`) is refused.
  func hours(_ key: String) -> Double? {
    guard let d = number(key) else { return nil }
    guard d.isFinite else { return d }
    if d != 0 && abs(d) * 60 < 1 {
      log.fail(sub(key), .belowAMinute(hours: d))
      return nil
    }
    guard abs(d) < 1e9 else { return d }
    return (d * 60).rounded() / 60
  }

  func int(_ key: String) -> Int? {
    guard let d = number(key) else { return nil }
    guard abs(d) < 1e9 else {
      log.fail(sub(key), .tooLarge(d))
      return nil
    }
    guard d == d.rounded() else {
      log.fail(sub(key), .notWhole(d))
      return nil
    }
    return Int(d)
  }

  func bool(_ key: String) -> Bool? {
    guard let v = raw(key) else { return nil }
    guard case .bool(let b) = v else {
      log.fail(sub(key), .expected(.boolean, found: v.shape))
      return nil
    }
    return b
  }

  func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> T?
  where T.RawValue == String {
    guard let s = string(key) else { return nil }
    if let t = T(rawValue: s) { return t }
    let names = T.allCases.map { $0.rawValue }
    log.fail(sub(key), .notOneOf(s, choices: names, closest: closest(s, names)))
    return nil
  }

  func strings(_ key: String) -> [String]? {
    guard let v = raw(key) else { return nil }
    guard case .array(let items) = v else {
      log.fail(sub(key), .expected(.strings, found: v.shape))
      return nil
    }
    var out: [String] = []
    for (i, item) in items.enumerated() {
      if case .string(let s) = item {
        out.append(s)
      } else {
        log.fail("\(sub(key))[\(i)]", .expected(.string, found: item.shape))
      }
    }
    return out
  }

  func weekdays(_ key: String) -> [Weekday]? {
    guard let names = strings(key) else { return nil }
    var out: [Weekday] = []
    for (i, n) in names.enumerated() {
      if let d = Weekday(rawValue: n) {
        out.append(d)
      } else {
        log.fail("\(sub(key))[\(i)]", .notAWeekday(n))
      }
    }
    return out
  }

  func window(_ key: String) -> TimeWindow? {
    guard let s = string(key) else { return nil }
    guard let w = TimeWindow(parsing: s) else {
      log.fail(sub(key), .notATimeWindow(s))
      return nil
    }
    return w
  }

  func object(_ key: String) -> ObjectReader? {
    guard let v = raw(key) else { return nil }
    return ObjectReader(v, path: sub(key), log: log)
  }

  /// A map from weekday to a value read by `read`.
  func days<T>(_ key: String, _ read: (ObjectReader, String) -> T?) -> [Weekday: T]? {
    guard let o = object(key) else { return nil }
    var out: [Weekday: T] = [:]
    for d in Weekday.allCases {
      if let v = read(o, d.rawValue) { out[d] = v }
    }
    o.finish()
    return out
  }

  /// Each element of a list field, with its path.
  func list(_ key: String) -> [(String, JSONValue)] {
    guard let v = raw(key) else { return [] }
    guard case .array(let items) = v else {
      log.fail(sub(key), .expected(.list, found: v.shape))
      return []
    }
    return items.enumerated().map { ("\(sub(key))[\($0.offset)]", $0.element) }
  }

  /// Logs every field that was never asked for.
  func finish() {
    for (k, _) in pairs where !asked.contains(k) {
      log.fail(sub(k), .unknownField(closest: closest(k, asked)))
    }
  }
}

/// The known name closest to `given` by edit distance, when it is close enough to be a slip
/// (at most a third of its letters, at least one), else nil.
package func closest(_ given: String, _ known: [String]) -> String? {
  var best: (name: String, distance: Int)?
  for name in known.sorted() {
    let d = editDistance(given.lowercased(), name.lowercased())
    if best == nil || d < best!.distance { best = (name, d) }
  }
  guard let best, best.distance <= Swift.max(1, given.count / 3) else { return nil }
  return best.name
}

func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var prev = Array(0...b.count)
  for i in 1...a.count {
    var cur = [i] + Array(repeating: 0, count: b.count)
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      let best: Int = Swift.min(prev[j] + 1, cur[j - 1] + 1)
      cur[j] = Swift.min(best, prev[j - 1] + cost)
    }
    prev = cur
  }
  return prev[b.count]
}
