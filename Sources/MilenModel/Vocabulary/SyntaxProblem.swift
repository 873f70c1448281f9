/// What a JSON or YAML parser found wrong in a file, at its line and column: a typed value made
/// where the text is read, and rendered per language by the report layer (it travels inside
/// ``ValidationProblem/syntax(_:)``).
public struct SyntaxError: Hashable, Sendable {
  /// The file's format.
  public enum Format: String, Hashable, Sendable, CaseIterable { case json, yaml }

  /// JSON or YAML; nil for a problem of the file as a whole (its size).
  public var format: Format?
  /// The line, from 1, when the parser knows it.
  public var line: Int?
  /// The column, from 1, when the parser knows it.
  public var column: Int?
  /// What is wrong there.
  public var problem: SyntaxProblem

  /// A syntax error at a place.
  public init(_ format: Format?, line: Int? = nil, column: Int? = nil, _ problem: SyntaxProblem) {
    self.format = format
    self.line = line
    self.column = column
    self.problem = problem
  }
}

/// What was wrong, or expected, at one place of a JSON or YAML text.
public enum SyntaxProblem: Hashable, Sendable {
  /// Where a list or an object is being read.
  public enum Container: String, Hashable, Sendable, CaseIterable { case object, list }

  /// The text ends before the document does (inside an object or list when one is given).
  case unexpectedEnd(in: Container?)
  /// More text after the document's end.
  case textAfterDocument
  /// A key in quotes was expected (JSON), or a key at all (YAML).
  case expectedKey
  /// The same key twice in one object.
  case keyTwice(String)
  /// A `:` was expected after a key (the key, when known).
  case expectedColon(after: String?)
  /// A `,` or the container's end (`}`, `]`) was expected.
  case expectedCommaOr(Container)
  /// A character that cannot begin a value there.
  case unexpectedCharacter
  /// A number too large to be held.
  case numberOutOfRange(String)
  /// A number written with a leading zero (`012`).
  case leadingZero
  /// A text longer than the input limit.
  case stringTooLong(mostBytes: Int)
  /// A key longer than the input limit.
  case keyTooLong(mostBytes: Int)
  /// A text that is not valid UTF-8.
  case stringNotUTF8
  /// A line break or another control character inside a quoted text.
  case controlInString
  /// A `\u` escape that is not a character.
  case badUnicodeEscape
  /// A backslash escape that does not exist.
  case badEscape
  /// A quoted text without its closing quote.
  case unclosedString
  /// Nested deeper than the input limit.
  case nestedTooDeep(most: Int)
  /// More values than the input limit allows.
  case tooManyValues(most: Int)
  /// A YAML document larger, through its anchors and aliases, than its size allows.
  case yamlExpands(most: Int)
  /// A YAML anchor or alias (`&`, `*`): not supported in these files.
  case yamlAlias
  /// A YAML mapping key that is not a plain value.
  case yamlComplexKey
  /// A `:` where YAML allows none (a value holding `: ` without quotes).
  case yamlColonNotAllowed
  /// A tab where YAML wants spaces for indentation.
  case yamlTab
  /// A value was expected (after `- ` or `key:`).
  case yamlExpectedValue
  /// A list item (`- `) where the indentation does not allow one.
  case yamlListItemNotAllowed
  /// The indentation does not line up with the lines above.
  case yamlIndentation
  /// Another YAML problem, in the parser's own words (libyaml's, English only).
  case yamlOther(String)
  /// The whole file is larger than an input may be.
  case fileTooLarge(bytes: Int, mostBytes: Int)

  /// The case's name, a stable machine code (`expectedColon`): for logs and tests.
  public var code: String {
    let mirror = Mirror(reflecting: self)
    if let label = mirror.children.first?.label { return label }
    return String(describing: self)
  }
}
