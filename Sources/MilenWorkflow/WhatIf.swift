import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver

/// The difference between a base plan and a variant plan: the figures a programme manager
/// asks about, and person by person who moves where.
public struct PlanDiff: Hashable, Sendable, Codable {
  /// One figure in both plans.
  public struct Figure: Hashable, Sendable, Codable {
    /// What it counts.
    public var name: String
    /// In the base plan.
    public var base: Double
    /// In the variant.
    public var variant: Double
    /// Variant minus base.
    public var change: Double
  }

  /// One participant whose week differs.
  public struct PersonChange: Hashable, Sendable, Codable {
    /// Participant id.
    public var id: String
    /// Display name.
    public var name: String
    /// The week in the base plan, in short.
    public var base: WeekSummary
    /// The week in the variant.
    public var variant: WeekSummary
  }

  /// What the variant is (its description or file names).
  public var label: String
  /// Figures, in a fixed order.
  public var figures: [Figure]
  /// People whose week differs, in id order.
  public var people: [PersonChange]

  /// A figure by name.
  public func figure(_ name: String) -> Figure? { figures.first { $0.name == name } }
}

/// What-if runs: plan a base week and a variant, and compare.
public enum WhatIf {
  /// Compares two plans of the same programme.
  public static func compare(base: Plan, variant: Plan, label: String) -> PlanDiff {
    func figuresOf(_ p: Plan) -> [(String, Double)] {
      var out: [(String, Double)] = [
        ("served", Double(p.programme.served)),
        ("admitted", Double(p.programme.admitted)),
        ("waiting", Double(p.programme.waiting)),
        ("inPlacement", Double(p.programme.inPlacement)),
        ("placementHours", p.participants.reduce(0) { $0 + $1.workHours }),
        ("unmetMentorHours", p.participants.reduce(0) { $0 + $1.unmetMentorHours }),
        (
          "missingSocialSessions",
          Double(p.participants.reduce(0) { $0 + $1.missingSocialSessions })
        ),
        ("breakEvenMargin", Double(p.programme.margin)),
        ("coordinatorHoursUsed", p.programme.coordinatorHoursUsed),
      ]
      for g in p.solver.goals { out.append(("goal\(g.priority).\(g.name)", g.objective)) }
      return out
    }
    let b = figuresOf(base)
    let v = Dictionary(figuresOf(variant), uniquingKeysWith: { a, _ in a })
    var names = b.map(\.0)
    for (n, _) in figuresOf(variant) where !names.contains(n) { names.append(n) }
    let bd = Dictionary(b, uniquingKeysWith: { a, _ in a })
    let figures = names.map { n in
      let x = bd[n] ?? 0
      let y = v[n] ?? 0
      return PlanDiff.Figure(name: n, base: rounded(x), variant: rounded(y), change: rounded(y - x))
    }
    let before = Dictionary(base.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let after = Dictionary(
      variant.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let ids =
      (base.participants.map(\.id) + variant.participants.map(\.id).filter { before[$0] == nil })
    var people: [PlanDiff.PersonChange] = []
    for id in ids {
      let x = WeekSummary(before[id])
      let y = WeekSummary(after[id])
      if x != y {
        people.append(
          PlanDiff.PersonChange(
            id: id, name: (after[id] ?? before[id])?.name ?? id, base: x, variant: y))
      }
    }
    return PlanDiff(label: label, figures: figures, people: people)
  }

  /// A candidate's outcome, for `--sweep` rankings: more served first, then fewer unmet
  /// needs, then more placements and hours, then better wishes.
  public static func rankKey(_ d: PlanDiff) -> [Double] {
    func c(_ n: String) -> Double { d.figure(n)?.change ?? 0 }
    return [
      -c("served"), c("unmetMentorHours") + c("missingSocialSessions"), -c("inPlacement"),
      -c("placementHours"), -c("goal4.wishesAndContinuity"),
    ]
  }

  /// Ranks candidate diffs, best first; ties keep the given order.
  public static func rank(_ diffs: [PlanDiff]) -> [PlanDiff] {
    diffs.enumerated().sorted { a, b in
      let ka = rankKey(a.element)
      let kb = rankKey(b.element)
      return ka != kb ? ka.lexicographicallyPrecedes(kb) : a.offset < b.offset
    }.map(\.element)
  }
}
