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
      throw ScenarioError(issues: error.issues)
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
      if o.raw("changes") == nil { log.fail("changes", .required) }
      o.finish()
    default:
      log.fail("", .expected(.changes, found: tree.shape))
    }
    var ops: [Operation] = []
    for (path, item) in items {
      guard let o = ObjectReader(item, path: path, log: log) else { continue }
      let kinds = ["add", "remove", "set"].filter { o.raw($0) != nil }
      let value = o.raw("value")
      o.finish()
      guard kinds.count == 1, let kind = kinds.first else {
        log.fail(path, .oneOperation)
        continue
      }
      guard case .string(let target)? = o.raw(kind) else {
        log.fail("\(path).\(kind)", .notAChangePath)
        continue
      }
      switch kind {
      case "add":
        guard let value else {
          log.fail("\(path).value", .valueRequired(set: false))
          continue
        }
        ops.append(.add(path: target, value: value))
      case "remove":
        if value != nil { log.fail("\(path).value", .removeTakesNoValue) }
        ops.append(.remove(path: target))
      default:
        guard let value else {
          log.fail("\(path).value", .valueRequired(set: true))
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
    try applyWithNotes(to: scenario).scenario
  }

  /// Applies the operations; removing a company, mentor or activity also drops the wishes,
  /// locks, bans, reach lists and current places that name it, each with a note.
  public func applyWithNotes(to scenario: Scenario) throws -> (
    scenario: Scenario, notes: [ChangeFileNote]
  ) {
    var tree = ScenarioFile.encode(scenario)
    var issues: [ValidationIssue] = []
    var removed: [String: Set<String>] = [:]
    for op in operations {
      if case .remove(let path) = op, let segs = try? Self.segments(path), segs.count == 1,
        case .id(let key, let id) = segs[0], ["companies", "mentors", "activities"].contains(key)
      {
        removed[key, default: []].insert(id)
      }
    }
    for (i, op) in operations.enumerated() {
      do {
        switch op {
        case .add(let path, let value):
          tree = try Self.update(tree, Self.segments(path), 0) { node in
            guard case .array(var a) = node else { throw PathError(.notAListAt(path: path)) }
            if case .object = value, let id = value["id"], a.contains(where: { $0["id"] == id }) {
              throw PathError(.entryExists(path: path, id: id.jsonText()))
            }
            a.append(value)
            return .array(a)
          }
        case .set(let path, let value):
          var segs = try Self.segments(path)
          let last = segs.removeLast()
          guard case .key(let key) = last else {
            throw PathError(.setNeedsField(path: path))
          }
          tree = try Self.update(tree, segs, 0) { node in
            guard case .object(var o) = node else { throw PathError(.cannotGoInto(node.shape)) }
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
              else { throw PathError(.noEntry(list: key, id: id)) }
              a.remove(at: k)
              o[j].1 = .array(a)
              return .object(o)
            case (.index(let key, let n), .object(var o)):
              guard let j = o.firstIndex(where: { $0.0 == key }), case .array(var a) = o[j].1,
                a.indices.contains(n)
              else { throw PathError(.noIndex(list: key, index: n)) }
              a.remove(at: n)
              o[j].1 = .array(a)
              return .object(o)
            case (.key(let key), .object(var o)):
              guard let j = o.firstIndex(where: { $0.0 == key }) else {
                throw PathError(.noField(key))
              }
              o.remove(at: j)
              return .object(o)
            default:
              throw PathError(.notAnEntry(path: path))
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
        issues.append(ValidationIssue(path: "changes[\(i)].\(kind)", e.problem))
      }
    }
    if !issues.isEmpty { throw ScenarioError(issues: InputLimits.capped(issues)) }
    let (pruned, notes) = Self.prune(tree, removed)
    do {
      return (try ScenarioFile.decode(pruned), notes)
    } catch {
      throw ScenarioError(
        issues: error.issues.map {
          ValidationIssue(path: "", .afterChanges(path: $0.path, $0.problem))
        }, scenario: error.scenario)
    }
  }

  struct PathError: Error {
    var problem: ValidationProblem
    init(_ p: ValidationProblem) { problem = p }
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
        guard !key.isEmpty, !inner.isEmpty else { throw PathError(.notAPath(path)) }
        if let n = Int(inner) { out.append(.index(key, n)) } else { out.append(.id(key, inner)) }
      } else {
        guard !s.isEmpty, !s.contains("["), !s.contains("]") else {
          throw PathError(.notAPath(path))
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
    guard case .object(var o) = node else { throw PathError(.cannotGoInto(node.shape)) }
    switch segs[k] {
    case .key(let key):
      guard let j = o.firstIndex(where: { $0.0 == key }) else {
        if k + 1 == segs.count {
          o.append((key, try change(.object([]))))
          return .object(o)
        }
        throw PathError(.noField(key))
      }
      o[j].1 = try update(o[j].1, segs, k + 1, change)
    case .id(let key, let id):
      guard let j = o.firstIndex(where: { $0.0 == key }), case .array(var a) = o[j].1 else {
        throw PathError(.noList(key))
      }
      guard let i = a.firstIndex(where: { $0["id"] == .string(id) }) else {
        throw PathError(.noEntry(list: key, id: id))
      }
      a[i] = try update(a[i], segs, k + 1, change)
      o[j].1 = .array(a)
    case .index(let key, let n):
      guard let j = o.firstIndex(where: { $0.0 == key }), case .array(var a) = o[j].1,
        a.indices.contains(n)
      else { throw PathError(.noIndex(list: key, index: n)) }
      a[n] = try update(a[n], segs, k + 1, change)
      o[j].1 = .array(a)
    }
    return .object(o)
  }
}

extension ScenarioChanges {
  /// Drops what names a removed company, mentor or activity: wishes, reach lists, current
  /// places (a current company's weeks move to `earlierPlacements`), locks and bans.
  static func prune(_ tree: JSONValue, _ removed: [String: Set<String>]) -> (
    JSONValue, [ChangeFileNote]
  ) {
    let companies = removed["companies"] ?? []
    let mentors = removed["mentors"] ?? []
    let activities = removed["activities"] ?? []
    guard !(companies.isEmpty && mentors.isEmpty && activities.isEmpty),
      case .object(var top) = tree
    else { return (tree, []) }
    var notes: [ChangeFileNote] = []
    func without(
      _ v: JSONValue?, _ gone: Set<String>, _ what: ChangeFileNote.Reference, _ who: String
    ) -> JSONValue? {
      guard case .array(let a)? = v else { return v }
      let kept = a.filter {
        if case .string(let s) = $0 { return !gone.contains(s) } else { return true }
      }
      if kept.count != a.count { notes.append(.referenceDropped(participant: who, what: what)) }
      return .array(kept)
    }
    func set(_ o: inout [(String, JSONValue)], _ key: String, _ v: JSONValue?) {
      o.removeAll { $0.0 == key }
      if let v { o.append((key, v)) }
    }
    if let j = top.firstIndex(where: { $0.0 == "participants" }), case .array(var ps) = top[j].1 {
      for i in ps.indices {
        guard case .object(var p) = ps[i] else { continue }
        let who: String
        if case .string(let id)? = p.first(where: { $0.0 == "id" })?.1 {
          who = id
        } else {
          who = "participants[\(i)]"
        }
        if let w = p.firstIndex(where: { $0.0 == "wishes" }), case .object(var wo) = p[w].1 {
          set(
            &wo, "companies",
            without(wo.first { $0.0 == "companies" }?.1, companies, .wishedCompany, who))
          set(
            &wo, "activities",
            without(wo.first { $0.0 == "activities" }?.1, activities, .wishedActivity, who))
          p[w].1 = .object(wo)
        }
        if let r = p.first(where: { $0.0 == "reachableCompanies" })?.1 {
          set(&p, "reachableCompanies", without(r, companies, .reachableCompany, who))
        }
        if let c = p.firstIndex(where: { $0.0 == "current" }), case .object(var co) = p[c].1 {
          if case .string(let m)? = co.first(where: { $0.0 == "mentor" })?.1, mentors.contains(m) {
            set(&co, "mentor", nil)
            notes.append(.currentMentorRemoved(participant: who, mentor: m))
          }
          if case .string(let cid)? = co.first(where: { $0.0 == "company" })?.1,
            companies.contains(cid)
          {
            for k in ["company", "placementWeeks", "since", "work"] { set(&co, k, nil) }
            notes.append(.currentPlacementEnds(participant: who, company: cid))
          }
          if case .object(var e)? = co.first(where: { $0.0 == "earlierPlacements" })?.1 {
            e.removeAll { companies.contains($0.0) }
            set(&co, "earlierPlacements", .object(e))
          }
          if let a = co.first(where: { $0.0 == "activities" })?.1 {
            set(&co, "activities", without(a, activities, .currentSession, who))
          }
          p[c].1 = .object(co)
        }
        ps[i] = .object(p)
      }
      top[j].1 = .array(ps)
    }
    for key in ["locks", "bans"] {
      guard let j = top.firstIndex(where: { $0.0 == key }), case .array(let a) = top[j].1 else {
        continue
      }
      let kept = a.filter { entry in
        if case .string(let c)? = entry["company"], companies.contains(c) {
          var who = "?"
          if case .string(let p)? = entry["participant"] { who = p }
          notes.append(
            key == "locks"
              ? .lockDropped(participant: who, company: c)
              : .banDropped(participant: who, company: c))
          return false
        }
        return true
      }
      top[j].1 = .array(kept)
    }
    return (.object(top), notes)
  }
}
