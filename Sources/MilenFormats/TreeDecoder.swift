import Foundation

/// Decodes a `Decodable` value from a parsed ``JSONValue`` tree, so a file is parsed once, by
/// the strict reader (limits, duplicate keys, line and column), and never a second time by
/// `JSONDecoder`. Errors are `DecodingError`s with the coding path, as `JSONDecoder` throws.
public enum TreeDecoder {
  /// A `T` from `tree`.
  public static func decode<T: Decodable>(_ type: T.Type, from tree: JSONValue) throws -> T {
    try T(from: TreeValueDecoder(value: tree, codingPath: []))
  }
}

/// A coding key of a list position or an object key.
struct TreeKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) {
    self.stringValue = "\(intValue)"
    self.intValue = intValue
  }
}

struct TreeValueDecoder: Decoder {
  let value: JSONValue
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func mismatch<T>(_ type: T.Type, _ expected: String) -> DecodingError {
    .typeMismatch(
      type,
      .init(
        codingPath: codingPath, debugDescription: "expected \(expected), found \(value.typeName)"))
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let pairs) = value else { throw mismatch([String: Any].self, "an object") }
    var fields: [String: JSONValue] = [:]
    for (k, v) in pairs where fields[k] == nil { fields[k] = v }
    return KeyedDecodingContainer(TreeKeyed<Key>(fields: fields, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let items) = value else { throw mismatch([Any].self, "a list") }
    return TreeUnkeyed(items: items, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    TreeSingle(decoder: self)
  }
}

/// One value as a single-value container: the primitives, checked for type and range.
struct TreeSingle: SingleValueDecodingContainer {
  let decoder: TreeValueDecoder
  var codingPath: [any CodingKey] { decoder.codingPath }

  func decodeNil() -> Bool { decoder.value == .null }

  func decode(_ type: Bool.Type) throws -> Bool {
    guard case .bool(let b) = decoder.value else { throw decoder.mismatch(type, "a boolean") }
    return b
  }

  func decode(_ type: String.Type) throws -> String {
    guard case .string(let s) = decoder.value else { throw decoder.mismatch(type, "a string") }
    return s
  }

  func decode(_ type: Double.Type) throws -> Double {
    guard case .number(let d) = decoder.value else { throw decoder.mismatch(type, "a number") }
    return d
  }

  func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

  func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
    let d = try decode(Double.self)
    guard d == d.rounded(), let i = I(exactly: d) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: codingPath, debugDescription: "\(d) is not a whole number in range"))
    }
    return i
  }

  func decode(_ type: Int.Type) throws -> Int { try integer(type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

  func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: decoder) }
}

/// An object's fields by key.
struct TreeKeyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let fields: [String: JSONValue]
  let codingPath: [any CodingKey]

  var allKeys: [Key] { fields.keys.compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool { fields[key.stringValue] != nil }

  func child(_ key: Key) throws -> TreeValueDecoder {
    guard let v = fields[key.stringValue] else {
      throw DecodingError.keyNotFound(
        key, .init(codingPath: codingPath, debugDescription: "no value for \(key.stringValue)"))
    }
    return TreeValueDecoder(value: v, codingPath: codingPath + [key])
  }

  func decodeNil(forKey key: Key) throws -> Bool { try child(key).value == .null }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    let d = try child(key)
    if d.value == .null {
      throw DecodingError.valueNotFound(
        type, .init(codingPath: d.codingPath, debugDescription: "expected a value, found null"))
    }
    return try TreeSingle(decoder: d).decode(type)
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    try TreeSingle(decoder: try child(key)).decode(type)
  }
  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try TreeSingle(decoder: try child(key)).decode(type)
  }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try TreeSingle(decoder: try child(key)).decode(type)
  }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    try TreeSingle(decoder: try child(key)).decode(type)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try child(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try child(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    TreeValueDecoder(value: fields["super"] ?? .null, codingPath: codingPath)
  }

  func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

/// A list's items in order.
struct TreeUnkeyed: UnkeyedDecodingContainer {
  let items: [JSONValue]
  let codingPath: [any CodingKey]
  var currentIndex = 0

  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  mutating func next() throws -> TreeValueDecoder {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        Any.self, .init(codingPath: codingPath, debugDescription: "the list has no more items"))
    }
    let d = TreeValueDecoder(
      value: items[currentIndex], codingPath: codingPath + [TreeKey(intValue: currentIndex)])
    currentIndex += 1
    return d
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, items[currentIndex] == .null else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let d = try next()
    if d.value == .null {
      throw DecodingError.valueNotFound(
        type, .init(codingPath: d.codingPath, debugDescription: "expected a value, found null"))
    }
    return try TreeSingle(decoder: d).decode(type)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try next().container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next().unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next() }
}
