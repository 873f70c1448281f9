import Foundation
import MilenModel

extension Checker {
  // MARK: Rule 10: nobody enrolled leaves (this week's statuses)

  /// An exit in the scenario makes the row `left` with nothing in the week; `left` without an
  /// exit is a participant dropped. Exit and waiting reasons belong to their statuses.
  mutating func checkStatuses() {
    for row in rows {
      guard let p = participants[row.id] else { continue }
      let id = row.id
      if let exit = p.exit {
        if row.status != .left {
          add(
            .nobodyLeaves,
            .exitNotLeft(participant: id, reason: exit.reason, status: row.status),
            participants: [id])
        } else {
          let (things, places) = given(row)
          if !things.isEmpty {
            add(
              .nobodyLeaves, .leftGiven(participant: id, reason: exit.reason, given: things),
              participants: [id], places: places)
          }
          if row.exitReason != exit.reason {
            add(
              .consistency,
              .exitReasonDiffers(participant: id, plan: row.exitReason, scenario: exit.reason),
              participants: [id])
          }
        }
      } else if row.status == .left {
        add(.nobodyLeaves, .leftWithoutExit(participant: id), participants: [id])
      }
      if row.status != .left, let reason = row.exitReason {
        add(
          .consistency,
          .exitReasonWithStatus(participant: id, reason: reason, status: row.status),
          participants: [id])
      }
      if row.status != .waiting, let reason = row.waitingReason {
        add(
          .consistency,
          .waitingReasonWithStatus(participant: id, kind: reason.kind, status: row.status),
          participants: [id])
      }
    }
  }

  // MARK: Rule 10 across weeks: the previous plan

  /// How the previous plan relates to this scenario's week.
  enum PreviousWeek {
    /// The ISO week before: the admitted are enrolled now, placement weeks count on by one.
    case lastWeek
    /// The same week (a replan): the enrolled stay, placement weeks stay.
    case sameWeek
  }

  /// The previous plan's relation to this week, or nil (reported) when it is unrelated.
  mutating func previousWeek(_ prev: Plan) -> PreviousWeek? {
    if prev.week == scenario.week { return .sameWeek }
    let before = scenario.isoWeek?.previous
    if let before, IsoWeek(parsing: prev.week) == before { return .lastWeek }
    add(
      .consistency,
      .previousUnrelated(previous: prev.week, week: scenario.week, before: before?.description))
    return nil
  }

  /// Everyone enrolled (or, last week, admitted) in the previous plan is still here: enrolled,
  /// or left by an exit of this scenario. Placement weeks at the same company count on.
  mutating func checkPrevious() {
    guard let prev = previous, let relation = previousWeek(prev) else { return }
    let label: Finding.PreviousPlan = relation == .lastWeek ? .lastWeek(prev.week) : .sameWeek
    var seen = Set<String>()
    for old in prev.participants where seen.insert(old.id).inserted {
      let (id, was) = (old.id, old.status)
      let mustStay = old.status == .enrolled || (relation == .lastWeek && old.status == .admitted)
      if mustStay {
        guard let p = participants[old.id] else {
          add(
            .nobodyLeaves,
            .previousMissingFromScenario(participant: id, was: was, previous: label),
            participants: [id])
          continue
        }
        if p.exit == nil {
          if p.enrolment != .enrolled {
            add(
              .nobodyLeaves,
              .previousNotEnrolledInScenario(
                participant: id, was: was, previous: label, enrolment: p.enrolment),
              participants: [id])
          }
          if let row = rowByID[old.id] {
            if row.status != .enrolled {
              add(
                .nobodyLeaves,
                .previousNotEnrolledInPlan(
                  participant: id, was: was, previous: label, status: row.status),
                participants: [id])
            }
          } else {
            add(
              .nobodyLeaves, .previousMissingFromPlan(participant: id, was: was, previous: label),
              participants: [id])
          }
        }
      }
      guard old.status == .enrolled || old.status == .admitted, let c = old.company,
        let k = old.placementWeek, let row = rowByID[old.id], row.company == c, isServed(row)
      else { continue }
      let expected = relation == .lastWeek ? k + 1 : k
      if row.placementWeek != expected {
        add(
          .placementLength,
          .placementWeekNotCounted(
            participant: id, company: c, previousWeek: k, previous: label, expected: expected,
            stated: row.placementWeek), participants: [id], places: [c])
      }
    }
  }
}
