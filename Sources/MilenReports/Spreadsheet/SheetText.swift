import Foundation
import MilenFormats

/// The text encodings a coordinator's CSV arrives in: Danish Excel's "CSV (semikolonsepareret)"
/// saves Windows-1252, its "CSV UTF-8" saves UTF-8 with a byte-order mark, other programs save
/// UTF-8 without one. All read alike.
public enum SheetEncoding: String, Sendable, CaseIterable {
  /// UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
  case utf8WithBOM
  /// UTF-8 without a byte-order mark.
  case utf8
  /// UTF-16 with a byte-order mark (Excel's "Unicode-tekst").
  case utf16
  /// Windows-1252 (Excel's default "CSV (semikolonsepareret)" on a Danish Windows).
  case windows1252
}

/// Decoding a sheet's bytes.
public enum SheetText {
  /// The text of a CSV file and the encoding it was found in: UTF-8 (with or without a
  /// byte-order mark), UTF-16 with a byte-order mark, else Windows-1252. Nil only for bytes
  /// that are none of these (a byte Windows-1252 leaves undefined, in a file that is not
  /// UTF-8).
  public static func decode(_ data: Data) -> (text: String, encoding: SheetEncoding)? {
    let bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return String(bytes: bytes.dropFirst(3), encoding: .utf8).map { ($0, .utf8WithBOM) }
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return String(data: data, encoding: .utf16).map { (dropBOM($0), .utf16) }
    }
    if let text = String(bytes: bytes, encoding: .utf8) { return (text, .utf8) }
    return windows1252(bytes).map { ($0, .windows1252) }
  }

  static func dropBOM(_ s: String) -> String { s.hasPrefix("\u{FEFF}") ? String(s.dropFirst()) : s }

  /// Windows-1252's characters for bytes 0x80-0x9F (0 where the code page leaves a byte
  /// undefined); every other byte is the Unicode scalar of the same number.
  static let high: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
  ]

  /// Bytes as Windows-1252 text; nil when a byte is undefined there.
  public static func windows1252(_ bytes: [UInt8]) -> String? {
    var out = String.UnicodeScalarView()
    for b in bytes {
      let v: UInt32 = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
      guard v != 0 || b == 0, let scalar = Unicode.Scalar(v) else { return nil }
      out.append(scalar)
    }
    return String(out)
  }
}
