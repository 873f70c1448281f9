import CSV
import Foundation
import MilenFormats

/// Danish Excel's CSV: `;` between fields, decimal comma, UTF-8 with a byte-order mark, CRLF
/// line ends, fields quoted when they hold `;`, `"`, a line break or edge spaces.
public enum CSVText {
  /// The UTF-8 byte-order mark Excel needs to read æøå as UTF-8.
  public static let byteOrderMark = "\u{FEFF}"
  /// The field separator.
  public static let separator: Character = ";"

  /// The first characters that make a spreadsheet read a cell as a formula (`=`, `+`, `-`,
  /// `@`, tab, carriage return).
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// Whether a text cell must be written with a leading `'`: it starts like a formula and is
  /// not a number (`-5` and `-1,5` stay numbers), or it is such a text already led by `'`
  /// (so that ``restored(_:)`` undoes exactly what ``neutralised(_:)`` did).
  static func needsQuote(_ text: Substring) -> Bool {
    guard let first = text.first else { return false }
    if first == "'" { return needsQuote(text.dropFirst()) }
    return formulaStarts.contains(first) && parseNumber(String(text)) == nil
  }

  /// A cell that no spreadsheet runs as a formula: `=HYPERLINK(...)`, `+1+1`, `@SUM(...)` get a
  /// leading `'`, which Excel and LibreOffice show as text; numbers are untouched.
  public static func neutralised(_ text: String) -> String {
    needsQuote(text[...]) ? "'" + text : text
  }

  /// A cell read back: the `'` that ``neutralised(_:)`` added is taken off again.
  public static func restored(_ text: String) -> String {
    text.hasPrefix("'") && needsQuote(text.dropFirst()) ? String(text.dropFirst()) : text
  }

  /// One field, neutralised against formulas and quoted when needed (a quote inside is
  /// doubled).
  public static func field(_ raw: String) -> String {
    let text = neutralised(raw)
    let needs =
      text.contains(separator) || text.contains("\"") || text.contains("\n")
      || text.contains("\r") || text.hasPrefix(" ") || text.hasSuffix(" ")
    guard needs else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A whole sheet: byte-order mark, header row, data rows, each line ended by CRLF.
  public static func document(header: [String], rows: [[String]]) -> String {
    var out = byteOrderMark
    for r in [header] + rows {
      out += r.map(field).joined(separator: String(separator)) + "\r\n"
    }
    return out
  }

  /// A number as Danish Excel writes it: decimal comma, no thousands separator, no needless
  /// decimals; the shortest text that reads back as the same number.
  public static func number(_ x: Double) -> String {
    if x.isFinite && x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
    return String(x).replacingOccurrences(of: ".", with: ",")
  }

  /// Reads a number written with a decimal comma (`1,5`, `1.500,5`) or a decimal point
  /// (`1.5`, as other programs write it); nil for anything else.
  public static func parseNumber(_ text: String) -> Double? {
    var t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{00A0}", with: "")
    if t.contains(",") {
      t = t.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
    }
    guard !t.isEmpty, let x = Double(t), x.isFinite else { return nil }
    return x
  }

  /// Parses a sheet's text (with or without a byte-order mark) into rows of fields, using the
  /// CSV.swift reader. The separator is `;`, or `,` when the first line has no `;` but a `,`
  /// (a sheet saved by an English Excel). Empty lines are skipped.
  public static func parse(_ text: String) throws -> [[String]] {
    var body = text
    if body.hasPrefix(byteOrderMark) { body.removeFirst() }
    let firstLine = body.prefix { $0 != "\n" && $0 != "\r" }
    let delimiter: UnicodeScalar =
      !firstLine.contains(";") && firstLine.contains(",") ? "," : ";"
    let reader = try CSVReader(string: body, hasHeaderRow: false, delimiter: delimiter)
    var rows: [[String]] = []
    while let row = reader.next() { rows.append(row.map(restored)) }
    if let error = reader.error { throw error }
    return rows
  }
}
