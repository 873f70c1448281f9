import Foundation
import MilenModel

extension Checker {
  // MARK: Consistency: the roster

  mutating func checkRoster() {
    if plan.week != scenario.week {
      add(.consistency, .weekDiffers(plan: plan.week, scenario: scenario.week))
    }
    let listed = plan.participants.map(\.id)
    for id in repeated(listed) {
      let n = listed.filter { $0 == id }.count
      add(.consistency, .listedTimes(participant: id, times: n), participants: [id])
    }
    for p in unique(scenario.participants.map(\.id)) where rowByID[p] == nil {
      add(.consistency, .missingFromPlan(participant: p), participants: [p])
    }
    for row in rows {
      guard let p = participants[row.id] else {
        add(.consistency, .notInScenario(participant: row.id), participants: [row.id])
        continue
      }
      if row.track != p.track {
        add(
          .consistency, .trackDiffers(participant: row.id, scenario: p.track, plan: row.track),
          participants: [row.id])
      }
      if row.name != p.name {
        add(
          .consistency, .nameDiffers(participant: row.id, plan: row.name, scenario: p.name),
          participants: [row.id])
      }
    }
  }

  // MARK: Consistency: ids and numbers on each row

  mutating func checkReferences() {
    for row in rows {
      let id = row.id
      if let c = row.company, companies[c] == nil {
        add(
          .consistency, .unknownCompany(participant: id, company: c), participants: [id],
          places: [c])
      }
      if let m = row.mentor, mentors[m] == nil {
        add(
          .consistency, .unknownMentor(participant: id, mentor: m), participants: [id],
          places: [m])
      }
      for a in unique(row.activities) where activities[a] == nil {
        add(
          .consistency, .unknownActivity(participant: id, activity: a), participants: [id],
          places: [a])
      }
      for a in repeated(row.activities) {
        add(
          .consistency, .activityRepeated(participant: id, activity: a), participants: [id],
          places: [a])
      }
      if row.company == nil {
        if !row.work.isEmpty && track(of: row) == .placement {
          add(
            .consistency, .workWithoutCompany(participant: id, days: row.work.count),
            participants: [id])
        }
        if let week = row.placementWeek {
          add(
            .consistency, .placementWeekWithoutCompany(participant: id, week: week),
            participants: [id])
        }
      }
      for (unmet, x) in [(false, row.mentorHours), (true, row.unmetMentorHours)]
      where !x.isFinite || x < 0 {
        add(
          .consistency, .hoursNotANumber(participant: id, unmet: unmet, value: x),
          participants: [id])
      }
      if let p = participants[row.id], isServed(row), row.mentorHours.isFinite {
        let need = p.needs.mentorHours
        let unmet = max(0, need - row.mentorHours)
        if !(abs(row.unmetMentorHours - unmet) <= tol) {
          add(
            .consistency,
            .unmetHoursWrong(
              participant: id, stated: row.unmetMentorHours, need: need, given: row.mentorHours),
            participants: [id], places: row.mentor.map { [$0] } ?? [])
        }
      }
    }
  }

  // MARK: Consistency: the loads

  /// Reports a load whose list of ids disagrees with the rows.
  mutating func compare(
    _ listed: [String], rows actual: [ParticipantWeek], _ load: Finding.Load, place: String
  ) {
    let expected = ids(actual)
    let dupes = repeated(listed)
    if !dupes.isEmpty {
      add(
        .consistency, .loadListsTwice(load: load, ids: dupes), participants: dupes,
        places: [place])
    }
    let l = Set(listed)
    let a = Set(expected)
    if l != a {
      add(
        .consistency, .loadDisagrees(load: load, listed: unique(listed).sorted(), rows: expected),
        participants: Array(l.symmetricDifference(a)), places: [place])
    }
  }

  /// Reports load entries that repeat or are missing; returns the first entry of each id.
  mutating func entries<L>(
    _ loads: [L], _ id: (L) -> String, _ kind: (String) -> Finding.Load, known: [String]
  ) -> [(String, L)] {
    let listed = loads.map(id)
    for x in repeated(listed) {
      add(.consistency, .loadRepeated(load: kind(x)), places: [x])
    }
    for x in unique(known) where !listed.contains(x) {
      add(.consistency, .loadMissing(load: kind(x)), places: [x])
    }
    var seen = Set<String>()
    return loads.compactMap { seen.insert(id($0)).inserted ? (id($0), $0) : nil }
  }

  mutating func checkLoads() {
    for (id, load) in entries(
      plan.companies, \.id, Finding.Load.company, known: scenario.companies.map(\.id))
    {
      guard let c = companies[id] else {
        add(.consistency, .loadUnknown(load: .company(id)), places: [id])
        continue
      }
      let placed = rowsAtCompany[id] ?? []
      compare(load.participants, rows: placed, .company(id), place: id)
      if load.slots != c.slots {
        add(
          .consistency, .loadSlots(company: id, stated: load.slots, scenario: c.slots),
          places: [id])
      }
      let room = PlanChecker.legalRoom(ordinaryEmployees: c.ordinaryEmployees) - c.subsidisedStaff
      if load.legalRoom != room && !(room < 0 && load.legalRoom == 0) {
        add(
          .consistency,
          .loadLegalRoom(
            company: id, stated: load.legalRoom, room: room, subsidised: c.subsidisedStaff),
          places: [id])
      }
      for day in Weekday.allCases {
        let working = placed.filter { $0.work.contains { $0.day == day } }.count
        let said = load.perDay[day.rawValue] ?? 0
        if said != working {
          add(
            .consistency, .loadPerDay(company: id, day: day, stated: said, rows: working),
            places: [id])
        }
      }
      let days = Set(Weekday.allCases.map(\.rawValue))
      for (key, n) in load.perDay.sorted(by: { $0.key < $1.key }) where !days.contains(key) {
        add(.consistency, .loadUnknownDay(company: id, key: key, count: n), places: [id])
      }
    }
    for (id, load) in entries(
      plan.mentors, \.id, Finding.Load.mentor, known: scenario.mentors.map(\.id))
    {
      guard let m = mentors[id] else {
        add(.consistency, .loadUnknown(load: .mentor(id)), places: [id])
        continue
      }
      let mentees = rowsWithMentor[id] ?? []
      compare(load.mentees, rows: mentees, .mentor(id), place: id)
      let hours = mentees.reduce(0) { $0 + $1.mentorHours }
      if !(abs(load.hours - hours) <= tol) {
        add(
          .consistency, .loadMentorHours(mentor: id, stated: load.hours, rows: hours),
          places: [id])
      }
      if !(abs(load.hoursPerWeek - m.hoursPerWeek) <= tol) {
        add(
          .consistency,
          .loadMentorWeekHours(mentor: id, stated: load.hoursPerWeek, scenario: m.hoursPerWeek),
          places: [id])
      }
      if load.maxMentees != m.maxMentees {
        add(
          .consistency,
          .loadMaxMentees(mentor: id, stated: load.maxMentees, scenario: m.maxMentees),
          places: [id])
      }
    }
    for (id, load) in entries(
      plan.activities, \.id, Finding.Load.activity, known: scenario.activities.map(\.id))
    {
      guard let a = activities[id] else {
        add(.consistency, .loadUnknown(load: .activity(id)), places: [id])
        continue
      }
      compare(load.attendees, rows: rowsAtActivity[id] ?? [], .activity(id), place: id)
      if load.seats != a.seats {
        add(
          .consistency, .loadSeats(activity: id, stated: load.seats, scenario: a.seats),
          places: [id])
      }
    }
  }

  // MARK: Consistency: the programme figures

  mutating func checkFigures() {
    let f = plan.programme
    let served = rows.filter(isServed)
    let p = scenario.programme
    let figures: [(Finding.Figure, Int, Int)] = [
      (.enrolled, f.enrolled, rows.filter { $0.status == .enrolled }.count),
      (.admitted, f.admitted, rows.filter { $0.status == .admitted }.count),
      (.waiting, f.waiting, rows.filter { $0.status == .waiting }.count),
      (.served, f.served, served.count),
      (.inPlacement, f.inPlacement, rows.filter { $0.company != nil }.count),
      (.employed, f.employed, served.filter { track(of: $0).isEmployed }.count),
      (.breakEven, f.breakEven, p.breakEven), (.target, f.target, p.target),
    ]
    for (figure, said, actual) in figures where said != actual {
      add(.consistency, .figureDiffers(figure: figure, stated: said, actual: actual))
    }
    let margin = served.count - p.breakEven
    if f.margin != margin {
      add(
        .consistency,
        .marginWrong(stated: f.margin, served: served.count, breakEven: p.breakEven, margin: margin)
      )
    }
    let status: BreakEvenStatus =
      served.count >= p.target
      ? .atTarget : served.count >= p.breakEven ? .aboveBreakEven : .belowBreakEven
    if f.status != status {
      add(
        .consistency,
        .statusWrong(
          stated: f.status, served: served.count, breakEven: p.breakEven, target: p.target,
          actual: status))
    }
    let load = coordinatorLoad()
    let used = load.fixed + load.followUp + load.run
    if !(abs(f.coordinatorHoursUsed - used) <= tol) {
      add(
        .consistency, .coordinatorUsedWrong(stated: f.coordinatorHoursUsed, actual: used),
        places: ["coordinator"])
    }
    if !(abs(f.coordinatorHours - scenario.coordinator.hoursPerWeek) <= tol) {
      add(
        .consistency,
        .coordinatorHoursWrong(
          stated: f.coordinatorHours, scenario: scenario.coordinator.hoursPerWeek),
        places: ["coordinator"])
    }
  }
}
