/// The HTML templates and style sheets, kept as resource files beside the code (`Templates/`)
/// and embedded into the binary at build time (SwiftPM's `embedInCode`), so that `milen` is
/// still one file to copy: no resource bundle has to travel with it.
package enum Templates {
  /// A resource file's text. Each file ends with one newline, which is not part of the
  /// template (so that a file's text is the template as it was written in Swift before).
  package static func text(_ bytes: [UInt8]) -> String {
    let s = String(decoding: bytes, as: UTF8.self)
    return s.hasSuffix("\n") ? String(s.dropLast()) : s
  }
}
