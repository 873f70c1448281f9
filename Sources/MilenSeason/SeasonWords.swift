import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow

/// A heading or a column label of the season report.
public enum SeasonLabel: Hashable, Sendable, CaseIterable {
  /// The report's title.
  case title
  /// The evaluation's heading.
  case evaluation
  /// Time on benefit's heading.
  case timeOnBenefit
  /// The business case by month.
  case byMonth
  /// The business case by quarter.
  case byQuarter
  /// The business case over the period.
  case wholePeriod
  /// The assumptions' heading.
  case assumptions
  /// Week by week.
  case weekByWeek
  /// Charts' heading.
  case charts
  /// Column: the week.
  case week
  /// Column: the month.
  case month
  /// Column: the quarter.
  case quarter
  /// Column: weeks in a period.
  case weeks
  /// Column: cost.
  case cost
  /// Column: benefit saved.
  case saved
  /// Column: net.
  case net
  /// Column: person-weeks off benefit.
  case personWeeksOff
  /// Column: served.
  case served
  /// Column: break-even.
  case breakEven
  /// Column: admitted.
  case admitted
  /// Column: waiting.
  case waiting
  /// Column: in a placement.
  case inPlacement
  /// Column: placement hours.
  case placementHours
  /// Column: employed.
  case employed
  /// Column: off benefit.
  case offBenefit
  /// Column: category.
  case category
  /// Column: count.
  case count
  /// Column: who.
  case who
  /// Column: name.
  case name
  /// Column: from.
  case from
  /// Column: left benefit on.
  case leftOn
  /// Column: the assumption.
  case assumption
  /// Column: value.
  case value
  /// Column: source.
  case source
  /// Chart: participants against break-even.
  case chartServed
  /// Chart: placements and hours.
  case chartPlacements
  /// Chart: the waiting list.
  case chartWaiting
  /// Still on benefit (a subheading).
  case stillOnBenefit
  /// Left benefit (a subheading).
  case leftBenefit
  /// The season beside the week (the page).
  case seasonOnPage
}

/// A sentence of the season report, with its arguments as values.
public enum SeasonSentence: Hashable, Sendable {
  /// The period: from week to week, with their dates.
  case period(from: String, to: String, weeks: Int)
  /// Attached young people in the period.
  case attached(Int)
  /// An evaluation category's name.
  case category(EvaluationCategory)
  /// Why someone is between placements.
  case between(BetweenReason)
  /// Waiting at the end of the period.
  case waitingAtEnd(Int)
  /// The median weeks from enrolment to leaving benefit, of `people`.
  case median(weeks: Double?, people: Int)
  /// N weeks.
  case weeks(Int)
  /// At least N weeks (the enrolment date is not known).
  case atLeastWeeks(Int)
  /// A week belongs to the month of its Thursday; the cost is a year's / 52 a week.
  case periodRule
  /// The cost of the positions, a year, and where it comes from.
  case costAssumption(annual: Double)
  /// Nobody counted as a saving is still on benefit.
  case savingRule
  /// No weeks in the store for the period.
  case empty
  /// A week was added to the store.
  case added(week: String, version: Int)
  /// The week was already in the store.
  case alreadyThere(week: String, version: Int)
  /// The store was rebuilt with N versions of M weeks.
  case rebuilt(versions: Int, weeks: Int)
  /// A simulation's weeks were written into a scratch season.
  case simulated(weeks: Int, path: String)
  /// A file of the folder left out, and why.
  case folderNote(FolderNote)
  /// The "n of m" of an axis label: break-even line.
  case breakEvenLine(Int)
  /// Hours in the chart's legend.
  case hoursLegend
  /// Placements in the chart's legend.
  case placementsLegend
}

/// Renders the season's words in one language: labels, sentences, numbers, dates and weeks.
public struct SeasonWords: Sendable {
  /// The language.
  public let language: Language
  /// Numbers, money and dates in that language.
  public let localizer: Localizer

  /// The words of a language.
  public init(_ language: Language) {
    self.language = language
    self.localizer = Localizer(language)
  }

  /// A label.
  public func callAsFunction(_ label: SeasonLabel) -> String {
    language == .da ? Self.danish(label) : Self.english(label)
  }

  /// A sentence.
  public func callAsFunction(_ sentence: SeasonSentence) -> String {
    language == .da ? danish(sentence) : english(sentence)
  }

  /// A week as people say it: `uge 5` / `week 5`.
  public func week(_ week: String) -> String {
    guard let w = IsoWeek(parsing: week) else { return week }
    return (language == .da ? "uge " : "week ") + String(w.week)
  }

  /// A week with its year: `uge 5 2026` / `week 5 2026`.
  public func weekOfYear(_ week: String) -> String {
    guard let w = IsoWeek(parsing: week) else { return week }
    return self.week(week) + " " + String(w.year)
  }

  /// A date (`2026-01-26`) as people write it: `26. januar 2026` / `26 January 2026`.
  public func date(_ text: String) -> String {
    guard let d = CalendarDate(parsing: text) else { return text }
    return localizer.date(year: d.year, month: d.month, day: d.day)
  }

  /// A month of a year: `januar 2026` / `January 2026`.
  public func month(_ year: Int, _ month: Int) -> String {
    "\(localizer.month(month)) \(year)"
  }

  /// A quarter of a year: `1. kvartal 2026` / `Q1 2026`.
  public func quarter(_ year: Int, _ quarter: Int) -> String {
    language == .da ? "\(quarter). kvartal \(year)" : "Q\(quarter) \(year)"
  }

  /// An amount in kroner.
  public func money(_ x: Double) -> String { localizer.money(x) }

  /// A number (decimal comma in Danish).
  public func number(_ x: Double) -> String { localizer.number(x) }

  static func danish(_ l: SeasonLabel) -> String {
    switch l {
    case .title: return "Sæsonen"
    case .evaluation: return "Evaluering i programmets egne kategorier"
    case .timeOnBenefit: return "Tid på ydelse"
    case .byMonth: return "Business case pr. måned"
    case .byQuarter: return "Business case pr. kvartal"
    case .wholePeriod: return "Hele perioden"
    case .assumptions: return "Antagelser og kilder"
    case .weekByWeek: return "Uge for uge"
    case .charts: return "Udviklingen"
    case .week: return "Uge"
    case .month: return "Måned"
    case .quarter: return "Kvartal"
    case .weeks: return "Uger"
    case .cost: return "Udgift"
    case .saved: return "Sparet ydelse"
    case .net: return "Netto"
    case .personWeeksOff: return "Personuger uden ydelse"
    case .served: return "Deltagere"
    case .breakEven: return "Break-even"
    case .admitted: return "Optaget"
    case .waiting: return "Venteliste"
    case .inPlacement: return "I praktik"
    case .placementHours: return "Praktiktimer"
    case .employed: return "I job"
    case .offBenefit: return "Uden ydelse"
    case .category: return "Kategori"
    case .count: return "Antal"
    case .who: return "Hvem"
    case .name: return "Navn"
    case .from: return "Fra"
    case .leftOn: return "Ud af ydelse"
    case .assumption: return "Antagelse"
    case .value: return "Værdi"
    case .source: return "Kilde"
    case .chartServed: return "Deltagere mod break-even"
    case .chartPlacements: return "Praktikker og timer pr. uge"
    case .chartWaiting: return "Ventelisten"
    case .stillOnBenefit: return "Stadig på ydelse"
    case .leftBenefit: return "Ud af ydelse"
    case .seasonOnPage: return "Sæsonen indtil nu"
    }
  }

  static func english(_ l: SeasonLabel) -> String {
    switch l {
    case .title: return "The season"
    case .evaluation: return "Evaluation in the programme's own categories"
    case .timeOnBenefit: return "Time on benefit"
    case .byMonth: return "Business case by month"
    case .byQuarter: return "Business case by quarter"
    case .wholePeriod: return "The whole period"
    case .assumptions: return "Assumptions and sources"
    case .weekByWeek: return "Week by week"
    case .charts: return "Trends"
    case .week: return "Week"
    case .month: return "Month"
    case .quarter: return "Quarter"
    case .weeks: return "Weeks"
    case .cost: return "Cost"
    case .saved: return "Benefit saved"
    case .net: return "Net"
    case .personWeeksOff: return "Person-weeks off benefit"
    case .served: return "Participants"
    case .breakEven: return "Break-even"
    case .admitted: return "Admitted"
    case .waiting: return "Waiting"
    case .inPlacement: return "In placement"
    case .placementHours: return "Placement hours"
    case .employed: return "In a job"
    case .offBenefit: return "Off benefit"
    case .category: return "Category"
    case .count: return "Count"
    case .who: return "Who"
    case .name: return "Name"
    case .from: return "From"
    case .leftOn: return "Left benefit"
    case .assumption: return "Assumption"
    case .value: return "Value"
    case .source: return "Source"
    case .chartServed: return "Participants against break-even"
    case .chartPlacements: return "Placements and hours per week"
    case .chartWaiting: return "The waiting list"
    case .stillOnBenefit: return "Still on benefit"
    case .leftBenefit: return "Left benefit"
    case .seasonOnPage: return "The season so far"
    }
  }

  func danish(_ s: SeasonSentence) -> String {
    switch s {
    case .period(let from, let to, let n):
      return "\(weekOfYear(from))-\(weekOfYear(to)): \(n) uger (\(mondayOf(from))-\(sundayOf(to)))"
    case .attached(let n): return "Tilknyttede unge: \(n)"
    case .category(let c):
      switch c {
      case .employed: return "Fastansat"
      case .hireUnderway: return "Ansættelse i proces"
      case .hiredAfterTrial: return "Nyansat efter praktik"
      case .towardsFlexjob: return "På vej i fleksjob"
      case .keptFlexjobOrApprenticeship: return "Fastholdt i fleksjob eller elevplads"
      case .inPlacement: return "I praktik"
      case .betweenPlacements: return "Mellem praktikker"
      case .socialOnly: return "Kun sociale aktiviteter"
      case .education: return "Gået i uddannelse"
      case .endedOther: return "Forløb afsluttet af anden grund"
      }
    case .between(let r):
      switch r {
      case .paused: return "sygdom eller ny medicin"
      case .jobEnded: return "et job sluttede"
      case .noPlacement: return "ingen praktik i ugen"
      }
    case .waitingAtEnd(let n): return "På venteliste ved periodens slutning: \(n)"
    case .median(let w, let n):
      guard let w else { return "Ingen er gået ud af ydelse i perioden" }
      return "Median fra indskrivning til ud af ydelse: \(number(w)) uger (\(n) unge)"
    case .weeks(let n): return n == 1 ? "1 uge" : "\(n) uger"
    case .atLeastWeeks(let n): return n == 1 ? "mindst 1 uge" : "mindst \(n) uger"
    case .periodRule:
      return
        "En uge hører til den måned, dens torsdag ligger i. Udgiften er årets udgift / 52 pr. uge."
    case .costAssumption(let a):
      return
        "Stillingernes udgift: \(money(a)) om året (scenariet: programme.positions × programme.positionCostPerYear; oplægget: en stilling koster ca. 500.000 kr. om året)"
    case .savingRule:
      return
        "Kun unge, der er gået ud af ydelse (job, elevplads, uddannelse), tæller som besparelse; deltagere i praktik, sociale aktiviteter, pause eller fleksjob er stadig på ydelse."
    case .empty: return "Ingen uger i sæsonen for perioden."
    case .added(let w, let v): return "\(weekOfYear(w)) er lagt i sæsonen (version \(v))"
    case .alreadyThere(let w, let v):
      return "\(weekOfYear(w)) er allerede i sæsonen (version \(v)); intet er ændret"
    case .rebuilt(let v, let w): return "sæsonen er bygget op igen: \(v) versioner af \(w) uger"
    case .simulated(let n, let path):
      return "prognosens \(n) uger er skrevet i kladde-sæsonen \(path)"
    case .folderNote(let n):
      switch n {
      case .neither(let p): return "\(p): hverken et scenarie eller en plan; sprunget over"
      case .planWithoutScenario(let p, let w):
        return "\(p): planen for \(weekOfYear(w)) har ikke sit scenarie i mappen; sprunget over"
      case .scenarioWithoutPlan(let p, let w):
        return "\(p): \(weekOfYear(w)) er ikke planlagt; sprunget over"
      }
    case .breakEvenLine(let n): return "break-even \(n)"
    case .hoursLegend: return "timer (højre akse)"
    case .placementsLegend: return "i praktik"
    }
  }

  func english(_ s: SeasonSentence) -> String {
    switch s {
    case .period(let from, let to, let n):
      return "\(weekOfYear(from))-\(weekOfYear(to)): \(n) weeks (\(mondayOf(from))-\(sundayOf(to)))"
    case .attached(let n): return "Young people attached: \(n)"
    case .category(let c):
      switch c {
      case .employed: return "Permanently employed"
      case .hireUnderway: return "Hire under way"
      case .hiredAfterTrial: return "New hire after a trial placement"
      case .towardsFlexjob: return "On the way to a flex-job"
      case .keptFlexjobOrApprenticeship: return "Kept in a flex-job or an apprenticeship"
      case .inPlacement: return "In a placement"
      case .betweenPlacements: return "Between placements"
      case .socialOnly: return "Social contact only"
      case .education: return "Left for education"
      case .endedOther: return "Enrolment ended for another reason"
      }
    case .between(let r):
      switch r {
      case .paused: return "sick or new medication"
      case .jobEnded: return "a job ended"
      case .noPlacement: return "no placement this week"
      }
    case .waitingAtEnd(let n): return "Waiting at the end of the period: \(n)"
    case .median(let w, let n):
      guard let w else { return "Nobody left benefit in the period" }
      return "Median from enrolment to leaving benefit: \(number(w)) weeks (\(n) young people)"
    case .weeks(let n): return n == 1 ? "1 week" : "\(n) weeks"
    case .atLeastWeeks(let n): return n == 1 ? "at least 1 week" : "at least \(n) weeks"
    case .periodRule:
      return
        "A week belongs to the month of its Thursday. The cost is a year's cost / 52 a week."
    case .costAssumption(let a):
      return
        "Cost of the positions: \(money(a)) a year (scenario: programme.positions × programme.positionCostPerYear; the seed: a position costs about 500,000 DKK a year)"
    case .savingRule:
      return
        "Only young people who left benefit (a job, an apprenticeship, education) count as a saving; those in a placement, the social activities, a pause or a flex-job are still on benefit."
    case .empty: return "No weeks in the season for the period."
    case .added(let w, let v): return "\(weekOfYear(w)) added to the season (version \(v))"
    case .alreadyThere(let w, let v):
      return "\(weekOfYear(w)) is already in the season (version \(v)); nothing changed"
    case .rebuilt(let v, let w): return "the season was rebuilt: \(v) versions of \(w) weeks"
    case .simulated(let n, let path):
      return "the forecast's \(n) weeks are written into the scratch season \(path)"
    case .folderNote(let n):
      switch n {
      case .neither(let p): return "\(p): neither a scenario nor a plan; skipped"
      case .planWithoutScenario(let p, let w):
        return "\(p): the plan of \(weekOfYear(w)) has no scenario in the folder; skipped"
      case .scenarioWithoutPlan(let p, let w):
        return "\(p): \(weekOfYear(w)) is not planned; skipped"
      }
    case .breakEvenLine(let n): return "break-even \(n)"
    case .hoursLegend: return "hours (right axis)"
    case .placementsLegend: return "in a placement"
    }
  }

  func mondayOf(_ week: String) -> String {
    IsoWeek(parsing: week).map { date($0.monday.description) } ?? week
  }

  func sundayOf(_ week: String) -> String {
    IsoWeek(parsing: week).map { date($0.date(of: .sun).description) } ?? week
  }
}
