import Foundation
import MilenModel

/// A change file for what-if runs (docs/whatif.md): a short list of operations a coordinator
/// can write by hand, applied to the scenario's document tree.
///
/// ```json
/// { "description": "Nettoline takes two more",
///   "changes": [ { "set": "companies[nettoline].slots", "value": 4 } ] }
/// ```
/// Operations: `{"add": "companies", "value": {...}}` appends to a list;
/// `{"remove": "mentors[m-jesper]"}` removes the entry with that id (or `[3]`, that index);
/// `{"set": "policy.socialSessionsPerWeek", "value": 1}` sets a field.
public struct ScenarioChanges: Sendable {
  /// One operation.
  public enum Operation: Sendable, Hashable {
    case add(path: String, value: JSONValue)
    case remove(path: String)
    case set(path: String, value: JSONValue)
  }

  /// What the change is, for reports.
  public var description: String
  /// The operations, applied in order.
  public var operations: [Operation]

  /// A change list.
  public init(description: String, operations: [Operation]) {
    self.description = description
    self.operations = operations
  }

  /// Reads a change file (JSON or YAML). Every problem is named by its path in the file.
  public static func decode(_ text: String, format: ScenarioFormat, name: String) throws
    -> ScenarioChanges
  {
    let tree: JSONValue
    do {
      tree = try format == .yaml ? JSONValue.parseYAML(text) : JSONValue.parseJSON(text)
    } catch {
      throw ScenarioError(issues: [ValidationIssue(path: "", message: error.message)])
    }
    let log = IssueLog()
    var description = name
    var items: [(String, JSONValue)] = []
    switch tree {
    case .array(let a):
      items = a.enumerated().map { ("[\($0.offset)]", $0.element) }
    case .object:
      guard let o = ObjectReader(tree, path: "", log: log) else { break }
      description = o.string("description") ?? name
      items = o.list("changes")
      if o.raw("changes") == nil { log.fail("changes", "is required") }
      o.finish()
    default:
      log.fail(
        "", "expected a list of changes or an object with \"changes\", found \(tree.typeName)")
    }
    var ops: [Operation] = []
    for (path, item) in items {
      guard let o = ObjectReader(item, path: path, log: log) else { continue }
      let kinds = ["add", "remove", "set"].filter { o.raw($0) != nil }
      let value = o.raw("value")
      o.finish()
      guard kinds.count == 1, let kind = kinds.first else {
        log.fail(path, "needs exactly one of \"add\", \"remove\" or \"set\"")
        continue
      }
      guard case .string(let target)? = o.raw(kind) else {
        log.fail("\(path).\(kind)", "expected a path like companies[aubo].slots")
        continue
      }
      switch kind {
      case "add":
        guard let value else {
          log.fail("\(path).value", "is required for add")
          continue
        }
        ops.append(.add(path: target, value: value))
      case "remove":
        if value != nil { log.fail("\(path).value", "remove takes no value") }
        ops.append(.remove(path: target))
      default:
        guard let value else {
          log.fail("\(path).value", "is required for set (use null to clear an optional field)")
          continue
        }
        ops.append(.set(path: target, value: value))
      }
    }
    if !log.issues.isEmpty { throw ScenarioError(issues: log.issues) }
    return ScenarioChanges(description: description, operations: ops)
  }

  /// Applies the operations to a scenario and validates the result. Problems name the
  /// operation (`changes[2].set: ...`) or, after applying, the scenario path
  /// (`after the changes: locks[0].company: unknown company "ksa"`).
  public func apply(to scenario: Scenario) throws -> Scenario {
    var tree = ScenarioFile.encode(scenario)
    var issues: [ValidationIssue] = []
    for (i, op) in operations.enumerated() {
      do {
        switch op {
        case .add(let path, let value):
          tree = try Self.update(tree, Self.segments(path), 0) { node in
            guard case .array(var a) = node else { throw PathError("\(path) is not a list") }
            if case .object = value, let id = value["id"], a.contains(where: { $0["id"] == id }) {
              throw PathError("\(path) already has an entry with id \(id.jsonText())")
            }
            a.append(value)
            return .array(a)
          }
        case .set(let path, let value):
          var segs = try Self.segments(path)
          let last = segs.removeLast()
          guard case .key(let key) = last else {
            throw PathError("\(path) must end in a field name")
          }
          tree = try Self.update(tree, segs, 0) { node in
            guard case .object(var o) = node else { throw PathError("\(path): not an object") }
            if let j = o.firstIndex(where: { $0.0 == key }) {
              o[j].1 = value
            } else {
              o.append((key, value))
            }
            return .object(o)
          }
        case .remove(let path):
          var segs = try Self.segments(path)
          let last = segs.removeLast()
          tree = try Self.update(tree, segs, 0) { node in
            switch (last, node) {
            case (.id(let key, let id), .object(var o)):
              guard let j = o.firstIndex(where: { $0.0 == key }), case .array(var a) = o[j].1,
                let k = a.firstIndex(where: { $0["id"] == .string(id) })
              else { throw PathError("no \(key) entry with id \"\(id)\"") }
              a.remove(at: k)
              o[j].1 = .array(a)
              return .object(o)
            case (.index(let key, let n), .object(var o)):
              guard let j = o.firstIndex(where: { $0.0 == key }), case .array(var a) = o[j].1,
                a.indices.contains(n)
              else { throw PathError("no \(key)[\(n)]") }
              a.remove(at: n)
              o[j].1 = .array(a)
              return .object(o)
            case (.key(let key), .object(var o)):
              guard let j = o.firstIndex(where: { $0.0 == key }) else {
                throw PathError("no field \(key)")
              }
              o.remove(at: j)
              return .object(o)
            default:
              throw PathError("\(path) does not name an entry")
            }
          }
        }
      } catch let e as PathError {
        let kind: String
        switch op {
        case .add: kind = "add"
        case .remove: kind = "remove"
        case .set: kind = "set"
        }
        issues.append(ValidationIssue(path: "changes[\(i)].\(kind)", message: e.message))
      }
    }
    if !issues.isEmpty { throw ScenarioError(issues: issues) }
    do {
      return try ScenarioFile.decode(tree)
    } catch {
      throw ScenarioError(
        issues: error.issues.map {
          ValidationIssue(path: "after the changes: \($0.path)", message: $0.message)
        })
    }
  }

  struct PathError: Error {
    var message: String
    init(_ m: String) { message = m }
  }

  enum Segment: Equatable {
    case key(String)
    case id(String, String)
    case index(String, Int)
  }

  /// `companies[aubo].open.mon` -> key/id segments.
  static func segments(_ path: String) throws -> [Segment] {
    var out: [Segment] = []
    for part in path.split(separator: ".", omittingEmptySubsequences: false) {
      let s = String(part)
      if let open = s.firstIndex(of: "["), s.hasSuffix("]") {
        let key = String(s[..<open])
        let inner = String(s[s.index(after: open)..<s.index(before: s.endIndex)])
        guard !key.isEmpty, !inner.isEmpty else { throw PathError("\"\(path)\" is not a path") }
        if let n = Int(inner) { out.append(.index(key, n)) } else { out.append(.id(key, inner)) }
      } else {
        guard !s.isEmpty, !s.contains("["), !s.contains("]") else {
          throw PathError("\"\(path)\" is not a path like companies[aubo].slots")
        }
        out.append(.key(s))
      }
    }
    return out
  }

  /// Rebuilds the tree with `change` applied at the node the segments lead to.
  static func update(
    _ node: JSONValue, _ segs: [Segment], _ k: Int, _ change: (JSONValue) throws -> JSONValue
  ) throws -> JSONValue {
    if k == segs.count { return try change(node) }
    guard case .object(var o) = node else { throw PathError("cannot go into \(node.typeName)") }
    switch segs[k] {
    case .key(let key):
      guard let j = o.firstIndex(where: { $0.0 == key }) else {
        if k + 1 == segs.count {
          o.append((key, try change(.object([]))))
          return .object(o)
        }
        throw PathError("no field \"\(key)\"")
      }
      o[j].1 = try update(o[j].1, segs, k + 1, change)
    case .id(let key, let id):
      guard let j = o.firstIndex(where: { $0.0 == key }), case .array(var a) = o[j].1 else {
        throw PathError("no list \"\(key)\"")
      }
      guard let i = a.firstIndex(where: { $0["id"] == .string(id) }) else {
        throw PathError("no \(key) entry with id \"\(id)\"")
      }
      a[i] = try update(a[i], segs, k + 1, change)
      o[j].1 = .array(a)
    case .index(let key, let n):
      guard let j = o.firstIndex(where: { $0.0 == key }), case .array(var a) = o[j].1,
        a.indices.contains(n)
      else { throw PathError("no \(key)[\(n)]") }
      a[n] = try update(a[n], segs, k + 1, change)
      o[j].1 = .array(a)
    }
    return .object(o)
  }
}
