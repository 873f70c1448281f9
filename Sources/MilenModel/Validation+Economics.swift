import Foundation

/// The business case's inputs: `programme.economics`, each participant's `benefit` and the
/// ledger `leftBenefit` (docs/scenario.md).
extension Validator {
  /// An amount of money: finite, in range, and not a fraction of a krone other than 0.
  mutating func money(_ path: String, _ value: Double, _ range: ClosedRange<Double>) {
    number(path, value, range)
    if value > 0 && value < 1 { fail(path, .belowOneKrone(value)) }
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
        fail("programme.savingPerParticipantPerYear", .savingWithRates(clashing: clashing))
      }
    }
    if let v = e.benefitPerMonth { money("\(at).benefitPerMonth", v, 0...1_000_000) }
    if let v = e.benefitAtHomePerMonth { money("\(at).benefitAtHomePerMonth", v, 0...1_000_000) }
    if let steps = e.refundSteps {
      if steps.isEmpty {
        fail("\(at).refundSteps", .noRefundSteps)
      }
      var last = 0
      for (i, step) in steps.enumerated() {
        let here = "\(at).refundSteps[\(i)]"
        number("\(here).refund", step.refund, 0...1)
        if i == steps.count - 1 {
          if let w = step.untilWeek {
            fail("\(here).untilWeek", .untilWeekOnLastStep(week: w))
          }
        } else if let w = step.untilWeek {
          if !(1...520).contains(w) {
            fail("\(here).untilWeek", .outsideRange(Double(w), lowest: 1, highest: 520))
          } else if w <= last {
            fail("\(here).untilWeek", .untilWeekNotAfter(week: w, previous: last))
          }
          last = max(last, w)
        } else {
          fail("\(here).untilWeek", .untilWeekRequired)
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
      fail("\(at).since", .notADate(d))
    }
    if let d = b.offSince {
      if let off = CalendarDate(parsing: d) {
        if let since, off < since {
          fail("\(at).offSince", .offBeforeSince(off: d, since: since.description))
        }
      } else {
        fail("\(at).offSince", .notADate(d))
      }
      if p.track != .job && p.track != .apprenticeship {
        fail("\(at).offSince", .offBenefitOnTrack(p.track))
      }
    }
  }

  mutating func check(leftBenefit list: [BenefitExit]) {
    var seen: [String: Int] = [:]
    for (i, x) in list.enumerated() {
      let at = "leftBenefit[\(i)]"
      if !isPrintableID(x.id) {
        fail("\(at).id", .notAnID(x.id))
      }
      if !x.reason.leavesBenefit { fail("\(at).reason", .notLeavingBenefit(x.reason)) }
      if !isISODate(x.on) { fail("\(at).on", .notADate(x.on)) }
      let key = "\(x.id) \(x.on)"
      if let first = seen[key] {
        fail("\(at)", .leftBenefitTwice(participant: x.id, on: x.on, first: first))

      } else {
        seen[key] = i
      }
      if let v = x.perMonth { money("\(at).perMonth", v, 0...1_000_000) }
      if let w = x.weeksOnBenefit { integer("\(at).weeksOnBenefit", w, 0...5_200) }
    }
  }
}
