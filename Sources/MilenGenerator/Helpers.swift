import MilenModel

/// A time window from literal text such as `08:00-12:00` (the generator's own constants).
func window(_ text: String) -> TimeWindow {
  guard let w = TimeWindow(parsing: text) else { preconditionFailure("bad window \(text)") }
  return w
}

/// The smallest window that holds both.
func hull(_ a: TimeWindow, _ b: TimeWindow) -> TimeWindow {
  TimeWindow(start: min(a.start, b.start), end: max(a.end, b.end))
}

/// A window `hours` long from `start`, in whole minutes.
func window(from start: TimeOfDay, hours: Double) -> TimeWindow {
  TimeWindow(start: start, end: TimeOfDay(minutes: start.minutes + Int((hours * 60).rounded())))
}

/// An id-safe form of a name: lower case ASCII letters, digits and dashes (`æ` -> `ae`).
func slug(_ text: String) -> String {
  var out = ""
  for ch in text.lowercased() {
    switch ch {
    case "æ": out += "ae"
    case "ø": out += "oe"
    case "å": out += "aa"
    case "é": out += "e"
    case "a"..."z", "0"..."9": out.append(ch)
    default: if !out.hasSuffix("-") && !out.isEmpty { out += "-" }
    }
  }
  while out.hasSuffix("-") { out.removeLast() }
  return String(out.prefix(40))
}

/// A number with leading zeros to `width` digits.
func padded(_ n: Int, _ width: Int) -> String {
  let s = String(n)
  return String(repeating: "0", count: max(0, width - s.count)) + s
}

/// Digits needed to write `n` (at least `least`).
func digits(_ n: Int, least: Int = 2) -> Int { max(least, String(max(0, n)).count) }

/// Unique ids: a base id, with `-2`, `-3` ... appended when it is taken.
struct IdRegistry {
  private var used: Set<String> = []

  /// A fresh id from `base`.
  mutating func claim(_ base: String) -> String {
    var id = base
    var k = 2
    while used.contains(id) {
      id = "\(base)-\(k)"
      k += 1
    }
    used.insert(id)
    return id
  }
}

/// ISO dates by day number, for referral and placement-start dates.
enum CivilDate {
  /// Days since 1970-01-01 of a date (proleptic Gregorian).
  static func days(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// `YYYY-MM-DD` of a day number.
  static func text(_ days: Int) -> String {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    return "\(padded(y, 4))-\(padded(m, 2))-\(padded(d, 2))"
  }

  /// The Monday of ISO week `week` of `year`.
  static func monday(ofISOWeek week: Int, year: Int) -> Int {
    let jan4 = days(year: year, month: 1, day: 4)
    // 1970-01-01 was a Thursday: weekday 0 = Monday.
    let weekday = ((jan4 + 3) % 7 + 7) % 7
    return jan4 - weekday + (week - 1) * 7
  }
}

/// Danish weekday names, for activity names.
func danishName(_ d: Weekday) -> String {
  switch d {
  case .mon: return "mandag"
  case .tue: return "tirsdag"
  case .wed: return "onsdag"
  case .thu: return "torsdag"
  case .fri: return "fredag"
  case .sat: return "lørdag"
  case .sun: return "søndag"
  }
}
