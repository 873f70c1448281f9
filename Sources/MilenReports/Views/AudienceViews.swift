import Foundation
import MilenFormats
import MilenModel

/// A named thing of the scenario: a company, mentor, participant or activity.
public struct NamedRef: Hashable, Sendable, Codable {
  /// Its id.
  public var id: String
  /// Its display name.
  public var name: String

  /// A reference.
  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}

/// A company's part of the week: who comes, on which days and hours. Built from an
/// allow-list: no needs, health, track, benefit status, mentor or notes.
public struct CompanyView: Hashable, Sendable, Codable {
  /// One young person placed with the company.
  public struct Person: Hashable, Sendable, Codable {
    /// Participant id (pseudonymous).
    public var id: String
    /// Display name.
    public var name: String
    /// Days and hours at the company.
    public var work: [WorkDay]
    /// Hours this week.
    public var hours: Double
    /// Placement week at the company counting this week.
    public var placementWeek: Int?
  }

  /// Always `company`.
  public var audience = "company"
  /// ISO week.
  public var week: String
  /// The company.
  public var company: NamedRef
  /// Who comes, in participant order.
  public var people: [Person]
  /// Whom the company calls: the coordinator (never a young person's own phone).
  public var coordinator: Contact? = nil
  /// The company's own address, where the young people meet.
  public var place: String? = nil
}

/// A mentor's part of the week: their mentees, hours and the days they can meet. Built from an
/// allow-list: no needs, health, track, benefit status or notes.
public struct MentorView: Hashable, Sendable, Codable {
  /// One mentee.
  public struct Mentee: Hashable, Sendable, Codable {
    /// Participant id (pseudonymous).
    public var id: String
    /// Display name.
    public var name: String
    /// Mentor hours this week.
    public var hours: Double
    /// Weekdays both can meet.
    public var canMeetOn: [Weekday]
    /// The mentee's own phone: only their mentor's view holds it.
    public var phone: String? = nil
  }

  /// Always `mentor`.
  public var audience = "mentor"
  /// ISO week.
  public var week: String
  /// The mentor.
  public var mentor: NamedRef
  /// Mentor hours a week.
  public var hoursPerWeek: Double
  /// Mentees, in participant order.
  public var mentees: [Mentee]
  /// Whom the mentor calls: the coordinator.
  public var coordinator: Contact? = nil

  /// Hours given this week.
  public var hoursThisWeek: Double { mentees.reduce(0) { $0 + $1.hours } }
}

/// A young person's own week: placement or job, mentor and activities.
public struct ParticipantView: Hashable, Sendable, Codable {
  /// A placement or the job kept.
  public struct Work: Hashable, Sendable, Codable {
    /// The company (or the employer's name outside the scenario, with the same id).
    public var company: NamedRef
    /// Days and hours; empty for a job whose times the scenario does not give.
    public var days: [WorkDay]
    /// Hours this week.
    public var hours: Double
    /// Whether this is a work placement (else the participant's own job).
    public var placement: Bool
    /// Where to meet (the company's address).
    public var place: String? = nil
    /// Whom to call there (the supervisor).
    public var contact: Contact? = nil
  }

  /// The mentor and hours this week.
  public struct Mentoring: Hashable, Sendable, Codable {
    /// The mentor.
    public var mentor: NamedRef
    /// Hours this week.
    public var hours: Double
    /// Weekdays both can meet.
    public var canMeetOn: [Weekday]
    /// Where the mentor meets mentees.
    public var place: String? = nil
    /// How to reach the mentor.
    public var contact: Contact? = nil
  }

  /// One activity session.
  public struct Session: Hashable, Sendable, Codable {
    /// The activity.
    public var activity: NamedRef
    /// Its kind.
    public var kind: ActivityKind
    /// Weekday.
    public var day: Weekday
    /// From when to when.
    public var time: TimeWindow
    /// Where it takes place.
    public var place: String? = nil
    /// Whom to call about it.
    public var contact: Contact? = nil
  }

  /// Always `participant`.
  public var audience = "participant"
  /// ISO week.
  public var week: String
  /// The young person.
  public var participant: NamedRef
  /// On the waiting list this week (then nothing else is planned).
  public var waiting: Bool
  /// Work this week.
  public var work: Work?
  /// Mentor this week.
  public var mentoring: Mentoring?
  /// Activity sessions, in the week's order.
  public var sessions: [Session]
  /// Whom to call with questions: the coordinator.
  public var coordinator: Contact? = nil
}

extension PlanViews {
  /// A company's view.
  public static func companyView(_ plan: Plan, _ id: String, scenario: Scenario) throws
    -> CompanyView
  {
    guard let c = scenario.companies.first(where: { $0.id == id }) else {
      throw ViewError(description: "no company \"\(id)\" in the scenario")
    }
    let people = plan.participants.filter { $0.company == id }.map {
      CompanyView.Person(
        id: $0.id, name: $0.name, work: $0.work, hours: $0.workHours,
        placementWeek: $0.placementWeek)
    }
    return CompanyView(
      week: plan.week, company: NamedRef(id: c.id, name: c.name), people: people,
      coordinator: scenario.coordinator.contact, place: c.place)
  }

  /// A mentor's view.
  public static func mentorView(_ plan: Plan, _ id: String, scenario: Scenario) throws
    -> MentorView
  {
    guard let m = scenario.mentors.first(where: { $0.id == id }) else {
      throw ViewError(description: "no mentor \"\(id)\" in the scenario")
    }
    let mentees = plan.participants.filter { $0.mentor == id }.map { p in
      MentorView.Mentee(
        id: p.id, name: p.name, hours: p.mentorHours, canMeetOn: commonDays(p.id, m, scenario),
        phone: scenario.participants.first { $0.id == p.id }?.phone)
    }
    return MentorView(
      week: plan.week, mentor: NamedRef(id: m.id, name: m.name), hoursPerWeek: m.hoursPerWeek,
      mentees: mentees, coordinator: scenario.coordinator.contact)
  }

  /// A young person's view.
  public static func participantView(_ plan: Plan, _ id: String, scenario: Scenario) throws
    -> ParticipantView
  {
    guard let p = plan.participants.first(where: { $0.id == id }) else {
      throw ViewError(description: "no participant \"\(id)\" in the plan")
    }
    var v = ParticipantView(
      week: plan.week, participant: NamedRef(id: p.id, name: p.name), waiting: p.status == .waiting,
      sessions: [], coordinator: scenario.coordinator.contact)
    if p.status == .waiting { return v }
    func company(_ c: String) -> NamedRef {
      NamedRef(id: c, name: scenario.companies.first { $0.id == c }?.name ?? c)
    }
    let known = scenario.companies.first { $0.id == (p.company ?? p.employer) }
    if let c = p.company {
      v.work = .init(
        company: company(c), days: p.work, hours: p.workHours, placement: true,
        place: known?.place, contact: known?.contact)
    } else if let e = p.employer {
      let schedule =
        scenario.participants.first { $0.id == id }?.employment?.schedule.sorted { $0.key < $1.key }
        .map { WorkDay(day: $0.key, time: $0.value) } ?? []
      v.work = .init(
        company: company(e), days: schedule, hours: schedule.reduce(0) { $0 + $1.time.hours },
        placement: false, place: known?.place, contact: known?.contact)
    }
    if let mid = p.mentor, let m = scenario.mentors.first(where: { $0.id == mid }) {
      v.mentoring = .init(
        mentor: NamedRef(id: m.id, name: m.name), hours: p.mentorHours,
        canMeetOn: commonDays(p.id, m, scenario), place: m.place, contact: m.contact)
    }
    v.sessions = p.activities.compactMap { a in
      scenario.activities.first { $0.id == a }.map {
        ParticipantView.Session(
          activity: NamedRef(id: $0.id, name: $0.name), kind: $0.kind, day: $0.day, time: $0.time,
          place: $0.place, contact: $0.contact)
      }
    }.sorted { ($0.day, $0.time.start) < ($1.day, $1.time.start) }
    return v
  }

  static func commonDays(_ participant: String, _ m: Mentor, _ s: Scenario) -> [Weekday] {
    let available = s.participants.first { $0.id == participant }?.availability.keys
    return m.days.filter { available?.contains($0) ?? false }.sorted()
  }

  /// The view of any audience as JSON (sorted keys, stable).
  public static func json(_ plan: Plan, for audience: ViewAudience, scenario: Scenario) throws
    -> String
  {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data: Data
    switch audience {
    case .company(let id): data = try e.encode(companyView(plan, id, scenario: scenario))
    case .mentor(let id): data = try e.encode(mentorView(plan, id, scenario: scenario))
    case .participant(let id): data = try e.encode(participantView(plan, id, scenario: scenario))
    }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
