import Foundation
import MilenModel

/// The programme's own evaluation categories (the August 2025 evaluation), in report order.
/// Every young person attached in the period is in exactly one, by where they stand in the
/// period's last week (docs/season.md gives each rule).
public enum EvaluationCategory: String, CaseIterable, Hashable, Sendable, Codable {
  /// In a job since before the period, or left the programme for a job.
  case employed
  /// Hired in the period, not (yet) off benefit (a subsidised job, a hire being settled).
  case hireUnderway
  /// Hired in the period by a company where they had a placement in the period.
  case hiredAfterTrial
  /// Moved to the flex-job track in the period.
  case towardsFlexjob
  /// On the flex-job or apprenticeship track from the period's start, or left for one.
  case keptFlexjobOrApprenticeship
  /// On the placement track and placed in the last week.
  case inPlacement
  /// On the placement track without a placement in the last week, or paused.
  case betweenPlacements
  /// On the social-only track.
  case socialOnly
  /// Left the programme for education.
  case education
  /// The enrolment ended otherwise (moved away, another reason).
  case endedOther
}

/// Why someone is between placements.
public enum BetweenReason: String, Hashable, Sendable, Codable {
  /// Paused: sick, or on new medication.
  case paused
  /// Was in a job earlier in the period that ended.
  case jobEnded
  /// No placement this week.
  case noPlacement
}

/// A young person named in the report.
public struct PersonEntry: Hashable, Sendable, Codable {
  /// Id.
  public var id: String
  /// Display name.
  public var name: String
  /// The company or employer, when the category has one.
  public var place: String?
  /// Why between placements.
  public var between: BetweenReason?

  /// A person in a list.
  public init(id: String, name: String, place: String? = nil, between: BetweenReason? = nil) {
    self.id = id
    self.name = name
    self.place = place
    self.between = between
  }
}

/// One evaluation category: its count and who.
public struct EvaluationGroup: Hashable, Sendable, Codable {
  /// The category.
  public var category: EvaluationCategory
  /// How many.
  public var count: Int
  /// Who, by name.
  public var people: [PersonEntry]
}

/// One young person's time on benefit in the programme.
public struct BenefitSpell: Hashable, Sendable, Codable {
  /// Id.
  public var id: String
  /// Display name.
  public var name: String
  /// From enrolment (`enrolledOn`, else the Monday of the first week the store has them in).
  public var from: String
  /// Whether `from` is the first week the store has them in (their enrolment date is not
  /// given): the time is then at least the figure shown.
  public var fromFirstWeekSeen: Bool
  /// The date they left benefit; nil while still on benefit.
  public var leftOn: String?
  /// Weeks from enrolment to leaving benefit, or on benefit so far (to the period's end).
  public var weeks: Int
}

/// Time on benefit: per person, and the median of those who left.
public struct TimeOnBenefit: Hashable, Sendable, Codable {
  /// Those who left benefit, by weeks.
  public var left: [BenefitSpell]
  /// Those still on benefit at the period's end, by weeks so far.
  public var stillOn: [BenefitSpell]
  /// The median weeks to leaving benefit of those who left; nil when nobody left.
  public var medianWeeks: Double?
}

/// The business case over a month, a quarter or the whole period.
public struct PeriodFigures: Hashable, Sendable, Codable {
  /// `2026-01` for a month, `2026-Q1` for a quarter, `all` for the period.
  public var period: String
  /// Year.
  public var year: Int
  /// Month 1-12, for a month.
  public var month: Int?
  /// Quarter 1-4, for a quarter.
  public var quarter: Int?
  /// Weeks of the season in it (a week belongs to the month of its Thursday).
  public var weeks: Int
  /// The positions' cost in those weeks (a year's cost / 52 a week), DKK.
  public var cost: Double
  /// Benefit saved by those counted as off benefit in those weeks, DKK.
  public var saved: Double
  /// Saved minus cost, DKK.
  public var net: Double
  /// Weeks off benefit summed over people (a person counted 4 weeks gives 4).
  public var personWeeksOffBenefit: Int
}

/// One week's figures in the report.
public struct WeekFigures: Hashable, Sendable, Codable {
  /// ISO week.
  public var week: String
  /// The version of the week reported (the latest).
  public var version: Int
  /// Served (enrolled + admitted).
  public var served: Int
  /// The stated break-even.
  public var breakEven: Int
  /// Admitted from the waiting list.
  public var admitted: Int
  /// Waiting.
  public var waiting: Int
  /// In a placement.
  public var inPlacement: Int
  /// Placement hours.
  public var placementHours: Double
  /// In a job, flex-job or apprenticeship.
  public var employed: Int
  /// Counted off benefit.
  public var offBenefit: Int
  /// Benefit saved (DKK).
  public var benefitSaved: Double
}

/// The season's report (docs/season.md): the evaluation in the programme's categories, time
/// on benefit, the business case by month and quarter with its assumptions, and the weeks.
public struct SeasonReport: Hashable, Sendable, Codable {
  /// The first week reported.
  public var from: String
  /// The last week reported.
  public var to: String
  /// Week by week.
  public var weeks: [WeekFigures]
  /// Young people attached in the period (enrolled, admitted or leaving in some week).
  public var attached: Int
  /// The evaluation, every category (also the empty ones).
  public var evaluation: [EvaluationGroup]
  /// Waiting at the period's end, in the order of the last week's plan.
  public var waitingAtEnd: [PersonEntry]
  /// Time on benefit.
  public var timeOnBenefit: TimeOnBenefit
  /// The business case by month.
  public var months: [PeriodFigures]
  /// The business case by quarter.
  public var quarters: [PeriodFigures]
  /// The business case over the period.
  public var total: PeriodFigures
  /// What the positions cost a year in the period's last week (DKK).
  public var annualCost: Double
  /// The business case's assumptions in the period's last week, each with its source.
  public var assumptions: [Assumption]

  /// The report of the weeks given (the latest version of each, in week order).
  public init(_ weeks: [WeekRecord]) {
    from = weeks.first?.week ?? ""
    to = weeks.last?.week ?? ""
    self.weeks = weeks.map {
      WeekFigures(
        week: $0.week, version: $0.version, served: $0.served, breakEven: $0.breakEven,
        admitted: $0.admitted, waiting: $0.waiting, inPlacement: $0.inPlacement,
        placementHours: $0.placementHours, employed: $0.employed, offBenefit: $0.offBenefit,
        benefitSaved: $0.benefitSaved)
    }
    let (groups, waiting) = Self.evaluate(weeks)
    evaluation = groups
    attached = groups.reduce(0) { $0 + $1.count }
    waitingAtEnd = waiting
    timeOnBenefit = Self.timeOnBenefit(weeks)
    months = Self.periods(weeks) { d in
      (String(format: "%04d-%02d", d.year, d.month), d.year, d.month, nil)
    }
    quarters = Self.periods(weeks) { d in
      let q = (d.month - 1) / 3 + 1
      return (String(format: "%04d-Q%d", d.year, q), d.year, nil, q)
    }
    total =
      Self.periods(weeks) { d in
        ("all", weeks.first.flatMap { IsoWeek(parsing: $0.week) }?.year ?? d.year, nil, nil)
      }
      .first
      ?? PeriodFigures(
        period: "all", year: 0, weeks: 0, cost: 0, saved: 0, net: 0, personWeeksOffBenefit: 0)
    annualCost = weeks.last?.annualCost ?? 0
    assumptions = weeks.last?.assumptions ?? []
  }

  /// Each person's rows in week order, and the category of where they stand at the end.
  static func evaluate(_ weeks: [WeekRecord]) -> ([EvaluationGroup], [PersonEntry]) {
    var rows: [String: [PersonWeek]] = [:]
    var order: [String] = []
    for w in weeks {
      for p in w.people {
        if rows[p.id] == nil { order.append(p.id) }
        rows[p.id, default: []].append(p)
      }
    }
    var groups: [EvaluationCategory: [PersonEntry]] = [:]
    var waiting: [PersonEntry] = []
    for id in order.sorted() {
      let all = rows[id]!
      let last = all.last!
      let attached = all.contains { $0.status != .waiting }
      if !attached {
        // Still on the waiting list, if the last week has them.
        if weeks.last?.people.contains(where: { $0.id == id }) == true {
          waiting.append(PersonEntry(id: id, name: last.name))
        }
        continue
      }
      let entry = { (place: String?, between: BetweenReason?) in
        PersonEntry(id: id, name: last.name, place: place, between: between)
      }
      let inRange = all.filter { $0.status != .waiting }
      let changedTrack = { (t: Track) in inRange.contains { $0.track != t } }
      let category: EvaluationCategory
      var place: String? = nil
      var between: BetweenReason? = nil
      if last.status == .left {
        place = last.employer
        switch last.exitReason {
        case .job: category = .employed
        case .apprenticeship, .flexjob: category = .keptFlexjobOrApprenticeship
        case .education: category = .education
        default: category = .endedOther
        }
      } else {
        switch last.track {
        case .job:
          place = last.employer
          let trial = inRange.contains { $0.companyName != nil && $0.companyName == last.employer }
          if changedTrack(.job) && trial {
            category = .hiredAfterTrial
          } else if changedTrack(.job) && last.leftBenefitOn == nil {
            category = .hireUnderway
          } else {
            category = .employed
          }
        case .flexjob:
          place = last.employer
          category = changedTrack(.flexjob) ? .towardsFlexjob : .keptFlexjobOrApprenticeship
        case .apprenticeship:
          place = last.employer
          category = .keptFlexjobOrApprenticeship
        case .placement:
          if let c = last.companyName {
            place = c
            category = .inPlacement
          } else {
            category = .betweenPlacements
            between = inRange.contains { $0.track == .job } ? .jobEnded : .noPlacement
          }
        case .paused:
          category = .betweenPlacements
          between = inRange.contains { $0.track == .job } ? .jobEnded : .paused
        case .socialOnly:
          category = .socialOnly
        }
      }
      groups[category, default: []].append(entry(place, between))
    }
    let lastOrder = weeks.last?.people.filter { $0.status == .waiting }.map(\.id) ?? []
    waiting.sort {
      (lastOrder.firstIndex(of: $0.id) ?? Int.max, $0.id)
        < (lastOrder.firstIndex(of: $1.id) ?? Int.max, $1.id)
    }
    return (
      EvaluationCategory.allCases.map {
        EvaluationGroup(category: $0, count: groups[$0]?.count ?? 0, people: groups[$0] ?? [])
      }, waiting
    )
  }

  /// Weeks from enrolment to leaving benefit, per person; the median of those who left.
  static func timeOnBenefit(_ weeks: [WeekRecord]) -> TimeOnBenefit {
    guard let end = weeks.last.flatMap({ IsoWeek(parsing: $0.week) }) else {
      return TimeOnBenefit(left: [], stillOn: [], medianWeeks: nil)
    }
    var first: [String: (PersonWeek, IsoWeek)] = [:]
    var leftOn: [String: String] = [:]
    var last: [String: PersonWeek] = [:]
    for w in weeks {
      guard let iso = IsoWeek(parsing: w.week) else { continue }
      for p in w.people where p.status != .waiting {
        if first[p.id] == nil { first[p.id] = (p, iso) }
        if leftOn[p.id] == nil, let d = p.leftBenefitOn { leftOn[p.id] = d }
        last[p.id] = p
      }
    }
    var left: [BenefitSpell] = []
    var still: [BenefitSpell] = []
    for (id, (p, seen)) in first.sorted(by: { $0.key < $1.key }) {
      let enrolled = p.enrolledOn.flatMap(CalendarDate.init(parsing:))
      let start = enrolled ?? seen.monday
      let name = last[id]?.name ?? p.name
      if let off = leftOn[id], let d = CalendarDate(parsing: off) {
        left.append(
          BenefitSpell(
            id: id, name: name, from: start.description, fromFirstWeekSeen: enrolled == nil,
            leftOn: off, weeks: max(0, d.isoWeek.weeks(since: start.isoWeek))))
      } else if last[id]?.status != .left {
        still.append(
          BenefitSpell(
            id: id, name: name, from: start.description, fromFirstWeekSeen: enrolled == nil,
            leftOn: nil, weeks: max(0, end.weeks(since: start.isoWeek) + 1)))
      }
    }
    left.sort { ($0.weeks, $0.id) < ($1.weeks, $1.id) }
    still.sort { ($0.weeks, $0.id) > ($1.weeks, $1.id) }
    let w = left.map(\.weeks)
    let median: Double? =
      w.isEmpty
      ? nil
      : w.count % 2 == 1 ? Double(w[w.count / 2]) : Double(w[w.count / 2 - 1] + w[w.count / 2]) / 2
    return TimeOnBenefit(left: left, stillOn: still, medianWeeks: median)
  }

  /// The business case summed by the period `key` gives a week's Thursday, in time order.
  static func periods(
    _ weeks: [WeekRecord],
    key: (CalendarDate) -> (String, Int, Int?, Int?)
  ) -> [PeriodFigures] {
    var out: [PeriodFigures] = []
    for w in weeks {
      guard let iso = IsoWeek(parsing: w.week) else { continue }
      let (name, year, month, quarter) = key(iso.date(of: .thu))
      if out.last?.period != name {
        out.append(
          PeriodFigures(
            period: name, year: year, month: month, quarter: quarter, weeks: 0, cost: 0, saved: 0,
            net: 0, personWeeksOffBenefit: 0))
      }
      let i = out.count - 1
      out[i].weeks += 1
      out[i].cost += w.annualCost / 52
      out[i].saved += w.benefitSaved
      out[i].personWeeksOffBenefit += w.offBenefit
    }
    for i in out.indices {
      out[i].cost = WeekRecord.rounded(out[i].cost)
      out[i].saved = WeekRecord.rounded(out[i].saved)
      out[i].net = WeekRecord.rounded(out[i].saved - out[i].cost)
    }
    return out
  }
}
