import Foundation
import MilenCheck
import MilenGenerator
import MilenIO
import MilenModel
import MilenSolver
import MilenTestSupport
import Testing

@Suite("explanations: one reason per shortfall, true when tested")
struct ExplanationTests {
  func checked() -> PlanningOptions {
    var o = PlanningOptions()
    o.verify = { s, p, prev in PlanChecker.check(p, against: s, previous: prev).map(\.description) }
    return o
  }

  @Test(
    "Aulum: no note says ' or '; every unplaced placement participant's reason names a company and a capacity or rule"
  )
  func aulumNotes() throws {
    let s = try BuiltIn.aulum()
    let plan = try Planner.plan(s, options: checked()).plan
    for row in plan.participants {
      for note in row.notes { #expect(!note.contains(" or "), "\(row.id): \(note)") }
    }
    let companies = Set(s.companies.map(\.id))
    let unplaced = plan.participants.filter { row in
      (row.status == .enrolled || row.status == .admitted) && row.company == nil
        && s.participants.first { $0.id == row.id }?.track == .placement
    }
    #expect(!unplaced.isEmpty, "the Aulum week has someone to explain")
    for row in unplaced {
      let note = try #require(row.notes.first { $0.hasPrefix("not placed:") }, "\(row.id)")
      #expect(companies.contains { note.contains($0) }, "\(note)")
      #expect(
        ["slot", "legal ratio", "rule", "places on the days", "no company fits"].contains {
          note.contains($0)
        }, "\(note)")
    }
  }

  @Test("each change a reason states, made and planned, resolves the shortfall")
  func statedChangesHold() throws {
    let s = try BuiltIn.aulum()
    let plan = try Planner.plan(s, options: checked()).plan
    var o = PlanningOptions()
    o.explain = false
    let (_, reasons) = Explanations.explain(
      s, plan, options: o, budget: Explanations.defaultBudget)
    let stated = reasons.filter { $0.change != nil }
    #expect(stated.contains { $0.kind == "notPlaced" })
    for reason in stated {
      let change = try #require(reason.change)
      let changed = change.applied(to: s)
      let after = try Planner.plan(changed, options: checked()).plan
      let row = try #require(after.participants.first { $0.id == reason.participant })
      let before = try #require(plan.participants.first { $0.id == reason.participant })
      switch reason.kind {
      case "notPlaced":
        #expect(row.company != nil, "\(reason.text): still not placed after \(change)")
        #expect(reason.text.contains("\(change) would place \(reason.participant)"))
      case "mentorHours":
        #expect(row.unmetMentorHours < before.unmetMentorHours, "\(reason.text)")
      default:
        #expect(row.missingSocialSessions < before.missingSocialSessions, "\(reason.text)")
      }
    }
  }

  @Test("a full company names who holds each slot, with their week, and the slot that frees it")
  func fullCompanyNamesHolders() throws {
    let s = try BuiltIn.aulum()
    let plan = try Planner.plan(s, options: checked()).plan
    guard
      let row = plan.participants.first(where: {
        $0.notes.contains { $0.contains("held by") }
      })
    else {
      Issue.record("no reason names a holder")
      return
    }
    let note = row.notes.first { $0.contains("held by") }!
    let company = try #require(
      plan.companies.first { c in note.hasPrefix("not placed: \(c.id) has") })
    for holder in company.participants { #expect(note.contains(holder), "\(note)") }
    #expect(note.contains("(week ") || note.contains("(admitted this week)"))
  }

  @Test("why here: every placement names the wish it meets, what holds a higher wish, the hours")
  func whyHere() throws {
    let s = try BuiltIn.aulum()
    let plan = try Planner.plan(s, options: checked()).plan
    for row in plan.participants where row.company != nil && row.status != .left {
      let c = row.company!
      let note = try #require(row.notes.first { $0.hasPrefix("at \(c): ") }, "\(row.id)")
      let part = try #require(s.participants.first { $0.id == row.id })
      if let rank = part.wishes.companies.firstIndex(of: c) {
        #expect(note.contains("wish \(rank + 1) of \(part.wishes.companies.count)"), "\(note)")
        if rank > 0 {
          // The first wish was not met: the note says what holds it.
          #expect(note.contains("wish \(part.wishes.companies[0])"), "\(note)")
        }
      }
      let hours = row.work.reduce(0) { $0 + $1.time.hours }
      #expect(note.contains("agreed hours"), "\(note)")
      if hours < part.hours.target - 1e-6 { #expect(note.contains("agreed hours: "), "\(note)") }
      #expect(!note.contains(" or "), "\(note)")
    }
  }

  @Test("sessions short name each session that fits and why it is not theirs")
  func sessionsNamed() throws {
    // Everyone short of sessions is told which sessions fit and why each is not theirs.
    let s = try BuiltIn.aulum()
    let plan = try Planner.plan(s, options: checked()).plan
    for row in plan.participants where row.missingSocialSessions > 0 {
      let note = try #require(row.notes.first { $0.contains("social session(s) short") })
      #expect(
        s.activities.contains { note.contains($0.id) } || note.contains("no session fits"),
        "\(row.id): \(note)")
    }
  }
}
