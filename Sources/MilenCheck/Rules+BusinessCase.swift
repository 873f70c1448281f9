import Foundation
import MilenModel

extension Checker {
  // MARK: The business case counts nobody still on benefit (docs/model.md, "A plan")

  /// Everyone the plan's business case counts as off benefit has left it, by the scenario and
  /// the plan's own rows: an exit this week whose reason leaves benefit (a job, an
  /// apprenticeship, education), a job or apprenticeship in follow-up with the date they left
  /// benefit, or an earlier exit in the scenario's ledger (`leftBenefit`); and not before the
  /// date they left. Anyone in a placement, social-only, paused, in a flex-job, waiting, or
  /// leaving for a reason that keeps them on benefit is still on benefit.
  mutating func checkBusinessCase() {
    guard let bc = plan.businessCase else { return }
    let week = IsoWeek(parsing: scenario.week)
    let ledger = Set(scenario.leftBenefit.map(\.id))
    var seen = Set<String>()
    for x in bc.leftBenefit {
      if !seen.insert(x.id).inserted {
        add(.consistency, .offBenefitTwice(participant: x.id), participants: [x.id])
        continue
      }
      if let since = CalendarDate(parsing: x.since), let week, since.isoWeek > week {
        add(
          .consistency, .offBenefitTooEarly(participant: x.id, since: x.since),
          participants: [x.id])
      }
      guard let q = participants[x.id] else {
        if !ledger.contains(x.id) {
          add(.consistency, .offBenefitUnknown(participant: x.id), participants: [x.id])
        }
        continue
      }
      if let why = stillOnBenefit(q) {
        add(
          .consistency, .offBenefitStillOn(participant: q.id, why: why), participants: [q.id])
      }
    }
  }

  /// Why a participant of the scenario is still on benefit this week, or nil when they are off
  /// it.
  func stillOnBenefit(_ q: Participant) -> Finding.OnBenefit? {
    let status = rowByID[q.id]?.status
    if status == .left || (status == nil && q.exit != nil) {
      guard let exit = q.exit else { return .leftWithoutExit }
      return exit.reason.leavesBenefit ? nil : .leavesFor(exit.reason)
    }
    if status == .waiting || (status == nil && q.enrolment == .referred) { return .waits }
    switch q.track {
    case .job, .apprenticeship:
      return q.benefit?.offSince == nil ? .noDateOffBenefit(q.track) : nil
    default:
      return .track(q.track)
    }
  }
}
