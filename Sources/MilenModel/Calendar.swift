import Foundation

/// A calendar date (proleptic Gregorian), written `YYYY-MM-DD`. Pure arithmetic: no time zone,
/// no locale, so every machine counts weeks the same way.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Year, e.g. 2026.
  public var year: Int
  /// Month, 1-12.
  public var month: Int
  /// Day of month, 1-31.
  public var day: Int

  /// A date from its parts (not checked: use `init?(parsing:)` for user input).
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`; nil for anything else or a date that does not exist.
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
      (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Whether a year has 29 February.
  public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  /// Days in a month.
  public static func daysIn(month m: Int, year y: Int) -> Int {
    switch m {
    case 2: return isLeap(y) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (negative before).
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date of a day number (days since 1970-01-01).
  public init(dayNumber z0: Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  /// The weekday (1970-01-01 was a Thursday).
  public var weekday: Weekday {
    let i = ((dayNumber % 7) + 7 + 3) % 7  // Monday = 0
    return Weekday.allCases[i]
  }

  /// This date plus `n` days.
  public func adding(days n: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + n) }

  /// The ISO week this date lies in.
  public var isoWeek: IsoWeek {
    // The week's Thursday decides the year.
    let thursday = adding(days: 3 - weekday.ordinal)
    let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)
    let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
    return IsoWeek(year: thursday.year, week: week)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    String(format: "%04d-%02d-%02d", year, month, day)
  }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }
}

/// An ISO 8601 week, written `2026-W02`: weeks start on Monday, and week 1 holds the year's
/// first Thursday. Some years have 53 weeks, most 52.
public struct IsoWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The ISO week-numbering year.
  public var year: Int
  /// The week, 1-52 or 1-53.
  public var week: Int

  /// A week from its parts (not checked: use `init?(parsing:)` for user input).
  public init(year: Int, week: Int) {
    self.year = year
    self.week = week
  }

  /// Parses `YYYY-Www`; nil for anything else or a week the year does not have
  /// (`2025-W53` does not exist, `2026-W53` does).
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 3, parts[1].first == "W",
      parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
      parts[1].dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }),
      let y = Int(parts[0]), let w = Int(parts[1].dropFirst()),
      w >= 1, w <= IsoWeek.weeks(in: y)
    else { return nil }
    self.init(year: y, week: w)
  }

  /// 53 when 1 January is a Thursday, or a Wednesday in a leap year; else 52.
  public static func weeks(in year: Int) -> Int {
    let jan1 = CalendarDate(year: year, month: 1, day: 1).weekday
    return jan1 == .thu || (CalendarDate.isLeap(year) && jan1 == .wed) ? 53 : 52
  }

  /// The Monday that starts the week.
  public var monday: CalendarDate {
    let jan4 = CalendarDate(year: year, month: 1, day: 4)
    let week1Monday = jan4.adding(days: -jan4.weekday.ordinal)
    return week1Monday.adding(days: 7 * (week - 1))
  }

  /// The date of a weekday in this week.
  public func date(of day: Weekday) -> CalendarDate { monday.adding(days: day.ordinal) }

  /// The week after this one.
  public var next: IsoWeek { monday.adding(days: 7).isoWeek }

  /// The week before this one.
  public var previous: IsoWeek { monday.adding(days: -7).isoWeek }

  /// Whole weeks from `other` to this week (positive when this week is later).
  public func weeks(since other: IsoWeek) -> Int {
    (monday.dayNumber - other.monday.dayNumber) / 7
  }

  /// `2026-W02`.
  public var description: String { String(format: "%04d-W%02d", year, week) }

  public static func < (a: IsoWeek, b: IsoWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }
}
