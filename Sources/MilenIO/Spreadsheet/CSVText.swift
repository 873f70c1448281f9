import CSV
import Foundation

/// Danish Excel's CSV: `;` between fields, decimal comma, UTF-8 with a byte-order mark, CRLF
/// line ends, fields quoted when they hold `;`, `"`, a line break or edge spaces.
public enum CSVText {
  /// The UTF-8 byte-order mark Excel needs to read æøå as UTF-8.
  public static let byteOrderMark = "\u{FEFF}"
  /// The field separator.
  public static let separator: Character = ";"

  /// One field, quoted when needed (a quote inside is doubled).
  public static func field(_ text: String) -> String {
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
    while let row = reader.next() { rows.append(row) }
    if let error = reader.error { throw error }
    return rows
  }
}
