import MilenFormats
import MilenModel

/// A JSON or YAML syntax error (``SyntaxError``) in English: `not valid JSON at line 3,
/// column 5: expected ',' or '}'`.
extension EnglishWording {
  func syntax(_ e: SyntaxError) -> String {
    let what = syntaxProblem(e.problem, e.format)
    guard let format = e.format else { return what }
    let name = format == .json ? "JSON" : "YAML"
    switch (e.line, e.column) {
    case (let line?, let column?):
      return "not valid \(name) at line \(line), column \(column): \(what)"
    case (let line?, nil): return "not valid \(name) at line \(line): \(what)"
    default: return "not valid \(name): \(what)"
    }
  }

  func syntaxProblem(_ p: SyntaxProblem, _ format: SyntaxError.Format?) -> String {
    switch p {
    case .unexpectedEnd(let container):
      switch container {
      case .object?: return "unexpected end of file in an object"
      case .list?: return "unexpected end of file in a list"
      case nil: return "unexpected end of file"
      }
    case .textAfterDocument: return "unexpected text after the document"
    case .expectedKey: return format == .json ? "expected a key in quotes" : "expected a key"
    case .keyTwice(let key): return "the key \(quoted(key)) appears twice"
    case .expectedColon(let key):
      return "expected ':'" + (key.map { " after \(quoted($0))" } ?? "")
    case .expectedCommaOr(let container):
      return container == .object ? "expected ',' or '}'" : "expected ',' or ']'"
    case .unexpectedCharacter: return "unexpected character"
    case .numberOutOfRange(let text): return "number out of range: \(text)"
    case .leadingZero: return "a number with a leading zero"
    case .stringTooLong(let most): return "a string longer than \(most) bytes"
    case .keyTooLong(let most): return "a key longer than \(most) bytes"
    case .stringNotUTF8: return "a string is not valid UTF-8"
    case .controlInString: return "a control character inside a string"
    case .badUnicodeEscape: return "an invalid \\u escape"
    case .badEscape: return "an invalid escape in a string"
    case .unclosedString: return "a string is not closed"
    case .nestedTooDeep(let most): return "nested more than \(most) levels deep"
    case .tooManyValues(let most):
      return "more than \(most) values (lists, objects, strings, numbers) in one file"
    case .yamlExpands(let most):
      return "the YAML document has more values than its size allows (at most one a byte, and "
        + "\(most) in all): anchors and aliases (&, *) are not supported in these files"
    case .yamlAlias: return "YAML aliases are not supported in scenario files"
    case .yamlComplexKey: return "a YAML mapping key is not a plain value"
    case .yamlColonNotAllowed:
      return "a ':' is not allowed here (put a text that holds ': ' in quotes)"
    case .yamlTab: return "a tab where the indentation needs spaces"
    case .yamlExpectedValue: return "expected a value"
    case .yamlListItemNotAllowed: return "a list item ('- ') is not allowed here"
    case .yamlIndentation: return "the indentation does not line up with the lines above"
    case .yamlOther(let words): return words
    case .fileTooLarge(let bytes, let most):
      return "the file has \(bytes) bytes, more than the \(most) bytes (64 MiB) an input may have"
    }
  }
}
