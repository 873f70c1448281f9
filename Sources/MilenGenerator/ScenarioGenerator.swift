import MilenModel

/// Makes a realistic, valid and feasible week of the programme from a seed: towns as
/// clusters on a km grid, local firms, mentors and the group's activity sessions per town,
/// and participants in the seed's mix of tracks. The same seed and counts always give the
/// same scenario (and so the same file bytes); nothing depends on the clock, the system
/// random source or hash order.
public struct ScenarioGenerator: Sendable {
  /// The seed.
  public var seed: UInt64
  /// How many of each thing to make.
  public var counts: GeneratorCounts

  /// The ISO week every generated scenario plans.
  public static let week = "2026-W02"

  /// A generator for a seed and counts (negative counts are treated as 0, towns as at least 1).
  public init(seed: UInt64, counts: GeneratorCounts) {
    self.seed = seed
    self.counts = counts
  }

  /// A generator of a preset size.
  public init(seed: UInt64, size: ScenarioSize) {
    self.init(seed: seed, counts: .preset(size))
  }

  /// The scenario.
  public func generate() -> Scenario {
    var b = Builder(seed: seed, counts: counts)
    return b.build()
  }
}

/// One town: a cluster of people, companies, mentors and activities around a centre.
struct Town {
  var index: Int
  var name: String
  var slug: String
  var centre: Location
  /// Farthest anyone here may travel, so nobody reaches another town's companies.
  var reachCap: Double
  var enrolled: Int
  var referred: Int
  var companyCount: Int
  var mentorCount: Int
  var activityCount: Int
  /// Indices into the scenario's lists.
  var companies: [Int] = []
  var mentors: [Int] = []
  var activities: [Int] = []
  /// The two group meetings (indices into the scenario's activities).
  var meetings: [Int] = []
  var participants: [Int] = []
}

/// The generator's working state: one random stream used in a fixed order.
struct Builder {
  var rng: SeededRandom
  let counts: GeneratorCounts
  var towns: [Town] = []
  var scenario: Scenario
  var ids = IdRegistry()
  /// Company index by id (look-ups only; never iterated).
  var companyIndex: [String: Int] = [:]
  /// Monday of the planned week, as a day number.
  let monday: Int

  /// Town centres lie on a grid this far apart (with a little jitter).
  static let townSpacing = 28.0
  static let townJitter = 3.0
  /// People live, and companies sit, within this distance of their town centre.
  static let peopleRadius = 3.0
  static let companyRadius = 2.5

  init(seed: UInt64, counts: GeneratorCounts) {
    rng = SeededRandom(seed: seed)
    var c = counts
    c.participants = max(0, c.participants)
    c.companies = max(0, c.companies)
    c.mentors = max(0, c.mentors)
    c.activities = max(0, c.activities)
    c.referred = max(0, c.referred)
    c.towns = max(1, c.towns)
    self.counts = c
    scenario = Scenario(week: ScenarioGenerator.week)
    monday = IsoWeek(year: 2026, week: 2).monday.dayNumber
  }

  mutating func build() -> Scenario {
    layOutTowns()
    for t in towns.indices { makeCompanies(in: t) }
    for (i, c) in scenario.companies.enumerated() { companyIndex[c.id] = i }
    for t in towns.indices { makeMentors(in: t) }
    for t in towns.indices { makeActivities(in: t) }
    makeParticipants()
    makeLocksAndBans()
    sizeCoordinator()
    return scenario
  }

  // MARK: Towns

  mutating func layOutTowns() {
    let n = counts.towns
    let columns = Int(Double(n).squareRoot().rounded(.up))
    var weights: [Double] = []
    var names = townNames(n)
    for i in 0..<n {
      let gx = Double(i % columns) * Builder.townSpacing
      let gy = Double(i / columns) * Builder.townSpacing
      let jx = i == 0 ? 0 : rng.double(-Builder.townJitter...Builder.townJitter)
      let jy = i == 0 ? 0 : rng.double(-Builder.townJitter...Builder.townJitter)
      let centre = Location(x: tenth(gx + jx), y: tenth(gy + jy))
      // The main town (index 1 when there are several) is the largest.
      weights.append(i == 1 ? 1.8 : i == 0 ? 1 : rng.double(0.6...1.5))
      let name = names[i]
      towns.append(
        Town(
          index: i, name: name, slug: slug(name), centre: centre, reachCap: 15, enrolled: 0,
          referred: 0, companyCount: 0, mentorCount: 0, activityCount: 0))
    }
    names.removeAll()
    // Nearest other centre bounds the reach: centres at least `d` apart and everyone within
    // `peopleRadius` / `companyRadius` of theirs keeps a foreign company beyond `d - 5.5` km.
    for i in towns.indices {
      var nearest = Double.infinity
      for j in towns.indices where j != i {
        nearest = min(nearest, towns[i].centre.distance(to: towns[j].centre))
      }
      let cap = nearest - Builder.peopleRadius - Builder.companyRadius - 0.5
      towns[i].reachCap = min(15, max(1, (cap * 2).rounded(.down) / 2))
    }
    let enrolled = apportion(counts.participants, weights: weights)
    let referred = apportion(counts.referred, weights: weights)
    let companies = apportion(counts.companies, weights: weights)
    let mentors = apportion(counts.mentors, weights: weights)
    let spare = max(0, counts.activities - 2 * n)
    let activities = apportion(spare, weights: weights)
    for i in towns.indices {
      towns[i].enrolled = enrolled[i]
      towns[i].referred = referred[i]
      towns[i].companyCount = companies[i]
      towns[i].mentorCount = mentors[i]
      towns[i].activityCount = 2 + activities[i]
    }
  }

  /// `n` distinct town names: the real ones first, then invented ones.
  mutating func townNames(_ n: Int) -> [String] {
    var out = Array(Catalogue.townNames.prefix(n))
    guard n > out.count else { return out }
    var used = Set(out)
    var invented: [String] = []
    for stem in Catalogue.townStems {
      for ending in Catalogue.townEndings { invented.append(stem + ending) }
    }
    invented = rng.shuffled(invented)
    let prefixes = ["", "Nørre ", "Sønder ", "Vester ", "Øster ", "Lille ", "Store "]
    var round = 0
    while out.count < n {
      let prefix = round < prefixes.count ? prefixes[round] : "Ny \(round) "
      for base in invented where out.count < n {
        let name = prefix + base
        if used.insert(name).inserted { out.append(name) }
      }
      round += 1
    }
    return out
  }

  // MARK: Names

  mutating func personName() -> String {
    "\(rng.pick(Catalogue.firstNames)) \(rng.pick(Catalogue.initials))."
  }

  // MARK: Coordinator and programme

  /// One coordinator for the whole scenario: 37 h per position, a position per 15
  /// participants (the ordinary caseload), more if follow-up and the sessions they run need
  /// it, with room to admit the whole waiting list.
  mutating func sizeCoordinator() {
    var coordinator = Coordinator()
    let enrolled = scenario.participants.filter { $0.enrolment == .enrolled }
    let referred = scenario.participants.filter { $0.enrolment == .referred }
    let followUp = enrolled.reduce(0) { $0 + coordinator.followUp(for: $1.track) }
    let admissions = referred.reduce(0) { $0 + coordinator.followUp(for: $1.track) }
    let run = scenario.activities.filter(\.runByCoordinator).reduce(0) { $0 + $1.time.hours }
    var positions = max(1, (counts.participants + 14) / 15)
    while 29 * Double(positions) < followUp + run + admissions + 2 { positions += 1 }
    coordinator.hoursPerWeek = 37 * Double(positions)
    coordinator.fixedHours = 8 * Double(positions)
    scenario.coordinator = coordinator
    scenario.programme = Programme(
      breakEven: 12 * positions, target: 14 * positions, positionCostPerYear: 500_000,
      positions: Double(positions))
    let people = counts.participants + counts.referred
    scenario.policy = Policy(socialSessionsPerWeek: 2, timeLimitSeconds: people > 1_000 ? 600 : 60)
  }
}
