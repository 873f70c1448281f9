import Foundation
import MilenModel
import Yams

/// A parsed JSON or YAML document as a plain tree, so a scenario can be read with every
/// problem named by its path.
public indirect enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  /// Keys in document order.
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  public func hash(into h: inout Hasher) {
    switch self {
    case .null: h.combine(0)
    case .bool(let b): h.combine(b)
    case .number(let n): h.combine(n)
    case .string(let s): h.combine(s)
    case .array(let a): h.combine(a)
    case .object(let o):
      for (k, v) in o {
        h.combine(k)
        h.combine(v)
      }
    }
  }

  /// The value under a key of an object.
  public subscript(key: String) -> JSONValue? {
    if case .object(let o) = self { return o.first { $0.0 == key }?.1 }
    return nil
  }

  /// A short name of the value's type, for messages.
  /// What the value is, for a problem saying what was expected instead.
  public var shape: ValidationProblem.Shape {
    switch self {
    case .null: return .null
    case .bool: return .boolean
    case .number: return .number
    case .string: return .string
    case .array: return .list
    case .object: return .object
    }
  }

  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "a list"
    case .object: return "an object"
    }
  }
}

/// A file that could not be read: its text is not valid JSON or YAML (one
/// ``ValidationProblem/syntax(_:)`` issue), or a plan file's problems by path. Typed values,
/// rendered per language by the report layer (`Localizer.say`), which also gives its English
/// `description`.
public struct ParseError: Error, Hashable, Sendable {
  /// What is wrong, each at its path in the file (`""` for the text as a whole).
  public var issues: [ValidationIssue]
  /// Whether the file is a plan file (its problems are said as the plan file's).
  public var planFile: Bool

  /// A syntax error of the text.
  public init(_ syntax: SyntaxError) {
    issues = [ValidationIssue(path: "", .syntax(syntax))]
    planFile = false
  }

  /// A plan file's problems.
  public init(planFile issues: [ValidationIssue]) {
    self.issues = issues
    planFile = true
  }

  /// The syntax error, when the text itself could not be read.
  public var syntax: SyntaxError? {
    guard issues.count == 1, case .syntax(let e) = issues[0].problem else { return nil }
    return e
  }
}

extension JSONValue {
  /// Parses JSON text (UTF-8), keeping object keys in document order.
  public static func parseJSON(_ text: String) throws(ParseError) -> JSONValue {
    try InputLimits.checkSize(text)
    var p = JSONParser(Array(text.utf8))
    return try p.parseDocument()
  }

  /// Parses YAML text into the same tree (YAML 1.2 core schema scalars).
  public static func parseYAML(_ text: String) throws(ParseError) -> JSONValue {
    try InputLimits.checkSize(text)
    let node: Node?
    let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    do {
      node = try Yams.compose(yaml: text)
    } catch {
      throw ParseError(Self.yamlSyntax(error))
    }
    guard let node else { return .null }
    var budget = min(InputLimits.maxNodesPerByte * text.utf8.count + 16, InputLimits.maxNodes)
    return try convert(node, depth: 0, budget: &budget)
  }

  /// Converts a YAML node, refusing deep nesting, long strings and a document that expands
  /// through anchors and aliases beyond its own size (an alias bomb) within `budget` nodes.
  private static func convert(
    _ node: Node, depth: Int, budget: inout Int
  ) throws(ParseError) -> JSONValue {
    budget -= 1
    if budget < 0 {
      throw ParseError(SyntaxError(.yaml, .yamlExpands(most: InputLimits.maxNodes)))
    }
    if depth > InputLimits.maxDepth {
      throw ParseError(SyntaxError(.yaml, .nestedTooDeep(most: InputLimits.maxDepth)))
    }
    switch node {
    case .scalar(let s):
      if s.string.utf8.count > InputLimits.maxStringBytes {
        throw ParseError(
          SyntaxError(
            .yaml, line: s.mark?.line, column: s.mark?.column,
            .stringTooLong(mostBytes: InputLimits.maxStringBytes)))
      }
      if s.style != .plain { return .string(s.string) }
      let text = s.string
      switch text {
      case "", "~", "null", "Null", "NULL": return .null
      case "true", "True", "TRUE": return .bool(true)
      case "false", "False", "FALSE": return .bool(false)
      default:
        if let d = Double(text),
          text.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) == true
        {
          guard d.isFinite else {
            throw ParseError(
              SyntaxError(
                .yaml, line: s.mark?.line, column: s.mark?.column, .numberOutOfRange(text)))
          }
          return .number(d)
        }
        return .string(text)
      }
    case .sequence(let seq):
      var items: [JSONValue] = []
      for n in seq { items.append(try convert(n, depth: depth + 1, budget: &budget)) }
      return .array(items)
    case .mapping(let map):
      var pairs: [(String, JSONValue)] = []
      for (k, v) in map {
        guard case .scalar(let ks) = k else {
          throw ParseError(
            SyntaxError(
              .yaml, line: k.mark.map(\.line), column: k.mark.map(\.column), .yamlComplexKey))
        }
        if ks.string.utf8.count > InputLimits.maxStringBytes {
          throw ParseError(
            SyntaxError(
              .yaml, line: ks.mark?.line, column: ks.mark?.column,
              .keyTooLong(mostBytes: InputLimits.maxStringBytes)))
        }
        pairs.append((ks.string, try convert(v, depth: depth + 1, budget: &budget)))
      }
      return .object(pairs)
    case .alias(let a):
      throw ParseError(
        SyntaxError(.yaml, line: a.mark?.line, column: a.mark?.column, .yamlAlias))
    }
  }

  /// A YAML parser's error as a typed syntax error: its line and column, and libyaml's
  /// problem by its words (the common ones; any other is kept in the parser's words).
  static func yamlSyntax(_ error: any Error) -> SyntaxError {
    guard let e = error as? YamlError else {
      return SyntaxError(.yaml, .yamlOther(String(describing: error)))
    }
    let problem: String
    let context: String
    let mark: Mark?
    switch e {
    case .scanner(let c, let p, let m, _), .parser(let c, let p, let m, _),
      .composer(let c, let p, let m, _):
      problem = p
      context = c?.text ?? ""
      mark = m
    case .reader(let p, _, _, _):
      problem = p
      context = ""
      mark = nil
    case .duplicatedKeysInMapping(let duplicates, let c):
      return SyntaxError(
        .yaml, line: c.mark.line, column: c.mark.column, .keyTwice(duplicates.first ?? ""))
    default:
      return SyntaxError(.yaml, .yamlOther(String(describing: e)))
    }
    let typed: SyntaxProblem
    switch problem {
    case "mapping values are not allowed in this context": typed = .yamlColonNotAllowed
    case "did not find expected key": typed = .expectedKey
    case "could not find expected ':'": typed = .expectedColon(after: nil)
    case "found character that cannot start any token": typed = .unexpectedCharacter
    case "did not find expected node content": typed = .yamlExpectedValue
    case "did not find expected ',' or ']'": typed = .expectedCommaOr(.list)
    case "did not find expected ',' or '}'": typed = .expectedCommaOr(.object)
    case "block sequence entries are not allowed in this context": typed = .yamlListItemNotAllowed
    case "did not find expected '-' indicator": typed = .yamlIndentation
    case "found unexpected end of stream":
      typed = context.contains("quoted scalar") ? .unclosedString : .unexpectedEnd(in: nil)
    case "found unknown escape character": typed = .badEscape
    case "control characters are not allowed", "invalid leading UTF-8 octet",
      "incomplete UTF-8 octet sequence", "invalid trailing UTF-8 octet":
      typed = .stringNotUTF8
    default:
      if problem.contains("tab") {
        typed = .yamlTab
      } else if problem.contains("indentation") {
        typed = .yamlIndentation
      } else {
        typed = .yamlOther(context.isEmpty ? problem : "\(context): \(problem)")
      }
    }
    return SyntaxError(.yaml, line: mark?.line, column: mark?.column, typed)
  }

  /// Serialises the tree as YAML (block style, keys in tree order, strings double-quoted);
  /// ``parseYAML(_:)`` reads it back as the same tree.
  public func yamlText() throws -> String {
    try Yams.serialize(node: yamlNode(), indent: 2, width: -1, allowUnicode: true)
  }

  private func yamlNode() -> Node {
    switch self {
    case .null: return Node.scalar(.init("null", .implicit, .plain))
    case .bool(let b): return Node.scalar(.init(b ? "true" : "false", .implicit, .plain))
    case .number(let n): return Node.scalar(.init(JSONValue.numberText(n), .implicit, .plain))
    case .string(let s): return Node.scalar(.init(s, .implicit, .doubleQuoted))
    case .array(let a): return Node.sequence(.init(a.map { $0.yamlNode() }, .implicit, .block))
    case .object(let o):
      return Node.mapping(
        .init(
          o.map { (Node.scalar(.init($0.0, .implicit, .plain)), $0.1.yamlNode()) }, .implicit,
          .block))
    }
  }

  /// Serialises the tree as JSON: pretty-printed with two spaces, keys in tree order.
  public func jsonText(indent: Int = 0) -> String {
    var out = ""
    write(into: &out, indent: indent)
    return out
  }

  private func write(into out: inout String, indent: Int) {
    let pad = String(repeating: " ", count: indent + 2)
    let closePad = String(repeating: " ", count: indent)
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n): out += JSONValue.numberText(n)
    case .string(let s): out += JSONValue.quoted(s)
    case .array(let a):
      if a.isEmpty {
        out += "[]"
        return
      }
      if a.allSatisfy({ $0.isScalar }) {
        out += "[" + a.map { $0.jsonText() }.joined(separator: ", ") + "]"
        return
      }
      out += "[\n"
      for (i, v) in a.enumerated() {
        out += pad
        v.write(into: &out, indent: indent + 2)
        out += i + 1 < a.count ? ",\n" : "\n"
      }
      out += closePad + "]"
    case .object(let o):
      if o.isEmpty {
        out += "{}"
        return
      }
      out += "{\n"
      for (i, (k, v)) in o.enumerated() {
        out += pad + JSONValue.quoted(k) + ": "
        v.write(into: &out, indent: indent + 2)
        out += i + 1 < o.count ? ",\n" : "\n"
      }
      out += closePad + "}"
    }
  }

  var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }

  static func numberText(_ n: Double) -> String {
    if n == n.rounded() && abs(n) < 1e15 { return String(Int(n)) }
    return String(n)
  }

  static func quoted(_ s: String) -> String {
    // Byte by byte over the UTF-8: every byte that is escaped is ASCII, and the bytes of a
    // longer character are all 0x80 or above, so they are copied as they are. (Scalar by
    // scalar, appending to a String, this was a seventh of the planning page's render at L.)
    let hex = Array("0123456789abcdef".utf8)
    let backslash = UInt8(ascii: "\\")
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + 2)
    out.append(UInt8(ascii: "\""))
    for b in s.utf8 {
      let escaped: UInt8?
      switch b {
      case UInt8(ascii: "\""), backslash: escaped = b
      case UInt8(ascii: "\n"): escaped = UInt8(ascii: "n")
      case UInt8(ascii: "\r"): escaped = UInt8(ascii: "r")
      case UInt8(ascii: "\t"): escaped = UInt8(ascii: "t")
      case 0..<0x20:
        out.append(backslash)
        out.append(UInt8(ascii: "u"))
        out.append(UInt8(ascii: "0"))
        out.append(UInt8(ascii: "0"))
        out.append(hex[Int(b >> 4)])
        out.append(hex[Int(b & 0xF)])
        continue
      default: escaped = nil
      }
      if let escaped {
        out.append(backslash)
        out.append(escaped)
      } else {
        out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
    return String(decoding: out, as: UTF8.self)
  }
}

/// A small strict JSON parser that keeps key order and reports line and column.
private struct JSONParser {
  let bytes: [UInt8]
  var i = 0
  /// Values still allowed (``InputLimits/maxNodes``).
  var budget = InputLimits.maxNodes

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  func position() -> (line: Int, column: Int) {
    var line = 1
    var col = 1
    for b in bytes[0..<min(i, bytes.count)] {
      if b == UInt8(ascii: "\n") {
        line += 1
        col = 1
      } else {
        col += 1
      }
    }
    return (line, col)
  }

  func error(_ what: SyntaxProblem) -> ParseError {
    let (line, column) = position()
    return ParseError(SyntaxError(.json, line: line, column: column, what))
  }

  mutating func skipSpace() {
    while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
  }

  mutating func parseDocument() throws(ParseError) -> JSONValue {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    skipSpace()
    let v = try parseValue(depth: 0)
    skipSpace()
    if i != bytes.count { throw error(.textAfterDocument) }
    return v
  }

  mutating func parseValue(depth: Int) throws(ParseError) -> JSONValue {
    guard depth <= InputLimits.maxDepth else {
      throw error(.nestedTooDeep(most: InputLimits.maxDepth))
    }
    budget -= 1
    guard budget >= 0 else {
      throw error(.tooManyValues(most: InputLimits.maxNodes))
    }
    skipSpace()
    guard i < bytes.count else { throw error(.unexpectedEnd(in: nil)) }
    switch bytes[i] {
    case UInt8(ascii: "{"):
      i += 1
      var pairs: [(String, JSONValue)] = []
      var keys = Set<String>()
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
        i += 1
        return .object(pairs)
      }
      while true {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
          throw error(.expectedKey)
        }
        let key = try parseString()
        if !keys.insert(key).inserted {
          throw error(.keyTwice(key))
        }
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
          throw error(.expectedColon(after: key))
        }
        i += 1
        pairs.append((key, try parseValue(depth: depth + 1)))
        skipSpace()
        guard i < bytes.count else { throw error(.unexpectedEnd(in: .object)) }
        if bytes[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        if bytes[i] == UInt8(ascii: "}") {
          i += 1
          return .object(pairs)
        }
        throw error(.expectedCommaOr(.object))
      }
    case UInt8(ascii: "["):
      i += 1
      var items: [JSONValue] = []
      skipSpace()
      if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
        i += 1
        return .array(items)
      }
      while true {
        items.append(try parseValue(depth: depth + 1))
        skipSpace()
        guard i < bytes.count else { throw error(.unexpectedEnd(in: .list)) }
        if bytes[i] == UInt8(ascii: ",") {
          i += 1
          continue
        }
        if bytes[i] == UInt8(ascii: "]") {
          i += 1
          return .array(items)
        }
        throw error(.expectedCommaOr(.list))
      }
    case UInt8(ascii: "\""):
      return .string(try parseString())
    case UInt8(ascii: "t"):
      return try literal("true", .bool(true))
    case UInt8(ascii: "f"):
      return try literal("false", .bool(false))
    case UInt8(ascii: "n"):
      return try literal("null", .null)
    default:
      return try parseNumber()
    }
  }

  mutating func literal(_ word: String, _ value: JSONValue) throws(ParseError) -> JSONValue {
    let w = Array(word.utf8)
    guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else {
      throw error(.unexpectedCharacter)
    }
    i += w.count
    return value
  }

  mutating func parseNumber() throws(ParseError) -> JSONValue {
    let start = i
    while i < bytes.count, "+-0123456789.eE".utf8.contains(bytes[i]) { i += 1 }
    guard i > start, let text = String(bytes: bytes[start..<i], encoding: .utf8),
      let d = Double(text), !text.hasPrefix("+")
    else {
      i = start
      throw error(.unexpectedCharacter)
    }
    guard d.isFinite else {
      i = start
      throw error(.numberOutOfRange(text))
    }
    let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    if digits.count > 1 && digits.hasPrefix("0") && !digits.hasPrefix("0.")
      && !digits.lowercased().hasPrefix("0e")
    {
      i = start
      throw error(.leadingZero)
    }
    return .number(d)
  }

  mutating func parseString() throws(ParseError) -> String {
    i += 1
    var out: [UInt8] = []
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        i += 1
        // Checked once more at the end: the byte or escape read last may cross the limit.
        if out.count > InputLimits.maxStringBytes {
          throw error(.stringTooLong(mostBytes: InputLimits.maxStringBytes))
        }
        guard let s = String(bytes: out, encoding: .utf8) else {
          throw error(.stringNotUTF8)
        }
        return s
      }
      if b < 0x20 { throw error(.controlInString) }
      if out.count > InputLimits.maxStringBytes {
        throw error(.stringTooLong(mostBytes: InputLimits.maxStringBytes))
      }
      if b == UInt8(ascii: "\\") {
        i += 1
        guard i < bytes.count else { break }
        let e = bytes[i]
        i += 1
        switch e {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var code = try hex4()
          if (0xD800..<0xDC00).contains(code), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"),
            bytes[i + 1] == UInt8(ascii: "u")
          {
            i += 2
            let low = try hex4()
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(code) else { throw error(.badUnicodeEscape) }
          out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default: throw error(.badEscape)
        }
        continue
      }
      out.append(b)
      i += 1
    }
    throw error(.unclosedString)
  }

  mutating func hex4() throws(ParseError) -> UInt32 {
    guard i + 4 <= bytes.count, let s = String(bytes: bytes[i..<i + 4], encoding: .ascii),
      let v = UInt32(s, radix: 16)
    else { throw error(.badUnicodeEscape) }
    i += 4
    return v
  }
}
