import Foundation
import GLPK
import MilenModel

/// Why a week cannot be planned: the smallest conflicting rules and data the engine can name,
/// each with the change that would resolve it.
public struct Diagnosis: Sendable, Hashable, CustomStringConvertible {
  /// One conflict.
  public struct Conflict: Sendable, Hashable, CustomStringConvertible {
    /// The hard rule involved.
    public var rule: String
    /// What conflicts, naming people and capacities.
    public var message: String
    /// What change would resolve it.
    public var fix: String

    /// `rule: message; fix`.
    public var description: String { "\(rule): \(message). To resolve: \(fix)." }
  }

  /// The conflicts found.
  public var conflicts: [Conflict]

  /// A readable report, one conflict per line.
  public var description: String {
    "The hard rules cannot all hold this week:\n"
      + conflicts.map { "  - \($0)" }.joined(separator: "\n")
  }

  /// Conflicts found without solving: coordinator hours, people with no option at all, locks.
  static func precheck(_ s: Scenario, _ o: ScenarioOptions) -> Diagnosis? {
    var out: [Conflict] = []
    let enrolled = s.participants.filter(\.isActiveEnrolled)
    let followUp = enrolled.reduce(0) { $0 + s.coordinator.followUp(for: $1.track) }
    let run = s.activities.filter(\.runByCoordinator).reduce(0) { $0 + $1.time.hours }
    let need = s.coordinator.fixedHours + followUp + run
    if need > s.coordinator.hoursPerWeek + 1e-9 {
      out.append(
        Conflict(
          rule: "capacity (coordinator)",
          message:
            "fixed \(fmt(s.coordinator.fixedHours)) h + follow-up of \(enrolled.count) enrolled "
            + "\(fmt(followUp)) h + activities run \(fmt(run)) h = \(fmt(need)) h exceed the "
            + "coordinator's \(fmt(s.coordinator.hoursPerWeek)) h",
          fix:
            "add \(fmt(need - s.coordinator.hoursPerWeek)) coordinator hours, or hand an activity to a volunteer"
        ))
    }
    for (p, part) in s.participants.enumerated()
    where part.isActiveEnrolled && !part.track.isEmployed {
      let opt = o.byParticipant[p]
      if opt.placements.isEmpty && opt.mentors.isEmpty && opt.activities.isEmpty {
        var why: [String] = []
        why.append(
          s.activities.isEmpty
            ? "there are no activities" : "no activity lies within their availability")
        why.append(
          part.needs.mentorHours > 0
            ? "no mentor covers their needs on a common day" : "they need no mentor hours")
        if part.track == .placement {
          why.append(
            "no company fits ("
              + opt.excludedCompanies.map { "\($0.0): \($0.1)" }.joined(separator: "; ")
              + (opt.outOfReach > 0 ? "; \(opt.outOfReach) out of reach" : "") + ")")
        } else {
          why.append("the \(part.track.rawValue) track gets no work")
        }
        out.append(
          Conflict(
            rule: "nobody discharged",
            message: "\(part.id) (\(part.name)) can be given nothing: "
              + why.joined(separator: ", "),
            fix:
              "widen \(part.id)'s availability to cover an activity, or add an activity or mentor that fits"
          ))
      }
    }
    for (i, lock) in s.locks.enumerated() {
      guard let p = s.participants.firstIndex(where: { $0.id == lock.participant }) else {
        continue
      }
      let opt = o.byParticipant[p]
      if !opt.placements.contains(where: { $0.locked }) {
        let why = opt.excludedCompanies.first { $0.0 == lock.company }?.1 ?? "it is out of reach"
        out.append(
          Conflict(
            rule: "locks and bans",
            message: "locks[\(i)] puts \(lock.participant) at \(lock.company), but \(why)",
            fix: "remove or change locks[\(i)], or change \(lock.company)'s data"))
      }
    }
    return out.isEmpty ? nil : Diagnosis(conflicts: out)
  }

  /// Solves an elastic copy of the model (every hard-rule row of a family may be broken at a
  /// cost) and names the rows that must break: the conflicting capacities and people.
  static func elastic(_ f: Formulation) -> Diagnosis {
    var m = Model(name: "elastic")
    for v in f.model.variables {
      let b = f.model.bounds(of: v)
      let copy = m.addVariable(f.model.name(of: v), kind: f.model.kind(of: v))
      m.setBounds(copy, lower: b.lower, upper: b.upper)  // keeps locks (binaries fixed at 1)
    }
    var described: [Int: (String, String)] = [:]
    for fam in f.families {
      for (row, text) in fam.rows { described[row.index] = (fam.rule, text) }
    }
    var slacks: [(Variable, Int)] = []
    for c in f.model.constraints {
      var terms = f.model.terms(of: c)
      let bound = f.model.bound(of: c)
      if described[c.index] != nil {
        let s = m.addVariable("slack[\(f.model.name(of: c))]", lower: 0, objective: 1)
        switch bound {
        case .lessOrEqual: terms.append((s, -1))
        case .greaterOrEqual: terms.append((s, 1))
        case .equal, .range: break
        }
        slacks.append((s, c.index))
      }
      m.addConstraint(f.model.name(of: c), terms, bound)
    }
    var so = SolveOptions()
    so.cuts = .all
    so.timeLimit = 30
    guard let r = try? Solver.solve(m, options: so), r.pointStatus != .noSolution else {
      return Diagnosis(conflicts: [
        Conflict(
          rule: "unknown", message: "the week is infeasible and the engine could not isolate why",
          fix: "run `milen validate` and check locks, capacities and availability")
      ])
    }
    var out: [Conflict] = []
    for (s, row) in slacks where r.values[s.index] > 1e-6 {
      let (rule, text) = described[row]!
      out.append(
        Conflict(
          rule: rule, message: "\(text) (row \(f.model.name(of: Constraint(index: row))))",
          fix: "relax it by \(fmt(rounded(r.values[s.index])))"))
    }
    if out.isEmpty {
      out.append(
        Conflict(
          rule: "locks and bans",
          message: "the locks cannot all be kept together with the other rules",
          fix: "check the locks and the locked companies' capacity"))
    }
    return Diagnosis(conflicts: out)
  }
}
