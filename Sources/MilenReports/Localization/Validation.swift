import Foundation
import MilenFormats
import MilenModel

/// A scenario's validation problems (``ValidationProblem``) are rendered by ``Wording``'s
/// `validation(_:)`, in `Validation+Danish.swift` and `Validation+English.swift`: an exhaustive
/// `switch` each, so a new problem does not compile until both languages say it.
extension Wording {
  /// A participant, company, mentor or activity by name, or its id in quotes when the
  /// scenario does not know it.
  func named(_ kind: ValidationProblem.Kind, _ id: String) -> String {
    let shown: String
    switch kind {
    case .participant: shown = p(id)
    case .company: shown = c(id)
    case .mentor: shown = m(id)
    case .activity: shown = a(id)
    }
    return shown == id ? quoted(id) : shown
  }

  /// A validation issue at its place: `participants[3].hours: ...`.
  func issue(_ i: ValidationIssue) -> String {
    i.path.isEmpty ? validation(i.problem) : "\(i.path): \(validation(i.problem))"
  }

  /// Text as given, in quotes, with control characters written as `\uXXXX`.
  func quoted(_ text: String) -> String {
    let shown = text.unicodeScalars.map {
      $0.properties.generalCategory == .control
        ? String(format: "\\u%04x", $0.value) : String($0)
    }.joined()
    return "\"\(shown)\""
  }

  /// A number exactly as given, with the language's decimal mark (`0,001`), for values
  /// that rounding would hide.
  func exact(_ x: Double) -> String {
    let s = "\(x)".replacingOccurrences(of: #"\.0$"#, with: "", options: .regularExpression)
    return l.language == .da ? s.replacingOccurrences(of: ".", with: ",") : s
  }
}

extension Localizer {
  /// What is wrong at one place of a scenario, in this language, naming people and places by
  /// name.
  public func say(_ p: ValidationProblem, _ names: Names) -> String {
    wording(names).validation(p)
  }

  /// A validation issue at its place: `participants[3].hours: mindst 20 t er over ...`.
  public func say(_ issue: ValidationIssue, _ names: Names) -> String {
    wording(names).issue(issue)
  }

  /// Every problem of a scenario, one per line, by the names of the scenario they were found
  /// in (when it could be read).
  public func lines(_ e: ScenarioError) -> [String] {
    let names = e.scenario.map { Names($0) } ?? Names()
    return e.issues.map { say($0, names) }
  }

  /// A file that could not be read, in this language: where its text is not valid JSON or
  /// YAML (`ugyldig JSON i linje 3, kolonne 5: ...`), or a plan file's problems by path.
  public func say(_ e: ParseError) -> String {
    let lines = e.issues.map { say($0, Names()) }
    guard e.planFile else { return lines.joined(separator: "\n") }
    if lines.count == 1 { return t("planFile.problem", lines[0]) }
    return t("planFile.problems", String(lines.count)) + "\n"
      + lines.map { "  " + $0 }.joined(separator: "\n")
  }

  /// What a value is, in words: `et tal`, `a number`.
  public func shape(_ s: ValidationProblem.Shape) -> String {
    switch language {
    case .da: return DanishWording(l: self, names: Names()).shapeWord(s)
    case .en: return EnglishWording(l: self, names: Names()).shapeWord(s, expected: false)
    }
  }
}

extension ParseError: CustomStringConvertible {
  /// In English (logs, and callers without a reader's language).
  public var message: String { Localizer.english.say(self) }

  public var description: String { message }
}
