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
    "sha256:" + SHA256.hex(Array(jsonText(plan).utf8))
  }

  /// The plan stamped with the fingerprint of the scenario it was made for.
  public static func stamped(_ plan: Plan, for scenario: Scenario) -> Plan {
    var p = plan
    p.scenarioFingerprint = ScenarioFile.fingerprint(scenario)
    return p
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

/// Writing files safely: to a temporary file beside the target, then renamed over it.
public enum AtomicFile {
  /// Why a file could not be written.
  public struct WriteError: Error, CustomStringConvertible {
    /// The message.
    public var description: String
  }

  /// Writes `text` to `path` atomically, refusing to overwrite any of `protected` (input files).
  public static func write(_ text: String, to path: String, protecting protected: [String] = [])
    throws
  {
    let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    for p in protected {
      let input = URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath()
      if input.path == target.path {
        throw WriteError(description: "refusing to overwrite the input file \(p)")
      }
    }
    let dir = target.deletingLastPathComponent()
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue
    else {
      throw WriteError(description: "cannot write \(path): the folder \(dir.path) does not exist")
    }
    let tmp = dir.appendingPathComponent(
      ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(text.utf8).write(to: tmp)
      if rename(tmp.path, target.path) != 0 {
        let err = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: tmp)
        throw WriteError(description: "cannot write \(path): \(err)")
      }
    } catch let e as WriteError {
      throw e
    } catch {
      try? FileManager.default.removeItem(at: tmp)
      throw WriteError(description: "cannot write \(path): \(error.localizedDescription)")
    }
  }
}
