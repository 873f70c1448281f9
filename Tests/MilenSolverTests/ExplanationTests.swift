import Foundation
import MilenCheck
import MilenFormats
import MilenGenerator
import MilenModel
import MilenReports
import MilenSolver
import MilenTestSupport
import MilenWorkflow
import Testing

@Suite("explanations: one reason per shortfall, true when tested")
struct ExplanationTests {
  func checked() -> PlanningOptions {
    var o = PlanningOptions()
    o.verify = { s, p, prev in PlanChecker.check(p, against: s, previous: prev).map(\.description) }
    return o
  }

  @Test(
    "Aulum: every unplaced placement participant's reason names a company and its capacity or rule"
  )
  func aulumNotes() throws {
    let s = try BuiltIn.aulum()
    let plan = try Planner.plan(s, options: checked()).plan
    let companies = Set(s.companies.map(\.id))
    let unplaced = plan.participants.filter { row in
      (row.status == .enrolled || row.status == .admitted) && row.company == nil
        && s.participants.first { $0.id == row.id }?.track == .placement
    }
    #expect(!unplaced.isEmpty, "the Aulum week has someone to explain")
    for row in unplaced {
      let why = try #require(
        row.notes.lazy.compactMap { n -> NotPlaced? in
          if case .notPlaced(let why) = n { return why }
          return nil
        }.first, "\(row.id)")
      switch why {
      case .taken(let binding, _): #expect(companies.contains(binding.company), "\(why)")
      case .roomButCosts(let company, _): #expect(companies.contains(company), "\(why)")
      case .nothingFits(let excluded, let far):
        #expect(!excluded.isEmpty || far > 0, "\(why)")
        #expect(excluded.allSatisfy { companies.contains($0.company) }, "\(why)")
      case .noPlaceLeft(let list):
        Issue.record("\(row.id): the general reason was not replaced by a specific one: \(list)")
      }
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
        #expect(row.company != nil, "\(reason.note): still not placed after \(change)")
        guard case .notPlaced(.taken(_, let stated)) = reason.note else {
          Issue.record("\(reason.note) does not state the change")
          continue
        }
        #expect(stated == change)
      case "mentorHours":
        #expect(row.unmetMentorHours < before.unmetMentorHours, "\(reason.note)")
      default:
        #expect(row.missingSocialSessions < before.missingSocialSessions, "\(reason.note)")
      }
    }
  }

  @Test("a full company names who holds each slot, with their week, and the slot that frees it")
  func fullCompanyNamesHolders() throws {
    let s = try BuiltIn.aulum()
    let plan = try Planner.plan(s, options: checked()).plan
    let held = plan.participants.flatMap(\.notes).compactMap { n -> (String, [Holder])? in
      guard case .notPlaced(.taken(let b, _)) = n else { return nil }
      switch b {
      case .slots(let c, _, let hs), .legalRatio(let c, _, _, let hs): return (c, hs)
      case .dayPlaces: return nil
      }
    }
    let (company, holders) = try #require(held.first, "no reason names a holder")
    let load = try #require(plan.companies.first { $0.id == company })
    #expect(holders.map(\.participant) == load.participants)
    #expect(holders.allSatisfy { $0.admittedThisWeek || $0.week != nil })
  }

  @Test("why here: every placement names the wish it meets, what holds a higher wish, the hours")
  func whyHere() throws {
    let s = try BuiltIn.aulum()
    let plan = try Planner.plan(s, options: checked()).plan
    for row in plan.participants where row.company != nil && row.status != .left {
      let c = row.company!
      let facts = try #require(
        row.notes.lazy.compactMap { n -> [PlacementFact]? in
          if case .placedAt(c, let facts) = n { return facts }
          return nil
        }.first, "\(row.id)")
      let part = try #require(s.participants.first { $0.id == row.id })
      if let rank = part.wishes.companies.firstIndex(of: c) {
        #expect(facts.contains(.wish(rank: rank + 1, of: part.wishes.companies.count)))
        if rank > 0 {
          // The first wish was not met: the note says what holds it.
          #expect(
            facts.contains {
              switch $0 {
              case .higherWishExcluded(let w, _), .higherWishKeptForOthers(let w),
                .keptAtRunningPlacement(_, let w):
                return w == part.wishes.companies[0]
              case .higherWishTaken(let b): return b.company == part.wishes.companies[0]
              default: return false
              }
            }, "\(facts)")
        }
      }
      let hours = row.work.reduce(0) { $0 + $1.time.hours }
      let stated = facts.lazy.compactMap { f -> (Double, Double, HoursLimit?)? in
        if case .hours(let w, let a, let l) = f { return (w, a, l) }
        return nil
      }.first
      let (worked, agreed, limit) = try #require(stated, "\(facts)")
      #expect(abs(worked - hours) < 1e-6 && agreed == part.hours.target)
      if hours < part.hours.target - 1e-6 { #expect(limit != nil, "\(facts)") }
    }
  }

  @Test("sessions short name each session that fits and why it is not theirs")
  func sessionsNamed() throws {
    // Everyone short of sessions is told which sessions fit and why each is not theirs.
    let s = try BuiltIn.aulum()
    let plan = try Planner.plan(s, options: checked()).plan
    let ids = Set(s.activities.map(\.id))
    for row in plan.participants where row.missingSocialSessions > 0 {
      let why = try #require(
        row.notes.lazy.compactMap { n -> SessionShortfall? in
          if case .sessionsShort(row.missingSocialSessions, _, let why) = n { return why }
          return nil
        }.first, "\(row.id)")
      switch why {
      case .noneFit: break
      case .onlyFit(let list): #expect(!list.isEmpty && list.allSatisfy(ids.contains))
      case .fullOrClash: Issue.record("\(row.id): the general reason was not replaced")
      case .sessions(let facts, _):
        #expect(!facts.isEmpty, "\(row.id)")
        for f in facts {
          switch f {
          case .clashesWithWork(let a, _, _, _), .full(let a, _), .sameDayOtherPlans(let a, _):
            #expect(ids.contains(a))
          }
        }
      }
    }
  }
}
