/// A move the coordinator may approve (docs/model.md, "Goals"): where a higher goal blocks
/// someone's work or wish (goal 3 keeps another person at a running placement), a move of one
/// other person to another company that fits them, which serves both. The engine never makes
/// such a trade by itself; the coordinator approves it, which applies ``locks`` and plans the
/// week again (`milen plan --apply-move N`, or the page's button).
///
/// Every move in a plan was verified by that re-plan: with the locks the week keeps every hard
/// rule, both people are placed, and nobody else loses a placement or an admission.
public struct Move: Hashable, Sendable, Codable {
  /// The locks that make the move: each participant at a company for the week.
  public var locks: [MoveLock]
  /// What each person concerned gains and loses, the person the move is for first.
  public var effects: [MoveEffect]
  /// The goal that keeps the plan from making the move itself.
  public var blockedBy: GoalKind

  /// A move.
  public init(locks: [MoveLock], effects: [MoveEffect], blockedBy: GoalKind) {
    self.locks = locks
    self.effects = effects
    self.blockedBy = blockedBy
  }

  /// The scenario with the move's locks (any earlier lock of the same people replaced).
  public func applied(to given: Scenario) -> Scenario {
    var s = given
    let ids = Set(locks.map(\.participant))
    s.locks.removeAll { ids.contains($0.participant) }
    s.locks.append(contentsOf: locks.map { Lock(participant: $0.participant, company: $0.company) })
    return s
  }
}

/// One lock of a move: the participant at the company this week.
public struct MoveLock: Hashable, Sendable, Codable {
  /// The participant's id.
  public var participant: String
  /// The company's id.
  public var company: String

  /// A lock of a move.
  public init(participant: String, company: String) {
    self.participant = participant
    self.company = company
  }
}

/// One person's week before and after a move.
public struct MoveEffect: Hashable, Sendable, Codable {
  /// The participant's id.
  public var participant: String
  /// Their placement in the plan as it is.
  public var before: MoveSituation
  /// Their placement with the move made.
  public var after: MoveSituation

  /// A person's week before and after a move.
  public init(participant: String, before: MoveSituation, after: MoveSituation) {
    self.participant = participant
    self.before = before
    self.after = after
  }
}

/// A person's placement, as far as a move changes it.
public struct MoveSituation: Hashable, Sendable, Codable {
  /// The company (nil: no placement).
  public var company: String?
  /// Work hours in the week.
  public var hours: Double
  /// The company's rank among the person's wished companies (1 = first), nil when not wished.
  public var wish: Int?
  /// The placement week there, when it is a running placement continued.
  public var week: Int?

  /// A placement situation.
  public init(company: String?, hours: Double, wish: Int?, week: Int? = nil) {
    self.company = company
    self.hours = hours
    self.wish = wish
    self.week = week
  }
}
