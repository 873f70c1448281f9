import GLPK
import MilenModel

extension Formulation {
  /// Hard rules 2 and 3: company slots per week and per weekday, and the legal ratio.
  /// Rows are added only where they can bind (more candidates than room, and no tighter row).
  mutating func addCompanyCapacityRows() {
    var byCompany: [[Int]] = Array(repeating: [], count: scenario.companies.count)
    for (i, pv) in placements.enumerated() { byCompany[pv.option.company].append(i) }
    var slotRows: [(Constraint, ConflictRow)] = []
    var ratioRows: [(Constraint, ConflictRow)] = []
    var dayRows: [(Constraint, ConflictRow)] = []
    for (ci, c) in scenario.companies.enumerated() where !byCompany[ci].isEmpty {
      let xs = byCompany[ci].map { (placements[$0].x, 1.0) }
      let room = legalPlacementRoom(ordinaryEmployees: c.ordinaryEmployees) - c.subsidisedStaff
      // One weekly row: the slots, or the legal ratio where it allows fewer. A slot more at a
      // company the ratio caps gives the same model, so the same plan (`milen breakeven`
      // does not plan such a slot).
      if xs.count > c.slots && c.slots <= room {
        slotRows.append(
          (
            model.addConstraint("slots[\(c.id)]", xs, .lessOrEqual(Double(c.slots))),
            .slots(company: c.id, slots: c.slots)
          ))
      }
      if xs.count > room && room < c.slots {
        ratioRows.append(
          (
            model.addConstraint("ratio[\(c.id)]", xs, .lessOrEqual(Double(room))),
            .legalRatio(
              company: c.id, room: room, employees: c.ordinaryEmployees,
              subsidised: c.subsidisedStaff)
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
              .daySlots(company: c.id, day: d, places: cap)
            ))
        }
      }
    }
    family(.slots, slotRows)
    family(.legalRatio, ratioRows)
    family(.daySlots, dayRows)
  }
}
