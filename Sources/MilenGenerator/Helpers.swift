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
