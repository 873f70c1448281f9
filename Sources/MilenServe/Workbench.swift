import Dispatch
import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow

/// One change made by hand on the page, waiting for the next plan.
public struct Edit: Sendable, Hashable {
  /// What kind of change.
  public enum Kind: String, Sendable, Hashable {
    /// The participant must be at the company (on the days, if any).
    case lock
    /// The participant's lock is removed.
    case unlock
    /// The participant must not be at the company.
    case ban
    /// The ban is removed.
    case unban
    /// The participant should attend the session (a wish the plan is asked to meet).
    case session
  }

  /// The kind.
  public var kind: Kind
  /// The participant's id.
  public var participant: String
  /// The company's id (lock, unlock, ban, unban) or the activity's (session).
  public var target: String?
  /// The days of a lock.
  public var days: [Weekday] = []
}

/// A re-plan's outcome: the edits it planned, every change against the plan before it with
/// its reason, and the sessions asked for that the plan could not give.
public struct Replan: Sendable {
  /// The edits planned.
  public var edits: [Edit]
  /// The changes against the plan before, participant by participant, each with its reason.
  public var changes: [PlanChange]
  /// `participant -> activity` session moves the plan did not give.
  public var sessionsNotGiven: [(participant: String, activity: String)]
  /// Seconds the server spent planning and checking.
  public var seconds: Double
  /// Last week's ISO week, when these are the changes since last week's plan (`--previous`)
  /// rather than since the plan before on the page.
  public var sinceWeek: String? = nil
}

/// A what-if variant on the page: the scenario with a company or mentor added, its plan, and
/// the difference from the plan shown.
public struct WhatIfVariant: Sendable {
  /// What was added, in words.
  public var label: String
  /// The scenario with the addition.
  public var scenario: Scenario
  /// Its plan (made with the plan shown as the stability reference).
  public var plan: Plan
  /// The difference, person by person and figure by figure.
  public var diff: PlanDiff
  /// Notes from applying the change.
  public var notes: [ChangeFileNote]
  /// Seconds the server spent planning and checking the variant.
  public var seconds: Double
}

/// A message shown at the top of the page after an action.
public struct Notice: Sendable {
  /// `ok` or `error`.
  public var kind: String
  /// The text.
  public var text: String
}

/// Everything the page shows. Only the workbench's queue touches it.
public struct WorkState: Sendable {
  /// The scenario as last saved (or loaded, or built in).
  public var saved: Scenario
  /// Whether the scenario file exists as `saved` (false for the built-in week until saved).
  public var scenarioOnDisk: Bool
  /// The working scenario: `planScenario` and the edits not yet planned.
  public var scenario: Scenario
  /// The plan shown, stamped with its scenario's fingerprint.
  public var plan: Plan
  /// The scenario the plan was made for.
  public var planScenario: Scenario
  /// The plan as last saved or loaded, if any.
  public var savedPlan: Plan?
  /// Last week's plan (`--previous`).
  public var last: Plan?
  /// Edits made since the plan shown.
  public var pending: [Edit] = []
  /// The last re-plan, shown until the next change.
  public var replan: Replan?
  /// A what-if variant waiting to be kept or dropped.
  public var whatIf: WhatIfVariant?
  /// The last action's message.
  public var notice: Notice?
  /// Counts every change of state, so the page (and its tests) can tell a new state.
  public var version = 1

  /// Whether there is anything Save would write.
  public var unsaved: Bool {
    !scenarioOnDisk || planScenario != saved || savedPlan != plan
  }
}

/// The planning page's state and every action on it. Actions run one at a time on a serial
/// queue, off Swift's cooperative threads (a plan takes a fraction of a second of CPU at
/// Aulum), so two clicks never interleave and a half-made change is never seen.
public final class Workbench: @unchecked Sendable {
  /// The files.
  public let files: ServeFiles
  /// The language of the page and the hand-outs.
  public let localizer: Localizer
  /// A time limit for each plan, seconds (nil: the scenario's policy).
  public let timeLimit: Double?
  /// How the week grid is drawn: whole for a small week, a page of people at a time for a
  /// large one.
  public let paging: GridPaging
  /// The state as last published: read under `lock` by any request at any time, so a read
  /// never waits behind an action (a re-plan) running on `queue`.
  private var state: WorkState
  private let lock = NSLock()
  private let queue = DispatchQueue(label: "milen.serve.workbench")
  /// Whether Save has kept the scenario file as it was before this session's first save
  /// (`NAME.bak.EXT`); later saves keep that original. Touched only on `queue`.
  var backupWritten = false
  /// The hand-outs of one state version, rendered once and served to every download of it.
  private var handoutCache: (version: Int, files: [String: String])?
  /// The page of the state as last published, rendered once when it was published and then
  /// served from memory: `GET /` and every action's answer read it (at L the page is 5.5 MB
  /// and took 9-15 s to render per request on a loaded machine).
  private var page: RenderedPage
  /// How many pages were rendered (one per published state version).
  private var renders = 0
  /// Every audience's download links of one state version, rendered when first asked for.
  private var audienceCache: (version: Int, html: String)?
  /// The week grid's pages of one state version, each rendered when first asked for.
  private var gridPageCache: (version: Int, pages: [Int: String]) = (0, [:])

  /// Opens the week: `scenario` as read from `files.scenario` (or the built-in week), and
  /// last week's plan. The plan at `files.plan` is shown when it was made for this scenario
  /// and passes the checker; otherwise the week is planned afresh. Throws when the week
  /// cannot be planned.
  public init(
    scenario: Scenario, last: Plan?, files: ServeFiles, language: Language,
    timeLimit: Double? = nil, paging: GridPaging = .standard
  ) throws(ServeError) {
    self.files = files
    self.localizer = Localizer(language)
    self.timeLimit = timeLimit
    self.paging = paging
    let onDisk = files.scenario != nil
    let (plan, notice) = try Workbench.openPlan(
      scenario, last: last, path: files.plan, timeLimit: timeLimit, localizer: localizer)
    var opened = WorkState(
      saved: scenario, scenarioOnDisk: onDisk, scenario: scenario, plan: plan.plan,
      planScenario: scenario, savedPlan: plan.loaded ? plan.plan : nil, last: last)
    opened.notice = notice.map { Notice(kind: "ok", text: $0) }
    opened.replan = Workbench.sinceLastWeek(plan.plan, last)
    state = opened
    page = RenderedPage(opened, files: files, Localizer(language), paging: paging)
    renders = 1
  }

  /// The first plan's changes since last week's plan, when there is one.
  static func sinceLastWeek(_ plan: Plan, _ last: Plan?) -> Replan? {
    guard let last, let changes = plan.changes else { return nil }
    return Replan(
      edits: [], changes: changes, sessionsNotGiven: [], seconds: 0,
      sinceWeek: last.week)
  }

  /// The plan saved at `path` when it fits the scenario and passes the checker, else a new
  /// plan, with a note saying which and why.
  static func openPlan(
    _ s: Scenario, last: Plan?, path: String, timeLimit: Double?, localizer: Localizer
  ) throws(ServeError) -> (plan: (plan: Plan, loaded: Bool), notice: String?) {
    var why: String?
    if FileManager.default.fileExists(atPath: path) {
      do {
        let text = try DiskFile.read(path, localizer)
        let p = try PlanFile.decode(text)
        if p.scenarioFingerprint != ScenarioFile.fingerprint(s) {
          why = localizer.say(.savedPlanForAnotherScenario(path: path))
        } else {
          let problems = CheckedPlanning.verify(s, p, last, localizer)
          if problems.isEmpty { return ((p, true), nil) }
          why =
            localizer.say(.savedPlanBreaks(path: path, rules: problems.count)) + ": "
            + problems.joined(separator: "; ")
        }
      } catch let e as ServeError {
        why = e.message
      } catch let e as ParseError {
        why = "\(path): \(localizer.say(e))"
      } catch {
        why = "\(path): \(error)"
      }
    }
    let plan = try planChecked(
      s, reference: nil, last: last, timeLimit: timeLimit, localizer: localizer)
    return ((plan, false), why.map { localizer.say(.plannedAfresh(because: $0)) })
  }

  /// A plan of `s`, checked by the independent checker before it is returned: against the
  /// plan it replaces (`reference`, a plan of this same week: `--previous` semantics, so
  /// stability and the changes are measured against it), and against last week's plan.
  static func planChecked(
    _ s: Scenario, reference: Plan?, last: Plan?, timeLimit: Double?, localizer: Localizer
  ) throws(ServeError) -> Plan {
    if let problem = CheckedPlanning.sizeProblem(s) {
      throw ServeError(.unprocessable, localizer.say(.tooLargeToPlan(problem)))
    }
    var o = CheckedPlanning.options(timeLimit: timeLimit)
    o.previous = reference ?? last
    let r: PlanResult
    do {
      r = try CheckedPlanning.plan(s, options: o)
    } catch {
      throw ServeError(planning: error, scenario: s, localizer: localizer)
    }
    if reference != nil, let last {
      let problems = CheckedPlanning.verify(s, r.plan, last, localizer)
      if !problems.isEmpty {
        throw ServeError(
          .internalError,
          localizer.say(.replanRejected(rules: problems.count)) + "\n"
            + problems.joined(separator: "\n"))
      }
    }
    return PlanFile.stamped(r.plan, for: s)
  }

  /// Runs `body` on the queue with the state; the state changes only when `body` returns.
  public func perform<T: Sendable>(_ body: @escaping @Sendable (inout WorkState) throws -> T)
    async throws -> T
  {
    try await withCheckedThrowingContinuation { c in
      queue.async {
        // Only actions write the state, one at a time on this queue.
        var copy = self.published()
        do {
          let out = try body(&copy)
          copy.version += 1
          // Rendered here, once for the new version, before any request can see it.
          let page = RenderedPage(
            copy, files: self.files, self.localizer, paging: self.paging)
          self.lock.withLock {
            self.state = copy
            self.page = page
            self.renders += 1
          }
          c.resume(returning: out)
        } catch {
          c.resume(throwing: error)
        }
      }
    }
  }

  /// The state as it is now: the last one an action finished with (an action still running
  /// is not waited for).
  public func snapshot() async -> WorkState { published() }

  private func published() -> WorkState { lock.withLock { state } }

  /// The page of the state as it is now, rendered when that state was published.
  public func renderedPage() -> RenderedPage { lock.withLock { page } }

  /// How many pages were rendered so far: one when the week opened, and one per action that
  /// changed the state; never one per request.
  public var renderCount: Int { lock.withLock { renders } }

  /// Every audience's download links (table rows) of the state as it is now: rendered when
  /// first asked for, once per state version, and kept for later asks of the same version.
  public func audienceLinks() -> String {
    let st = published()
    if let cached = lock.withLock({ audienceCache }), cached.version == st.version {
      return cached.html
    }
    let html = PageRenderer.audienceRows(st)
    lock.withLock {
      if (audienceCache?.version ?? -1) <= st.version { audienceCache = (st.version, html) }
    }
    return html
  }

  /// Page `page` (from 1) of the week grid of the state as it is now, as `GET /api/grid`
  /// answers it: rendered when first asked for, once per state version, and kept. Nil when
  /// the week has no such page.
  public func gridPage(_ page: Int) -> String? {
    let st = published()
    let cached = lock.withLock { gridPageCache }
    if cached.version == st.version, let html = cached.pages[page] { return html }
    guard let o = PageRenderer.gridPage(st, page: page, localizer, paging: paging) else {
      return nil
    }
    let html = PageRenderer.gridView(o)
    lock.withLock {
      if gridPageCache.version < st.version { gridPageCache = (st.version, [:]) }
      if gridPageCache.version == st.version { gridPageCache.pages[page] = html }
    }
    return html
  }

  /// The week grid's rows of the people whose name or id holds `query`, at most a page of
  /// them, with a line saying how many were found (rendered for each ask).
  public func gridSearch(_ query: String) -> String {
    PageRenderer.gridView(
      PageRenderer.gridSearch(published(), query: query, localizer, paging: paging))
  }

  /// How many pages the week grid of the state as it is now has (1 for a week not paged).
  public func gridPages() -> Int {
    let people = published().plan.participants.count
    return paging.isPaged(people) ? paging.pages(people) : 1
  }

  /// The hand-out files of `st`, rendered once per state version and kept for later downloads
  /// of the same version.
  func handoutFiles(_ st: WorkState, render: () throws -> [(path: String, text: String)])
    rethrows -> [String: String]
  {
    if let cached = lock.withLock({ handoutCache }), cached.version == st.version {
      return cached.files
    }
    let files = Dictionary(try render().map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
    lock.withLock {
      if (handoutCache?.version ?? -1) <= st.version { handoutCache = (st.version, files) }
    }
    return files
  }
}

/// Reading a file of the page's own (the plan, the scenario on Load), bounded in size.
enum DiskFile {
  static func read(_ path: String, _ l: Localizer) throws(ServeError) -> String {
    let limit = InputLimits.maxBytes
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw ServeError(.missingInput, l.say(.cannotRead(path: path)))
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: limit + 1) ?? Data()
    } catch {
      throw ServeError(.missingInput, l.say(.cannotRead(path: path)))
    }
    if data.count > limit {
      throw ServeError(.unprocessable, l.say(.inputTooLarge(path: path, bytes: nil, most: limit)))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ServeError(.unprocessable, l.say(.notUTF8(path: path)))
    }
    return text
  }
}

/// The planning page of one state version: the whole document (`GET /`) and the page's
/// content as JSON (`GET /api/state` and every action's answer), rendered once.
public struct RenderedPage: Sendable {
  /// The state version drawn.
  public let version: Int
  /// The HTML document.
  public let document: String
  /// `{"version", "unsaved", "pending", "app"}` (and the last re-plan's figures), as JSON.
  public let stateJSON: String

  init(_ st: WorkState, files: ServeFiles, _ l: Localizer, paging: GridPaging = .standard) {
    version = st.version
    let app = PageRenderer.app(st, files: files, l, paging: paging)
    document = PageRenderer.document(st, app: app, l)
    var o: [(String, JSONValue)] = [
      ("version", .number(Double(st.version))), ("unsaved", .bool(st.unsaved)),
      ("pending", .number(Double(st.pending.count))), ("app", .string(app)),
    ]
    if let r = st.replan {
      o.append(("replanSeconds", .number(r.seconds)))
      o.append(("changes", .number(Double(r.changes.count))))
    }
    stateJSON = JSONValue.object(o).jsonText() + "\n"
  }
}
