import Foundation

/// The business case's inputs: `programme.economics`, each participant's `benefit` and the
/// ledger `leftBenefit` (docs/scenario.md).
extension Validator {
  /// An amount of money: finite, in range, and not a fraction of a krone other than 0.
  mutating func money(_ path: String, _ value: Double, _ range: ClosedRange<Double>) {
    number(path, value, range)
    if value > 0 && value < 1 { fail(path, "\(value) DKK is below 1 DKK") }
  }

  mutating func check(economics p: Programme) {
    guard let e = p.economics else { return }
    let at = "programme.economics"
    if p.savingPerParticipantPerYear != nil {
      let clashing = [
        ("benefitPerMonth", e.benefitPerMonth != nil),
        ("benefitAtHomePerMonth", e.benefitAtHomePerMonth != nil),
        ("refundSteps", e.refundSteps != nil),
        ("weeksOnBenefitIfUnknown", e.weeksOnBenefitIfUnknown != nil),
      ].filter(\.1).map { "\(at).\($0.0)" }
      if !clashing.isEmpty {
        fail(
          "programme.savingPerParticipantPerYear",
          "replaces the benefit rates and the refund staircase, so it cannot be given with "
            + clashing.joined(separator: ", ") + ": give one or the other")
      }
    }
    if let v = e.benefitPerMonth { money("\(at).benefitPerMonth", v, 0...1_000_000) }
    if let v = e.benefitAtHomePerMonth { money("\(at).benefitAtHomePerMonth", v, 0...1_000_000) }
    if let steps = e.refundSteps {
      if steps.isEmpty {
        fail("\(at).refundSteps", "needs at least one step (the last one holds for every week)")
      }
      var last = 0
      for (i, step) in steps.enumerated() {
        let here = "\(at).refundSteps[\(i)]"
        number("\(here).refund", step.refund, 0...1)
        if i == steps.count - 1 {
          if let w = step.untilWeek {
            fail(
              "\(here).untilWeek",
              "\(w): the last step holds for every week after the one before it; leave untilWeek out"
            )
          }
        } else if let w = step.untilWeek {
          if !(1...520).contains(w) {
            fail("\(here).untilWeek", "\(w) is outside 1...520")
          } else if w <= last {
            fail("\(here).untilWeek", "\(w) must be after the previous step's week \(last)")
          }
          last = max(last, w)
        } else {
          fail("\(here).untilWeek", "is required on every step but the last")
        }
      }
    }
    if let w = e.weeksOnBenefitIfUnknown { integer("\(at).weeksOnBenefitIfUnknown", w, 0...520) }
    if let w = e.exitDurationWeeks { integer("\(at).exitDurationWeeks", w, 1...520) }
    if let v = e.counsellorCostPerYear { number("\(at).counsellorCostPerYear", v, 1...1e9) }
    if let n = e.ordinaryCaseload { integer("\(at).ordinaryCaseload", n, 1...10_000) }
  }

  mutating func check(benefit b: BenefitStatus, of p: Participant, at: String) {
    if let v = b.perMonth { money("\(at).perMonth", v, 0...1_000_000) }
    let since = b.since.flatMap(CalendarDate.init(parsing:))
    if let d = b.since, since == nil {
      fail("\(at).since", "\"\(d)\" is not a date like 2026-01-05")
    }
    if let d = b.offSince {
      if let off = CalendarDate(parsing: d) {
        if let since, off < since {
          fail("\(at).offSince", "\(d) is before benefit.since \(since)")
        }
      } else {
        fail("\(at).offSince", "\"\(d)\" is not a date like 2026-01-05")
      }
      if p.track != .job && p.track != .apprenticeship {
        fail(
          "\(at).offSince",
          "only a participant on the job or apprenticeship track can be off benefit while enrolled; on the \(p.track.rawValue) track they are still on benefit"
        )
      }
    }
  }

  mutating func check(leftBenefit list: [BenefitExit]) {
    var seen: [String: Int] = [:]
    for (i, x) in list.enumerated() {
      let at = "leftBenefit[\(i)]"
      if !isPrintableID(x.id) {
        fail(
          "\(at).id", "is not an id (1-64 printable characters, no spaces or control characters)")
      }
      if !x.reason.leavesBenefit {
        fail(
          "\(at).reason",
          "\"\(x.reason.rawValue)\" does not leave benefit: only job, apprenticeship or education do"
        )
      }
      if !isISODate(x.on) { fail("\(at).on", "\"\(x.on)\" is not a date like 2026-01-05") }
      let key = "\(x.id) \(x.on)"
      if let first = seen[key] {
        fail("\(at)", "\"\(x.id)\" left benefit on \(x.on) twice (first at leftBenefit[\(first)])")
      } else {
        seen[key] = i
      }
      if let v = x.perMonth { money("\(at).perMonth", v, 0...1_000_000) }
      if let w = x.weeksOnBenefit { integer("\(at).weeksOnBenefit", w, 0...5_200) }
    }
  }
}
