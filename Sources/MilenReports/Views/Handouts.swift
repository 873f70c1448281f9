import Foundation
import MilenFormats
import MilenModel

/// Every audience's part of a plan in one go: for each company, mentor and young person their
/// text, HTML page, calendar, JSON and CSV, each built from that audience's view only; and the
/// coordinator's week (report, printable week, calendar, sheets, plan).
public enum Handouts {
  /// The folder of the coordinator's files.
  public static let coordinatorFolder = "koordinator"
  /// The folder of the companies' files.
  public static let companiesFolder = "virksomheder"
  /// The folder of the mentors' files.
  public static let mentorsFolder = "mentorer"
  /// The folder of the young people's files.
  public static let participantsFolder = "deltagere"

  /// The four folders of a hand-out folder: an older hand-out folder holding only these may be
  /// replaced whole.
  public static var folders: Set<String> {
    [coordinatorFolder, companiesFolder, mentorsFolder, participantsFolder]
  }

  /// One audience's files in the hand-out folder: `FOLDER/BASE.txt`, `.html`, `.ics`,
  /// `.json` and `.csv`.
  public struct Audience: Sendable, Equatable {
    /// The folder (companies, mentors or young people).
    public var folder: String
    /// The file name without its extension (``fileName(id:name:)``).
    public var base: String
    /// Whose part it is.
    public var audience: ViewAudience
    /// The audience's name as written in the scenario or plan.
    public var name: String

    /// The path without the extension: `folder/base`.
    public var path: String { "\(folder)/\(base)" }
  }

  /// Why hand-outs could not be made.
  public struct HandoutError: Error, CustomStringConvertible {
    /// The message, naming the two audiences.
    public var description: String
  }

  /// Every company, mentor and young person of a plan, each with its own file base. The bases
  /// are unique by construction (``encodedID(_:)`` is injective); two audiences given the
  /// same path anyway are refused, never written into one file.
  public static func audiences(_ plan: Plan, scenario s: Scenario) throws(HandoutError)
    -> [Audience]
  {
    let all =
      s.companies.map {
        Audience(
          folder: companiesFolder, base: fileName(id: $0.id, name: $0.name),
          audience: .company($0.id), name: $0.name)
      }
      + s.mentors.map {
        Audience(
          folder: mentorsFolder, base: fileName(id: $0.id, name: $0.name),
          audience: .mentor($0.id), name: $0.name)
      }
      + plan.participants.map {
        Audience(
          folder: participantsFolder, base: fileName(id: $0.id, name: $0.name),
          audience: .participant($0.id), name: $0.name)
      }
    var seen: [String: Audience] = [:]
    for a in all {
      if let other = seen[a.path] {
        throw HandoutError(
          description:
            "two audiences would share the hand-out \(a.path): \(other.audience) and \(a.audience)")
      }
      seen[a.path] = a
    }
    return all
  }

  /// An audience's file name without extension: a readable form of the name (`id` when the
  /// name has no letter or digit), `--`, and the id encoded by ``encodedID(_:)``
  /// (`line-k--p15`). The readable part never holds `--` nor ends in `-`, so the first `--`
  /// ends it and the rest is the encoded id: two different ids never give the same name,
  /// whatever the names.
  public static func fileName(id: String, name: String) -> String {
    let readable = readableName(name)
    return (readable.isEmpty ? "id" : readable) + "--" + encodedID(id)
  }

  /// At most 40 characters `a-z`, `0-9` and single `-` (never at an end) that read like the
  /// name: Danish æ, ø, å as ae, oe, aa, accents dropped, any other run of characters a `-`.
  public static func readableName(_ name: String) -> String {
    let danish = name.lowercased()
      .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "oe")
      .replacingOccurrences(of: "å", with: "aa")
      .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var out = ""
    var dash = false
    for u in danish.unicodeScalars {
      let keep = ("a"..."z").contains(u) || ("0"..."9").contains(u)
      if keep {
        if dash && !out.isEmpty { out.append("-") }
        dash = false
        out.unicodeScalars.append(u)
        if out.utf8.count >= 40 { break }
      } else {
        dash = true
      }
    }
    return out
  }

  /// The longest encoded id written out in full; a longer one is written as its hash.
  static let longestEncodedID = 160

  /// An injective encoding of an id into `a-z`, `0-9`, `-` and `_`: lower-case letters,
  /// digits and `-` stay, every other UTF-8 byte (upper case, `_`, `.`, `/`, `:` ...) becomes
  /// `_` and two lower-case hex digits (`K1` -> `_4b1`, `k/sa` -> `k_2fsa`, `k_sa` ->
  /// `k_5fsa`). Decoding is unambiguous (``decodedID(_:)``), and ids differing only in case or
  /// Unicode normalisation stay apart on any file system. An encoding longer than 160
  /// characters (an id of many multi-byte characters) is `_h` and the SHA-256 of the id in
  /// hex instead: `h` never follows `_` in a written-out encoding, and
  /// ``audiences(_:scenario:)`` still refuses any two audiences that meet.
  public static func encodedID(_ id: String) -> String {
    var out = ""
    for b in id.utf8 {
      if isKept(b) {
        out.unicodeScalars.append(Unicode.Scalar(b))
      } else {
        out += "_" + hex(b)
      }
    }
    if out.utf8.count > longestEncodedID {
      return "_h" + Digest.sha256Hex(Array(id.utf8))
    }
    return out
  }

  /// The bytes an encoded id keeps as they are: `a-z`, `0-9`, `-`.
  private static func isKept(_ b: UInt8) -> Bool {
    (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == UInt8(ascii: "-")
  }

  /// The id an ``encodedID(_:)`` came from; nil for a hashed or malformed one.
  public static func decodedID(_ code: String) -> String? {
    var bytes: [UInt8] = []
    var it = Array(code.utf8)[...]
    while let b = it.popFirst() {
      if b == UInt8(ascii: "_") {
        guard it.count >= 2,
          let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16),
          String(decoding: it.prefix(2), as: UTF8.self) == hex(v)
        else { return nil }
        bytes.append(v)
        it = it.dropFirst(2)
      } else if isKept(b) {
        bytes.append(b)
      } else {
        return nil
      }
    }
    return String(bytes: bytes, encoding: .utf8)
  }

  private static func hex(_ b: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
  }

  /// Relative path -> text of every file.
  public static func files(
    _ plan: Plan, scenario s: Scenario, planText: String, localizer l: Localizer, stamp: Date
  ) throws -> [(path: String, text: String)] {
    var out: [(path: String, text: String)] = []
    // The names once for every file (made per file, they made 3,470 audiences at L quadratic).
    let names = Names(s, plan: plan)
    let style = ReportStyle(language: l.language, details: false, names: names)
    let c = coordinatorFolder
    out.append(("\(c)/plan.txt", PlanReport.render(plan, format: .table, style: style)))
    out.append(("\(c)/plan.json", planText))
    out.append(("\(c)/uge.html", try PlanHTML.week(plan, scenario: s, localizer: l)))
    out.append(
      (
        "\(c)/kalender.ics",
        try PlanCalendars.coordinatorICS(plan, scenario: s, localizer: l, stamp: stamp)
      ))
    for sheet in PlanSheets.all(plan, scenario: s, localizer: l) {
      out.append(("\(c)/\(sheet.file)", sheet.text))
    }
    for a in try audiences(plan, scenario: s) {
      let base = a.path
      let who = a.audience
      out.append(
        (
          "\(base).txt",
          try PlanViews.render(plan, for: who, scenario: s, localizer: l, names: names)
        ))
      out.append(
        ("\(base).html", try PlanHTML.view(plan, for: who, scenario: s, localizer: l, names: names))
      )
      out.append(
        (
          "\(base).ics",
          try PlanCalendars.ics(
            plan, for: who, scenario: s, localizer: l, stamp: stamp, names: names)
        ))
      out.append(("\(base).json", try PlanViews.json(plan, for: who, scenario: s)))
      out.append(("\(base).csv", try PlanSheets.view(plan, for: who, scenario: s, localizer: l)))
    }
    return out
  }
}
