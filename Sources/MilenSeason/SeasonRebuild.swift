import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow

/// A week's scenario and the plan made for it, with the files they came from.
public struct WeekFiles: Sendable {
  /// The scenario.
  public var scenario: Scenario
  /// The plan made for it.
  public var plan: Plan
  /// The scenario's file (relative to the folder).
  public var scenarioPath: String
  /// The plan's file (relative to the folder).
  public var planPath: String

  /// A week's files.
  public init(scenario: Scenario, plan: Plan, scenarioPath: String, planPath: String) {
    self.scenario = scenario
    self.plan = plan
    self.scenarioPath = scenarioPath
    self.planPath = planPath
  }
}

/// What reading a folder of weeks found besides the weeks: files left out, and why.
public enum FolderNote: Hashable, Sendable {
  /// A JSON or YAML file that is neither a scenario nor a plan (a change file, say).
  case neither(path: String)
  /// A plan whose scenario is not in the folder.
  case planWithoutScenario(path: String, week: String)
  /// A scenario no plan in the folder was made for (next week, not planned yet).
  case scenarioWithoutPlan(path: String, week: String)
}

/// Reading a folder of week files, and building a store from them.
public enum SeasonFolder {
  /// Every scenario and plan under `folder` (subfolders too; hidden files skipped), each plan
  /// paired with the scenario it was made for by the fingerprint it records. Weeks in week
  /// order; a replanned week's plans in the order of their file names (the last is the
  /// week's latest version).
  public static func read(_ folder: String) throws(SeasonError) -> (
    weeks: [WeekFiles], notes: [FolderNote]
  ) {
    let base = URL(fileURLWithPath: folder)
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue
    else { throw .unreadable(path: folder, detail: "no such folder") }
    guard
      let walker = FileManager.default.enumerator(
        at: base, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { throw .unreadable(path: folder, detail: "cannot be listed") }
    var files: [String] = []
    for case let url as URL in walker {
      let ext = url.pathExtension.lowercased()
      guard ["json", "yaml", "yml"].contains(ext),
        (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
      else { continue }
      let rel = String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count))
      files.append(rel.hasPrefix("/") ? String(rel.dropFirst()) : rel)
    }
    files.sort()
    var scenarios: [String: (Scenario, String)] = [:]
    var plans: [(Plan, String)] = []
    var notes: [FolderNote] = []
    for rel in files {
      let url = base.appendingPathComponent(rel)
      guard let data = try? Data(contentsOf: url), data.count <= InputLimits.maxBytes,
        let text = String(data: data, encoding: .utf8)
      else { throw .unreadable(path: url.path, detail: "cannot be read as UTF-8 text") }
      if let plan = try? PlanFile.decode(text) {
        plans.append((plan, rel))
      } else if let s = try? ScenarioFile.decode(text, format: ScenarioFormat.of(path: rel)) {
        let fp = ScenarioFile.fingerprint(s)
        if scenarios[fp] == nil { scenarios[fp] = (s, rel) }
      } else {
        notes.append(.neither(path: rel))
      }
    }
    var weeks: [WeekFiles] = []
    var used: Set<String> = []
    for (plan, rel) in plans {
      guard let fp = plan.scenarioFingerprint, let (s, srel) = scenarios[fp] else {
        notes.append(.planWithoutScenario(path: rel, week: plan.week))
        continue
      }
      used.insert(fp)
      weeks.append(WeekFiles(scenario: s, plan: plan, scenarioPath: srel, planPath: rel))
    }
    for (fp, (s, rel)) in scenarios where !used.contains(fp) {
      notes.append(.scenarioWithoutPlan(path: rel, week: s.week))
    }
    notes.sort { "\($0)" < "\($1)" }
    // Stable: a week's plans keep their file-name order.
    let ordered = weeks.enumerated().sorted { a, b in
      (a.element.plan.week, a.offset) < (b.element.plan.week, b.offset)
    }.map(\.element)
    return (ordered, notes)
  }
}

extension SeasonStore {
  /// Builds the store at `path` afresh from `weeks`, in their order: into a new file beside
  /// it, then renamed over it, so a missing, damaged or out-of-date store is replaced only by
  /// a complete one. The old store's WAL and shared-memory files go with it.
  public static func rebuild(at path: String, from weeks: [WeekFiles]) throws(SeasonError)
    -> [AddOutcome]
  {
    let temporary = path + ".rebuilding-\(getpid())"
    for suffix in ["", "-wal", "-shm"] { unlink(temporary + suffix) }
    var outcomes: [AddOutcome] = []
    do {
      let store = try SeasonStore(path: temporary, creating: true)
      for w in weeks {
        outcomes.append(try store.add(scenario: w.scenario, plan: w.plan))
      }
      // Everything into the main file before it is renamed: its WAL keeps the temporary name.
      try store.checkpoint()
      try store.close()
      for suffix in ["-wal", "-shm"] { unlink(temporary + suffix) }
    } catch {
      for suffix in ["", "-wal", "-shm"] { unlink(temporary + suffix) }
      throw error
    }
    // The old store's journal belongs to it: left beside the new file, SQLite would apply it.
    for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
    if rename(temporary, path) != 0 {
      let detail = String(cString: strerror(errno))
      unlink(temporary)
      throw .cannotWrite(path: path, detail: detail)
    }
    return outcomes
  }
}
