import Foundation
import MilenFormats
import MilenModel

/// Words, numbers and dates in one language, from that language's string catalogue.
public struct Localizer: Sendable {
  /// The language.
  public let language: Language
  private let strings: [String: String]

  /// The localizer of a language.
  public init(_ language: Language) {
    self.language = language
    self.strings = Catalogue.strings(for: language)
  }

  /// English.
  public static let english = Localizer(.en)
  /// Danish.
  public static let danish = Localizer(.da)

  /// The catalogue's text for `key`, with `{1}`, `{2}`, ... replaced by `args`. A key missing
  /// from the catalogue (a test forbids it) shows as itself.
  public func t(_ key: String, _ args: String...) -> String {
    var text = strings[key] ?? key
    for (i, a) in args.enumerated() {
      text = text.replacingOccurrences(of: "{\(i + 1)}", with: a)
    }
    return text
  }

  /// A number with at most two decimals and no needless zeros: `2,5` in Danish, `2.5` in
  /// English. Thousands are grouped only by ``grouped(_:)``.
  public func number(_ x: Double) -> String {
    let s = fmt(x)
    return language == .da ? s.replacingOccurrences(of: ".", with: ",") : s
  }

  /// A whole number with thousands grouped: `1.435.360` in Danish, `1,435,360` in English.
  public func grouped(_ x: Double) -> String {
    let n = Int(x.rounded())
    let digits = String(abs(n))
    let sep: Character = language == .da ? "." : ","
    var out = ""
    for (i, ch) in digits.reversed().enumerated() {
      if i > 0 && i % 3 == 0 { out.append(sep) }
      out.append(ch)
    }
    return (n < 0 ? "-" : "") + String(out.reversed())
  }

  /// An amount in kroner: `500.000 kr.` in Danish, `500,000 DKK` in English.
  public func money(_ x: Double) -> String {
    language == .da ? grouped(x) + " kr." : grouped(x) + " DKK"
  }

  /// A signed whole number: `+3`, `-2`.
  public func signed(_ n: Int) -> String { n >= 0 ? "+\(n)" : "\(n)" }

  /// A weekday's short name: `man`/`mon`.
  public func dayShort(_ d: Weekday) -> String { t("day.short.\(d.rawValue)") }

  /// A weekday's full name: `mandag`/`Monday`.
  public func dayLong(_ d: Weekday) -> String { t("day.long.\(d.rawValue)") }

  /// A month's name, 1...12: `januar`/`January`.
  public func month(_ m: Int) -> String { t("month.\(m)") }

  /// A date: `5. januar 2026` / `5 January 2026`.
  public func date(year: Int, month m: Int, day: Int) -> String {
    language == .da ? "\(day). \(month(m)) \(year)" : "\(day) \(month(m)) \(year)"
  }

  /// A weekday with its date: `mandag 5. januar` / `Monday 5 January`.
  public func dayWithDate(_ d: Weekday, week: String) -> String {
    guard let w = ISOWeek(parsing: week) else { return dayLong(d) }
    let x = w.date(of: d)
    return language == .da
      ? "\(dayLong(d)) \(x.day). \(month(x.month))" : "\(dayLong(d)) \(x.day) \(month(x.month))"
  }

  /// The week as people say it: `Uge 2 (5.-9. januar 2026)` / `Week 2 (5-9 January 2026)`.
  /// An unparsable week is shown as given.
  public func weekTitle(_ week: String) -> String {
    guard let w = ISOWeek(parsing: week) else { return week }
    let a = w.date(of: .mon)
    let b = w.date(of: .fri)
    let dot = language == .da ? "." : ""
    let range: String
    if a.year != b.year {
      range =
        "\(date(year: a.year, month: a.month, day: a.day))-\(date(year: b.year, month: b.month, day: b.day))"
    } else if a.month != b.month {
      range =
        language == .da
        ? "\(a.day). \(month(a.month))-\(b.day). \(month(b.month)) \(b.year)"
        : "\(a.day) \(month(a.month))-\(b.day) \(month(b.month)) \(b.year)"
    } else {
      range = "\(a.day)\(dot)-\(b.day)\(dot) \(month(b.month)) \(b.year)"
    }
    return t("week.title", String(w.week), range)
  }

  /// A week in short, as people say it: `uge 5` / `week 5` (with the year when it is not
  /// `year`'s). An unparsable week is shown as given.
  public func weekShort(_ week: String, year: Int? = nil) -> String {
    guard let w = ISOWeek(parsing: week) else { return week }
    let word = language == .da ? "uge" : "week"
    return year == nil || year == w.year ? "\(word) \(w.week)" : "\(word) \(w.week) \(w.year)"
  }

  /// Work days grouped by identical hours: `man,ons 08:00-15:30; tir 08:00-12:30`.
  public func workDays(_ work: [WorkDay]) -> String {
    var groups: [(days: [Weekday], time: TimeWindow)] = []
    for w in work {
      if let i = groups.firstIndex(where: { $0.time == w.time }) {
        groups[i].days.append(w.day)
      } else {
        groups.append(([w.day], w.time))
      }
    }
    return groups.map { g in g.days.map(dayShort).joined(separator: ",") + " \(g.time)" }
      .joined(separator: "; ")
  }

  /// A track in plain words: `Kun socialt` / `social only`.
  public func track(_ t: Track) -> String { self.t("track.\(t.rawValue)") }

  /// A participant's status this week: `Venteliste` / `waiting`.
  public func status(_ s: ParticipantStatus) -> String { t("status.\(s.rawValue)") }

  /// An enrolment: `Indskrevet` / `enrolled`.
  public func enrolment(_ e: Enrolment) -> String { t("enrolment.\(e.rawValue)") }

  /// A readiness: `Aktivitetsparat` / `activity-ready`.
  public func readiness(_ r: Readiness) -> String { t("readiness.\(r.rawValue)") }

  /// Why an enrolment ends: `Uddannelse` / `education`.
  public func exitReason(_ r: ExitReason) -> String { t("exit.\(r.rawValue)") }

  /// An activity kind: `Kaffeklub` / `coffee club`.
  public func activityKind(_ k: ActivityKind) -> String { t("kind.\(k.rawValue)") }

  /// A yes or no: `ja`/`nej`, `yes`/`no`.
  public func yesNo(_ b: Bool) -> String { t(b ? "yes" : "no") }
}
