import Foundation
import MilenModel

/// Reading and writing plan files: stable JSON (sorted keys, two-space indent), the
/// `--previous` input of next week's run. See docs/plan.md.
public enum PlanFile {
  /// The plan as stable JSON text, ending in a newline. Same plan, same bytes.
  public static func jsonText(_ plan: Plan) -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // A plan has only finite numbers, strings and arrays: encoding cannot fail.
    let data = try! e.encode(plan)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The plan's fingerprint: `sha256:` and the SHA-256 of its stable JSON. `milen next`
  /// records it in the next week's scenario (`rolledFrom.plan`), so `--previous` can tell
  /// last week's plan from any other.
  public static func fingerprint(_ plan: Plan) -> String {
    "sha256:" + Digest.sha256Hex(Array(jsonText(plan).utf8))
  }

  /// The plan stamped with the fingerprint of the scenario it was made for.
  public static func stamped(_ plan: Plan, for scenario: Scenario) -> Plan {
    var p = plan
    p.scenarioFingerprint = ScenarioFile.fingerprint(scenario)
    return p
  }

  /// Reads and validates a plan file: the input limits, strict JSON, the format version,
  /// every field known (unknown ones named by path), ranges (no negative placement weeks or
  /// hours), a real ISO week and printable ids.
  public static func decode(_ text: String) throws -> Plan {
    var tree: JSONValue
    do {
      tree = try JSONValue.parseJSON(text)
    } catch {
      throw ParseError(planFile: error.issues)
    }
    func fail(_ path: String, _ problem: ValidationProblem) -> ParseError {
      ParseError(planFile: [ValidationIssue(path: path, problem)])
    }
    guard case .object = tree else { throw fail("", .expected(.object, found: tree.shape)) }
    switch tree["format"] {
    case .number(let f) where f == Double(Plan.currentFormat): break
    case .number(let f) where Plan.readableFormats.contains(where: { Double($0) == f }):
      // An earlier format: its sentences become written notes, its from and to values typed.
      tree = PlanMigration.toCurrent(tree)
    case .some(let f):
      throw fail("format", .notAPlanFormat(f.jsonText(), readable: Plan.readableFormats))
    case .none: throw fail("format", .required)
    }
    let plan: Plan
    do {
      plan = try TreeDecoder.decode(Plan.self, from: tree)
    } catch let DecodingError.keyNotFound(key, ctx) {
      throw fail(path(ctx.codingPath + [key]), .required)
    } catch let DecodingError.typeMismatch(type, ctx) {
      throw fail(path(ctx.codingPath), .expected(shape(of: type), found: value(tree, ctx)?.shape))
    } catch let DecodingError.valueNotFound(type, ctx) {
      throw fail(path(ctx.codingPath), .expected(shape(of: type), found: .null))
    } catch let DecodingError.dataCorrupted(ctx) {
      switch value(tree, ctx) {
      case .number(let x)?:
        throw fail(path(ctx.codingPath), x == x.rounded() ? .tooLarge(x) : .notWhole(x))
      case .string(let text)?: throw fail(path(ctx.codingPath), .invalidValue(text))
      case let v?: throw fail(path(ctx.codingPath), .invalidValue(v.jsonText()))
      case nil: throw fail(path(ctx.codingPath), .required)
      }
    } catch {
      throw fail("", .invalidValue(String(describing: error)))
    }
    let issues = problems(tree, plan)
    if !issues.isEmpty { throw ParseError(planFile: issues) }
    return plan
  }

  /// The value at a decoding error's path in the tree.
  static func value(_ tree: JSONValue, _ ctx: DecodingError.Context) -> JSONValue? {
    var node = tree
    for k in ctx.codingPath {
      if let i = k.intValue {
        guard case .array(let a) = node, a.indices.contains(i) else { return nil }
        node = a[i]
      } else {
        guard let next = node[k.stringValue] else { return nil }
        node = next
      }
    }
    return node
  }

  /// What a decoded type needs, for a problem saying what was expected.
  static func shape(of type: Any.Type) -> ValidationProblem.Shape {
    switch type {
    case is Bool.Type: return .boolean
    case is String.Type: return .string
    case is Double.Type, is Float.Type, is Int.Type: return .number
    case is [Any].Type: return .list
    default: return .object
    }
  }

  static func path(_ keys: [CodingKey]) -> String {
    var out = ""
    for k in keys {
      if let i = k.intValue {
        out += "[\(i)]"
      } else {
        out += out.isEmpty ? k.stringValue : ".\(k.stringValue)"
      }
    }
    return out.isEmpty ? "(top)" : out
  }
}
