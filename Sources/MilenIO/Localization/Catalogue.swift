import MilenModel

/// The string catalogues: one dictionary per language, with the same keys (a test checks
/// it). Texts take `{1}`, `{2}`, ... for their arguments.
enum Catalogue {
  /// The catalogue of a language.
  static func strings(for language: Language) -> [String: String] {
    switch language {
    case .da: return danish
    case .en: return english
    }
  }
}
