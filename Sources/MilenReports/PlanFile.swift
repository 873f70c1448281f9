import Foundation
import MilenFormats
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
      throw ParseError("plan file: \(error.message)")
    }
    guard case .object = tree else { throw ParseError("plan file: expected an object") }
    switch tree["format"] {
    case .number(let f) where f == Double(Plan.currentFormat): break
    case .number(let f) where Plan.readableFormats.contains(where: { Double($0) == f }):
      // An earlier format: its sentences become written notes, its from and to values typed.
      tree = PlanMigration.toCurrent(tree)
    case .some(let f):
      throw ParseError(
        "plan file: format: \(f.jsonText()) is not a plan format this version reads "
          + "(\(Plan.readableFormats.map(String.init).joined(separator: ", ")))")
    case .none: throw ParseError("plan file: format: is required")
    }
    let plan: Plan
    do {
      plan = try TreeDecoder.decode(Plan.self, from: tree)
    } catch let DecodingError.keyNotFound(key, ctx) {
      throw ParseError("plan file: \(path(ctx.codingPath + [key])): is required")
    } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.valueNotFound(_, ctx) {
      throw ParseError("plan file: \(path(ctx.codingPath)): \(ctx.debugDescription)")
    } catch let DecodingError.dataCorrupted(ctx) {
      throw ParseError("plan file: \(path(ctx.codingPath)): \(ctx.debugDescription)")
    } catch {
      throw ParseError("plan file: \(error)")
    }
    let issues = problems(tree, plan)
    if !issues.isEmpty {
      throw ParseError(
        "plan file: \(issues.count) problem(s):\n"
          + issues.map { "  " + Localizer.english.say($0, Names()) }.joined(separator: "\n"))
    }
    return plan
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
