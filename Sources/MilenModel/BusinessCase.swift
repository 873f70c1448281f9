import Foundation

/// The programme's business case: what the posted positions cost against what participants
/// save, and the break-even count derived from it beside the programme's stated 12-14.
public struct BusinessCase: Hashable, Sendable, Codable {
  /// Monthly basic rate of the cash benefit for under-30s, 2025 level (DKK).
  public static let basicRatePerMonth2025 = 7_200.0
  /// The municipality's share of a long-term recipient's benefit after state refunds.
  public static let municipalShare = 0.80
  /// The default saving per participant per year: 7,200 x 12 x 0.80 = 69,120 DKK.
  public static let defaultSaving = basicRatePerMonth2025 * 12 * municipalShare

  /// Positions times cost per position per year (DKK).
  public var annualCost: Double
  /// Saving per participant per year (DKK).
  public var savingPerParticipantPerYear: Double
  /// Where the saving comes from: the scenario, or the documented default.
  public var savingSource: String
  /// Participants needed for the savings to pay for the positions: ceil(cost / saving).
  public var derivedBreakEven: Int
  /// The programme's stated break-even.
  public var statedBreakEven: Int
  /// The programme's stated target.
  public var target: Int
  /// Participants served this week.
  public var served: Int
  /// Served minus the stated break-even.
  public var marginStated: Int
  /// Served minus the derived break-even.
  public var marginDerived: Int
  /// Yearly saving at this week's count minus the yearly cost (DKK).
  public var annualNet: Double

  /// The largest derived break-even reported (participants); beyond it the saving is too small
  /// to ever pay for the programme.
  public static let maxBreakEven: Double = 1e12

  /// The business case of a programme with `served` participants.
  public init(_ p: Programme, served: Int) {
    annualCost = p.positions * p.positionCostPerYear
    if let s = p.savingPerParticipantPerYear {
      savingPerParticipantPerYear = s
      savingSource = "scenario (programme.savingPerParticipantPerYear)"
    } else {
      savingPerParticipantPerYear = Self.defaultSaving
      savingSource = "default: 7.200 DKK/month basic rate (2025) x 12 x 80 % municipal share"
    }
    // A tiny saving makes the quotient astronomically large (or infinite): capped, never a trap.
    let ratio = (annualCost / savingPerParticipantPerYear).rounded(.up)
    derivedBreakEven =
      savingPerParticipantPerYear > 0
      ? (ratio.isFinite && ratio < Self.maxBreakEven ? Int(ratio) : Int(Self.maxBreakEven)) : 0
    statedBreakEven = p.breakEven
    target = p.target
    self.served = served
    marginStated = served - p.breakEven
    marginDerived = served - derivedBreakEven
    annualNet = (Double(served) * savingPerParticipantPerYear - annualCost).rounded()
  }
}
