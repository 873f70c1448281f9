import ArgumentParser
import Foundation
import MilenFormats
import MilenReports
import MilenWorkflow

extension Language: ExpressibleByArgument {}

/// `--lang da|en`: the language of human-facing output.
struct LanguageOption: ParsableArguments {
  @Option(
    name: .long,
    help:
      "Language of the output: da or en (default: Danish, unless LC_ALL, LC_MESSAGES or LANG name another language)."
  )
  var lang: Language?

  /// The chosen language, else `fallback`, else the environment's locale.
  func language(fallback: Language? = nil) -> Language {
    lang ?? fallback ?? Language.fromEnvironment()
  }

  /// A localizer for the chosen language.
  var localizer: Localizer { Localizer(language()) }
}
