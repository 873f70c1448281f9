import Foundation
import MilenModel

/// Plan files of an earlier format, brought to the current one before they are decoded.
///
/// Format 2 held notes, the changes' reasons and the break-even shortfall as English
/// sentences: each is kept as it was written (``Note/written(_:)``, shown as is), never parsed
/// for its meaning. A change's `from` and `to` were plain text; their meaning follows from the
/// change's kind (a company, a mentor, hours, work days or sessions), so they become typed
/// values.
enum PlanMigration {
  /// The tree of a plan file of a readable earlier format, in the current format.
  static func toCurrent(_ tree: JSONValue) -> JSONValue {
    guard case .object(let top) = tree else { return tree }
    return .object(
      top.map { key, value in
        switch key {
        case "format": return (key, .number(Double(Plan.currentFormat)))
        case "participants":
          return (key, mapArray(value) { row in mapField(row, "notes") { writtenList($0) } })
        case "changes": return (key, mapArray(value, change))
        case "programme":
          return (key, mapField(value, "shortfallReasons") { writtenList($0) })
        default: return (key, value)
        }
      })
  }

  /// `{"written": {"_0": text}}`: how a written sentence is encoded.
  static func written(_ v: JSONValue) -> JSONValue {
    guard case .string = v else { return v }
    return .object([("written", .object([("_0", v)]))])
  }

  static func writtenList(_ v: JSONValue) -> JSONValue { mapArray(v, written) }

  static func mapArray(_ v: JSONValue, _ f: (JSONValue) -> JSONValue) -> JSONValue {
    guard case .array(let items) = v else { return v }
    return .array(items.map(f))
  }

  static func mapField(_ v: JSONValue, _ key: String, _ f: (JSONValue) -> JSONValue) -> JSONValue {
    guard case .object(let fields) = v else { return v }
    return .object(fields.map { $0.0 == key ? ($0.0, f($0.1)) : $0 })
  }

  /// A change of format 2: its reason written, its from and to typed by its kind.
  static func change(_ v: JSONValue) -> JSONValue {
    guard case .object(let fields) = v, case .string(let kind)? = v["kind"] else { return v }
    return .object(
      fields.map { key, value in
        switch key {
        case "reason": return (key, written(value))
        case "from", "to":
          guard case .string(let text) = value else { return (key, value) }
          return (key, changeValue(kind: kind, text))
        default: return (key, value)
        }
      })
  }

  /// A format-2 `from` or `to` as the typed value its change's kind holds.
  static func changeValue(kind: String, _ text: String) -> JSONValue {
    func tagged(_ tag: String, _ v: JSONValue) -> JSONValue {
      .object([(tag, .object([("_0", v)]))])
    }
    switch kind {
    case "moved", "unplaced", "placed": return tagged("company", .string(text))
    case "mentorChanged", "mentorAdded", "mentorEnded": return tagged("mentor", .string(text))
    case "mentorHoursChanged":
      let number = text.hasSuffix(" h") ? String(text.dropLast(2)) : text
      return tagged("hours", .number(Double(number) ?? 0))
    case "workChanged":
      // `mon 08:00-12:00, tue 09:00-13:00`, or `none`.
      let days: [JSONValue] = text.components(separatedBy: ", ").compactMap { part in
        let bits = part.split(separator: " ")
        guard bits.count == 2, Weekday(rawValue: String(bits[0])) != nil else { return nil }
        return .object([("day", .string(String(bits[0]))), ("time", .string(String(bits[1])))])
      }
      return tagged("work", .array(days))
    case "sessionsChanged":
      return tagged(
        "sessions", .array(text.split(separator: ",").map { .string(String($0)) }))
    default: return tagged("company", .string(text))
    }
  }
}
