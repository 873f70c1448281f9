import GLPK
import MilenModel
import MilenTestSupport
import Testing

@testable import MilenSolver

/// The valid inequality of ``Formulation/addImpliedRows()`` (issue 22, item 3): it is in the
/// model, tightens the LP relaxation on a small case, and leaves the integer optimum alone.
@Suite("Implied rows: a tighter LP relaxation, the same integer plans")
struct ImpliedRowsTests {
  /// One participant, 4-6 h with 5 agreed, free 08:00-16:00 every weekday, at one company; the
  /// shortest work day is 3 h.
  static func formulation() -> Formulation {
    let p = Tiny.placement("p1", hours: HoursRange(min: 4, max: 6, agreed: 5))
    return Formulation(Tiny.scenario([p], companies: [Tiny.company("c1")]))
  }

  /// The number of days worked (`sum w`), minimised or maximised with `x = 1` over the hard
  /// rules and the implied rows that `keep` accepts: the LP relaxation or the integer program.
  static func daysWorked(
    _ f: Formulation, _ sense: ObjectiveSense, relax: Bool, keep: (String) -> Bool
  ) throws -> Double {
    var m = Model(name: "days")
    for v in f.model.variables {
      let b = f.model.bounds(of: v)
      let copy = m.addVariable(f.model.name(of: v), kind: f.model.kind(of: v))
      m.setBounds(copy, lower: b.lower, upper: b.upper)
    }
    for c in f.model.constraints
    where c.index < f.goalRowsStart
      || (f.impliedRows.contains(c.index) && keep(f.model.name(of: c)))
    {
      m.addConstraint(f.model.name(of: c), f.model.terms(of: c), f.model.bound(of: c))
    }
    let pv = try #require(f.placements.first)
    m.setBounds(pv.x, lower: 1, upper: 1)
    for d in pv.days { m.setObjectiveCoefficient(d.w, 1) }
    m.sense = sense
    var o = SolveOptions()
    o.relaxIntegrality = relax
    return try #require(try Solver.solve(m, options: o).objective)
  }

  static func none(_: String) -> Bool { false }

  @Test("week_days_most: 5 agreed hours in days of at least 3 h are one day, not 5/3")
  func daysMost() throws {
    let f = Self.formulation()
    #expect(
      f.impliedRows.contains { f.model.name(of: Constraint(index: $0)) == "week_days_most[p1,c1]" })
    let most = { (n: String) in n.hasPrefix("week_days_most[") }
    let loose = try Self.daysWorked(f, .maximize, relax: true, keep: Self.none)
    #expect(abs(loose - 5.0 / 3.0) < 1e-9)
    #expect(abs(try Self.daysWorked(f, .maximize, relax: true, keep: most) - 1) < 1e-9)
    #expect(try Self.daysWorked(f, .maximize, relax: false, keep: most) == 1)
    #expect(try Self.daysWorked(f, .maximize, relax: false, keep: Self.none) == 1)
  }

  @Test("Diagnosis and the conflict search leave the implied rows out")
  func notRules() throws {
    let f = Self.formulation()
    #expect(!f.impliedRows.isEmpty)
    #expect(f.impliedRows.allSatisfy { $0 >= f.goalRowsStart })
    let inFamilies = Set(f.families.flatMap { $0.rows.map(\.0.index) })
    #expect(inFamilies.isDisjoint(with: f.impliedRows))
  }
}
