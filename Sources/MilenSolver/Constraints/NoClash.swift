import GLPK
import MilenModel

extension Formulation {
  /// Hard rule 5: no two timed things at once. Two overlapping activities exclude each other;
  /// a block of work starts at its window's start (the common window's, or a session's end),
  /// so an activity later that day caps the block's hours (`h + (len - gap) * y <= len`), and
  /// one at its start excludes the block.
  mutating func addNoClashRows() {
    var rows: [(Constraint, ConflictRow)] = []
    for p in participants.indices {
      let acts = activitiesOf[p].map {
        (i: $0, a: scenario.activities[activities[$0].option.activity])
      }
      for (j, first) in acts.enumerated() {
        for second in acts[(j + 1)...]
        where first.a.day == second.a.day && first.a.time.overlaps(second.a.time) {
          rows.append(
            (
              model.addConstraint(
                "clash[\(pid(p)),\(first.a.id),\(second.a.id)]",
                [(activities[first.i].y, 1), (activities[second.i].y, 1)], .lessOrEqual(1)),
              .clash(participant: pid(p), first: first.a.id, second: second.a.id)
            ))
        }
      }
      for i in placementsOf[p] {
        let pv = placements[i]
        let c = scenario.companies[pv.option.company].id
        for d in pv.days {
          let win = d.window.window
          let len = win.hours
          for act in acts where act.a.day == d.window.day && act.a.time.overlaps(win) {
            let y = activities[act.i].y
            let tag =
              "\(pid(p)),\(c),\(act.a.id)" + (d.window.afterSession ? ",\(d.window.tag)" : "")
            if act.a.time.start > win.start {
              let gap = Double(act.a.time.start.minutes - win.start.minutes) / 60
              rows.append(
                (
                  model.addConstraint(
                    "work_before[\(tag)]", [(d.h, 1), (y, len - gap)], .lessOrEqual(len)),
                  .workBefore(
                    participant: pid(p), company: c, by: act.a.time.start, activity: act.a.id)
                ))
            } else {
              rows.append(
                (
                  model.addConstraint(
                    "work_or_activity[\(tag)]", [(d.w, 1), (y, 1)], .lessOrEqual(1)),
                  .workOrActivity(participant: pid(p), company: c, activity: act.a.id)
                ))
            }
          }
        }
      }
    }
    family(.noClash, rows)
  }
}
