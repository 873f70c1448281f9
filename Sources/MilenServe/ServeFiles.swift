import Foundation
import MilenFormats
import MilenReports
import MilenWorkflow

/// Where the planning page reads and writes: fixed when the server starts, never named by a
/// request (docs/serve.md).
public struct ServeFiles: Sendable, Hashable {
  /// The scenario file served, or nil for the built-in Aulum week.
  public var scenario: String?
  /// Where Save writes the scenario: the scenario file itself, or `aulum.json` in the current
  /// folder for the built-in week.
  public var scenarioSave: String
  /// Where Save keeps the version of the scenario file it replaces (`week.bak.json`).
  public var scenarioBackup: String
  /// Where Save writes the plan (`--plan`; default `week.plan.json` beside the scenario).
  public var plan: String
  /// The folder Hand out writes every audience's files into (`--handouts`; default
  /// `udlevering` beside the plan).
  public var handouts: String
  /// Last week's plan (`--previous`), read only.
  public var previous: String?
  /// The season store Save adds the week to, and the page shows (`--season`).
  public var season: String?

  /// The files of a server: `scenario` (nil: the built-in week), and the optional `--plan`,
  /// `--handouts`, `--previous` and `--season` paths.
  public init(
    scenario: String?, plan: String? = nil, handouts: String? = nil, previous: String?,
    season: String? = nil
  ) {
    self.scenario = scenario
    self.previous = previous
    self.season = season
    let save = scenario ?? "aulum.json"
    self.scenarioSave = save
    let url = URL(fileURLWithPath: save)
    let ext = url.pathExtension
    let stem = url.deletingPathExtension().lastPathComponent
    let dir = url.deletingLastPathComponent()
    self.scenarioBackup =
      dir.appendingPathComponent(stem + ".bak" + (ext.isEmpty ? "" : "." + ext)).relativePathIfCwd
    let planPath = plan ?? dir.appendingPathComponent(stem + ".plan.json").relativePathIfCwd
    self.plan = planPath
    self.handouts =
      handouts
      ?? URL(fileURLWithPath: planPath).deletingLastPathComponent()
      .appendingPathComponent("udlevering").relativePathIfCwd
  }

  /// The files no save may overwrite: last week's plan (each save adds the other outputs it
  /// must not land on).
  var readOnly: [String] { previous.map { [$0] } ?? [] }

  /// Problems with the paths themselves: a save that would land on an input.
  public func problems() -> [String] { issues().map { Localizer.english.say(.usage($0)) } }

  /// The same problems as typed values, said in the reader's language.
  public func issues() -> [CommandMessage.Usage] {
    func same(_ a: String, _ b: String) -> Bool {
      URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
        == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    }
    var out: [CommandMessage.Usage] = []
    if same(plan, scenarioSave) { out.append(.planIsScenario(plan: plan)) }
    if let previous, same(plan, previous) { out.append(.planIsPrevious(plan: plan)) }
    if let previous, same(scenarioSave, previous) {
      out.append(.scenarioIsPrevious(scenario: scenarioSave))
    }
    if same(scenarioBackup, plan) { out.append(.planIsBackup(plan: plan)) }
    return out
  }
}

extension URL {
  /// The path relative to the current folder when the URL lies in it, else the full path.
  var relativePathIfCwd: String {
    let cwd = FileManager.default.currentDirectoryPath
    let p = standardizedFileURL.path
    if p.hasPrefix(cwd + "/") { return String(p.dropFirst(cwd.count + 1)) }
    return p
  }
}
