import Foundation

/// One assumption of the business case: its value and where it comes from.
public struct Assumption: Hashable, Sendable, Codable {
  /// The field's name in `programme.economics` (or `programme`), e.g. `benefitPerMonth`.
  public var name: String
  /// The scenario path that sets it, e.g. `programme.economics.benefitPerMonth`.
  public var path: String
  /// The value (DKK, weeks or young people, by the field).
  public var value: Double?
  /// The refund steps, for `refundSteps`.
  public var steps: [RefundStep]?
  /// Whether the scenario set it (else the documented default holds).
  public var fromScenario: Bool
  /// The source: `scenario: <path>`, or the public source of the default (English).
  public var source: String
}

/// Someone counted as off benefit this week, and what that saves.
public struct CountedExit: Hashable, Sendable, Codable {
  /// Participant id.
  public var id: String
  /// Why they left benefit.
  public var reason: ExitReason
  /// The date they left benefit.
  public var since: String
  /// Where the business case found them: `exit` (their enrolment ends this week), `followUp`
  /// (still enrolled, `benefit.offSince`) or `ledger` (`leftBenefit`).
  public var from: String
  /// This week is their `weekOff`-th week off benefit (1 = the first) ...
  public var weekOff: Int
  /// ... of the assumed duration of the exit.
  public var ofWeeks: Int
  /// The monthly benefit they no longer receive, DKK (nil with `savingPerParticipantPerYear`).
  public var perMonth: Double?
  /// The municipality's share of it this week (nil with `savingPerParticipantPerYear`).
  public var municipalShare: Double?
  /// Saved this week, DKK.
  public var savedThisWeek: Double
}

/// People the business case does not count as a saving, by why (they are still on benefit,
/// or their exit is over).
public struct NotCounted: Hashable, Sendable, Codable {
  /// Why: `placement`, `socialOnly`, `paused`, `flexjob`, `jobInFollowUp`,
  /// `apprenticeshipInFollowUp`, `waiting`, `leftOnBenefit`, `exitOver`, `exitLater`.
  public var reason: String
  /// Who, by id.
  public var ids: [String]
}

/// The programme's business case (docs/whatif.md): the stated break-even, the cost per
/// participant against ordinary counselling, and the benefit saved by those who have left
/// benefit, each with its assumption and source. Nobody still on benefit counts as a saving.
public struct BusinessCase: Hashable, Sendable, Codable {
  /// Positions.
  public var positions: Double
  /// Cost of one position a year, DKK.
  public var positionCostPerYear: Double
  /// Positions times cost per position per year (DKK).
  public var annualCost: Double
  /// The programme's stated break-even.
  public var statedBreakEven: Int
  /// The programme's stated target.
  public var target: Int
  /// Participants served this week (enrolled + admitted).
  public var served: Int
  /// Served minus the stated break-even.
  public var marginStated: Int
  /// The cost a year per participant served this week (nil when nobody is served).
  public var costPerParticipant: Double?
  /// The cost a year per participant at the stated break-even (nil at 0).
  public var costPerParticipantAtBreakEven: Double?
  /// The cost a year per participant at the target (nil at 0).
  public var costPerParticipantAtTarget: Double?
  /// Ordinary counselling of one young person a year: counsellor cost / caseload (DKK).
  public var counsellingPerYoungPerson: Double
  /// Young people whose ordinary counselling costs what the positions cost.
  public var counsellingEquivalent: Double
  /// Those counted as off benefit this week.
  public var leftBenefit: [CountedExit]
  /// Those not counted, by why.
  public var notCounted: [NotCounted]
  /// Benefit the municipality saves this week (DKK).
  public var benefitSavedThisWeek: Double
  /// This week's saving for a year (x 52), DKK.
  public var benefitSavedPerYear: Double
  /// What one long-term recipient at the basic rate saves in a year off benefit (DKK).
  public var yearOffBenefit: Double
  /// People off benefit all year that pay for the positions: ceil(cost / yearOffBenefit);
  /// nil when an exit saves nothing.
  public var derivedBreakEven: Int?
  /// This week's benefit saving for a year minus the yearly cost (DKK).
  public var annualNet: Double
  /// Every assumption, with its value and source.
  public var assumptions: [Assumption]

  /// Why someone is not counted as a saving (``NotCounted/reason``), in report order.
  public static let notCountedReasons = [
    "placement", "socialOnly", "paused", "flexjob", "jobInFollowUp", "apprenticeshipInFollowUp",
    "waiting", "leftOnBenefit", "exitOver", "exitLater",
  ]

  /// The largest derived break-even reported (people); beyond it the saving is too small
  /// to ever pay for the programme.
  public static let maxBreakEven: Double = 1e12

  /// The business case of a scenario's week, from each participant's status in the plan
  /// (`rows`; a participant without a row counts by the scenario alone: enrolled, referred
  /// = waiting, an exit = left).
  public init(_ s: Scenario, rows: [ParticipantWeek]) {
    let p = s.programme
    let e = ResolvedEconomics(p)
    positions = p.positions
    positionCostPerYear = p.positionCostPerYear
    let cost = p.positions * p.positionCostPerYear
    annualCost = cost
    statedBreakEven = p.breakEven
    target = p.target
    let status = Dictionary(rows.map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
    func statusOf(_ q: Participant) -> ParticipantStatus {
      if let st = status[q.id] { return st }
      if q.exit != nil { return .left }
      return q.enrolment == .enrolled ? .enrolled : .waiting
    }
    served =
      s.participants.filter {
        let st = statusOf($0)
        return st == .enrolled || st == .admitted
      }.count
    marginStated = served - p.breakEven
    func per(_ n: Int) -> Double? { n > 0 ? Self.cents(cost / Double(n)) : nil }
    costPerParticipant = per(served)
    costPerParticipantAtBreakEven = per(p.breakEven)
    costPerParticipantAtTarget = per(p.target)
    counsellingPerYoungPerson = Self.cents(e.counsellingPerYoungPerson)
    counsellingEquivalent =
      cost * Double(e.values.ordinaryCaseload!) / e.values.counsellorCostPerYear!

    let ledger = Self.ledger(s, e, statusOf)
    leftBenefit = ledger.counted
    notCounted = ledger.notCounted
    benefitSavedThisWeek = Self.cents(ledger.counted.reduce(0) { $0 + $1.savedThisWeek })
    benefitSavedPerYear = Self.cents(benefitSavedThisWeek * 52)
    yearOffBenefit = Self.cents(e.yearOffBenefit)
    // A tiny saving makes the quotient astronomically large (or infinite): capped, never a trap.
    let ratio = (cost / yearOffBenefit).rounded(.up)
    derivedBreakEven =
      yearOffBenefit > 0
      ? (ratio.isFinite && ratio < Self.maxBreakEven ? Int(ratio) : Int(Self.maxBreakEven)) : nil
    annualNet = Self.cents(benefitSavedPerYear - cost)
    assumptions = Self.assumptions(e)
  }

  /// Rounded to whole øre.
  static func cents(_ x: Double) -> Double { (x * 100).rounded() / 100 }

  /// Who is counted as off benefit this week and who is not.
  static func ledger(
    _ s: Scenario, _ e: ResolvedEconomics, _ statusOf: (Participant) -> ParticipantStatus
  ) -> (counted: [CountedExit], notCounted: [NotCounted]) {
    var counted: [CountedExit] = []
    var not: [String: [String]] = [:]
    let week = IsoWeek(parsing: s.week)
    let duration = e.values.exitDurationWeeks!
    /// The week off benefit this is (1 = the first), or nil before the date.
    func weekOff(_ since: String) -> Int? {
      guard let w = week, let d = CalendarDate(parsing: since) else { return nil }
      let k = w.weeks(since: d.isoWeek)
      return k >= 0 ? k + 1 : nil
    }
    func count(
      id: String, reason: ExitReason, since: String, from: String, livingAtHome: Bool,
      perMonth: Double?, weeksOnBenefit: Int?
    ) {
      guard let k = weekOff(since) else {
        not["exitLater", default: []].append(id)
        return
      }
      guard k <= duration else {
        not["exitOver", default: []].append(id)
        return
      }
      let rate = e.ratePerMonth(livingAtHome: livingAtHome, own: perMonth)
      let w = e.weeklySaving(perMonth: rate, weeksOnBenefit: weeksOnBenefit, weekOff: k)
      counted.append(
        CountedExit(
          id: id, reason: reason, since: since, from: from, weekOff: k, ofWeeks: duration,
          perMonth: e.savingPerYear == nil ? rate : nil, municipalShare: w.share,
          savedThisWeek: cents(w.saving)))
    }
    var inScenario: Set<String> = []
    for q in s.participants {
      inScenario.insert(q.id)
      let st = statusOf(q)
      let since = q.benefit?.since.flatMap(CalendarDate.init(parsing:))
      func weeksBefore(_ date: String) -> Int? {
        guard let since, let d = CalendarDate(parsing: date) else { return nil }
        return max(0, d.isoWeek.weeks(since: since.isoWeek))
      }
      switch st {
      case .left:
        if let exit = q.exit, exit.reason.leavesBenefit,
          let entry = BenefitExit(leaving: q, week: s.week)
        {
          count(
            id: q.id, reason: exit.reason, since: entry.on, from: "exit",
            livingAtHome: entry.livingAtHome, perMonth: entry.perMonth,
            weeksOnBenefit: entry.weeksOnBenefit)
        } else {
          not["leftOnBenefit", default: []].append(q.id)
        }
      case .waiting:
        not["waiting", default: []].append(q.id)
      case .enrolled, .admitted:
        if q.track == .job || q.track == .apprenticeship, let off = q.benefit?.offSince {
          count(
            id: q.id, reason: q.track == .job ? .job : .apprenticeship, since: off,
            from: "followUp", livingAtHome: q.benefit?.livingAtHome ?? false,
            perMonth: q.benefit?.perMonth, weeksOnBenefit: weeksBefore(off))
        } else {
          let reason: String
          switch q.track {
          case .job: reason = "jobInFollowUp"
          case .apprenticeship: reason = "apprenticeshipInFollowUp"
          default: reason = q.track.rawValue
          }
          not[reason, default: []].append(q.id)
        }
      }
    }
    // The ledger: per person only their latest exit that has begun; someone back in the
    // scenario is on benefit again (or counted above).
    var latest: [String: Int] = [:]
    for (i, x) in s.leftBenefit.enumerated() {
      if inScenario.contains(x.id) {
        not["exitOver", default: []].append(x.id)
        continue
      }
      guard weekOff(x.on) != nil else {
        not["exitLater", default: []].append(x.id)
        continue
      }
      if let j = latest[x.id] {
        let later = x.on > s.leftBenefit[j].on
        not["exitOver", default: []].append(x.id)
        if later { latest[x.id] = i }
      } else {
        latest[x.id] = i
      }
    }
    for i in latest.values.sorted() {
      let x = s.leftBenefit[i]
      count(
        id: x.id, reason: x.reason, since: x.on, from: "ledger", livingAtHome: x.livingAtHome,
        perMonth: x.perMonth, weeksOnBenefit: x.weeksOnBenefit)
    }
    return (
      counted.sorted { ($0.id, $0.since) < ($1.id, $1.since) },
      notCountedReasons.compactMap { r in not[r].map { NotCounted(reason: r, ids: $0.sorted()) } }
    )
  }

  /// Every assumption in force, with its source.
  static func assumptions(_ e: ResolvedEconomics) -> [Assumption] {
    func a(_ name: String, _ value: Double?, steps: [RefundStep]? = nil) -> Assumption {
      let path = "programme.economics.\(name)"
      let mine = e.fromScenario.contains(name)
      return Assumption(
        name: name, path: path, value: value, steps: steps, fromScenario: mine,
        source: mine ? "scenario: \(path)" : Economics.defaultSources[name] ?? "")
    }
    let v = e.values
    var out: [Assumption] = []
    if let s = e.savingPerYear {
      let path = "programme.savingPerParticipantPerYear"
      out.append(
        Assumption(
          name: "savingPerParticipantPerYear", path: path, value: s, fromScenario: true,
          source:
            "scenario: \(path) (a year's saving per person off benefit; replaces the rates and the refund)"
        ))
    } else {
      out += [
        a("benefitPerMonth", v.benefitPerMonth),
        a("benefitAtHomePerMonth", v.benefitAtHomePerMonth),
        a("refundSteps", nil, steps: v.refundSteps),
        a("weeksOnBenefitIfUnknown", v.weeksOnBenefitIfUnknown.map(Double.init)),
      ]
    }
    out += [
      a("exitDurationWeeks", v.exitDurationWeeks.map(Double.init)),
      a("counsellorCostPerYear", v.counsellorCostPerYear),
      a("ordinaryCaseload", v.ordinaryCaseload.map(Double.init)),
    ]
    return out
  }
}

extension BusinessCase {
  /// Reads a business case from a plan file. A plan written before the business case was
  /// revised lacks most fields: they read as empty (the business case is derived from the
  /// scenario, and every command that shows it computes it afresh).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    func num(_ k: CodingKeys) throws -> Double {
      try c.decodeIfPresent(Double.self, forKey: k) ?? 0
    }
    func int(_ k: CodingKeys) throws -> Int { try c.decodeIfPresent(Int.self, forKey: k) ?? 0 }
    positions = try num(.positions)
    positionCostPerYear = try num(.positionCostPerYear)
    annualCost = try num(.annualCost)
    statedBreakEven = try int(.statedBreakEven)
    target = try int(.target)
    served = try int(.served)
    marginStated = try int(.marginStated)
    costPerParticipant = try c.decodeIfPresent(Double.self, forKey: .costPerParticipant)
    costPerParticipantAtBreakEven = try c.decodeIfPresent(
      Double.self, forKey: .costPerParticipantAtBreakEven)
    costPerParticipantAtTarget = try c.decodeIfPresent(
      Double.self, forKey: .costPerParticipantAtTarget)
    counsellingPerYoungPerson = try num(.counsellingPerYoungPerson)
    counsellingEquivalent = try num(.counsellingEquivalent)
    leftBenefit = try c.decodeIfPresent([CountedExit].self, forKey: .leftBenefit) ?? []
    notCounted = try c.decodeIfPresent([NotCounted].self, forKey: .notCounted) ?? []
    benefitSavedThisWeek = try num(.benefitSavedThisWeek)
    benefitSavedPerYear = try num(.benefitSavedPerYear)
    yearOffBenefit = try num(.yearOffBenefit)
    derivedBreakEven = try c.decodeIfPresent(Int.self, forKey: .derivedBreakEven)
    annualNet = try num(.annualNet)
    assumptions = try c.decodeIfPresent([Assumption].self, forKey: .assumptions) ?? []
  }
}
