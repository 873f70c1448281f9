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
          .capacity, .companyOverSlots(company: c.id, placed: ids(placed), slots: c.slots),
          participants: ids(placed), places: [c.id])
      }
      for day in Weekday.allCases {
        let working = placed.filter { $0.work.contains { $0.day == day } }
        let room = c.slots(on: day)
        if working.count > room {
          add(
            .capacity,
            .companyOverDaySlots(
              company: c.id, day: day, working: ids(working), slots: room,
              closed: c.open[day] == nil), participants: ids(working), places: [c.id])
        }
      }
    }
    for m in mentors.values.sorted(by: { $0.id < $1.id }) {
      let mentees = (rowsWithMentor[m.id] ?? []).sorted { $0.id < $1.id }
      let hours = mentees.reduce(0) { $0 + $1.mentorHours }
      if hours > m.hoursPerWeek + tol {
        let each = mentees.map { Finding.MenteeHours(participant: $0.id, hours: $0.mentorHours) }
        add(
          .capacity,
          .mentorOverHours(mentor: m.id, hours: hours, limit: m.hoursPerWeek, mentees: each),
          participants: ids(mentees), places: [m.id])
      }
      if mentees.count > m.maxMentees {
        add(
          .capacity, .mentorOverMentees(mentor: m.id, mentees: ids(mentees), limit: m.maxMentees),
          participants: ids(mentees), places: [m.id])
      }
    }
    for a in activities.values.sorted(by: { $0.id < $1.id }) {
      let attendees = rowsAtActivity[a.id] ?? []
      if attendees.count > a.seats {
        add(
          .capacity, .activityOverSeats(activity: a.id, attendees: ids(attendees), seats: a.seats),
          participants: ids(attendees), places: [a.id])
      }
    }
    let load = coordinatorLoad()
    let used = load.fixed + load.followUp + load.run
    let available = scenario.coordinator.hoursPerWeek
    if used > available + tol {
      add(
        .capacity,
        .coordinatorOverHours(
          needed: used, fixed: load.fixed, followUp: load.followUp, served: load.served,
          running: load.run, available: available), places: ["coordinator"])
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
          .overLegalRatio(
            company: c.id, placed: ids(placed), subsidised: staff, room: room,
            employees: c.ordinaryEmployees), participants: ids(placed), places: [c.id])
      }
    }
  }
}
