import GLPK
import MilenModel

extension Formulation {
  /// Hard rules 2 and 6: one mentor at most, who covers the needed competences (by
  /// construction of the options); hours only from the assigned mentor; mentor hours and
  /// mentee counts within capacity. A session is at least half an hour.
  mutating func addMentorRows() {
    var rows: [(Constraint, String)] = []
    for p in participants.indices where !mentorsOf[p].isEmpty {
      let need = participants[p].needs.mentorHours
      rows.append(
        (
          addAtMostServed("one_mentor[\(pid(p))]", mentorsOf[p].map { (mentors[$0].m, 1.0) }, p, 1),
          "\(pid(p)) has one mentor at most"
        ))
      for i in mentorsOf[p] {
        let mv = mentors[i]
        let tag = "\(pid(p)),\(scenario.mentors[mv.option.mentor].id)"
        model.addConstraint("mentor_hours[\(tag)]", [(mv.g, 1), (mv.m, -need)], .lessOrEqual(0))
        model.addConstraint(
          "mentor_least[\(tag)]", [(mv.g, 1), (mv.m, -min(0.5, need))], .greaterOrEqual(0))
      }
    }
    var byMentor: [[Int]] = Array(repeating: [], count: scenario.mentors.count)
    for (i, mv) in mentors.enumerated() { byMentor[mv.option.mentor].append(i) }
    for (k, mentor) in scenario.mentors.enumerated() where !byMentor[k].isEmpty {
      let gs = byMentor[k].map { (mentors[$0].g, 1.0) }
      let needs = byMentor[k].reduce(0) {
        $0 + participants[mentors[$1].option.participant].needs.mentorHours
      }
      if needs > mentor.hoursPerWeek {
        rows.append(
          (
            model.addConstraint(
              "mentor_capacity[\(mentor.id)]", gs, .lessOrEqual(mentor.hoursPerWeek)),
            "\(mentor.id) gives at most \(fmt(mentor.hoursPerWeek)) h a week"
          ))
      }
      if byMentor[k].count > mentor.maxMentees {
        rows.append(
          (
            model.addConstraint(
              "mentees[\(mentor.id)]", byMentor[k].map { (mentors[$0].m, 1.0) },
              .lessOrEqual(Double(mentor.maxMentees))),
            "\(mentor.id) has at most \(mentor.maxMentees) mentees"
          ))
      }
    }
    family("mentors", rule: "capacity", rows)
  }

  /// Hard rule 2: activity seats; attendance only when served.
  mutating func addActivityRows() {
    var rows: [(Constraint, String)] = []
    var byActivity: [[Int]] = Array(repeating: [], count: scenario.activities.count)
    for (i, av) in activities.enumerated() { byActivity[av.option.activity].append(i) }
    for (a, act) in scenario.activities.enumerated() where byActivity[a].count > act.seats {
      rows.append(
        (
          model.addConstraint(
            "seats[\(act.id)]", byActivity[a].map { (activities[$0].y, 1.0) },
            .lessOrEqual(Double(act.seats))),
          "\(act.id) has \(act.seats) seats"
        ))
    }
    family("activity seats", rule: "capacity", rows)
    for (p, v) in admit.sorted(by: { $0.key < $1.key }) {
      for i in activitiesOf[p] {
        let a = scenario.activities[activities[i].option.activity].id
        model.addConstraint(
          "attend_if_admitted[\(pid(p)),\(a)]", [(activities[i].y, 1), (v, -1)], .lessOrEqual(0))
      }
    }
  }

  /// Hard rule 5: no two timed things at once. Two overlapping activities exclude each other;
  /// work starts at the start of the common window, so an activity later that day caps the
  /// day's hours (`h + (len - gap) * y <= len`), and one at the start excludes the work day.
  mutating func addNoClashRows() {
    var rows: [(Constraint, String)] = []
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
              "\(pid(p)) cannot attend \(first.a.id) and \(second.a.id) at once"
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
            let tag = "\(pid(p)),\(c),\(act.a.id)"
            if act.a.time.start > win.start {
              let gap = Double(act.a.time.start.minutes - win.start.minutes) / 60
              rows.append(
                (
                  model.addConstraint(
                    "work_before[\(tag)]", [(d.h, 1), (y, len - gap)], .lessOrEqual(len)),
                  "\(pid(p)) stops work at \(c) by \(act.a.time.start) to attend \(act.a.id)"
                ))
            } else {
              rows.append(
                (
                  model.addConstraint(
                    "work_or_activity[\(tag)]", [(d.w, 1), (y, 1)], .lessOrEqual(1)),
                  "\(pid(p)) cannot work at \(c) during \(act.a.id)"
                ))
            }
          }
        }
      }
    }
    family("no clash", rule: "availability and time", rows)
  }

  /// Hard rule 1: nobody is discharged. Every served participant on a track without an
  /// employer gets work, a mentor or an activity. (The employed keep their employer.)
  mutating func addNobodyDischargedRows() {
    var rows: [(Constraint, String)] = []
    for p in participants.indices
    where !participants[p].track.isEmployed && participants[p].exit == nil {
      var terms = placementsOf[p].map { (placements[$0].x, 1.0) }
      terms += mentorsOf[p].map { (mentors[$0].m, 1.0) }
      terms += activitiesOf[p].map { (activities[$0].y, 1.0) }
      let name = "something[\(pid(p))]"
      let r: Constraint
      if let a = admit[p] {
        r = model.addConstraint(name, terms + [(a, -1)], .greaterOrEqual(0))
      } else {
        r = model.addConstraint(name, terms, .greaterOrEqual(1))
      }
      rows.append((r, "\(pid(p)) gets work, a mentor or an activity"))
    }
    family("nobody discharged", rule: "nobody discharged", rows)
  }

  /// Coordinator hours used: fixed hours, follow-up per served participant by track, and the
  /// activities the coordinator runs.
  var coordinatorFixedLoad: Double {
    let s = scenario
    let followUp = participants.filter(\.isActiveEnrolled).reduce(0) {
      $0 + s.coordinator.followUp(for: $1.track)
    }
    let run = s.activities.filter(\.runByCoordinator).reduce(0) { $0 + $1.time.hours }
    return s.coordinator.fixedHours + followUp + run
  }

  /// Hard rule 2: the coordinator's week. Admissions cost follow-up hours.
  mutating func addCoordinatorRow() {
    let terms = admit.sorted { $0.key < $1.key }.map {
      ($0.value, scenario.coordinator.followUp(for: participants[$0.key].track))
    }
    let room = scenario.coordinator.hoursPerWeek - coordinatorFixedLoad
    let r = model.addConstraint("coordinator", terms, .lessOrEqual(room))
    family(
      "coordinator", rule: "capacity",
      [(r, "the coordinator works at most \(fmt(scenario.coordinator.hoursPerWeek)) h a week")])
  }
}
