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

extension LanguageOption {
  /// The language asked for on the command line (`--lang da`, `--lang=en`), else the locale's:
  /// for a check of an option group that does not hold `--lang` itself.
  static func fromArguments(_ args: [String] = CommandLine.arguments) -> Language {
    for (i, a) in args.enumerated() {
      if a == "--lang", i + 1 < args.count, let l = Language(rawValue: args[i + 1]) { return l }
      if a.hasPrefix("--lang="), let l = Language(rawValue: String(a.dropFirst(7))) { return l }
    }
    return Language.fromEnvironment()
  }
}

/// An option given wrongly, said in `language` (else the command line's or the locale's).
func usage(_ u: CommandMessage.Usage, _ language: Language? = nil) -> ValidationError {
  ValidationError(Localizer(language ?? LanguageOption.fromArguments()).say(.usage(u)))
}
