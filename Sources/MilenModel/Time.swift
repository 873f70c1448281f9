import Foundation

/// A day of the week. Monday to Friday are working days; Saturday and Sunday may carry
/// activities only.
public enum Weekday: String, CaseIterable, Comparable, Hashable, Sendable, Codable {
  case mon, tue, wed, thu, fri, sat, sun

  /// Monday to Friday.
  public static let workdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri]

  /// Position in the week, Monday = 0.
  public var ordinal: Int { Weekday.allCases.firstIndex(of: self)! }

  /// Whether companies may plan work on this day.
  public var isWorkday: Bool { ordinal < 5 }

  public static func < (a: Weekday, b: Weekday) -> Bool { a.ordinal < b.ordinal }
}

/// A time of day in whole minutes after midnight, written `HH:MM` (`24:00` allowed as an end).
public struct TimeOfDay: Comparable, Hashable, Sendable, CustomStringConvertible, Codable {
  /// Minutes after midnight, 0...1440.
  public let minutes: Int

  /// A time from minutes after midnight.
  public init(minutes: Int) { self.minutes = minutes }

  /// A time from hours and minutes.
  public init(_ hour: Int, _ minute: Int = 0) { self.minutes = hour * 60 + minute }

  /// Parses `HH:MM`; nil for anything else or a time after 24:00.
  public init?(parsing text: String) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count >= 1, parts[0].count <= 2, parts[1].count == 2,
      let h = Int(parts[0]), let m = Int(parts[1]), h >= 0, m >= 0, m < 60
    else { return nil }
    let total = h * 60 + m
    guard total <= 24 * 60 else { return nil }
    self.minutes = total
  }

  /// Hours after midnight as a decimal number.
  public var hours: Double { Double(minutes) / 60 }

  /// `HH:MM`.
  public var description: String {
    let h = minutes / 60
    let m = minutes % 60
    return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
  }

  public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }

  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let t = TimeOfDay(parsing: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not a time"))
    }
    self = t
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }
}

/// A window of time within one day, written `08:00-12:00`. `start < end` after validation.
public struct TimeWindow: Hashable, Sendable, CustomStringConvertible, Codable {
  /// When it starts.
  public var start: TimeOfDay
  /// When it ends.
  public var end: TimeOfDay

  /// A window from its two ends.
  public init(start: TimeOfDay, end: TimeOfDay) {
    self.start = start
    self.end = end
  }

  /// Parses `HH:MM-HH:MM`; nil if either time is malformed (the order is checked by validation).
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2,
      let s = TimeOfDay(parsing: parts[0].trimmingCharacters(in: .whitespaces)),
      let e = TimeOfDay(parsing: parts[1].trimmingCharacters(in: .whitespaces))
    else { return nil }
    self.init(start: s, end: e)
  }

  /// Length in hours (0 if the window is empty or reversed).
  public var hours: Double { Double(max(0, end.minutes - start.minutes)) / 60 }

  /// Whether the two windows share a positive stretch of time.
  public func overlaps(_ other: TimeWindow) -> Bool {
    start < other.end && other.start < end
  }

  /// Whether `other` lies wholly inside this window.
  public func contains(_ other: TimeWindow) -> Bool {
    start <= other.start && other.end <= end
  }

  /// The common part, or nil when it is empty.
  public func intersection(_ other: TimeWindow) -> TimeWindow? {
    let s = max(start, other.start)
    let e = min(end, other.end)
    return s < e ? TimeWindow(start: s, end: e) : nil
  }

  /// `HH:MM-HH:MM`.
  public var description: String { "\(start)-\(end)" }

  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let w = TimeWindow(parsing: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not a time window"))
    }
    self = w
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }
}
