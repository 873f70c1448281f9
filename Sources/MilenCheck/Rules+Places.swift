import Foundation
import MilenModel

extension Checker {
  /// The scenario's companies in id order (the first of a repeated id).
  var companiesInOrder: [Company] { companies.values.sorted { $0.id < $1.id } }

  // MARK: Rule 2: capacity

  mutating func checkCapacity() {
    for c in companiesInOrder {
      let placed = rowsAtCompany[c.id] ?? []
      if placed.count > c.slots {
        add(
          .capacity,
          "\(c.id) has \(count(placed.count, "placement")), above its \(count(c.slots, "slot")) "
            + "(\(idList(ids(placed))))", participants: ids(placed), places: [c.id])
      }
      for day in Weekday.allCases {
        let working = placed.filter { $0.work.contains { $0.day == day } }
        let room = c.slots(on: day)
        if working.count > room {
          let closed = c.open[day] == nil ? ", when it is closed" : ""
          add(
            .capacity,
            "\(c.id) has \(count(working.count, "placement")) on \(day.rawValue), above its "
              + "\(count(room, "slot")) that day\(closed) (\(idList(ids(working))))",
            participants: ids(working), places: [c.id])
        }
      }
    }
    for m in mentors.values.sorted(by: { $0.id < $1.id }) {
      let mentees = (rowsWithMentor[m.id] ?? []).sorted { $0.id < $1.id }
      let hours = mentees.reduce(0) { $0 + $1.mentorHours }
      if hours > m.hoursPerWeek + tol {
        let each = mentees.map { "\($0.id): \(h($0.mentorHours))" }.joined(separator: ", ")
        add(
          .capacity,
          "mentor \(m.id) gives \(h(hours)) mentor hours, above their \(h(m.hoursPerWeek)) hours "
            + "a week (\(each))", participants: ids(mentees), places: [m.id])
      }
      if mentees.count > m.maxMentees {
        add(
          .capacity,
          "mentor \(m.id) has \(count(mentees.count, "mentee")), above their most of "
            + "\(m.maxMentees) (\(idList(ids(mentees))))", participants: ids(mentees),
          places: [m.id])
      }
    }
    for a in activities.values.sorted(by: { $0.id < $1.id }) {
      let attendees = rowsAtActivity[a.id] ?? []
      if attendees.count > a.seats {
        add(
          .capacity,
          "activity \(a.id) has \(count(attendees.count, "attendee")), above its "
            + "\(count(a.seats, "seat")) (\(idList(ids(attendees))))",
          participants: ids(attendees), places: [a.id])
      }
    }
    let load = coordinatorLoad()
    let used = load.fixed + load.followUp + load.run
    let available = scenario.coordinator.hoursPerWeek
    if used > available + tol {
      add(
        .capacity,
        "the coordinator needs \(h(used)) hours (\(h(load.fixed)) fixed, \(h(load.followUp)) "
          + "follow-up for \(count(load.served, "participant")), \(h(load.run)) running "
          + "activities), above their \(h(available)) hours a week", places: ["coordinator"])
    }
  }

  // MARK: Rule 3: legal ratio

  mutating func checkLegalRatio() {
    for c in companiesInOrder {
      let placed = rowsAtCompany[c.id] ?? []
      guard !placed.isEmpty else { continue }
      let room = PlanChecker.legalRoom(ordinaryEmployees: c.ordinaryEmployees)
      let staff = max(0, c.subsidisedStaff)
      if placed.count + staff > room {
        add(
          .legalRatio,
          "\(c.id) has \(count(placed.count, "placement")) plus \(staff) subsidised staff, "
            + "\(placed.count + staff) in all, above the legal ratio's \(room) for "
            + "\(count(c.ordinaryEmployees, "ordinary employee")) (\(idList(ids(placed))))",
          participants: ids(placed), places: [c.id])
      }
    }
  }
}
