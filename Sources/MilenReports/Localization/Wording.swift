import MilenFormats
import MilenModel
import MilenSolver

/// One language's words for the typed vocabulary (``Note``, ``ChangeReason``, ...): a
/// rendering for every type, each an exhaustive `switch`, so a new case does not compile until
/// both languages say it. ``DanishWording`` and ``EnglishWording`` are the two places where the
/// words live; ``Localizer/say(_:_:)`` picks one.
protocol Wording {
  var l: Localizer { get }
  var names: Names { get }
  func note(_ n: Note) -> String
  func change(_ c: ChangeReason) -> String
  func value(_ v: ChangeValue) -> String
  func shortfall(_ s: ProgrammeShortfall) -> String
  func event(_ e: SimulationEvent) -> String
  func weekChange(_ c: WeekChange) -> String
  func exclusion(_ e: Exclusion) -> String
  func summary(_ w: WeekSummary) -> String
  func changeFile(_ n: ChangeFileNote) -> String
  func sheet(_ p: SheetProblem) -> String
  /// What is wrong at one place of a scenario (`Validation+Danish.swift`, `+English.swift`).
  func validation(_ p: ValidationProblem) -> String
  func rolling(_ n: RollingNote) -> String
  func cell(_ p: CellProblem) -> String
  func obstacle(_ o: Suggestion.Obstacle) -> String
  /// A move to approve: who goes where, what each gains and loses, and what blocks it.
  func move(_ m: Move) -> String
  func contact(_ c: ContactLine) -> String
  /// `a, b and c` / `a, b og c`.
  func list(_ items: [String]) -> String
}

extension Wording {
  func num(_ x: Double) -> String { l.number(x) }
  func p(_ id: String) -> String { names.participant(id) }
  func c(_ id: String) -> String { names.company(id) }
  func m(_ id: String) -> String { names.mentor(id) }
  func a(_ id: String) -> String { names.activity(id) }
  func people(_ ids: [String]) -> String { list(ids.map(p)) }
  func days(_ d: [Weekday]) -> String { d.map(l.dayLong).joined(separator: ", ") }

  /// An ISO date (`2025-11-10`) as people write it; anything else as given.
  func date(_ s: String) -> String {
    let parts = s.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return s }
    return l.date(year: parts[0], month: parts[1], day: parts[2])
  }

  /// A tag (competence, accommodation) in words, where the catalogue has it.
  func tag(_ t: String) -> String {
    let key = "tag.\(t)"
    let word = l.t(key)
    return word == key ? t : word
  }

  /// Joins with commas and a final `and`/`og`.
  func joinedList(_ items: [String], and word: String) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " \(word) " + items.last!
    }
  }
}

extension Localizer {
  /// The wording of this localizer's language.
  func wording(_ names: Names) -> any Wording {
    switch language {
    case .da: return DanishWording(l: self, names: names)
    case .en: return EnglishWording(l: self, names: names)
    }
  }

  /// A note about a participant's week, in this language, naming people by name.
  public func say(_ n: Note, _ names: Names) -> String { wording(names).note(n) }
  /// Why something changed since last week.
  public func say(_ c: ChangeReason, _ names: Names) -> String { wording(names).change(c) }
  /// What a change's from or to holds.
  public func say(_ v: ChangeValue, _ names: Names) -> String { wording(names).value(v) }
  /// Why the week falls short of break-even.
  public func say(_ s: ProgrammeShortfall, _ names: Names) -> String {
    wording(names).shortfall(s)
  }
  /// Something that happened in a simulated week.
  public func say(_ e: SimulationEvent, _ names: Names) -> String { wording(names).event(e) }
  /// A change to the week that would resolve a shortfall.
  public func say(_ c: WeekChange, _ names: Names) -> String { wording(names).weekChange(c) }
  /// Why a company cannot take someone.
  public func say(_ e: Exclusion, _ names: Names) -> String { wording(names).exclusion(e) }
  /// What applying a change file did besides the change.
  public func say(_ n: ChangeFileNote, _ names: Names) -> String { wording(names).changeFile(n) }
  /// What rolling a week forward did.
  public func say(_ n: RollingNote, _ names: Names) -> String { wording(names).rolling(n) }
  /// What is wrong in a spreadsheet, naming people and places by `names`.
  public func say(_ p: SheetProblem, _ names: Names = Names()) -> String {
    wording(names).sheet(p)
  }
  /// A participant's week in short.
  public func say(_ w: WeekSummary, _ names: Names) -> String { wording(names).summary(w) }
  /// Whom to call, or where to go, as a hand-out says it.
  public func say(_ c: ContactLine, _ names: Names) -> String { wording(names).contact(c) }
  /// Why a suggested option cannot be planned.
  public func say(_ o: Suggestion.Obstacle, _ names: Names) -> String {
    wording(names).obstacle(o)
  }
  /// A move to approve, in words.
  public func say(_ m: Move, _ names: Names) -> String { wording(names).move(m) }
}
