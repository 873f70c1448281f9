import Foundation

/// One step of the state's refund of benefit costs ("refusiontrappen"): while a recipient has
/// been on benefit for at most `untilWeek` weeks, the state refunds `refund` of the benefit and
/// the municipality pays the rest. The last step has no `untilWeek`: it holds after.
public struct RefundStep: Hashable, Sendable, Codable {
  /// The last week on benefit this step covers; nil on the last step (every week after).
  public var untilWeek: Int?
  /// The share the state refunds, 0-1.
  public var refund: Double

  /// A step.
  public init(untilWeek: Int?, refund: Double) {
    self.untilWeek = untilWeek
    self.refund = refund
  }
}

/// The economic assumptions of the business case that a scenario may set
/// (`programme.economics`). Every field is optional: left out, the documented default holds
/// (``Economics/defaults``, docs/whatif.md), and the report names which one was used.
public struct Economics: Hashable, Sendable {
  /// Monthly cash benefit of an under-30 who does not live with their parents, DKK.
  public var benefitPerMonth: Double?
  /// Monthly cash benefit of an under-30 who lives with their parents, DKK.
  public var benefitAtHomePerMonth: Double?
  /// The state's refund by weeks on benefit, in order; the last step has no `untilWeek`.
  public var refundSteps: [RefundStep]?
  /// Weeks on benefit assumed for someone whose weeks are not given.
  public var weeksOnBenefitIfUnknown: Int?
  /// How long an exit from benefit is assumed to last, weeks: it is counted that long.
  public var exitDurationWeeks: Int?
  /// What an ordinary youth counsellor costs a year with pension, DKK.
  public var counsellorCostPerYear: Double?
  /// Young people an ordinary youth counsellor carries.
  public var ordinaryCaseload: Int?

  /// Nothing set: every default holds.
  public init(
    benefitPerMonth: Double? = nil, benefitAtHomePerMonth: Double? = nil,
    refundSteps: [RefundStep]? = nil, weeksOnBenefitIfUnknown: Int? = nil,
    exitDurationWeeks: Int? = nil, counsellorCostPerYear: Double? = nil,
    ordinaryCaseload: Int? = nil
  ) {
    self.benefitPerMonth = benefitPerMonth
    self.benefitAtHomePerMonth = benefitAtHomePerMonth
    self.refundSteps = refundSteps
    self.weeksOnBenefitIfUnknown = weeksOnBenefitIfUnknown
    self.exitDurationWeeks = exitDurationWeeks
    self.counsellorCostPerYear = counsellorCostPerYear
    self.ordinaryCaseload = ordinaryCaseload
  }

  /// The documented defaults (docs/whatif.md, from the public rates of late 2025).
  public static let defaults = Economics(
    benefitPerMonth: 7_200, benefitAtHomePerMonth: 2_900,
    refundSteps: [
      RefundStep(untilWeek: 4, refund: 0.80), RefundStep(untilWeek: 26, refund: 0.40),
      RefundStep(untilWeek: 52, refund: 0.30), RefundStep(untilWeek: nil, refund: 0.20),
    ],
    weeksOnBenefitIfUnknown: 52, exitDurationWeeks: 52, counsellorCostPerYear: 500_000,
    ordinaryCaseload: 15)

  /// Where each default comes from, by field name (English; the reports translate).
  public static let defaultSources: [String: String] = [
    "benefitPerMonth":
      "cash benefit (kontanthjælp) under 30, basic rate, not living with parents: 6,955 DKK a month at 2024 level, about 7,200 in 2025",
    "benefitAtHomePerMonth":
      "cash benefit under 30 living with parents: about 2,900 DKK a month at 2024 level",
    "refundSteps":
      "the state's refund of benefit by weeks on benefit: 80 % in weeks 1-4, 40 % to week 26, 30 % to week 52, 20 % after; the municipality pays the rest",
    "weeksOnBenefitIfUnknown":
      "Milen's assumption: weeks on benefit not given count as a long-term recipient (a year), whose benefit costs the municipality about 80 %",
    "exitDurationWeeks":
      "Milen's assumption, no public source: an exit from benefit is counted for a year",
    "counsellorCostPerYear":
      "a municipal caseworker costs about 480,000-500,000 DKK a year with pension (the upper end)",
    "ordinaryCaseload": "an ordinary youth counsellor carries about 15 young people",
  ]
}

/// A participant's benefit status (sensitive personal data): what the business case needs to
/// value their exit from benefit. Never shown to a company or mentor.
public struct BenefitStatus: Hashable, Sendable {
  /// Lives with their parents (the much lower rate).
  public var livingAtHome: Bool
  /// Their own monthly benefit, DKK, when known (overrides the rate by living situation).
  public var perMonth: Double?
  /// On benefit since this date (ISO `YYYY-MM-DD`): sets the weeks on benefit at an exit.
  public var since: String?
  /// Off benefit since this date, while still in the programme's follow-up: only on the job
  /// and apprenticeship tracks (an ordinary job or an apprenticeship that ends the benefit).
  public var offSince: String?

  /// A benefit status.
  public init(
    livingAtHome: Bool = false, perMonth: Double? = nil, since: String? = nil,
    offSince: String? = nil
  ) {
    self.livingAtHome = livingAtHome
    self.perMonth = perMonth
    self.since = since
    self.offSince = offSince
  }
}

/// One young person who left benefit (a job, an apprenticeship, education): the ledger
/// `leftBenefit` that `milen next` appends to when an enrolment ends that way, so the
/// business case counts them in later weeks, for the assumed duration of the exit.
public struct BenefitExit: Hashable, Sendable, Codable {
  /// The participant's id (they are no longer in `participants`).
  public var id: String
  /// Display name, for the coordinator's own reading.
  public var name: String?
  /// Why they left benefit: `job`, `apprenticeship` or `education`.
  public var reason: ExitReason
  /// The date they left benefit (ISO `YYYY-MM-DD`).
  public var on: String
  /// Lived with their parents (the lower rate).
  public var livingAtHome: Bool
  /// Their own monthly benefit, DKK, when known.
  public var perMonth: Double?
  /// Weeks on benefit before they left, when known.
  public var weeksOnBenefit: Int?

  /// An entry.
  public init(
    id: String, name: String? = nil, reason: ExitReason, on: String, livingAtHome: Bool = false,
    perMonth: Double? = nil, weeksOnBenefit: Int? = nil
  ) {
    self.id = id
    self.name = name
    self.reason = reason
    self.on = on
    self.livingAtHome = livingAtHome
    self.perMonth = perMonth
    self.weeksOnBenefit = weeksOnBenefit
  }

  /// The ledger entry of a participant whose enrolment ends this week with an exit that leaves
  /// benefit; nil for any other participant. The date is `benefit.offSince`, else `exit.on`,
  /// else the Monday of `week`; the weeks on benefit run from `benefit.since` to that date.
  public init?(leaving p: Participant, week: String) {
    guard let exit = p.exit, exit.reason.leavesBenefit else { return nil }
    guard let on = p.benefit?.offSince ?? exit.on ?? IsoWeek(parsing: week)?.monday.description
    else { return nil }
    var weeks: Int?
    if let since = p.benefit?.since.flatMap(CalendarDate.init(parsing:)),
      let off = CalendarDate(parsing: on)
    {
      weeks = max(0, off.isoWeek.weeks(since: since.isoWeek))
    }
    self.init(
      id: p.id, name: p.name, reason: exit.reason, on: on,
      livingAtHome: p.benefit?.livingAtHome ?? false, perMonth: p.benefit?.perMonth,
      weeksOnBenefit: weeks)
  }
}

/// The economic assumptions in force: each scenario value or its default, with its source.
public struct ResolvedEconomics: Hashable, Sendable {
  /// The values (every field set).
  public var values: Economics
  /// The fields the scenario set.
  public var fromScenario: Set<String>
  /// `programme.savingPerParticipantPerYear`, when given: a year's saving per person off
  /// benefit, replacing the rates and the refund staircase.
  public var savingPerYear: Double?

  /// The programme's assumptions: its `economics` over the defaults.
  public init(_ p: Programme) {
    let d = Economics.defaults
    let e = p.economics ?? Economics()
    var set: Set<String> = []
    func pick<T>(_ name: String, _ kp: KeyPath<Economics, T?>) -> T? {
      if let v = e[keyPath: kp] {
        set.insert(name)
        return v
      }
      return d[keyPath: kp]
    }
    values = Economics(
      benefitPerMonth: pick("benefitPerMonth", \.benefitPerMonth),
      benefitAtHomePerMonth: pick("benefitAtHomePerMonth", \.benefitAtHomePerMonth),
      refundSteps: pick("refundSteps", \.refundSteps),
      weeksOnBenefitIfUnknown: pick("weeksOnBenefitIfUnknown", \.weeksOnBenefitIfUnknown),
      exitDurationWeeks: pick("exitDurationWeeks", \.exitDurationWeeks),
      counsellorCostPerYear: pick("counsellorCostPerYear", \.counsellorCostPerYear),
      ordinaryCaseload: pick("ordinaryCaseload", \.ordinaryCaseload))
    fromScenario = set
    savingPerYear = p.savingPerParticipantPerYear
  }

  /// The state's refund in a recipient's `week`-th week on benefit (1 = the first).
  public func refund(week: Int) -> Double {
    let steps = values.refundSteps ?? []
    for s in steps {
      guard let until = s.untilWeek else { return s.refund }
      if week <= until { return s.refund }
    }
    return steps.last?.refund ?? 0
  }

  /// The municipality's share of the benefit in a recipient's `week`-th week on benefit.
  public func municipalShare(week: Int) -> Double { max(0, 1 - refund(week: week)) }

  /// The monthly rate for a living situation, or the person's own rate when known.
  public func ratePerMonth(livingAtHome: Bool, own: Double?) -> Double {
    own ?? (livingAtHome ? values.benefitAtHomePerMonth! : values.benefitPerMonth!)
  }

  /// What the municipality saves in one week while a person is off benefit: their weekly
  /// benefit (monthly x 12 / 52) times the municipal share in the week on benefit they would
  /// have reached (`weeksOnBenefit` before leaving + `weekOff`, 1 = the first week off).
  /// With `savingPerParticipantPerYear` given, that a year / 52.
  public func weeklySaving(
    perMonth: Double, weeksOnBenefit: Int?, weekOff: Int
  ) -> (saving: Double, share: Double?) {
    if let s = savingPerYear { return (s / 52, nil) }
    // Clamped so that a scenario built in code with absurd weeks never overflows.
    let before = min(max(weeksOnBenefit ?? values.weeksOnBenefitIfUnknown!, 0), 1_000_000)
    let share = municipalShare(week: before + min(max(weekOff, 0), 1_000_000))
    return (perMonth * 12 / 52 * share, share)
  }

  /// A year off benefit of a long-term recipient at the basic rate (weeks on benefit not
  /// known), or `savingPerParticipantPerYear`: the yardstick of the derived break-even.
  public var yearOffBenefit: Double {
    if let s = savingPerYear { return s }
    let rate = values.benefitPerMonth!
    return (1...52).reduce(0) {
      $0 + weeklySaving(perMonth: rate, weeksOnBenefit: nil, weekOff: $1).saving
    }
  }

  /// Ordinary counselling of one young person a year: a counsellor's cost / their caseload.
  public var counsellingPerYoungPerson: Double {
    values.counsellorCostPerYear! / Double(max(1, values.ordinaryCaseload!))
  }
}
