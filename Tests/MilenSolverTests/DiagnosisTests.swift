import Foundation
import GLPK
import MilenFormats
import MilenModel
import MilenReports
import MilenTestSupport
import MilenWorkflow
import Testing

@testable import MilenSolver

/// Level-1 feasibility of a conflict alone, written apart from the search: of the hard-rule
/// families' rows only the conflict's are kept (less `drop`, if it is a row), the rows that
/// define variables stay, the goal rows go; `drop`, if it is a lock, is removed from the scenario.
private func feasibleWithout(
  _ s: Scenario, conflict: Diagnosis.Conflict, dropping drop: Diagnosis.Element
) -> Bool {
  var scenario = s
  if drop.lockIndex != nil { scenario.locks.removeAll { $0.participant == drop.key } }
  let f = Formulation(scenario)
  // Every row of the conflict's families that is not in the conflict is dropped too, as are
  // the rows of the other hard-rule families: the conflict must be infeasible on its own.
  let kept = Set(
    conflict.elements.filter { $0 != drop && $0.lockIndex == nil }.map { "\($0.family)|\($0.key)" }
  )
  var familyRow = Set<Int>()
  var keepRow = Set<Int>()
  for fam in f.families {
    for (row, _) in fam.rows {
      familyRow.insert(row.index)
      if kept.contains("\(fam.name)|\(f.model.name(of: row))") { keepRow.insert(row.index) }
    }
  }
  var m = Model(name: "check")
  for v in f.model.variables {
    let b = f.model.bounds(of: v)
    let c = m.addVariable(f.model.name(of: v), kind: f.model.kind(of: v))
    m.setBounds(c, lower: b.lower, upper: b.upper)
  }
  for c in f.model.constraints where c.index < f.goalRowsStart {
    if familyRow.contains(c.index) && !keepRow.contains(c.index) { continue }
    m.addConstraint(f.model.name(of: c), f.model.terms(of: c), f.model.bound(of: c))
  }
  let r = try! Solver.solve(m)
  return r.pointStatus != .noSolution
}

/// The conflict's own locks only (other locks of the week removed).
private func onlyConflictLocks(_ s: Scenario, _ c: Diagnosis.Conflict) -> Scenario {
  var t = s
  let mine = Set(c.elements.filter { $0.lockIndex != nil }.map(\.key))
  t.locks.removeAll { !mine.contains($0.participant) }
  return t
}

/// Asserts a conflict is irreducible: with all of it kept the week is infeasible, and
/// dropping any one of its groups makes it feasible.
private func expectMinimal(
  _ s: Scenario, _ c: Diagnosis.Conflict, sourceLocation: SourceLocation = #_sourceLocation
) {
  let t = onlyConflictLocks(s, c)
  let phantom = Diagnosis.Element(row: .breakEven, key: "none")
  let holds = !feasibleWithout(t, conflict: c, dropping: phantom)
  #expect(holds, "\(c.rules): the conflict holds on its own", sourceLocation: sourceLocation)
  for e in c.elements {
    let resolved = feasibleWithout(t, conflict: c, dropping: e)
    #expect(resolved, "dropping \(e.row) resolves it", sourceLocation: sourceLocation)
  }
}

/// Asserts the conflict's change resolves it: after the change, no conflict of the new
/// diagnosis has the same groups.
private func expectFixWorks(
  _ s: Scenario, _ c: Diagnosis.Conflict, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let change = try #require(c.change, sourceLocation: sourceLocation)
  let after = Diagnosis.of(change.applied(to: s))
  let keys = Set(c.elements.map(\.key))
  let again = after?.conflicts.contains { Set($0.elements.map(\.key)) == keys } ?? false
  let text = after.map { Localizer.english.say($0, Names(s)) } ?? "no conflict"
  #expect(
    !again, "\(change) resolves \(c.rules); after it: \(text)", sourceLocation: sourceLocation)
}

private func fixture(_ name: String) throws -> Scenario {
  let url = packageRoot().appendingPathComponent("Fixtures/impossible/\(name)")
  return try ScenarioFile.decode(String(contentsOf: url, encoding: .utf8), format: .json)
}

@Suite("Impossible weeks: every conflict, minimal and named, with its fix")
struct DiagnosisTests {
  @Test("(a) two Wednesday-only people, one Wednesday seat, no mentors: both and the seat named")
  func wednesdaySeat() throws {
    let s = try fixture("wednesday-seat.json")
    let d: Diagnosis
    do {
      _ = try Planner.plan(s)
      Issue.record("the week should be impossible")
      return
    } catch {
      guard case .infeasible(let found) = error else {
        Issue.record("expected a diagnosis, got \(error)")
        return
      }
      d = found
    }
    #expect(d.conflicts.count == 1)
    let c = try #require(d.conflicts.first)
    #expect(Set(c.elements.map(\.key)) == ["seats[cafe-wed]", "something[p20]", "something[p21]"])
    #expect(c.people.map(\.id) == ["p20", "p21"])
    #expect(c.elements.map(\.row).contains(.seats(activity: "cafe-wed", seats: 1)))
    #expect(c.rules == [.capacity, .nobodyDischarged])
    #expect(c.fix == .change(.addSeats(activity: "cafe-wed", count: 1)))
    expectMinimal(s, c)
    try expectFixWorks(s, c)
    // With the seat added the week can be planned.
    #expect(throws: Never.self) { try Planner.plan(c.change!.applied(to: s)) }
  }

  @Test("(b) two conflicting locks: both locks and both people named")
  func twoLocks() throws {
    let s = try fixture("two-locks.json")
    let d = try #require(Diagnosis.of(s))
    #expect(d.conflicts.count == 1)
    let c = try #require(d.conflicts.first)
    let rows = c.elements.map(\.row)
    #expect(rows.contains(.lock(index: 0, participant: "p1", company: "c1", days: [.mon])))
    #expect(rows.contains(.lock(index: 1, participant: "p2", company: "c1", days: [.mon])))
    #expect(rows.contains(.slots(company: "c1", slots: 1)))
    #expect(c.people.map(\.id) == ["p1", "p2"])
    #expect(c.fix == .change(.removeLock(index: 1, participant: "p2", company: "c1")))
    expectMinimal(s, c)
    try expectFixWorks(s, c)
  }

  @Test("(c) three bad locks in the Aulum week: all three reported, none twice")
  func threeBadLocks() throws {
    var s = try BuiltIn.aulum()
    s.locks += [
      Lock(participant: "p09", company: "midtjysk-albyg"),
      Lock(participant: "p14", company: "horn", days: [.mon]),
      Lock(participant: "p19", company: "greenbox", days: [.tue]),
    ]
    let d = try #require(Diagnosis.of(s))
    let locks = d.conflicts.flatMap { $0.elements.compactMap(\.lockIndex) }
    #expect(locks.sorted() == [1, 2, 3])
    #expect(Set(locks).count == locks.count)
    for c in d.conflicts {
      #expect(c.change.map { c.fix == .change($0) } == true)
      try expectFixWorks(s, c)
    }
  }

  @Test("(d) two independent conflicts in one Aulum week: both reported, each minimal")
  func twoConflicts() throws {
    var s = try BuiltIn.aulum()
    // Midtjysk Albyg and Aulum Bageri take one placement each; two locks at each.
    s.locks += [
      Lock(participant: "p17", company: "midtjysk-albyg"),
      Lock(participant: "p11", company: "midtjysk-albyg"),
      Lock(participant: "p09", company: "aulum-bageri"),
      Lock(participant: "p12", company: "aulum-bageri"),
    ]
    let d = try #require(Diagnosis.of(s))
    #expect(d.conflicts.count == 2)
    let companies = d.conflicts.map { c in
      Set(
        c.elements.compactMap { e -> String? in
          if case .lock(_, _, let company, _) = e.row { return company }
          return nil
        })
    }
    #expect(companies.contains(["midtjysk-albyg"]) && companies.contains(["aulum-bageri"]))
    for c in d.conflicts {
      expectMinimal(s, c)
      try expectFixWorks(s, c)
    }
    // Both fixes together make the week plannable.
    var fixed = s
    for c in d.conflicts { fixed = c.change!.applied(to: fixed) }
    #expect(Diagnosis.of(fixed) == nil)
  }

  @Test("the same impossible week gives the same diagnosis, byte for byte")
  func deterministic() throws {
    let s = try fixture("two-locks.json")
    let names = Names(s)
    #expect(Diagnosis.of(s) == Diagnosis.of(s))
    #expect(
      Diagnosis.of(s).map { Localizer.danish.say($0, names) }
        == Diagnosis.of(s).map { Localizer.danish.say($0, names) })
  }

  @Test("a time cap too short to isolate a conflict falls back to the elastic report, noted")
  func timeCap() throws {
    let s = try fixture("wednesday-seat.json")
    let d = Diagnosis.diagnose(Formulation(s), timeCap: 0)
    #expect(d.notes == [.timeCapElastic(seconds: 0)])
    #expect(!d.conflicts.isEmpty)
  }
}
