import Foundation
import MilenModel

extension Checker {
  // MARK: Rule 10: nobody enrolled leaves (this week's statuses)

  /// An exit in the scenario makes the row `left` with nothing in the week; `left` without an
  /// exit is a participant dropped. Exit and waiting reasons belong to their statuses.
  mutating func checkStatuses() {
    for row in rows {
      guard let p = participants[row.id] else { continue }
      let w = who(row.id)
      if let exit = p.exit {
        if row.status != .left {
          add(
            .nobodyLeaves,
            "\(w) leaves this week (exit: \(exit.reason.rawValue)), but the plan has status "
              + "\(row.status.rawValue); a participant whose enrolment ends is listed as left",
            participants: [row.id])
        } else {
          let (things, places) = given(row)
          if !things.isEmpty {
            add(
              .nobodyLeaves,
              "\(w) has left (exit: \(exit.reason.rawValue)) but the plan gives them "
                + "\(things.joined(separator: ", ")); a participant who has left gets nothing",
              participants: [row.id], places: places)
          }
          if row.exitReason != exit.reason {
            add(
              .consistency,
              "the plan gives \(w) exit reason \(row.exitReason?.rawValue ?? "none"), but the "
                + "scenario says \(exit.reason.rawValue)", participants: [row.id])
          }
        }
      } else if row.status == .left {
        add(
          .nobodyLeaves,
          "\(w) has status left, but the scenario ends no enrolment for them (no exit); only "
            + "the coordinator ends an enrolment", participants: [row.id])
      }
      if row.status != .left, let reason = row.exitReason {
        add(
          .consistency,
          "\(w) has exit reason \(reason.rawValue) but status \(row.status.rawValue)",
          participants: [row.id])
      }
      if row.status != .waiting, let reason = row.waitingReason {
        add(
          .consistency,
          "\(w) has a waiting reason (\(reason.kind.rawValue)) but status \(row.status.rawValue)",
          participants: [row.id])
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
      "the previous plan is for week \(prev.week), neither this week \(scenario.week) nor the "
        + "week before (\(before?.description ?? "unknown")), so it is not compared")
    return nil
  }

  /// Everyone enrolled (or, last week, admitted) in the previous plan is still here: enrolled,
  /// or left by an exit of this scenario. Placement weeks at the same company count on.
  mutating func checkPrevious() {
    guard let prev = previous, let relation = previousWeek(prev) else { return }
    let label =
      relation == .lastWeek ? "last week's plan (\(prev.week))" : "the earlier plan of this week"
    var seen = Set<String>()
    for old in prev.participants where seen.insert(old.id).inserted {
      let w = who(old.id)
      let was = "\(w) was \(old.status.rawValue) in \(label)"
      let mustStay = old.status == .enrolled || (relation == .lastWeek && old.status == .admitted)
      if mustStay {
        guard let p = participants[old.id] else {
          add(
            .nobodyLeaves,
            "\(was), but is missing from this week's scenario; only an exit in the scenario "
              + "ends an enrolment", participants: [old.id])
          continue
        }
        if p.exit == nil {
          if p.enrolment != .enrolled {
            add(
              .nobodyLeaves,
              "\(was), but this week's scenario lists them as \(p.enrolment.rawValue); once "
                + "admitted, a young person stays enrolled", participants: [old.id])
          }
          if let row = rowByID[old.id] {
            if row.status != .enrolled {
              add(
                .nobodyLeaves,
                "\(was), so is enrolled now, but this plan has status \(row.status.rawValue)",
                participants: [old.id])
            }
          } else {
            add(.nobodyLeaves, "\(was), but is missing from this plan", participants: [old.id])
          }
        }
      }
      guard old.status == .enrolled || old.status == .admitted, let c = old.company,
        let k = old.placementWeek, let row = rowByID[old.id], row.company == c, isServed(row)
      else { continue }
      let expected = relation == .lastWeek ? k + 1 : k
      if row.placementWeek != expected {
        let said = row.placementWeek.map(String.init) ?? "none"
        add(
          .placementLength,
          "\(w) was in placement week \(k) at \(c) in \(label), so this is week \(expected), "
            + "but the plan says week \(said)", participants: [old.id], places: [c])
      }
    }
  }
}
