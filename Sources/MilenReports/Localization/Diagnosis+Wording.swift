import MilenFormats
import MilenModel
import MilenSolver

/// One language's words for an impossible week (``Diagnosis``): its rules, the rows and locks
/// of each conflict, what a quick check found, the fix and the search's notes. Each rendering
/// is an exhaustive `switch`, so a new case does not compile until both languages say it;
/// ``DanishWording`` and ``EnglishWording`` hold the words (`Diagnosis+Danish.swift`,
/// `Diagnosis+English.swift`).
protocol DiagnosisWording: Wording {
  /// The first line: the hard rules cannot all hold.
  var diagnosisHeader: String { get }
  /// A note on the search, as its line says it (`Note: ...`).
  func noteLine(_ text: String) -> String
  /// One conflict's line: its rules, what conflicts and what resolves it.
  func conflictLine(rules: String, what: String, fix: String) -> String
  /// The people a conflict names, with the days each can come.
  func peopleLine(_ people: [Diagnosis.Conflict.Person]) -> String
  /// A hard rule's name.
  func hardRule(_ r: HardRule) -> String
  /// A row family's name.
  func family(_ f: ConflictFamily) -> String
  /// What a row (or a lock) keeps, by name.
  func row(_ r: ConflictRow) -> String
  /// What a conflict that is not the search's groups says.
  func conflictReason(_ r: ConflictReason, _ c: Diagnosis.Conflict) -> String
  /// Why a person can be given nothing.
  func nothing(_ n: NothingReason) -> String
  /// What resolves a conflict.
  func fix(_ f: ConflictFix) -> String
  /// One change to the scenario.
  func diagnosisChange(_ c: Diagnosis.Change) -> String
  /// What limited the search.
  func searchNote(_ n: SearchNote) -> String
}

extension DiagnosisWording {
  /// The groups the search isolated: each `family: row`, then the people named.
  func groups(_ c: Diagnosis.Conflict) -> String {
    var what = c.elements.map { family($0.family) + ": " + row($0.row) }.joined(separator: "; ")
    if !c.people.isEmpty { what += "; " + peopleLine(c.people) }
    return what
  }

  /// One conflict: rules, what conflicts, and its fix.
  func conflict(_ c: Diagnosis.Conflict) -> String {
    conflictLine(
      rules: c.rules.map(hardRule).joined(separator: ", "), what: conflictReason(c.reason, c),
      fix: fix(c.fix))
  }

  /// The whole diagnosis: the header, one conflict a line, then the notes.
  func diagnosis(_ d: Diagnosis) -> String {
    ([diagnosisHeader] + d.conflicts.map { "  - " + conflict($0) }
      + d.notes.map { "  " + noteLine(searchNote($0)) }).joined(separator: "\n")
  }
}

extension Localizer {
  /// The diagnosis wording of this localizer's language.
  func diagnosisWording(_ names: Names) -> any DiagnosisWording {
    switch language {
    case .da: return DanishWording(l: self, names: names)
    case .en: return EnglishWording(l: self, names: names)
    }
  }

  /// An impossible week's diagnosis in this language, one conflict a line, naming people,
  /// companies, mentors and sessions by name.
  public func say(_ d: Diagnosis, _ names: Names) -> String {
    diagnosisWording(names).diagnosis(d)
  }

  /// One conflict of an impossible week: its rules, what conflicts, and what resolves it.
  public func say(_ c: Diagnosis.Conflict, _ names: Names) -> String {
    diagnosisWording(names).conflict(c)
  }

  /// A hard rule's name.
  public func say(_ r: HardRule) -> String { diagnosisWording(Names()).hardRule(r) }

  /// A row family's name.
  public func say(_ f: ConflictFamily) -> String { diagnosisWording(Names()).family(f) }

  /// What a row of a conflict (or a lock) keeps.
  public func say(_ r: ConflictRow, _ names: Names) -> String { diagnosisWording(names).row(r) }

  /// A change that resolves a conflict.
  public func say(_ c: Diagnosis.Change, _ names: Names) -> String {
    diagnosisWording(names).diagnosisChange(c)
  }

  /// What limited the search for conflicts.
  public func say(_ n: SearchNote) -> String { diagnosisWording(Names()).searchNote(n) }
}
