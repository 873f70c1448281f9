import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSeason
import MilenSolver
import MilenWorkflow

/// A 12-week Aulum season, rolled forward with `Rolling.next` (what `milen next` does) and
/// planned with the previous plan (`plan --previous`), with the coordinator's edits each week:
/// Green Box closes on Fridays from the second week, referrals arrive, someone is paused, a
/// placed young person is hired by their placement company (off benefit), an employed one
/// leaves for good with a job, and one is hired elsewhere on a subsidised job (still on
/// benefit). Each week's scenario and plan are written to a folder, as a coordinator keeps them.
struct AulumSeason: Sendable {
  /// The folder of week files (`uge01-scenarie.json`, `uge01-plan.json`, ...).
  let folder: URL
  /// Each week's scenario and stamped plan.
  let weeks: [WeekFiles]
  /// Who the scripted events touched.
  let hiredAfterTrial: String
  let exitedToJob: String
  let hiredElsewhere: String
  let paused: String
  let referred: [String]

  /// Built once per test process.
  static let shared: Result<AulumSeason, SeasonTestError> = {
    do { return .success(try build()) } catch { return .failure(SeasonTestError("\(error)")) }
  }()

  static func get() throws -> AulumSeason { try shared.get() }

  static func build() throws -> AulumSeason {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "milen-season-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var s = try BuiltIn.aulum()
    var previous: Plan?
    var weeks: [WeekFiles] = []
    var hired = ""
    var exited = ""
    var elsewhere = ""
    var paused = ""
    var referred: [String] = []
    for k in 0..<12 {
      if let last = previous {
        var next = Rolling.next(s, plan: last, planFingerprint: PlanFile.fingerprint(last)).scenario
        let monday = IsoWeek(parsing: next.week)!.monday.description
        switch k {
        case 1:
          // Green Box closes on Fridays from now on (the rolled scenario keeps it closed).
          let i = next.companies.firstIndex { $0.id == "greenbox" }!
          next.companies[i].open[.fri] = nil
          next.companies[i].slotsPerDay[.fri] = nil
        case 2, 5, 8:
          var p = next.participants.first { $0.id == "p21" }!
          p.id = "ny\(k)"
          p.name = "Ny henvist \(k)"
          p.enrolment = .referred
          p.enrolledOn = nil
          p.referredOn = monday
          p.current = CurrentSituation()
          next.participants.append(p)
          referred.append(p.id)
        case 3:
          let row =
            last.participants.first {
              $0.track == .placement && $0.company == nil && $0.status == .enrolled
            } ?? last.participants.first { $0.track == .placement && $0.status == .enrolled }!
          let i = next.participants.firstIndex { $0.id == row.id }!
          next.participants[i].track = .paused
          next.locks.removeAll { $0.participant == row.id }
          paused = row.id
        case 4:
          // Hired by the placement company after the trial placement: an ordinary job.
          let row = last.participants.first {
            $0.track == .placement && $0.company != nil && !$0.work.isEmpty && $0.id != paused
          }!
          let i = next.participants.firstIndex { $0.id == row.id }!
          next.participants[i].track = .job
          next.participants[i].employment = Employment(
            employer: row.company!,
            schedule: Dictionary(uniqueKeysWithValues: row.work.map { ($0.day, $0.time) }))
          next.participants[i].current = CurrentSituation(
            mentor: next.participants[i].current.mentor)
          next.participants[i].benefit = BenefitStatus(offSince: monday)
          next.locks.removeAll { $0.participant == row.id }
          hired = row.id
        case 7:
          let i = next.participants.firstIndex {
            $0.isActiveEnrolled && $0.track == .job && $0.id != hired
          }!
          next.participants[i].exit = Exit(reason: .job, on: monday)
          exited = next.participants[i].id
        case 9:
          // A subsidised job elsewhere: hired, still on benefit.
          let row = last.participants.first {
            $0.track == .placement && $0.status == .enrolled && $0.id != paused && $0.id != hired
          }!
          let i = next.participants.firstIndex { $0.id == row.id }!
          next.participants[i].track = .job
          next.participants[i].employment = Employment(
            employer: "Aulum Købmand", schedule: [.tue: TimeWindow(parsing: "09:00-13:00")!])
          next.participants[i].current = CurrentSituation(
            mentor: next.participants[i].current.mentor)
          next.locks.removeAll { $0.participant == row.id }
          elsewhere = row.id
        default: break
        }
        // Through the file format, as the coordinator's files go.
        s = try ScenarioFile.decode(ScenarioFile.jsonText(next), format: .json)
      }
      let plan = PlanFile.stamped(
        try Planner.plan(s, options: PlanningOptions(previous: previous)).plan, for: s)
      let name = String(format: "uge%02d", k + 1)
      try Data(ScenarioFile.jsonText(s).utf8).write(
        to: folder.appendingPathComponent("\(name)-scenarie.json"))
      try Data(PlanFile.jsonText(plan).utf8).write(
        to: folder.appendingPathComponent("\(name)-plan.json"))
      weeks.append(
        WeekFiles(
          scenario: s, plan: plan, scenarioPath: "\(name)-scenarie.json",
          planPath: "\(name)-plan.json"))
      previous = plan
    }
    return AulumSeason(
      folder: folder, weeks: weeks, hiredAfterTrial: hired, exitedToJob: exited,
      hiredElsewhere: elsewhere, paused: paused, referred: referred)
  }
}

/// A failure while building the test season.
struct SeasonTestError: Error, CustomStringConvertible {
  let description: String
  init(_ d: String) { description = d }
}

/// A fresh temporary folder.
func scratchFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "milen-season-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Every format of the report, in both languages, as one text to compare.
func allFormats(_ r: SeasonReport) -> String {
  var out = SeasonRender.json(r)
  for lang in Language.allCases {
    let w = SeasonWords(lang)
    out += SeasonRender.text(r, w) + SeasonRender.html(r, w)
    for s in SeasonRender.sheets(r, w) { out += s.file + s.text }
  }
  return out
}
