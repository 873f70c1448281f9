import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSeason
import MilenSolver
import MilenWorkflow

/// The actions of the page. Each checks everything before it changes anything: a refused
/// action leaves the state (and the disk) as it was.
extension Workbench {
  // MARK: Locks, bans and sessions

  /// Locks a participant at a company (on the given days, Monday to Friday; none: any days).
  /// A lock replaces the participant's earlier lock.
  public func lock(participant: String, company: String, days: [String]) async throws {
    let l = localizer
    try await perform { st in
      try Workbench.noWhatIf(st, l)
      let (_, p) = try Workbench.participant(participant, in: st.scenario, l)
      let c = try Workbench.company(company, in: st.scenario, l)
      if p.track != .placement {
        throw ServeError(
          .unprocessable, field: "participant",
          l.t("serve.error.notPlacement", Names(st.scenario).participant(p.id), l.track(p.track)))
      }
      var wanted: [Weekday] = []
      for (i, d) in days.enumerated() {
        guard let w = Weekday(rawValue: d), w.isWorkday else {
          throw ServeError(.unprocessable, field: "days[\(i)]", l.t("serve.error.day", d))
        }
        if !wanted.contains(w) { wanted.append(w) }
      }
      if st.scenario.bans.contains(where: { $0.participant == p.id && $0.company == c.id }) {
        throw ServeError(
          .unprocessable, field: "company",
          l.t(
            "serve.error.lockBanned", Names(st.scenario).participant(p.id),
            Names(st.scenario).company(c.id)))
      }
      var s = st.scenario
      s.locks.removeAll { $0.participant == p.id }
      s.locks.append(Lock(participant: p.id, company: c.id, days: wanted.sorted()))
      try Workbench.validated(s, l)
      st.scenario = s
      st.pending.append(Edit(kind: .lock, participant: p.id, target: c.id, days: wanted.sorted()))
      st.replan = nil
      st.notice = Notice(kind: "ok", text: l.t("serve.did.lock", p.name, c.name))
    }
  }

  /// Approves the plan's move `number` (1-based, as the page lists them): its locks replace
  /// the earlier locks of the people it moves, and the week is planned again.
  public func approveMove(_ number: String) async throws {
    let l = localizer
    try await perform { st in
      try Workbench.noWhatIf(st, l)
      let moves = st.plan.moves ?? []
      guard let n = Int(number), n >= 1, n <= moves.count else {
        throw ServeError(.unprocessable, field: "move", l.t("serve.error.noMove", number))
      }
      let move = moves[n - 1]
      let s = move.applied(to: st.scenario)
      try Workbench.validated(s, l)
      st.scenario = s
      for k in move.locks {
        st.pending.append(Edit(kind: .lock, participant: k.participant, target: k.company))
      }
      st.replan = nil
      st.notice = Notice(
        kind: "ok", text: l.t("serve.did.move", l.say(move, Names(st.scenario, plan: st.plan))))
    }
    try await replan()
  }

  /// Removes a participant's lock.
  public func unlock(participant: String) async throws {
    let l = localizer
    try await perform { st in
      try Workbench.noWhatIf(st, l)
      let (_, p) = try Workbench.participant(participant, in: st.scenario, l)
      guard let lock = st.scenario.locks.first(where: { $0.participant == p.id }) else {
        throw ServeError(
          .unprocessable, field: "participant",
          l.t("serve.error.noLock", Names(st.scenario).participant(p.id)))
      }
      st.scenario.locks.removeAll { $0.participant == p.id }
      st.pending.append(Edit(kind: .unlock, participant: p.id, target: lock.company))
      st.replan = nil
      st.notice = Notice(kind: "ok", text: l.t("serve.did.unlock", p.name))
    }
  }

  /// Bans a participant from a company.
  public func ban(participant: String, company: String) async throws {
    let l = localizer
    try await perform { st in
      try Workbench.noWhatIf(st, l)
      let (_, p) = try Workbench.participant(participant, in: st.scenario, l)
      let c = try Workbench.company(company, in: st.scenario, l)
      if st.scenario.locks.contains(where: { $0.participant == p.id && $0.company == c.id }) {
        throw ServeError(
          .unprocessable, field: "company",
          l.t(
            "serve.error.banLocked", Names(st.scenario).participant(p.id),
            Names(st.scenario).company(c.id)))
      }
      if st.scenario.bans.contains(where: { $0.participant == p.id && $0.company == c.id }) {
        throw ServeError(
          .unprocessable, field: "company",
          l.t(
            "serve.error.alreadyBanned", Names(st.scenario).participant(p.id),
            Names(st.scenario).company(c.id)))
      }
      var s = st.scenario
      s.bans.append(Ban(participant: p.id, company: c.id))
      try Workbench.validated(s, l)
      st.scenario = s
      st.pending.append(Edit(kind: .ban, participant: p.id, target: c.id))
      st.replan = nil
      st.notice = Notice(kind: "ok", text: l.t("serve.did.ban", p.name, c.name))
    }
  }

  /// Removes a ban.
  public func unban(participant: String, company: String) async throws {
    let l = localizer
    try await perform { st in
      try Workbench.noWhatIf(st, l)
      let (_, p) = try Workbench.participant(participant, in: st.scenario, l)
      let c = try Workbench.company(company, in: st.scenario, l)
      guard st.scenario.bans.contains(where: { $0.participant == p.id && $0.company == c.id })
      else {
        throw ServeError(
          .unprocessable, field: "company",
          l.t(
            "serve.error.noBan", Names(st.scenario).participant(p.id),
            Names(st.scenario).company(c.id)))
      }
      st.scenario.bans.removeAll { $0.participant == p.id && $0.company == c.id }
      st.pending.append(Edit(kind: .unban, participant: p.id, target: c.id))
      st.replan = nil
      st.notice = Notice(kind: "ok", text: l.t("serve.did.unban", p.name, c.name))
    }
  }

  /// Asks the plan to give a participant a session: it becomes one of their wished sessions
  /// (kept in the scenario), which the next plan gives when a seat is free and it fits.
  public func session(participant: String, activity: String) async throws {
    let l = localizer
    try await perform { st in
      try Workbench.noWhatIf(st, l)
      let (pi, p) = try Workbench.participant(participant, in: st.scenario, l)
      guard let a = st.scenario.activities.first(where: { $0.id == activity }) else {
        throw ServeError(
          .unprocessable, field: "activity", l.t("serve.error.unknownActivity", activity))
      }
      guard p.exit == nil else {
        throw ServeError(
          .unprocessable, field: "participant",
          l.t("serve.error.leaving", Names(st.scenario).participant(p.id)))
      }
      guard let w = p.availability[a.day], w.contains(a.time) else {
        throw ServeError(
          .unprocessable, field: "activity",
          l.t(
            "serve.error.notAvailable", Names(st.scenario).participant(p.id), a.name,
            l.dayLong(a.day), a.time.description))
      }
      if !st.scenario.participants[pi].wishes.activities.contains(a.id) {
        st.scenario.participants[pi].wishes.activities.append(a.id)
      }
      st.pending.append(Edit(kind: .session, participant: p.id, target: a.id))
      st.replan = nil
      st.notice = Notice(kind: "ok", text: l.t("serve.did.session", p.name, a.name))
    }
  }

  // MARK: Re-plan

  /// Plans the working scenario with the plan shown as the stability reference, checks it,
  /// and shows it with every change against the plan before.
  @discardableResult
  public func replan() async throws -> Replan {
    let l = localizer
    let limit = timeLimit
    return try await perform { st in
      try Workbench.noWhatIf(st, l)
      let start = Date()
      let plan = try Workbench.planChecked(
        st.scenario, reference: st.plan, last: st.last, timeLimit: limit, localizer: l)
      let seconds = Date().timeIntervalSince(start)
      var missed: [(participant: String, activity: String)] = []
      for e in st.pending where e.kind == .session {
        let row = plan.participants.first { $0.id == e.participant }
        if let a = e.target, row?.activities.contains(a) != true {
          missed.append((e.participant, a))
        }
      }
      let outcome = Replan(
        edits: st.pending, changes: plan.changes ?? [], sessionsNotGiven: missed,
        seconds: seconds)
      st.plan = plan
      st.planScenario = st.scenario
      st.pending = []
      st.replan = outcome
      st.notice = Notice(
        kind: "ok", text: l.t("serve.did.replan", String(outcome.changes.count)))
      return outcome
    }
  }

  // MARK: What-if

  /// Plans the week with a company or a mentor added (`value` as in the scenario file) and
  /// shows both plans side by side with the difference.
  public func whatIf(kind: String, value: JSONValue) async throws {
    let l = localizer
    let limit = timeLimit
    try await perform { st in
      try Workbench.noWhatIf(st, l)
      if !st.pending.isEmpty {
        throw ServeError(.conflict, l.t("serve.error.pending", String(st.pending.count)))
      }
      let list: String
      switch kind {
      case "company": list = "companies"
      case "mentor": list = "mentors"
      default:
        throw ServeError(.badRequest, field: "kind", l.t("serve.error.kind", kind))
      }
      guard case .object = value else {
        throw ServeError(.badRequest, field: "value", l.t("serve.error.object"))
      }
      guard case .string(let id)? = value["id"], !id.isEmpty else {
        throw ServeError(.unprocessable, field: "value.id", l.t("serve.error.required"))
      }
      let name: String
      if case .string(let n)? = value["name"] { name = n } else { name = id }
      let label = l.t(
        kind == "company" ? "serve.whatif.addCompany" : "serve.whatif.addMentor", name)
      let change = ScenarioChanges(description: label, operations: [.add(path: list, value: value)])
      let variant: Scenario
      let notes: [ChangeFileNote]
      do {
        (variant, notes) = try change.applyWithNotes(to: st.planScenario)
      } catch let e as ScenarioError {
        // A problem of the scenario the change makes is at the scenario's own path.
        func unwrapped(_ i: ValidationIssue) -> ValidationIssue {
          if case .afterChanges(let path, let p) = i.problem {
            return ValidationIssue(path: path, p)
          }
          return i
        }
        let first = e.issues.first.map(unwrapped)
        throw ServeError(
          .unprocessable, field: first.map { Workbench.valueField($0.path) } ?? "value",
          e.issues.map { l.say(unwrapped($0).problem, Names(e.scenario ?? st.planScenario)) }
            .joined(separator: "; "))
      }
      let start = Date()
      let plan = try Workbench.planChecked(
        variant, reference: st.plan, last: st.last, timeLimit: limit, localizer: l)
      let seconds = Date().timeIntervalSince(start)
      let diff = WhatIf.compare(base: st.plan, variant: plan, label: label)
      st.whatIf = WhatIfVariant(
        label: label, scenario: variant, plan: plan, diff: diff, notes: notes,
        seconds: seconds)
      st.replan = nil
      st.notice = Notice(kind: "ok", text: l.t("serve.did.whatif", label))
    }
  }

  /// Keeps the what-if: its scenario and plan become the page's.
  public func keepWhatIf() async throws {
    let l = localizer
    try await perform { st in
      guard let v = st.whatIf else {
        throw ServeError(.conflict, l.t("serve.error.noWhatIf"))
      }
      st.scenario = v.scenario
      st.planScenario = v.scenario
      st.replan = Replan(
        edits: [], changes: v.plan.changes ?? [], sessionsNotGiven: [], seconds: v.seconds)
      st.plan = v.plan
      st.whatIf = nil
      st.notice = Notice(kind: "ok", text: l.t("serve.did.keep", v.label))
    }
  }

  /// Drops the what-if.
  public func dropWhatIf() async throws {
    let l = localizer
    try await perform { st in
      guard let v = st.whatIf else {
        throw ServeError(.conflict, l.t("serve.error.noWhatIf"))
      }
      st.whatIf = nil
      st.notice = Notice(kind: "ok", text: l.t("serve.did.drop", v.label))
    }
  }

  // MARK: Save, load, hand out

  /// Writes the scenario (when it changed, or was never written; the version it replaces is
  /// kept as the backup) and the plan, each atomically. Returns the files written.
  @discardableResult
  public func save() async throws -> [String] {
    let l = localizer
    let files = self.files
    return try await perform { st in
      try Workbench.noWhatIf(st, l)
      if !st.pending.isEmpty {
        throw ServeError(.conflict, l.t("serve.error.pending", String(st.pending.count)))
      }
      var written: [String] = []
      let fm = FileManager.default
      do {
        if !st.scenarioOnDisk || st.planScenario != st.saved
          || !fm.fileExists(atPath: files.scenarioSave)
        {
          // The backup keeps the file as it was before this session's first save, so two
          // saves never lose the original.
          if !self.backupWritten, fm.fileExists(atPath: files.scenarioSave) {
            let old = try DiskFile.read(files.scenarioSave, l)
            try AtomicFile.write(
              old, to: files.scenarioBackup, protecting: files.readOnly + [files.plan])
            written.append(files.scenarioBackup)
            self.backupWritten = true
          }
          // In the file's own format: a week.yaml stays YAML.
          try AtomicFile.write(
            try ScenarioFile.text(st.planScenario, format: .of(path: files.scenarioSave)),
            to: files.scenarioSave, protecting: files.readOnly + [files.plan])
          written.append(files.scenarioSave)
        }
        try AtomicFile.write(
          PlanFile.jsonText(st.plan), to: files.plan,
          protecting: files.readOnly + [files.scenarioSave])
        written.append(files.plan)
      } catch let e as AtomicFile.WriteError {
        throw ServeError(.cannotWrite, l.say(e.problem))
      }
      if let season = files.season {
        // The week joins the season as it was saved (a week saved again after a re-plan is
        // its next version; the same plan again changes nothing).
        do {
          let store = try SeasonStore(path: season, creating: true)
          defer { try? store.close() }
          try store.add(scenario: st.planScenario, plan: st.plan)
          written.append(season)
        } catch {
          throw ServeError(.cannotWrite, "\(error)")
        }
      }
      st.saved = st.planScenario
      st.scenarioOnDisk = true
      st.savedPlan = st.plan
      st.notice = Notice(kind: "ok", text: l.t("serve.did.save", written.joined(separator: ", ")))
      return written
    }
  }

  /// Reads the saved scenario and plan again, dropping every unsaved edit and what-if.
  public func load() async throws {
    let l = localizer
    let files = self.files
    let limit = timeLimit
    try await perform { st in
      let s: Scenario
      let onDisk: Bool
      if FileManager.default.fileExists(atPath: files.scenarioSave) {
        let text = try DiskFile.read(files.scenarioSave, l)
        do {
          s = try ScenarioFile.decode(text, format: .of(path: files.scenarioSave))
        } catch let e as ScenarioError {
          throw ServeError(
            .unprocessable,
            "\(files.scenarioSave): " + l.lines(e).joined(separator: "; "))
        }
        onDisk = true
      } else if files.scenario == nil {
        s = try! BuiltIn.aulum()
        onDisk = false
      } else {
        throw ServeError(.missingInput, l.say(.noSuchFile(path: files.scenarioSave)))
      }
      let (plan, note) = try Workbench.openPlan(
        s, last: st.last, path: files.plan, timeLimit: limit, localizer: l)
      st = WorkState(
        saved: s, scenarioOnDisk: onDisk, scenario: s, plan: plan.plan, planScenario: s,
        savedPlan: plan.loaded ? plan.plan : nil, last: st.last)
      st.replan = Workbench.sinceLastWeek(plan.plan, st.last)
      st.notice = Notice(kind: "ok", text: l.t("serve.did.load") + (note.map { " (\($0))" } ?? ""))
    }
  }

  /// Writes every audience's hand-outs of the saved plan into the hand-outs folder.
  @discardableResult
  public func handOut() async throws -> Int {
    let l = localizer
    let files = self.files
    return try await perform { st in
      try Workbench.noWhatIf(st, l)
      if !st.pending.isEmpty || st.unsaved {
        throw ServeError(.conflict, l.t("serve.error.saveFirst"))
      }
      let all = try Workbench.handouts(st, l)
      do {
        try FolderOutput.replace(
          all, folder: files.handouts,
          protecting: files.readOnly + [files.scenarioSave, files.plan], known: Handouts.folders)
      } catch let e as AtomicFile.WriteError {
        throw ServeError(.cannotWrite, l.say(e.problem))
      } catch {
        throw ServeError(.cannotWrite, "\(error)")
      }
      st.notice = Notice(
        kind: "ok", text: l.t("serve.did.handout", String(all.count), files.handouts))
      return all.count
    }
  }

  /// One hand-out file of the plan shown, by its path in the hand-outs folder
  /// (`koordinator/uge.html`), or nil when there is none such.
  public func download(_ path: String) async throws -> String? {
    let st = await snapshot()
    let l = localizer
    return try handoutFiles(st) { () throws(ServeError) in try Workbench.handouts(st, l) }[path]
  }

  static func handouts(_ st: WorkState, _ l: Localizer) throws(ServeError) -> [(
    path: String, text: String
  )] {
    do {
      return try Handouts.files(
        st.plan, scenario: st.planScenario, planText: PlanFile.jsonText(st.plan), localizer: l,
        stamp: FolderOutput.stamp)
    } catch {
      throw ServeError(.internalError, "\(error)")
    }
  }

  // MARK: Checks

  static func noWhatIf(_ st: WorkState, _ l: Localizer) throws(ServeError) {
    if st.whatIf != nil { throw ServeError(.conflict, l.t("serve.error.whatIfOpen")) }
  }

  static func participant(_ id: String, in s: Scenario, _ l: Localizer) throws(ServeError) -> (
    Int, Participant
  ) {
    guard let i = s.participants.firstIndex(where: { $0.id == id }) else {
      throw ServeError(
        .unprocessable, field: "participant", l.t("serve.error.unknownParticipant", id))
    }
    return (i, s.participants[i])
  }

  static func company(_ id: String, in s: Scenario, _ l: Localizer) throws(ServeError) -> Company {
    guard let c = s.companies.first(where: { $0.id == id }) else {
      throw ServeError(.unprocessable, field: "company", l.t("serve.error.unknownCompany", id))
    }
    return c
  }

  /// Refuses a scenario with a problem, naming its path.
  static func validated(_ s: Scenario, _ l: Localizer) throws(ServeError) {
    let issues = s.validationIssues()
    if !issues.isEmpty {
      throw ServeError(
        .unprocessable, issues.map { l.say($0, Names(s)) }.joined(separator: "; "))
    }
  }

  /// `companies[7].slots` -> `value.slots`.
  static func valueField(_ path: String) -> String {
    let p = path
    if p.hasPrefix("changes[0].add") { return "value" }
    if let close = p.firstIndex(of: "]"), p.hasPrefix("companies[") || p.hasPrefix("mentors[") {
      let rest = p[p.index(after: close)...]
      return "value" + rest
    }
    return p.isEmpty ? "value" : p
  }
}
