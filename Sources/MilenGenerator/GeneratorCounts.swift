/// The preset sizes of generated scenarios, from one town to the whole country.
public enum ScenarioSize: String, CaseIterable, Sendable {
  /// The Aulum size: one town, about 22 enrolled and 4 referred, 9 companies.
  case s = "S"
  /// Herning municipality: about 400 participants in 8 towns.
  case m = "M"
  /// A region: 2,500 participants in about 40 towns.
  case l = "L"
  /// National scale: 20,000 participants in about 300 towns.
  case xl = "XL"
}

/// How many of each thing a generated scenario holds.
///
/// `participants` counts the enrolled; `referred` (the waiting list) comes on top. Each town
/// gets at least two activity sessions (its two group meetings), so `activities` is raised to
/// `2 * towns` when it is lower.
public struct GeneratorCounts: Sendable, Hashable {
  /// Enrolled participants.
  public var participants: Int
  /// Companies offering placements (and employing the job track).
  public var companies: Int
  /// Mentors.
  public var mentors: Int
  /// Activity sessions in the week.
  public var activities: Int
  /// Towns: independent clusters on the map.
  public var towns: Int
  /// Referred participants on the waiting list.
  public var referred: Int

  /// Counts from their parts.
  public init(
    participants: Int, companies: Int, mentors: Int, activities: Int, towns: Int, referred: Int
  ) {
    self.participants = participants
    self.companies = companies
    self.mentors = mentors
    self.activities = activities
    self.towns = towns
    self.referred = referred
  }

  /// The documented counts of a preset size.
  public static func preset(_ size: ScenarioSize) -> GeneratorCounts {
    switch size {
    case .s:
      return GeneratorCounts(
        participants: 22, companies: 9, mentors: 3, activities: 6, towns: 1, referred: 4)
    case .m:
      return GeneratorCounts(
        participants: 400, companies: 120, mentors: 25, activities: 60, towns: 8, referred: 40)
    case .l:
      return GeneratorCounts(
        participants: 2_500, companies: 600, mentors: 120, activities: 300, towns: 40,
        referred: 250)
    case .xl:
      return GeneratorCounts(
        participants: 20_000, companies: 5_000, mentors: 960, activities: 2_400, towns: 300,
        referred: 2_000)
    }
  }

  /// The referrals that go with a number of enrolled participants (about 10 %).
  public static func defaultReferred(participants: Int) -> Int {
    Int((Double(max(0, participants)) * 0.1).rounded())
  }

  /// Problems with the counts (negative numbers, no town), or an empty list.
  public var problems: [String] {
    var out: [String] = []
    let named = [
      ("participants", participants), ("companies", companies), ("mentors", mentors),
      ("activities", activities), ("referred", referred),
    ]
    for (name, value) in named where value < 0 { out.append("\(name) must not be negative") }
    if towns < 1 { out.append("towns must be at least 1") }
    if towns > 10_000 { out.append("towns must be at most 10000") }
    for (name, value) in named + [("towns", towns)] where value > 1_000_000 {
      out.append("\(name) must be at most 1000000")
    }
    return out
  }
}
