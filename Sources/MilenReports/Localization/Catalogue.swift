import MilenFormats
import MilenModel

/// The string catalogues: one dictionary per language, with the same keys (a test checks
/// it). Texts take `{1}`, `{2}`, ... for their arguments.
public enum Catalogue {
  /// The keys of a language's catalogue (a test checks both languages have the same).
  public static func keys(_ language: Language) -> Set<String> {
    Set(strings(for: language).keys)
  }

  /// The catalogue of a language.
  static func strings(for language: Language) -> [String: String] {
    switch language {
    case .da: return danish.merging(serveDanish) { a, _ in a }
    case .en: return english.merging(serveEnglish) { a, _ in a }
    }
  }
}
