/// A participant's week in short, as what-if and suggest compare it before and after: their
/// status, placement and hours, employer, mentor and hours, and sessions. Rendered per language
/// by the report layer (`Aubo 32 t, Hanne 1 t, Kaffeklub og Ungemilen`).
public struct WeekSummary: Hashable, Sendable, Codable {
  /// Their status, nil when they are not in that week's scenario.
  public var status: ParticipantStatus?
  /// The placement company.
  public var company: String?
  /// The work days there.
  public var workDays: [Weekday]
  /// Hours of work there.
  public var workHours: Double
  /// The employer kept (job, flex-job, apprenticeship).
  public var employer: String?
  /// The mentor.
  public var mentor: String?
  /// Mentor hours.
  public var mentorHours: Double
  /// Sessions, by id.
  public var activities: [String]

  /// The summary of a participant's week; nil: not in the scenario.
  public init(_ w: ParticipantWeek?) {
    status = w?.status
    company = w?.company
    workDays = w?.work.map(\.day) ?? []
    workHours = ((w?.workHours ?? 0) * 100).rounded() / 100
    employer = w?.employer
    mentor = w?.mentor
    mentorHours = ((w?.mentorHours ?? 0) * 100).rounded() / 100
    activities = w?.activities ?? []
  }
}
