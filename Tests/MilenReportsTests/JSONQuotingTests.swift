import Foundation
import Testing

@testable import MilenFormats

/// `JSONValue.quoted` escapes byte by byte over the UTF-8 (faster on the planning page's 5.5 MB
/// content at L); its text must be what the scalar-by-scalar version wrote, and valid JSON.
@Suite("JSON strings quoted byte by byte, as before")
struct JSONQuotingTests {
  /// The earlier scalar-by-scalar quoting, kept here as the reference.
  static func reference(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 {
          out += String(format: "\\u%04x", u.value)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }

  @Test(
    "quotes, backslashes, control characters, CRLF, Danish letters, emoji and HTML",
    arguments: [
      "", "plain", "Søren Ø. Ærø, å", "say \"hi\" \\ there", "a\r\nb\tc\nd\re",
      "\u{0}\u{1}\u{1F}\u{7F}\u{80}", "🔒 Line K. 👩🏽‍🔧", "<div class=\"x\">&amp;</div>\n",
      String(repeating: "é\"\\\u{2}", count: 1000),
    ])
  func sameAsBefore(_ s: String) throws {
    let q = JSONValue.quoted(s)
    #expect(q == Self.reference(s))
    let back = try JSONSerialization.jsonObject(with: Data("[\(q)]".utf8)) as? [String]
    #expect(back == [s])
  }
}
