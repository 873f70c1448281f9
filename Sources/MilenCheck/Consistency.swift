import Foundation
import MilenModel

extension Checker {
  // MARK: Consistency: the roster

  mutating func checkRoster() {
    if plan.week != scenario.week {
      add(
        .consistency, "the plan is for week \(plan.week), but the scenario is for \(scenario.week)")
    }
    let listed = plan.participants.map(\.id)
    for id in repeated(listed) {
      let n = listed.filter { $0 == id }.count
      add(.consistency, "\(who(id)) is listed \(n) times in the plan", participants: [id])
    }
    for p in unique(scenario.participants.map(\.id)) where rowByID[p] == nil {
      add(.consistency, "\(who(p)) is missing from the plan", participants: [p])
    }
    for row in rows {
      guard let p = participants[row.id] else {
        add(
          .consistency, "\(who(row.id)) is in the plan but not in the scenario",
          participants: [row.id])
        continue
      }
      if row.track != p.track {
        add(
          .consistency,
          "\(who(row.id)) is on the \(p.track.rawValue) track, but the plan's row says "
            + row.track.rawValue, participants: [row.id])
      }
      if row.name != p.name {
        add(
          .consistency,
          "the plan calls \(row.id) \"\(row.name)\", but the scenario calls them \"\(p.name)\"",
          participants: [row.id])
      }
    }
  }

  // MARK: Consistency: ids and numbers on each row

  mutating func checkReferences() {
    for row in rows {
      let w = who(row.id)
      if let c = row.company, companies[c] == nil {
        add(
          .consistency, "\(w) is placed at \(c), which is not a company of the scenario",
          participants: [row.id], places: [c])
      }
      if let m = row.mentor, mentors[m] == nil {
        add(
          .consistency, "\(w) has mentor \(m), who is not a mentor of the scenario",
          participants: [row.id], places: [m])
      }
      for a in unique(row.activities) where activities[a] == nil {
        add(
          .consistency, "\(w) attends \(a), which is not an activity of the scenario",
          participants: [row.id], places: [a])
      }
      for a in repeated(row.activities) {
        add(
          .consistency, "\(w) lists activity \(a) more than once", participants: [row.id],
          places: [a])
      }
      if row.company == nil {
        if !row.work.isEmpty && track(of: row) == .placement {
          add(
            .consistency, "\(w) has \(count(row.work.count, "work day")) but no placement company",
            participants: [row.id])
        }
        if let week = row.placementWeek {
          add(
            .consistency, "\(w) has placement week \(week) but no placement company",
            participants: [row.id])
        }
      }
      for (what, x) in [
        ("mentor hours", row.mentorHours), ("unmet mentor hours", row.unmetMentorHours),
      ]
      where !x.isFinite || x < 0 {
        add(.consistency, "\(w) has \(h(x)) \(what), not a number of hours", participants: [row.id])
      }
      if let p = participants[row.id], isServed(row), row.mentorHours.isFinite {
        let need = p.needs.mentorHours
        let unmet = max(0, need - row.mentorHours)
        if !(abs(row.unmetMentorHours - unmet) <= tol) {
          add(
            .consistency,
            "\(w) has \(h(row.unmetMentorHours)) unmet mentor hours in the plan, but needs "
              + "\(h(need)) and gets \(h(row.mentorHours)), so \(h(unmet)) are unmet",
            participants: [row.id], places: row.mentor.map { [$0] } ?? [])
        }
      }
    }
  }

  // MARK: Consistency: the loads

  /// Reports a load whose list of ids disagrees with the rows.
  mutating func compare(
    _ listed: [String], rows actual: [ParticipantWeek], _ what: String, place: String
  ) {
    let expected = ids(actual)
    let dupes = repeated(listed)
    if !dupes.isEmpty {
      add(
        .consistency, "\(what) lists \(idList(dupes)) more than once", participants: dupes,
        places: [place])
    }
    let l = Set(listed)
    let a = Set(expected)
    if l != a {
      add(
        .consistency,
        "\(what) lists \(idList(unique(listed).sorted())), but the rows have \(idList(expected))",
        participants: Array(l.symmetricDifference(a)), places: [place])
    }
  }

  /// Reports load entries that repeat or are missing; returns the first entry of each id.
  mutating func entries<L>(
    _ loads: [L], _ id: (L) -> String, _ kind: String, known: [String]
  ) -> [(String, L)] {
    let listed = loads.map(id)
    for x in repeated(listed) {
      add(.consistency, "the plan lists the load of \(kind) \(x) more than once", places: [x])
    }
    for x in unique(known) where !listed.contains(x) {
      add(.consistency, "the plan has no load for \(kind) \(x)", places: [x])
    }
    var seen = Set<String>()
    return loads.compactMap { seen.insert(id($0)).inserted ? (id($0), $0) : nil }
  }

  mutating func mismatch(_ what: String, _ said: String, _ actual: String, place: String) {
    add(.consistency, "\(what) says \(said), but \(actual)", places: [place])
  }

  mutating func checkLoads() {
    for (id, load) in entries(plan.companies, \.id, "company", known: scenario.companies.map(\.id))
    {
      guard let c = companies[id] else {
        add(
          .consistency, "the plan has a load for \(id), which is not a company of the scenario",
          places: [id])
        continue
      }
      let placed = rowsAtCompany[id] ?? []
      let what = "the load of company \(id)"
      compare(load.participants, rows: placed, what, place: id)
      if load.slots != c.slots {
        mismatch(what, count(load.slots, "slot"), "the scenario gives \(c.slots)", place: id)
      }
      let room = PlanChecker.legalRoom(ordinaryEmployees: c.ordinaryEmployees) - c.subsidisedStaff
      if load.legalRoom != room && !(room < 0 && load.legalRoom == 0) {
        mismatch(
          what, "legal room \(load.legalRoom)",
          "the ratio allows \(room) after \(c.subsidisedStaff) subsidised staff", place: id)
      }
      for day in Weekday.allCases {
        let working = placed.filter { $0.work.contains { $0.day == day } }.count
        let said = load.perDay[day.rawValue] ?? 0
        if said != working {
          mismatch(
            what, "\(said) on \(day.rawValue)", "the rows have \(working) working there that day",
            place: id)
        }
      }
      let days = Set(Weekday.allCases.map(\.rawValue))
      for (key, n) in load.perDay.sorted(by: { $0.key < $1.key }) where !days.contains(key) {
        mismatch(what, "\(n) on \"\(key)\"", "that is not a weekday", place: id)
      }
    }
    for (id, load) in entries(plan.mentors, \.id, "mentor", known: scenario.mentors.map(\.id)) {
      guard let m = mentors[id] else {
        add(
          .consistency, "the plan has a load for \(id), which is not a mentor of the scenario",
          places: [id])
        continue
      }
      let mentees = rowsWithMentor[id] ?? []
      let what = "the load of mentor \(id)"
      compare(load.mentees, rows: mentees, what, place: id)
      let hours = mentees.reduce(0) { $0 + $1.mentorHours }
      if !(abs(load.hours - hours) <= tol) {
        mismatch(what, "\(h(load.hours)) hours", "the rows give \(h(hours))", place: id)
      }
      if !(abs(load.hoursPerWeek - m.hoursPerWeek) <= tol) {
        mismatch(
          what, "\(h(load.hoursPerWeek)) hours a week", "the scenario gives \(h(m.hoursPerWeek))",
          place: id)
      }
      if load.maxMentees != m.maxMentees {
        mismatch(
          what, "at most \(load.maxMentees) mentees", "the scenario gives \(m.maxMentees)",
          place: id)
      }
    }
    for (id, load) in entries(
      plan.activities, \.id, "activity", known: scenario.activities.map(\.id))
    {
      guard let a = activities[id] else {
        add(
          .consistency, "the plan has a load for \(id), which is not an activity of the scenario",
          places: [id])
        continue
      }
      let what = "the load of activity \(id)"
      compare(load.attendees, rows: rowsAtActivity[id] ?? [], what, place: id)
      if load.seats != a.seats {
        mismatch(what, count(load.seats, "seat"), "the scenario gives \(a.seats)", place: id)
      }
    }
  }

  // MARK: Consistency: the programme figures

  mutating func checkFigures() {
    let f = plan.programme
    let served = rows.filter(isServed)
    let figures: [(String, Int, Int)] = [
      ("enrolled", f.enrolled, rows.filter { $0.status == .enrolled }.count),
      ("admitted", f.admitted, rows.filter { $0.status == .admitted }.count),
      ("waiting", f.waiting, rows.filter { $0.status == .waiting }.count),
      ("served", f.served, served.count),
      ("in placement", f.inPlacement, rows.filter { $0.company != nil }.count),
      ("employed", f.employed, served.filter { track(of: $0).isEmployed }.count),
    ]
    for (name, said, actual) in figures where said != actual {
      add(.consistency, "the programme figures say \(said) \(name), but the rows have \(actual)")
    }
    let p = scenario.programme
    if f.breakEven != p.breakEven {
      add(
        .consistency,
        "the programme figures say break-even \(f.breakEven), but the scenario says \(p.breakEven)")
    }
    if f.target != p.target {
      add(
        .consistency,
        "the programme figures say target \(f.target), but the scenario says \(p.target)")
    }
    let margin = served.count - p.breakEven
    if f.margin != margin {
      add(
        .consistency,
        "the programme figures say margin \(f.margin), but \(served.count) served minus "
          + "break-even \(p.breakEven) is \(margin)")
    }
    let status: BreakEvenStatus =
      served.count >= p.target
      ? .atTarget : served.count >= p.breakEven ? .aboveBreakEven : .belowBreakEven
    if f.status != status {
      add(
        .consistency,
        "the programme figures say \(f.status.rawValue), but \(served.count) served against "
          + "break-even \(p.breakEven) and target \(p.target) is \(status.rawValue)")
    }
    let load = coordinatorLoad()
    let used = load.fixed + load.followUp + load.run
    if !(abs(f.coordinatorHoursUsed - used) <= tol) {
      add(
        .consistency,
        "the programme figures say \(h(f.coordinatorHoursUsed)) coordinator hours used, but "
          + "fixed, follow-up and activities run come to \(h(used))", places: ["coordinator"])
    }
    if !(abs(f.coordinatorHours - scenario.coordinator.hoursPerWeek) <= tol) {
      add(
        .consistency,
        "the programme figures say \(h(f.coordinatorHours)) coordinator hours, but the "
          + "scenario gives \(h(scenario.coordinator.hoursPerWeek))", places: ["coordinator"])
    }
  }
}
