import MilenCheck
import MilenFormats
import MilenModel

/// One language's words for the independent checker's findings (``Finding``): each an
/// exhaustive `switch`, so a new finding does not compile until both languages say it.
protocol FindingWords: Wording {
  /// What the checker found, by name.
  func finding(_ f: Finding) -> String
}

extension Localizer {
  /// The findings' wording of this localizer's language.
  func findingWords(_ names: Names) -> any FindingWords {
    switch language {
    case .da: return DanishWording(l: self, names: names)
    case .en: return EnglishWording(l: self, names: names)
    }
  }

  /// What the independent checker found, in this language, naming people and places by name.
  public func say(_ f: Finding, _ names: Names) -> String { findingWords(names).finding(f) }

  /// A violation in this language: `regel 5 (Tilgængelighed og tid): ...`.
  public func say(_ v: Violation, _ names: Names) -> String {
    t("check.rule", String(v.rule.rawValue), t("rule.\(v.rule.rawValue)")) + ": "
      + say(v.finding, names)
  }

  /// The checker's violations one per line, or the line saying the plan keeps every rule.
  public func report(_ violations: [Violation], _ names: Names) -> String {
    violations.isEmpty
      ? t("check.none") : violations.map { say($0, names) }.joined(separator: "\n")
  }
}

extension Names {
  /// The names of the scenario, the plan and a previous plan (for people the scenario no
  /// longer holds): what a check's findings name.
  public init(checking s: Scenario, plan: Plan, previous: Plan?) {
    self.init(s, plan: plan)
    for r in previous?.participants ?? [] { self = adding(participant: r.id, name: r.name) }
  }
}
