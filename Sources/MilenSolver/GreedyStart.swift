import Foundation
import GLPK
import MilenModel

/// Builds a feasible starting plan for GLPK: participants in order take what still fits,
/// preferring what they had last week. GLPK's own heuristics are weak on this model
/// (glpk-notes.md), so every solve starts from this plan when it exists.
struct GreedyStart {
  let f: Formulation
  var s: Scenario { f.scenario }

  /// A full solution vector, or nil when the greedy pass cannot serve every enrolled
  /// participant (GLPK then starts on its own).
  func solution() -> [Double]? {
    var x = Array(repeating: 0.0, count: f.model.variableCount)
    var slotsUsed = Array(repeating: 0, count: s.companies.count)
    var dayUsed: [[Weekday: Int]] = Array(repeating: [:], count: s.companies.count)
    var mentorHours = s.mentors.map(\.hoursPerWeek)
    var mentees = Array(repeating: 0, count: s.mentors.count)
    var seats = s.activities.map(\.seats)
    var coordinatorRoom = s.coordinator.hoursPerWeek - f.coordinatorFixedLoad
    if coordinatorRoom < -1e-9 { return nil }
    let wanted = s.policy.socialSessionsPerWeek
    // Locked participants first (their company must have room), then the enrolled, then the
    // waiting list in referral order.
    let locked = Set(
      f.participants.indices.filter { p in
        f.placementsOf[p].contains { f.placements[$0].option.locked }
      })
    let enrolled = f.participants.indices.filter { f.participants[$0].isActiveEnrolled }
    let order =
      enrolled.filter { locked.contains($0) } + enrolled.filter { !locked.contains($0) }
      + s.waitingListOrder
    var admitted = 0
    var blocksOf: [[(Weekday, TimeWindow)]] = Array(repeating: [], count: f.participants.count)
    var attendedOf: [[Activity]] = Array(repeating: [], count: f.participants.count)
    var somethingOf = Array(repeating: false, count: f.participants.count)
    var prefOf = Array(repeating: ReferenceWeek(), count: f.participants.count)
    for p in order {
      let part = f.participants[p]
      // Last week first (`--previous`, else the scenario's current state).
      let pref = f.reference[part.id] ?? ReferenceWeek()
      if let a = f.admit[p] {
        let cost = s.coordinator.followUp(for: part.track)
        if cost > coordinatorRoom + 1e-9 { continue }
        coordinatorRoom -= cost
        x[a.index] = 1
        admitted += 1
      }
      var blocks: [(Weekday, TimeWindow)] = []
      var something = part.track.isEmployed
      // Placement: last week's company first, then wishes, then the rest in scenario order.
      let ranked = f.placementsOf[p].sorted { i, j in
        rank(f.placements[i], part, pref) < rank(f.placements[j], part, pref)
      }
      for i in ranked {
        let pv = f.placements[i]
        let c = pv.option.company
        let room = min(
          s.companies[c].slots,
          legalPlacementRoom(ordinaryEmployees: s.companies[c].ordinaryEmployees)
            - s.companies[c].subsidisedStaff)
        guard slotsUsed[c] < room else { continue }
        var hours: [(Int, Double)] = []
        var total = 0.0
        // The lock's days first, then the rest in weekday order; each day from the start of
        // its common window (a block after a session is left to GLPK).
        let least = s.policy.shortestWorkDay(for: part)
        let dayOrder = pv.days.indices.filter { !pv.days[$0].window.afterSession }.sorted { a, b in
          let la = pv.option.lockedDays.contains(pv.days[a].window.day) ? 0 : 1
          let lb = pv.option.lockedDays.contains(pv.days[b].window.day) ? 0 : 1
          return (la, a) < (lb, b)
        }
        for k in dayOrder {
          let d = pv.days[k]
          guard total < part.hours.target - 1e-9 else { break }
          let cap = s.companies[c].slots(on: d.window.day)
          guard dayUsed[c][d.window.day, default: 0] < cap else {
            if pv.option.lockedDays.contains(d.window.day) {
              hours = []
              break
            }
            continue
          }
          // Leave each locked day still to come at least its minimum.
          let lockedLeft = dayOrder.filter { j in
            pv.option.lockedDays.contains(pv.days[j].window.day) && !hours.contains { $0.0 == j }
              && j != k
          }.reduce(0.0) { total, _ in total + least }
          let h = min(d.window.window.hours, part.hours.target - total - lockedLeft)
          guard h >= least - 1e-9 else {
            if pv.option.lockedDays.contains(d.window.day) {
              hours = []
              break
            }
            continue
          }
          hours.append((k, h))
          total += h
        }
        let lockedOK = pv.option.lockedDays.allSatisfy { day in
          hours.contains { pv.days[$0.0].window.day == day }
        }
        guard total >= part.hours.min - 1e-9, !hours.isEmpty, lockedOK else { continue }
        x[pv.x.index] = 1
        slotsUsed[c] += 1
        for (k, h) in hours {
          let d = pv.days[k]
          x[d.w.index] = 1
          x[d.h.index] = h
          dayUsed[c][d.window.day, default: 0] += 1
          let start = d.window.window.start
          blocks.append(
            (
              d.window.day,
              TimeWindow(
                start: start, end: TimeOfDay(minutes: start.minutes + Int((h * 60).rounded())))
            ))
        }
        something = true
        break
      }
      if f.placementsOf[p].contains(where: { f.placements[$0].option.locked })
        && !f.placementsOf[p].contains(where: { x[f.placements[$0].x.index] > 0.5 })
      {
        trace("greedy: the lock of \(part.id) does not fit")
        return nil
      }
      // Mentor: last week's first.
      let need = part.needs.mentorHours
      let mentorOrder = f.mentorsOf[p].sorted { i, j in
        let a = s.mentors[f.mentors[i].option.mentor].id == pref.mentor ? 0 : 1
        let b = s.mentors[f.mentors[j].option.mentor].id == pref.mentor ? 0 : 1
        return (a, i) < (b, j)
      }
      for i in mentorOrder {
        let k = f.mentors[i].option.mentor
        let give = min(need, mentorHours[k])
        guard mentees[k] < s.mentors[k].maxMentees, give >= min(0.5, need) - 1e-9, give > 0 else {
          continue
        }
        x[f.mentors[i].m.index] = 1
        x[f.mentors[i].g.index] = give
        mentorHours[k] -= give
        mentees[k] += 1
        something = true
        break
      }
      blocksOf[p] = blocks
      somethingOf[p] = something
      prefOf[p] = pref
    }
    // Sessions in two passes: first one session for each served participant who has nothing
    // else (fewest options first), then up to the wanted number for everyone.
    let served = { (p: Int) in f.admit[p].map { x[$0.index] > 0.5 } ?? true }
    let needy = order.filter { served($0) && !somethingOf[$0] }.sorted {
      let a = f.participants[$0].isActiveEnrolled ? 0 : 1
      let b = f.participants[$1].isActiveEnrolled ? 0 : 1
      return (a, f.activitiesOf[$0].count, $0) < (b, f.activitiesOf[$1].count, $1)
    }
    for p in needy { attend(p, upTo: 1) }
    for p in order where served(p) { attend(p, upTo: wanted) }
    for p in order where f.admit[p] != nil && served(p) && !somethingOf[p] {
      // An admitted participant who got nothing: undo the admission.
      x[f.admit[p]!.index] = 0
      admitted -= 1
    }
    if order.contains(where: { f.participants[$0].isActiveEnrolled && !somethingOf[$0] }) {
      let who = order.filter { f.participants[$0].isActiveEnrolled && !somethingOf[$0] }
      trace(
        "greedy: nothing for \(who.map { f.participants[$0].id }) options \(who.map { f.activitiesOf[$0].count })"
      )
      return nil
    }
    for p in order {
      guard let miss = f.missing[p] else { continue }
      let reachable = min(wanted, f.activitiesOf[p].count)
      x[miss.index] = served(p) ? Double(max(0, reachable - attendedOf[p].count)) : 0
    }

    /// Gives participant p sessions up to `target` (counting those they have): last week's
    /// and wished first, with free seats, clashing with nothing they do.
    func attend(_ p: Int, upTo target: Int) {
      let part = f.participants[p]
      let pref = prefOf[p]
      let activityOrder = f.activitiesOf[p].sorted { i, j in
        let a = s.activities[f.activities[i].option.activity]
        let b = s.activities[f.activities[j].option.activity]
        let ra =
          (pref.activities ?? []).contains(a.id) || part.wishes.activities.contains(a.id) ? 0 : 1
        let rb =
          (pref.activities ?? []).contains(b.id) || part.wishes.activities.contains(b.id) ? 0 : 1
        return (ra, i) < (rb, j)
      }
      for i in activityOrder where attendedOf[p].count < target {
        let ai = f.activities[i].option.activity
        let a = s.activities[ai]
        guard seats[ai] > 0, x[f.activities[i].y.index] < 0.5 else { continue }
        if attendedOf[p].contains(where: { $0.day == a.day && $0.time.overlaps(a.time) }) {
          continue
        }
        if blocksOf[p].contains(where: { $0.0 == a.day && $0.1.overlaps(a.time) }) { continue }
        // A session at the very start of a work window excludes that work day entirely.
        if clashesWithWorkWindow(p, a, x) { continue }
        x[f.activities[i].y.index] = 1
        seats[ai] -= 1
        attendedOf[p].append(a)
        somethingOf[p] = true
      }
    }
    if let sf = f.shortfall {
      let enrolled = f.participants.filter(\.isActiveEnrolled).count
      x[sf.index] = Double(max(0, s.programme.breakEven - enrolled - admitted))
    }
    return x
  }

  func rank(_ pv: PlacementVars, _ part: Participant, _ pref: ReferenceWeek) -> (Int, Int, Int) {
    let id = s.companies[pv.option.company].id
    let first = pv.option.locked ? 0 : (id == pref.company ? 1 : 2)
    let wish = part.wishes.companies.firstIndex(of: id) ?? 99
    return (first, wish, pv.option.company)
  }

  /// Whether attending `a` conflicts with a chosen work day through a `work_or_activity` row
  /// (a session that starts at or before the common window's start).
  func clashesWithWorkWindow(_ p: Int, _ a: Activity, _ x: [Double]) -> Bool {
    for i in f.placementsOf[p] where x[f.placements[i].x.index] > 0.5 {
      for d in f.placements[i].days where x[d.w.index] > 0.5 && d.window.day == a.day {
        let win = d.window.window
        if a.time.overlaps(win) && a.time.start <= win.start { return true }
      }
    }
    return false
  }
}
