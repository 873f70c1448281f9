import Foundation
import GLPK
import MilenModel

/// Large-neighbourhood search inside one part (issue 13): when a goal level of a big model
/// stops at its node limit short of its bound, a few participants at a time are freed and the
/// rest kept as they are, and GLPK solves that much smaller problem from the plan so far. A
/// better plan is kept. The level's bound stays the one its own branch and bound proved, so
/// the gap reported is honest. Which participants are freed depends only on the plan so far
/// and the round's number, never on the clock: the plan is the same on any machine
/// (docs/performance.md, "Large-neighbourhood search").
struct Neighbourhoods {
  let f: Formulation
  /// The level's objective (maximised).
  let expr: Expression
  /// The level's coefficient per variable index.
  let coefficient: [Int: Double]
  /// The kept-hours variable of an hours variable, by the hours variable's index.
  let keptOf: [Int: Variable]

  init(f: Formulation, expr: Expression) {
    self.f = f
    self.expr = expr
    var coefficient: [Int: Double] = [:]
    for (v, c) in expr.terms { coefficient[v.index, default: 0] += c }
    self.coefficient = coefficient
    var keptOf: [Int: Variable] = [:]
    for k in f.keptHours { keptOf[k.h.index] = k.kept }
    self.keptOf = keptOf
  }

  /// Participants freed per round: at most this many (25 made each round cost 2 s in L
  /// seed 1's largest town, 15 about 0.1 s, with more rounds to the same value)...
  static let size = 15
  /// ... and at most one in `share` of the part...
  static let share = 4
  /// ... but at least this many.
  static let smallest = 8
  /// Rounds at most per level and part.
  static let rounds = 60
  /// Rounds in a row without a better plan after which the search ends.
  static let patience = 8

  /// The variables each participant decides (admission, placements, their days and hours,
  /// mentors and their hours, sessions, and the slacks that count them): fixed at the plan so
  /// far for participants outside a neighbourhood.
  var owned: [[Variable]] {
    var v = f.decisionVariables()
    for pv in f.placements {
      for d in pv.days {
        if let k = keptOf[d.h.index] { v[pv.option.participant].append(k) }
      }
    }
    for (p, x) in f.missing { v[p].append(x) }
    for (p, x) in f.sessionsGiven { v[p].append(x) }
    return v
  }

  /// How much a participant could still add to the level: per choice (one company, one
  /// mentor, the wanted number of sessions) the best the level's terms on it could give,
  /// less what they give in `x`. Zero for a participant the level cannot improve.
  func slack(at x: [Double]) -> [Double] {
    let m = f.model
    func best(_ v: Variable) -> Double {
      guard let c = coefficient[v.index] else { return 0 }
      let b = m.bounds(of: v)
      return c > 0 ? c * (b.upper ?? 1) : c * (b.lower ?? 0)
    }
    func now(_ v: Variable) -> Double { (coefficient[v.index] ?? 0) * x[v.index] }
    var out = Array(repeating: 0.0, count: f.participants.count)
    for p in f.participants.indices {
      var potential = 0.0
      var current = 0.0
      if let a = f.admit[p] {
        potential += max(0, best(a))
        current += now(a)
      }
      var bestPlacement = 0.0
      for i in f.placementsOf[p] {
        let pv = f.placements[i]
        var vars = [pv.x]
        for d in pv.days {
          vars += [d.w, d.h]
          if let k = keptOf[d.h.index] { vars.append(k) }
        }
        bestPlacement = max(bestPlacement, vars.reduce(0) { $0 + max(0, best($1)) })
        current += vars.reduce(0) { $0 + now($1) }
      }
      potential += bestPlacement
      var bestMentor = 0.0
      for i in f.mentorsOf[p] {
        let mv = f.mentors[i]
        bestMentor = max(bestMentor, max(0, best(mv.m)) + max(0, best(mv.g)))
        current += now(mv.m) + now(mv.g)
      }
      potential += bestMentor
      let sessions = f.activitiesOf[p].map { max(0, best(f.activities[$0].y)) }.sorted(by: >)
      potential += sessions.prefix(f.scenario.policy.socialSessionsPerWeek).reduce(0, +)
      current += f.activitiesOf[p].reduce(0) { $0 + now(f.activities[$1].y) }
      for v in [f.missing[p], f.sessionsGiven[p]].compactMap({ $0 }) {
        potential += max(0, best(v))
        current += now(v)
      }
      out[p] = max(0, potential - current)
    }
    return out
  }

  /// The companies, mentors and activities a participant could use.
  func resources(_ p: Int) -> (companies: Set<Int>, mentors: Set<Int>, activities: Set<Int>) {
    (
      Set(f.placementsOf[p].map { f.placements[$0].option.company }),
      Set(f.mentorsOf[p].map { f.mentors[$0].option.mentor }),
      Set(f.activitiesOf[p].map { f.activities[$0].option.activity })
    )
  }

  /// Round `round`'s participants: the participants with slack in order of slack (largest
  /// first, then by index), starting at a position that moves with the round, each followed by
  /// those who hold, in `x`, a company, mentor or session they could use; up to ``size``.
  /// Empty when no participant has slack.
  func neighbourhood(round: Int, at x: [Double]) -> [Int] {
    let s = slack(at: x)
    let seeds = f.participants.indices.filter { s[$0] > 1e-6 }
      .sorted { (-s[$0], $0) < (-s[$1], $1) }
    guard !seeds.isEmpty else { return [] }
    // Who holds what in the plan so far.
    var atCompany: [Int: [Int]] = [:]
    var withMentor: [Int: [Int]] = [:]
    var inActivity: [Int: [Int]] = [:]
    for pv in f.placements where x[pv.x.index] > 0.5 {
      atCompany[pv.option.company, default: []].append(pv.option.participant)
    }
    for mv in f.mentors where x[mv.m.index] > 0.5 {
      withMentor[mv.option.mentor, default: []].append(mv.option.participant)
    }
    for a in f.activities where x[a.y.index] > 0.5 {
      inActivity[a.option.activity, default: []].append(a.option.participant)
    }
    let size = min(Self.size, max(Self.smallest, f.participants.count / Self.share))
    var chosen: [Int] = []
    var taken = Set<Int>()
    func take(_ p: Int) {
      if chosen.count < size && taken.insert(p).inserted { chosen.append(p) }
    }
    let startAt = (round * 7) % seeds.count
    for k in 0..<seeds.count where chosen.count < size {
      let p = seeds[(startAt + k) % seeds.count]
      take(p)
      let r = resources(p)
      var holders: [Int] = []
      for c in r.companies.sorted() { holders += atCompany[c] ?? [] }
      for m in r.mentors.sorted() { holders += withMentor[m] ?? [] }
      for a in r.activities.sorted() { holders += inActivity[a] ?? [] }
      // Half the room at most for one seed's holders, so several seeds get a turn.
      let room = max(1, (size - chosen.count) / 2)
      for q in holders.sorted().prefix(room) { take(q) }
    }
    return chosen
  }

  /// The outcome of a search: the best plan found, its value, and the work spent.
  struct Outcome {
    var values: [Double]
    var objective: Double
    var solves = 0
    var improved = 0
    var nodes = 0
    var simplexIterations = 0
    /// The deadline ended the search: the plan then depends on the machine's speed and says so.
    var stoppedByClock = false
    /// GLPK's time in the neighbourhood solves (for the trace only).
    var seconds = 0.0
  }

  /// Improves `x` (feasible in `m`, the level's model) by up to ``rounds`` neighbourhood
  /// solves, each with `so`'s settings and the time left before `deadline`. Stops early when
  /// the plan is within `gap` of `bound`, after ``patience`` rounds without a better plan,
  /// when no participant has slack, when the clock runs out or on cancellation.
  func improve(
    _ m: Model, from x: [Double], bound: Double, gap: Double, options so: SolveOptions,
    deadline: Date
  ) -> Outcome {
    var out = Outcome(values: x, objective: m.objectiveValue(x))
    let owned = self.owned
    var still = 0
    for round in 0..<Self.rounds {
      if abs(bound - out.objective) <= gap * max(1e-10, abs(out.objective)) + 1e-9 { break }
      if still >= Self.patience { break }
      if so.cancellation?.isCancelled == true { break }
      let remaining = deadline.timeIntervalSinceNow
      if remaining <= 0 {
        out.stoppedByClock = true
        break
      }
      let free = Set(neighbourhood(round: round, at: out.values))
      if free.isEmpty { break }
      var fixed = [Double?](repeating: nil, count: m.variableCount)
      for p in f.participants.indices where !free.contains(p) {
        for v in owned[p] {
          let value = out.values[v.index]
          fixed[v.index] = m.kind(of: v) == .continuous ? value : value.rounded()
        }
      }
      let sub = m.restricted(fixing: fixed)
      guard sub.consistent else { break }
      var o = so
      o.warmStart = sub.restrict(out.values)
      o.timeLimit = remaining
      o.progress = nil
      trace(
        "  round \(round): \(free.count) free, \(sub.model.variableCount) columns, \(sub.model.constraintCount) rows"
      )
      let attempt: SolveResult?
      do {
        attempt = try Planner.solveWithin(sub.model, options: o, grace: Planner.abandonGrace)
      } catch {
        // A sub-solve GLPK refuses ends the search; the plan so far stands.
        break
      }
      guard var r = attempt else {
        // Abandoned past the deadline.
        out.stoppedByClock = true
        break
      }
      if r.pointStatus != .noSolution { r.values = sub.expand(r.values) }
      out.solves += 1
      out.nodes += r.nodes
      out.seconds += r.wallTime
      out.simplexIterations += r.simplexIterations
      let cleaned = r.pointStatus == .noSolution ? nil : f.cleaned(r.values)
      if let cleaned, let v = r.objective, v > out.objective + 1e-6 * max(1, abs(out.objective)),
        m.isFeasible(cleaned)
      {
        out.values = cleaned
        out.objective = m.objectiveValue(cleaned)
        out.improved += 1
        still = 0
      } else {
        still += 1
      }
      if r.termination == .timeLimit {
        out.stoppedByClock = true
        break
      }
      if r.termination == .cancelled { break }
    }
    return out
  }
}
