import Foundation
import MilenFormats
import MilenModel

/// The language of human-facing output: Danish or English.
public enum Language: String, CaseIterable, Sendable, Codable {
  /// Danish: the coordinator's language (decimal comma, thousands dot, `5. januar 2026`).
  case da
  /// English (decimal point, `5 January 2026`).
  case en

  /// The language the environment's locale asks for: the first of `LC_ALL`, `LC_MESSAGES` and
  /// `LANG` that is set and not empty decides. Danish is the coordinator's language and the
  /// default: a locale of another language (`en_US.UTF-8`, `de_DE`) asks for English, while no
  /// locale, `C` or `POSIX` (a server's or a container's default) leaves Danish.
  public static func fromEnvironment(
    _ environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Language {
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[key], !value.isEmpty {
        let v = value.lowercased()
        if v.hasPrefix("da") || v == "c" || v.hasPrefix("c.") || v == "posix" { return .da }
        return .en
      }
    }
    return .da
  }
}

/// An ISO week (`2026-W02`) and its dates.
public struct ISOWeek: Hashable, Sendable {
  /// The ISO week-numbering year.
  public var year: Int
  /// The week number, 1...53.
  public var week: Int

  /// Parses `YYYY-Www`; nil for anything else.
  public init?(parsing text: String) {
    let parts = text.split(separator: "-")
    guard parts.count == 2, parts[1].hasPrefix("W"), let y = Int(parts[0]),
      let w = Int(parts[1].dropFirst()), (1...53).contains(w)
    else { return nil }
    year = y
    week = w
  }

  /// The calendar (year, month, day) of a weekday of this week.
  public func date(of day: Weekday) -> (year: Int, month: Int, day: Int) {
    var cal = Calendar(identifier: .iso8601)
    cal.timeZone = TimeZone(identifier: "UTC")!
    var c = DateComponents()
    c.yearForWeekOfYear = year
    c.weekOfYear = week
    c.weekday = day == .sun ? 1 : day.ordinal + 2
    let d = cal.date(from: c)!
    let out = cal.dateComponents([.year, .month, .day], from: d)
    return (out.year!, out.month!, out.day!)
  }
}
