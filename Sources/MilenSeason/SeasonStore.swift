import Foundation
import GRDB
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What adding a week did.
public enum AddOutcome: Hashable, Sendable {
  /// The week's scenario and plan were added as this version of the week.
  case added(week: String, version: Int)
  /// The same scenario and plan (by fingerprint) were already there: nothing changed.
  case alreadyThere(week: String, version: Int)
}

/// One version of a week kept in the store.
public struct StoredVersion: Hashable, Sendable {
  /// ISO week.
  public var week: String
  /// 1, 2, ...: the order the week's plans were added in.
  public var version: Int
  /// The scenario's fingerprint.
  public var scenarioFingerprint: String
  /// The plan's fingerprint.
  public var planFingerprint: String
}

/// The season store: an SQLite file (WAL mode, through GRDB) holding every week's scenario
/// and plan, append-only, with the figures the report reads (docs/season.md). Embedded:
/// nothing to start. Safe for several processes at once: each addition is one immediate
/// transaction, and a writer waits for another's lock (up to ``busySeconds``).
public final class SeasonStore: Sendable {
  /// The store's file.
  public let path: String
  let pool: DatabasePool

  /// How long a writer waits for another process's lock before giving up.
  public static let busySeconds: TimeInterval = 60

  /// Opens the store at `path`, creating it (mode 0600: it holds personal data) when
  /// `creating` and missing. Checks that it is an intact season store of a schema this Milen
  /// knows, and brings an older schema up to date.
  public init(path: String, creating: Bool = true) throws(SeasonError) {
    self.path = path
    let fm = FileManager.default
    var isDir: ObjCBool = false
    if fm.fileExists(atPath: path, isDirectory: &isDir) {
      if isDir.boolValue { throw .cannotWrite(path: path, detail: "it is a folder") }
    } else {
      guard creating else { throw .missing(path: path) }
      let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
      if fd >= 0 {
        _ = systemClose(fd)
      } else if errno != EEXIST {
        throw .cannotWrite(path: path, detail: String(cString: strerror(errno)))
      }
    }
    var config = Configuration()
    config.busyMode = .timeout(Self.busySeconds)
    config.label = "season"
    // Opening a new store sets WAL mode and runs the migrations; another process doing the
    // same at that moment can make SQLite answer "busy" without waiting (a lock it cannot
    // wait for safely). The whole opening is then tried again, up to the busy timeout.
    let deadline = Date().addingTimeInterval(Self.busySeconds)
    var generator = SystemRandomNumberGenerator()
    while true {
      do {
        let opened = try DatabasePool(path: path, configuration: config)
        try Self.check(opened, path)
        pool = opened
        return
      } catch let e as DatabaseError
        where (e.resultCode == .SQLITE_BUSY || e.resultCode == .SQLITE_LOCKED)
        && Date() < deadline
      {
        usleep(UInt32.random(in: 5_000...50_000, using: &generator))
      } catch {
        throw Self.mapped(error, path)
      }
    }
  }

  /// The integrity check, the schema's version, and any migration still to run.
  private static func check(_ pool: DatabasePool, _ path: String) throws {
    let migrator = SeasonSchema.migrator
    let (status, superseded, applied) = try pool.read { db in
      (
        try String.fetchOne(db, sql: "PRAGMA quick_check") ?? "",
        try migrator.hasBeenSuperseded(db),
        try migrator.appliedIdentifiers(db)
      )
    }
    if status != "ok" { throw SeasonError.corrupt(path: path, detail: status) }
    if superseded {
      let known = Set(migrator.migrations)
      throw SeasonError.newerSchema(
        path: path, unknown: applied.filter { !known.contains($0) }.sorted())
    }
    do {
      try migrator.migrate(pool)
    } catch {
      // Another process ran the same migration first: it is done.
      if try pool.read({ db in try migrator.hasCompletedMigrations(db) }) { return }
      throw error
    }
  }

  /// A GRDB or SQLite error as a season error naming the file.
  static func mapped(_ error: any Error, _ path: String) -> SeasonError {
    if let e = error as? SeasonError { return e }
    if let e = error as? DatabaseError {
      switch e.resultCode {
      case .SQLITE_CORRUPT, .SQLITE_NOTADB:
        return .corrupt(path: path, detail: e.message ?? "\(e.resultCode)")
      case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_PERM:
        return .cannotWrite(path: path, detail: e.message ?? "\(e.resultCode)")
      default:
        return .database(path: path, detail: e.message ?? "\(e.resultCode)")
      }
    }
    return .database(path: path, detail: "\(error)")
  }

  /// Adds a week: its scenario and the plan made for it. The same pair again (by their
  /// fingerprints) changes nothing; another plan of a week already there (a replanned week)
  /// is its next version, the earlier ones kept. `beforeCommit` runs inside the transaction,
  /// after every row is written and before the commit (a test kills the writer there).
  @discardableResult
  public func add(
    scenario: Scenario, plan: Plan, beforeCommit: (@Sendable () -> Void)? = nil
  ) throws(SeasonError) -> AddOutcome {
    let sfp = ScenarioFile.fingerprint(scenario)
    guard plan.scenarioFingerprint == sfp, plan.week == scenario.week else {
      throw .planNotForScenario(
        week: plan.week, plan: plan.scenarioFingerprint ?? "no recorded scenario", scenario: sfp)
    }
    let record = WeekRecord(scenario: scenario, plan: plan)
    let scenarioText = ScenarioFile.jsonText(scenario)
    let planText = PlanFile.jsonText(plan)
    let assumptions = Self.json(record.assumptions)
    do {
      return try pool.writeWithoutTransaction { db in
        var outcome = AddOutcome.alreadyThere(week: record.week, version: 0)
        try db.inTransaction(.immediate) {
          if let v = try Int.fetchOne(
            db,
            sql:
              "SELECT version FROM week_version WHERE scenario_fingerprint = ? AND plan_fingerprint = ?",
            arguments: [record.scenarioFingerprint, record.planFingerprint])
          {
            outcome = .alreadyThere(week: record.week, version: v)
            return .commit
          }
          let version =
            (try Int.fetchOne(
              db, sql: "SELECT MAX(version) FROM week_version WHERE week = ?",
              arguments: [record.week]) ?? 0) + 1
          let r = record
          try db.execute(
            sql: """
              INSERT INTO week_version (week, version, scenario_fingerprint, plan_fingerprint,
                scenario_json, plan_json, served, enrolled, admitted, waiting, in_placement,
                employed, break_even, target, placement_hours, mentor_hours, coordinator_hours,
                coordinator_capacity, annual_cost, benefit_saved, off_benefit, assumptions_json)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """,
            arguments: [
              r.week, version, r.scenarioFingerprint, r.planFingerprint, scenarioText, planText,
              r.served, r.enrolled, r.admitted, r.waiting, r.inPlacement, r.employed, r.breakEven,
              r.target, r.placementHours, r.mentorHours, r.coordinatorHours,
              r.coordinatorCapacity, r.annualCost, r.benefitSaved, r.offBenefit, assumptions,
            ])
          let id = db.lastInsertedRowID
          let insert = try db.makeStatement(
            sql: """
              INSERT INTO person_week (version_id, participant, name, status, track, company,
                company_name, employer, work_hours, mentor_hours, exit_reason, left_benefit_on,
                enrolled_on, referred_on, saved)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          for p in r.people {
            try insert.execute(arguments: [
              id, p.id, p.name, p.status.rawValue, p.track.rawValue, p.company, p.companyName,
              p.employer, p.workHours, p.mentorHours, p.exitReason?.rawValue, p.leftBenefitOn,
              p.enrolledOn, p.referredOn, p.saved,
            ])
          }
          beforeCommit?()
          outcome = .added(week: r.week, version: version)
          return .commit
        }
        return outcome
      }
    } catch {
      throw Self.mapped(error, path)
    }
  }

  /// The latest version of every week from `from` to `to` (ISO weeks, both included; nil:
  /// no bound), in week order.
  public func weeks(from: String? = nil, to: String? = nil) throws(SeasonError) -> [WeekRecord] {
    do {
      return try pool.read { db in
        let rows = try Row.fetchAll(
          db,
          sql: """
            SELECT * FROM latest_week WHERE week >= ? AND week <= ? ORDER BY week
            """, arguments: [from ?? "", to ?? "\u{10FFFF}"])
        var out: [WeekRecord] = []
        let people = try db.makeStatement(
          sql: "SELECT * FROM person_week WHERE version_id = ? ORDER BY participant")
        for row in rows {
          let id: Int64 = row["id"]
          let persons = try Row.fetchAll(people, arguments: [id]).map(Self.person)
          let assumptions =
            (try? JSONDecoder().decode(
              [Assumption].self, from: Data((row["assumptions_json"] as String).utf8))) ?? []
          out.append(
            WeekRecord(
              week: row["week"], version: row["version"],
              scenarioFingerprint: row["scenario_fingerprint"],
              planFingerprint: row["plan_fingerprint"], served: row["served"],
              enrolled: row["enrolled"], admitted: row["admitted"], waiting: row["waiting"],
              inPlacement: row["in_placement"], employed: row["employed"],
              breakEven: row["break_even"], target: row["target"],
              placementHours: row["placement_hours"], mentorHours: row["mentor_hours"],
              coordinatorHours: row["coordinator_hours"],
              coordinatorCapacity: row["coordinator_capacity"], annualCost: row["annual_cost"],
              benefitSaved: row["benefit_saved"], offBenefit: row["off_benefit"],
              assumptions: assumptions, people: persons))
        }
        return out
      }
    } catch {
      throw Self.mapped(error, path)
    }
  }

  static func person(_ row: Row) -> PersonWeek {
    PersonWeek(
      id: row["participant"], name: row["name"],
      status: ParticipantStatus(rawValue: row["status"]) ?? .enrolled,
      track: Track(rawValue: row["track"]) ?? .placement, company: row["company"],
      companyName: row["company_name"], employer: row["employer"], workHours: row["work_hours"],
      mentorHours: row["mentor_hours"],
      exitReason: (row["exit_reason"] as String?).flatMap(ExitReason.init(rawValue:)),
      leftBenefitOn: row["left_benefit_on"], enrolledOn: row["enrolled_on"],
      referredOn: row["referred_on"], saved: row["saved"])
  }

  /// Every version of every week, in week and version order.
  public func history() throws(SeasonError) -> [StoredVersion] {
    do {
      return try pool.read { db in
        try Row.fetchAll(
          db,
          sql:
            "SELECT week, version, scenario_fingerprint, plan_fingerprint FROM week_version ORDER BY week, version"
        ).map {
          StoredVersion(
            week: $0["week"], version: $0["version"],
            scenarioFingerprint: $0["scenario_fingerprint"],
            planFingerprint: $0["plan_fingerprint"])
        }
      }
    } catch {
      throw Self.mapped(error, path)
    }
  }

  /// The scenario and plan files of one version of a week, as they were added (stable JSON).
  public func files(week: String, version: Int) throws(SeasonError) -> (
    scenario: String, plan: String
  )? {
    do {
      return try pool.read { db in
        try Row.fetchOne(
          db,
          sql: "SELECT scenario_json, plan_json FROM week_version WHERE week = ? AND version = ?",
          arguments: [week, version]
        ).map { ($0["scenario_json"], $0["plan_json"]) }
      }
    } catch {
      throw Self.mapped(error, path)
    }
  }

  /// The identifiers of the migrations applied to the store, in order.
  public func schemaVersions() throws(SeasonError) -> [String] {
    do {
      return try pool.read { db in try SeasonSchema.migrator.appliedMigrations(db) }
    } catch {
      throw Self.mapped(error, path)
    }
  }

  /// Copies the write-ahead log into the main file and empties it.
  public func checkpoint() throws(SeasonError) {
    do {
      try pool.writeWithoutTransaction { db in
        _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      }
    } catch {
      throw Self.mapped(error, path)
    }
  }

  /// Closes the store's connections.
  public func close() throws(SeasonError) {
    do { try pool.close() } catch { throw Self.mapped(error, path) }
  }

  static func json(_ a: [Assumption]) -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    return String(decoding: (try? e.encode(a)) ?? Data("[]".utf8), as: UTF8.self)
  }
}

/// The C library's `close`, which the store's own `close()` hides.
private func systemClose(_ fd: Int32) -> Int32 {
  #if canImport(Glibc)
    return Glibc.close(fd)
  #else
    return Darwin.close(fd)
  #endif
}
