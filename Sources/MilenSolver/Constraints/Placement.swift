import GLPK
import MilenModel

extension Formulation {
  /// Hard rule 7 (tracks) and the plan's shape: at most one company, and only when served.
  /// `sum_c x[p,c] <= served[p]`. Only placement participants have `x` variables, so the
  /// social-only, paused and employed tracks get no work by construction.
  mutating func addOneCompanyRows() {
    var rows: [(Constraint, String)] = []
    for p in participants.indices where !placementsOf[p].isEmpty {
      let terms = placementsOf[p].map { (placements[$0].x, 1.0) }
      let r = addAtMostServed("one_company[\(pid(p))]", terms, p, 1)
      rows.append((r, "\(pid(p)) is placed at one company at most"))
    }
    family("one company", rule: "tracks", rows)
  }

  /// Hard rule 5 (availability and time): a day is worked only at the chosen company, and its
  /// hours fit the common window. `w[p,c,d] <= x[p,c]`, `h <= len * w`, `h >= min(1,len) * w`.
  mutating func addWorkDayRows() {
    var rows: [(Constraint, String)] = []
    for pv in placements {
      let c = scenario.companies[pv.option.company].id
      let p = pid(pv.option.participant)
      for d in pv.days {
        let tag = "\(p),\(c),\(d.window.day.rawValue)"
        let len = d.window.window.hours
        rows.append(
          (
            model.addConstraint("day_link[\(tag)]", [(d.w, 1), (pv.x, -1)], .lessOrEqual(0)),
            "\(p) works at \(c) on \(d.window.day.rawValue) only if placed there"
          ))
        rows.append(
          (
            model.addConstraint("day_hours[\(tag)]", [(d.h, 1), (d.w, -len)], .lessOrEqual(0)),
            "\(p) works within \(d.window.window) at \(c) on \(d.window.day.rawValue)"
          ))
        let least = ScenarioOptions.minimumDayHours(d.window.window)
        rows.append(
          (
            model.addConstraint(
              "day_least[\(tag)]", [(d.h, 1), (d.w, -least)], .greaterOrEqual(0)),
            "a worked day at \(c) lasts at least \(fmt(least)) h"
          ))
      }
    }
    family("work days", rule: "availability and time", rows)
  }

  /// Hard rule 5: weekly hours within the participant's range and never above the agreed
  /// hours, constrained per company (`min * x[p,c] <= sum_d h[p,c,d] <= agreed * x[p,c]`),
  /// which keeps the LP relaxation tight.
  mutating func addWeeklyHoursRows() {
    var rows: [(Constraint, String)] = []
    for pv in placements {
      let part = participants[pv.option.participant]
      let c = scenario.companies[pv.option.company].id
      let tag = "\(part.id),\(c)"
      let hours = pv.days.map { ($0.h, 1.0) }
      rows.append(
        (
          model.addConstraint(
            "week_min[\(tag)]", hours + [(pv.x, -part.hours.min)], .greaterOrEqual(0)),
          "\(part.id) works at least \(fmt(part.hours.min)) h a week when placed"
        ))
      rows.append(
        (
          model.addConstraint(
            "week_max[\(tag)]", hours + [(pv.x, -part.hours.target)], .lessOrEqual(0)),
          part.hours.agreed == nil
            ? "\(part.id) works at most \(fmt(part.hours.max)) h a week"
            : "\(part.id) works at most the agreed \(fmt(part.hours.target)) h a week"
        ))
    }
    family("weekly hours", rule: "availability and time", rows)
  }

  /// Hard rules 2 and 3: company slots per week and per weekday, and the legal ratio.
  /// Rows are added only where they can bind (more candidates than room).
  mutating func addCompanyCapacityRows() {
    var byCompany: [[Int]] = Array(repeating: [], count: scenario.companies.count)
    for (i, pv) in placements.enumerated() { byCompany[pv.option.company].append(i) }
    var slotRows: [(Constraint, String)] = []
    var ratioRows: [(Constraint, String)] = []
    var dayRows: [(Constraint, String)] = []
    for (ci, c) in scenario.companies.enumerated() where !byCompany[ci].isEmpty {
      let xs = byCompany[ci].map { (placements[$0].x, 1.0) }
      if xs.count > c.slots {
        slotRows.append(
          (
            model.addConstraint("slots[\(c.id)]", xs, .lessOrEqual(Double(c.slots))),
            "\(c.id) takes at most \(c.slots) placements a week"
          ))
      }
      let room = legalPlacementRoom(ordinaryEmployees: c.ordinaryEmployees) - c.subsidisedStaff
      if xs.count > room && room < c.slots {
        ratioRows.append(
          (
            model.addConstraint("ratio[\(c.id)]", xs, .lessOrEqual(Double(room))),
            "\(c.id) has legal room for \(room) placements "
              + "(\(c.ordinaryEmployees) employees, \(c.subsidisedStaff) subsidised)"
          ))
      }
      for d in Weekday.workdays {
        let ws = byCompany[ci].flatMap { i in
          placements[i].days.filter { $0.window.day == d }.map { ($0.w, 1.0) }
        }
        let cap = c.slots(on: d)
        if ws.count > cap && cap < min(c.slots, room) {
          dayRows.append(
            (
              model.addConstraint(
                "day_slots[\(c.id),\(d.rawValue)]", ws, .lessOrEqual(Double(cap))),
              "\(c.id) supervises at most \(cap) on \(d.rawValue)"
            ))
        }
      }
    }
    family("company slots", rule: "capacity", slotRows)
    family("legal ratio", rule: "legal ratio", ratioRows)
    family("day slots", rule: "capacity", dayRows)
  }
}
