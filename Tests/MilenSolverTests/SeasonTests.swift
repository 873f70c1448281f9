import Foundation
import MilenCheck
import MilenFormats
import MilenGenerator
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow
import Testing

/// A season: 12 weeks rolled forward with `next` and planned with `--previous`, with scripted
/// events each week, on the Aulum week and three generated S weeks. Every week must pass the
/// independent checker, nobody enrolled is ever lost, and placement weeks count on within the
/// legal limits.
@Suite("A 12-week season")
struct SeasonTests {
  static let starts: [String] = ["aulum", "s1", "s2", "s3"]

  func start(_ name: String) throws -> Scenario {
    switch name {
    case "aulum": return try BuiltIn.aulum()
    default:
      let seed = UInt64(name.dropFirst())!
      return ScenarioGenerator(seed: seed, counts: .preset(.s)).generate()
    }
  }

  /// This week's scripted event, applied to the rolled-forward scenario (as a coordinator
  /// would edit it). Returns what was done, for failure messages.
  func event(_ week: Int, _ s: inout Scenario, _ last: Plan) -> String {
    switch week % 6 {
    case 1:
      // A referral: a new young person on the waiting list, copied from someone social.
      guard var p = s.participants.first(where: { $0.track == .socialOnly }) else { return "-" }
      p.id = "new-w\(week)"
      p.name = "Ny henvist \(week)"
      p.enrolment = .referred
      p.enrolledOn = nil
      p.referredOn = IsoWeek(parsing: s.week)!.monday.description
      p.current = CurrentSituation()
      s.participants.append(p)
      return "referral \(p.id)"
    case 2:
      // A hire: someone placed becomes employed at their company.
      guard let row = last.participants.first(where: { $0.company != nil && !$0.work.isEmpty }),
        let i = s.participants.firstIndex(where: { $0.id == row.id })
      else { return "-" }
      s.participants[i].track = .job
      s.participants[i].employment = Employment(
        employer: row.company!,
        schedule: Dictionary(uniqueKeysWithValues: row.work.map { ($0.day, $0.time) }))
      s.participants[i].current.company = nil
      s.participants[i].current.placementWeeks = 0
      s.participants[i].current.since = nil
      s.participants[i].current.work = nil
      s.locks.removeAll { $0.participant == row.id }
      return "hire \(row.id)"
    case 3:
      // A company closed on Wednesday.
      guard let i = s.companies.firstIndex(where: { $0.open[.wed] != nil }) else { return "-" }
      s.companies[i].open[.wed] = nil
      s.companies[i].slotsPerDay[.wed] = nil
      let id = s.companies[i].id
      s.locks.removeAll { $0.company == id && $0.days.contains(.wed) }
      return "\(id) closed on wed"
    case 4:
      // A mentor away this week.
      guard let i = s.mentors.indices.first else { return "-" }
      s.mentors[i].hoursPerWeek = 0
      return "\(s.mentors[i].id) away"
    case 5:
      // An enrolment ends on purpose: someone employed leaves for good.
      guard
        let i = s.participants.firstIndex(where: {
          $0.isActiveEnrolled && $0.track.isEmployed
        })
      else { return "-" }
      s.participants[i].exit = Exit(reason: .job, on: IsoWeek(parsing: s.week)!.monday.description)
      return "exit \(s.participants[i].id)"
    default:
      return "-"
    }
  }

  @Test("12 weeks: every week checks, nobody enrolled is lost, weeks count on", arguments: starts)
  func season(name: String) throws {
    var s = try start(name)
    var previous: Plan?
    let original = try start(name)
    for week in 0..<12 {
      let what: String
      if let last = previous {
        var next = Rolling.next(s, plan: last, planFingerprint: PlanFile.fingerprint(last)).scenario
        // The mentor who was away last week is back.
        for i in next.mentors.indices where next.mentors[i].hoursPerWeek == 0 {
          next.mentors[i].hoursPerWeek =
            original.mentors.first { $0.id == next.mentors[i].id }?.hoursPerWeek ?? 5
        }
        what = event(week, &next, last)
        // Through the file format, as the coordinator's files go.
        s = try ScenarioFile.decode(ScenarioFile.jsonText(next), format: .json)
      } else {
        what = "start"
      }
      let result = try Planner.plan(s, options: PlanningOptions(previous: previous))
      let plan = result.plan
      let v = PlanChecker.check(plan, against: s, previous: previous)
      #expect(v.isEmpty, "\(name) week \(week) (\(what)): \(v.map(\.description))")
      if let last = previous {
        let now = Dictionary(plan.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for row in last.participants where row.status == .enrolled || row.status == .admitted {
          let here = now[row.id]
          #expect(
            here?.status == .enrolled || here?.status == .left,
            "\(name) week \(week): \(row.id) was \(row.status) and is now \(String(describing: here?.status))"
          )
          if let c = row.company, here?.company == c {
            #expect(
              here?.placementWeek == (row.placementWeek ?? 0) + 1,
              "\(name) week \(week): \(row.id) at \(c) week \(String(describing: here?.placementWeek)) after \(String(describing: row.placementWeek))"
            )
          }
        }
        for row in last.participants where row.status == .left {
          #expect(now[row.id] == nil, "\(name) week \(week): \(row.id) left but is still here")
        }
      }
      for row in plan.participants {
        guard let week = row.placementWeek, let p = s.participants.first(where: { $0.id == row.id })
        else { continue }
        #expect(week <= p.readiness.placementWeekLimit, "\(name): \(row.id) week \(week)")
      }
      previous = plan
    }
  }
}
