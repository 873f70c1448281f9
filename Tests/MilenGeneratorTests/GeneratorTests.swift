import MilenFormats
import MilenGenerator
import MilenModel
import MilenReports
import MilenWorkflow
import Testing

/// The town of a generated participant: its id up to `-pNN`.
func townPrefix(_ participantId: String) -> String {
  guard let r = participantId.range(of: "-p", options: .backwards) else { return participantId }
  return String(participantId[..<r.lowerBound])
}

@Suite("Scenario generator")
struct GeneratorTests {
  @Test(
    "The same seed and counts give the same file, byte for byte",
    arguments: [
      ScenarioSize.s, .m,
    ])
  func deterministic(size: ScenarioSize) {
    let a = ScenarioGenerator(seed: 42, counts: .preset(size)).generate()
    let b = ScenarioGenerator(seed: 42, counts: .preset(size)).generate()
    #expect(a == b)
    #expect(ScenarioFile.jsonText(a) == ScenarioFile.jsonText(b))
  }

  @Test("Different seeds give different scenarios")
  func seedsDiffer() {
    let texts = (1...5).map {
      ScenarioFile.jsonText(ScenarioGenerator(seed: $0, counts: .preset(.s)).generate())
    }
    #expect(Set(texts).count == texts.count)
  }

  @Test("The presets have the documented counts", arguments: [ScenarioSize.s, .m])
  func presetCounts(size: ScenarioSize) {
    let c = GeneratorCounts.preset(size)
    let s = ScenarioGenerator(seed: 7, counts: c).generate()
    #expect(s.participants.filter { $0.enrolment == .enrolled }.count == c.participants)
    #expect(s.participants.filter { $0.enrolment == .referred }.count == c.referred)
    #expect(s.companies.count == c.companies)
    #expect(s.mentors.count == c.mentors)
    #expect(s.activities.count == c.activities)
    #expect(Set(s.companies.compactMap(\.town)).count == c.towns)
    #expect(Set(s.participants.map { townPrefix($0.id) }).count == c.towns)
    switch size {
    case .s:
      #expect(
        c
          == GeneratorCounts(
            participants: 22, companies: 9, mentors: 3, activities: 6, towns: 1, referred: 4))
      #expect(s.policy.timeLimitSeconds == 60)
    case .m:
      #expect(c.participants == 400 && c.companies == 120 && c.mentors == 25)
      #expect(c.activities == 60 && c.towns == 8)
      #expect(s.policy.timeLimitSeconds == 60)
    default: break
    }
  }

  @Test("Larger presets scale up", arguments: [ScenarioSize.l, .xl])
  func largerPresets(size: ScenarioSize) {
    let c = GeneratorCounts.preset(size)
    #expect(c.participants == (size == .l ? 2_500 : 20_000))
    #expect(c.towns == (size == .l ? 40 : 300))
  }

  @Test("Generated scenarios validate", arguments: [ScenarioSize.s, .m, .l])
  func validates(size: ScenarioSize) {
    let seeds: [UInt64] = size == .s ? Array(1...20) : [1]
    for seed in seeds {
      let s = ScenarioGenerator(seed: seed, counts: .preset(size)).generate()
      #expect(s.validationIssues() == [], "\(size.rawValue) seed \(seed)")
    }
  }

  @Test("Explicit counts override the preset; tiny and odd counts still make a valid week")
  func explicitCounts() {
    let c = GeneratorCounts(
      participants: 5, companies: 0, mentors: 0, activities: 0, towns: 3, referred: 1)
    let s = ScenarioGenerator(seed: 3, counts: c).generate()
    #expect(s.participants.count == 6)
    #expect(s.companies.isEmpty)
    #expect(s.activities.count == 6, "two group meetings per town at least")
    #expect(s.validationIssues() == [])
    #expect(
      GeneratorCounts(
        participants: -1, companies: 0, mentors: 0, activities: 0, towns: 0, referred: 0
      ).problems.count == 2)
  }

  @Test(
    "The hard rules can hold by construction",
    arguments: [
      (ScenarioSize.s, UInt64(1)), (.s, 2), (.s, 3), (.m, 1), (.m, 2), (.l, 1),
    ])
  func feasibleByConstruction(size: ScenarioSize, seed: UInt64) {
    let s = ScenarioGenerator(seed: seed, counts: .preset(size)).generate()
    var perTown: [String: Int] = [:]
    for p in s.participants { perTown[townPrefix(p.id), default: 0] += 1 }
    let meetings = s.activities.filter { $0.kind == .groupMeeting }
    // A seat for everyone of the town at each of its group meetings.
    for a in meetings {
      let town = perTown.keys.first { a.id.hasPrefix($0 + "-") }
      #expect(town != nil, "\(a.id) belongs to no town")
      if let town { #expect(a.seats >= perTown[town]!, "\(a.id)") }
    }
    for p in s.participants where p.enrolment == .enrolled {
      let own = meetings.filter { $0.id.hasPrefix(townPrefix(p.id) + "-") }
      let reachable = own.contains { a in
        guard let w = p.availability[a.day], w.contains(a.time) else { return false }
        if let e = p.employment?.schedule[a.day], e.overlaps(a.time) { return false }
        if let km = p.maxTravelKm, let home = p.location, let place = a.location {
          return home.distance(to: place) <= km
        }
        return true
      }
      #expect(reachable, "\(p.id) can attend none of their town's group meetings")
    }
    // Nobody reaches another town's company, session or mentor: towns are independent parts.
    for p in s.participants {
      guard let home = p.location, let km = p.maxTravelKm else { continue }
      let town = townPrefix(p.id)
      for c in s.companies where !c.id.hasPrefix(town + "-") {
        if let site = c.location { #expect(home.distance(to: site) > km, "\(p.id) -> \(c.id)") }
      }
      for a in s.activities where !a.id.hasPrefix(town + "-") {
        if let place = a.location { #expect(home.distance(to: place) > km, "\(p.id) -> \(a.id)") }
      }
      for m in s.mentors where !m.id.hasPrefix(town + "-") {
        if let base = m.location, let reach = m.maxTravelKm {
          #expect(home.distance(to: base) > reach, "\(p.id) -> \(m.id)")
        }
      }
    }
    // The coordinator covers fixed hours, follow-up, the sessions run and every admission.
    let co = s.coordinator
    let followUp = s.participants.reduce(0) { $0 + co.followUp(for: $1.track) }
    let run = s.activities.filter(\.runByCoordinator).reduce(0) { $0 + $1.time.hours }
    #expect(co.fixedHours + followUp + run <= co.hoursPerWeek)
    #expect(s.programme.breakEven == 12 * Int(s.programme.positions))
    // At most one lock per company.
    #expect(Set(s.locks.map(\.company)).count == s.locks.count)
    #expect(!s.locks.isEmpty && !s.bans.isEmpty)
  }

  @Test("The mix of tracks and the legal limits are represented")
  func realism() {
    let s = ScenarioGenerator(seed: 1, counts: .preset(.m)).generate()
    let enrolled = s.participants.filter { $0.enrolment == .enrolled }
    func share(_ t: Track) -> Double {
      Double(enrolled.filter { $0.track == t }.count) / Double(enrolled.count)
    }
    #expect(abs(share(.job) - 0.38) < 0.03)
    #expect(abs(share(.placement) - 0.38) < 0.03)
    #expect(share(.socialOnly) > 0.05 && share(.paused) > 0.02)
    let atLimit = enrolled.filter {
      $0.current.company != nil && $0.current.placementWeeks >= $0.readiness.placementWeekLimit
    }
    #expect(atLimit.count >= 5)
    for p in enrolled where p.track.isEmployed {
      let employer = p.employment?.employer ?? ""
      #expect(employer.hasPrefix(townPrefix(p.id) + "-") || !employer.contains("-"))
    }
    let needsAccommodation = s.participants.filter { !$0.needs.accommodations.isEmpty }.count
    #expect(needsAccommodation > s.participants.count / 10)
  }
}
