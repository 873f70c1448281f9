import Foundation
import MilenFormats
import MilenModel

/// One event of a calendar, in Europe/Copenhagen local time (or all day).
public struct CalendarEvent: Hashable, Sendable {
  /// Stable id: the same week, person and thing give the same UID, so a calendar that imports
  /// a re-planned week updates the event instead of adding a second one.
  public var uid: String
  /// The title.
  public var summary: String
  /// More text, if any.
  public var description: String?
  /// Where.
  public var location: String?
  /// Whom to call (written as `CONTACT`, RFC 5545 section 3.8.4.2).
  public var contact: String?
  /// The day (year, month, day).
  public var date: DateParts
  /// From when to when; nil for an all-day event.
  public var time: TimeWindow?
  /// Days an all-day event lasts (1 = that day only).
  public var days: Int

  /// An event.
  public init(
    uid: String, summary: String, description: String? = nil, location: String? = nil,
    contact: String? = nil, date: DateParts, time: TimeWindow?, days: Int = 1
  ) {
    self.contact = contact
    self.uid = uid
    self.summary = summary
    self.description = description
    self.location = location
    self.date = date
    self.time = time
    self.days = days
  }
}

/// A calendar date.
public struct DateParts: Hashable, Sendable, Comparable {
  /// Year.
  public var year: Int
  /// Month, 1-12.
  public var month: Int
  /// Day of the month.
  public var day: Int

  /// A date.
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// `YYYYMMDD`.
  var basic: String { String(format: "%04d%02d%02d", year, month, day) }

  /// The date `n` days later.
  func adding(days n: Int) -> DateParts {
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = TimeZone(identifier: "UTC")!
    let d = cal.date(from: DateComponents(year: year, month: month, day: day))!
    let e = cal.dateComponents(
      [.year, .month, .day], from: d.addingTimeInterval(Double(n) * 86_400))
    return DateParts(year: e.year!, month: e.month!, day: e.day!)
  }

  public static func < (a: DateParts, b: DateParts) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }
}

extension ISOWeek {
  /// The date of a weekday of this week.
  public func dateParts(of day: Weekday) -> DateParts {
    let d = date(of: day)
    return DateParts(year: d.year, month: d.month, day: d.day)
  }
}

/// iCalendar text (RFC 5545): CRLF line ends, lines folded at 75 octets, text escaped, local
/// times with `TZID=Europe/Copenhagen` and its VTIMEZONE.
public enum ICSCalendar {
  /// The time zone of every timed event.
  public static let timeZone = "Europe/Copenhagen"

  /// Europe/Copenhagen's rules since 1996 (EU summer time: last Sunday of March to the last
  /// Sunday of October).
  static let vtimezone = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen", "X-LIC-LOCATION:Europe/Copenhagen",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
  ]

  /// The calendar. `stamp` is written as every event's DTSTAMP (the time the file was made).
  public static func render(name: String, events: [CalendarEvent], stamp: Date) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Aulum Milen//milen//DA", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name), "X-WR-TIMEZONE:" + timeZone,
    ]
    lines += vtimezone
    let dtstamp = utc(stamp)
    for e in events {
      lines.append("BEGIN:VEVENT")
      lines.append("UID:" + escape(e.uid))
      lines.append("DTSTAMP:" + dtstamp)
      if let t = e.time {
        lines.append("DTSTART;TZID=\(timeZone):\(e.date.basic)T\(hhmmss(t.start))")
        // An end at 24:00 is midnight of the next day.
        let endDay = t.end.minutes >= 1440 ? e.date.adding(days: 1) : e.date
        lines.append("DTEND;TZID=\(timeZone):\(endDay.basic)T\(hhmmss(t.end))")
      } else {
        lines.append("DTSTART;VALUE=DATE:\(e.date.basic)")
        lines.append("DTEND;VALUE=DATE:\(e.date.adding(days: e.days).basic)")
        lines.append("TRANSP:TRANSPARENT")
      }
      lines.append("SUMMARY:" + escape(e.summary))
      if let d = e.description { lines.append("DESCRIPTION:" + escape(d)) }
      if let l = e.location { lines.append("LOCATION:" + escape(l)) }
      if let c = e.contact { lines.append("CONTACT:" + escape(c)) }
      lines.append("END:VEVENT")
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined()
  }

  /// `HHMMSS` (24:00 as `000000`, of the next day).
  static func hhmmss(_ t: TimeOfDay) -> String {
    let m = t.minutes % 1440
    return String(format: "%02d%02d00", m / 60, m % 60)
  }

  static func utc(_ d: Date) -> String {
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = TimeZone(identifier: "UTC")!
    let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .second], from: d)
    return String(
      format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!,
      c.second!)
  }

  /// Text escaped for a TEXT value: backslash, semicolon, comma and line breaks.
  public static func escape(_ s: String) -> String {
    var out = ""
    for ch in s {
      switch ch {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n", "\r\n": out += "\\n"
      case "\r": break
      default: out.append(ch)
      }
    }
    return out
  }

  /// One content line, folded so that no line exceeds 75 octets (a continuation starts with
  /// a space), never inside a UTF-8 character; ended by CRLF.
  public static func fold(_ line: String) -> String {
    var out = ""
    var count = 0
    var limit = 75
    for ch in line {
      let n = String(ch).utf8.count
      if count + n > limit {
        out += "\r\n "
        count = 1
        limit = 75
      }
      out.append(ch)
      count += n
    }
    return out + "\r\n"
  }
}
