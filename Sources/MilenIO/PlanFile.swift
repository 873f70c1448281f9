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

  /// Reads a plan file.
  public static func decode(_ text: String) throws -> Plan {
    do {
      return try JSONDecoder().decode(Plan.self, from: Data(text.utf8))
    } catch let DecodingError.keyNotFound(key, ctx) {
      throw ParseError("plan file: \(path(ctx.codingPath + [key])): is required")
    } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.valueNotFound(_, ctx) {
      throw ParseError("plan file: \(path(ctx.codingPath)): \(ctx.debugDescription)")
    } catch let DecodingError.dataCorrupted(ctx) {
      throw ParseError("plan file: \(path(ctx.codingPath)): \(ctx.debugDescription)")
    } catch {
      throw ParseError("plan file: \(error)")
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
