import Foundation
import MilenFormats
import MilenModel

/// A problem in a spreadsheet, at its file, row and column (rows counted as Excel shows them:
/// the header is row 1). The problem is a typed value rendered in the reader's language.
public struct SheetIssue: Hashable, Sendable, CustomStringConvertible {
  /// The file name, e.g. `deltagere.csv`.
  public var file: String
  /// The row, 1 = the header; nil for the file as a whole.
  public var row: Int?
  /// The column's header, when the problem is in one cell or column.
  public var column: String?
  /// What is wrong.
  public var problem: SheetProblem

  /// An issue.
  public init(file: String, row: Int? = nil, column: String? = nil, problem: SheetProblem) {
    self.file = file
    self.row = row
    self.column = column
    self.problem = problem
  }

  /// What is wrong, in English.
  public var message: String { Localizer.english.say(problem) }

  /// `deltagere.csv, row 4, column "timer_min": ...` in English.
  public var description: String { text(.english) }

  /// `deltagere.csv, række 4, kolonne "timer_min": ...` in the localizer's language, naming
  /// people and places by `names`.
  public func text(_ l: Localizer, _ names: Names = Names()) -> String {
    var at = file
    if let row { at += ", " + l.t("sheet.row", String(row)) }
    if let column { at += ", " + l.t("sheet.column", column) }
    return "\(at): \(l.say(problem, names))"
  }
}

/// Every problem found in a set of spreadsheets.
public struct SheetError: Error, Sendable, CustomStringConvertible {
  /// The problems, in file and row order.
  public var issues: [SheetIssue]
  /// The names of the people and places the sheets hold, for the scenario's own rules.
  public var names = Names()

  /// The problems.
  public init(issues: [SheetIssue], names: Names = Names()) {
    self.issues = issues
    self.names = names
  }

  /// One line per problem, in the reader's language.
  public func lines(_ l: Localizer) -> [String] { issues.map { $0.text(l, names) } }

  /// One line per problem, in English.
  public var description: String { lines(.english).joined(separator: "\n") }
}

/// What is wrong in a spreadsheet (``SheetIssue``).
public enum SheetProblem: Hashable, Sendable {
  /// The file cannot be read as CSV.
  case notCSV
  /// The file has no header row.
  case emptyFile
  /// A needed file is missing.
  case fileMissing
  /// A header is not a known column (with the closest known one, if any is close).
  case unknownColumn(closest: String?)
  /// A header appears twice.
  case columnTwice
  /// A needed column is missing.
  case columnMissing
  /// A needed cell is empty.
  case mustNotBeEmpty
  /// A row has a value to the right of the last column.
  case beyondLastColumn
  /// A settings row names no known setting (with the closest known one).
  case unknownSetting(closest: String?)
  /// The week is not given (the settings file is missing, or has no week).
  case weekMissing(fileMissing: Bool)
  /// A place has only one of its two coordinates.
  case otherCoordinateMissing
  /// A cell cannot be read.
  case cell(CellProblem)
  /// A rule of the scenario itself (ids, references, ranges), as validation finds it.
  case scenario(ValidationProblem)
  /// A participant locked to a second company, by the lock on another row of the same sheet
  /// (`aftaler.csv`; the row as the sheet numbers it).
  case lockedTwice(participant: String, company: String, row: Int)
  /// A lock that repeats the lock on another row.
  case lockRepeated(row: Int)
  /// A ban from the company where the lock on another row puts them.
  case banWhereLocked(participant: String, company: String, row: Int)
  /// The same person leaving benefit on the same day twice; the first on another row.
  case leftBenefitTwice(participant: String, on: String, row: Int)
  /// An id given twice in one sheet; the first on another row.
  case duplicateID(String, row: Int)
}

/// Why a cell cannot be read.
public enum CellProblem: Hashable, Sendable {
  /// Not a number.
  case notNumber(String)
  /// Not a whole number.
  case notWholeNumber(String)
  /// Not ja or nej.
  case notYesNo(String)
  /// Not a time window like 08:00-12:00.
  case notTimeWindow(String)
  /// Not a weekday.
  case notWeekday(String)
  /// Not like `man 08:00-12:00`.
  case notDayTimes(String)
  /// Not like `aubo: 3`.
  case notCounts(String)
  /// Not a date.
  case notDate(String)
  /// Not one of the choices (in Danish, as the template writes them), with the closest one.
  case notOneOf(String, choices: [String], closest: String?)
  /// Not lås or forbud.
  case notAgreement(String)
  /// Not a refund step like `26: 40 %`.
  case notRefundStep(String)
}

/// Why a cell cannot be read; the sheet reader adds file, row and column.
struct CellError: Error {
  var problem: CellProblem
  init(_ problem: CellProblem) { self.problem = problem }
}

/// One column of a sheet: its headers (Danish, and the English key accepted on import), what
/// it holds, how a value is written and how a cell is read back. A sheet is a list of these,
/// so adding a field is adding one column.
struct SheetColumn<Row>: Sendable {
  /// Danish header.
  let da: String
  /// English header (the scenario file's field name where there is one).
  let en: String
  /// What the column holds, for docs/formats.md and the template.
  let doc: String
  /// Whether the cell must not be empty.
  let required: Bool
  /// The cell's text for a row.
  let write: @Sendable (Row, Localizer) -> String
  /// Reads a non-empty cell into the row.
  let read: @Sendable (inout Row, String) throws(CellError) -> Void

  init(
    _ da: String, _ en: String, _ doc: String, required: Bool = false,
    write: @escaping @Sendable (Row, Localizer) -> String,
    read: @escaping @Sendable (inout Row, String) throws(CellError) -> Void
  ) {
    self.da = da
    self.en = en
    self.doc = doc
    self.required = required
    self.write = write
    self.read = read
  }

  /// The header in a language.
  func header(_ language: Language) -> String { language == .da ? da : en }

  /// Whether a header names this column (either language, any case).
  func matches(_ header: String) -> Bool {
    let h = header.trimmingCharacters(in: .whitespaces).lowercased()
    return h == da.lowercased() || h == en.lowercased()
  }
}

/// Writing and reading cells: numbers with a decimal comma, lists, days, times, choices.
enum Cell {
  static let none = "(ingen)"

  static func number(_ x: Double) -> String { CSVText.number(x) }
  static func number(_ x: Double?) -> String { x.map(CSVText.number) ?? "" }
  static func int(_ x: Int?) -> String { x.map(String.init) ?? "" }

  static func readNumber(_ s: String) throws(CellError) -> Double {
    guard let x = CSVText.parseNumber(s) else { throw CellError(.notNumber(s)) }
    return x
  }

  static func readInt(_ s: String) throws(CellError) -> Int {
    guard let x = Int(s.trimmingCharacters(in: .whitespaces)) else {
      throw CellError(.notWholeNumber(s))
    }
    return x
  }

  /// A list, written `a, b, c`.
  static func list(_ a: [String]) -> String { a.joined(separator: ", ") }

  static func readList(_ s: String) -> [String] {
    if s.trimmingCharacters(in: .whitespaces) == none { return [] }
    return s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  /// An optional list: empty cell = not given, `(ingen)` = given and empty.
  static func optionalList(_ a: [String]?) -> String {
    guard let a else { return "" }
    return a.isEmpty ? none : list(a)
  }

  static func bool(_ b: Bool, _ l: Localizer) -> String { l.yesNo(b) }

  static func readBool(_ s: String) throws(CellError) -> Bool {
    switch s.trimmingCharacters(in: .whitespaces).lowercased() {
    case "ja", "yes", "true", "1", "x": return true
    case "nej", "no", "false", "0": return false
    default: throw CellError(.notYesNo(s))
    }
  }

  static func window(_ w: TimeWindow?) -> String { w?.description ?? "" }

  static func readWindow(_ s: String) throws(CellError) -> TimeWindow {
    let t = s.replacingOccurrences(of: ".", with: ":").replacingOccurrences(of: "–", with: "-")
    guard let w = TimeWindow(parsing: t) else {
      throw CellError(.notTimeWindow(s))
    }
    return w
  }

  /// A weekday in either language's short or long name, or its key (`mon`).
  static func readDay(_ s: String) throws(CellError) -> Weekday {
    let t = s.trimmingCharacters(in: .whitespaces).lowercased()
    for d in Weekday.allCases {
      for l in [Localizer.danish, Localizer.english] {
        if t == d.rawValue || t == l.dayShort(d).lowercased() || t == l.dayLong(d).lowercased() {
          return d
        }
      }
    }
    throw CellError(.notWeekday(s))
  }

  static func days(_ d: [Weekday], _ l: Localizer) -> String {
    d.isEmpty ? none : d.map(l.dayShort).joined(separator: ", ")
  }

  static func readDays(_ s: String) throws(CellError) -> [Weekday] {
    var out: [Weekday] = []
    for part in readList(s) { out.append(try readDay(part)) }
    return out
  }

  /// Times by weekday, written `man 08:00-12:00, tir 09:00-13:00`.
  static func schedule(_ m: [Weekday: TimeWindow], _ l: Localizer) -> String {
    m.sorted { $0.key < $1.key }.map { "\(l.dayShort($0.key)) \($0.value)" }.joined(
      separator: ", ")
  }

  /// Optional times by weekday: `(ingen)` for none, so that none differs from not given.
  static func optionalSchedule(_ m: [Weekday: TimeWindow], _ l: Localizer) -> String {
    m.isEmpty ? none : schedule(m, l)
  }

  static func readSchedule(_ s: String) throws(CellError) -> [Weekday: TimeWindow] {
    var out: [Weekday: TimeWindow] = [:]
    for part in readList(s) {
      let bits = part.split(separator: " ", maxSplits: 1).map(String.init)
      guard bits.count == 2 else { throw CellError(.notDayTimes(part)) }
      out[try readDay(bits[0])] = try readWindow(bits[1])
    }
    return out
  }

  /// Busy times, written `tir 14:00-16:00 skole, ons 08:00-10:00` (a label after the time).
  static func busy(_ b: [BusyTime], _ l: Localizer) -> String {
    b.map { "\(l.dayShort($0.day)) \($0.time)" + ($0.label.map { " \($0)" } ?? "") }.joined(
      separator: ", ")
  }

  static func readBusy(_ s: String) throws(CellError) -> [BusyTime] {
    var out: [BusyTime] = []
    for part in readList(s) {
      let bits = part.split(separator: " ", maxSplits: 2).map(String.init)
      guard bits.count >= 2 else { throw CellError(.notDayTimes(part)) }
      let label = bits.count == 3 ? bits[2].trimmingCharacters(in: .whitespaces) : nil
      out.append(
        BusyTime(
          day: try readDay(bits[0]), time: try readWindow(bits[1]),
          label: label?.isEmpty == false ? label : nil))
    }
    return out
  }

  /// Counts by key, written `aubo: 3, horn: 2` (or `man: 2` with days).
  static func counts(_ m: [String: Int]) -> String {
    m.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
  }

  static func readCounts(_ s: String) throws(CellError) -> [String: Int] {
    var out: [String: Int] = [:]
    for part in readList(s) {
      let bits = part.split(separator: ":", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard bits.count == 2, let n = Int(bits[1]) else {
        throw CellError(.notCounts(part))
      }
      out[bits[0]] = n
    }
    return out
  }

  /// A date: ISO `2025-11-10` is written; Danish Excel's `10-11-2025` and `10.11.2025` are
  /// read too.
  static func readDate(_ s: String) throws(CellError) -> String {
    let t = s.trimmingCharacters(in: .whitespaces)
    if isISODate(t) { return t }
    let parts = t.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" }).compactMap {
      Int($0)
    }
    if parts.count == 3, parts[2] > 31 {
      let iso = String(format: "%04d-%02d-%02d", parts[2], parts[1], parts[0])
      if isISODate(iso) { return iso }
    }
    throw CellError(.notDate(s))
  }

  /// A choice among an enum's cases, by its Danish or English word or its key.
  static func readChoice<E: RawRepresentable & CaseIterable>(
    _ s: String, _ word: (Localizer, E) -> String
  ) throws(CellError) -> E where E.RawValue == String {
    let t = s.trimmingCharacters(in: .whitespaces).lowercased()
    for c in E.allCases {
      if t == c.rawValue.lowercased() || t == word(.danish, c).lowercased()
        || t == word(.english, c).lowercased()
      {
        return c
      }
    }
    let words = E.allCases.map { word(.danish, $0) }
    throw CellError(.notOneOf(s, choices: words, closest: closest(s, words)))
  }
}
