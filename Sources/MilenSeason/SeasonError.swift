import Foundation

/// Why the season store cannot do what was asked. Each case names the store's file; the CLI
/// turns it into a message and an exit code in one place.
public enum SeasonError: Error, Hashable, Sendable {
  /// The file is not a season store, or SQLite found it damaged (rebuild it from the weeks).
  case corrupt(path: String, detail: String)
  /// The store was written by a newer Milen: its schema has migrations this one does not know.
  case newerSchema(path: String, unknown: [String])
  /// The store does not exist (reading only).
  case missing(path: String)
  /// The plan was not made for the scenario given with it.
  case planNotForScenario(week: String, plan: String, scenario: String)
  /// The store could not be created or written (a folder that does not exist, no room).
  case cannotWrite(path: String, detail: String)
  /// Any other SQLite failure.
  case database(path: String, detail: String)
  /// A week's files in a folder could not be read.
  case unreadable(path: String, detail: String)
}

extension SeasonError: CustomStringConvertible {
  /// The error in English, naming the place (the CLI's messages).
  public var description: String {
    switch self {
    case .corrupt(let path, let detail):
      return
        "\(path): the season store is damaged or not a season store (\(detail)); rebuild it from the week files: milen season rebuild --db \(path) FOLDER"
    case .newerSchema(let path, let unknown):
      return
        "\(path): the season store was written by a newer milen (schema \(unknown.joined(separator: ", "))); use that version"
    case .missing(let path):
      return "\(path): no such season store (add a week with milen season add, or rebuild it)"
    case .planNotForScenario(let week, let plan, let scenario):
      return
        "week \(week): the plan (made for \(plan)) was not made for this scenario (\(scenario))"
    case .cannotWrite(let path, let detail):
      return "\(path): cannot write the season store: \(detail)"
    case .database(let path, let detail):
      return "\(path): \(detail)"
    case .unreadable(let path, let detail):
      return "\(path): \(detail)"
    }
  }
}
