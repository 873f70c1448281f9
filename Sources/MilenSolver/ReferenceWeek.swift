import MilenModel

/// What a participant had last week: the company with its days and hours, the mentor and the
/// sessions. Stability (goal 5) prefers the same, and the plan's changes are listed against it.
/// Taken from `--previous` when given, else from the scenario's `current` state.
struct ReferenceWeek: Sendable, Hashable {
  var company: String?
  /// Days and hours at `company` (nil: not known).
  var work: [Weekday: TimeWindow]?
  var mentor: String?
  var mentorHours: Double?
  /// Sessions (nil: not known).
  var activities: [String]?
  /// Last week's status, when taken from a plan.
  var status: ParticipantStatus?

  /// Last week as the scenario's state records it.
  static func fromScenario(_ s: Scenario) -> [String: ReferenceWeek] {
    var out: [String: ReferenceWeek] = [:]
    for p in s.participants where out[p.id] == nil {
      out[p.id] = ReferenceWeek(
        company: p.current.company, work: p.current.company == nil ? nil : p.current.work,
        mentor: p.current.mentor, mentorHours: nil, activities: p.current.activities,
        status: nil)
    }
    return out
  }

  /// Last week as a plan has it.
  static func fromPlan(_ plan: Plan) -> [String: ReferenceWeek] {
    var out: [String: ReferenceWeek] = [:]
    for r in plan.participants where out[r.id] == nil {
      var work: [Weekday: TimeWindow] = [:]
      for w in r.work { work[w.day] = w.time }
      out[r.id] = ReferenceWeek(
        company: r.company, work: r.company == nil ? nil : work, mentor: r.mentor,
        mentorHours: r.mentor == nil ? nil : r.mentorHours, activities: r.activities,
        status: r.status)
    }
    return out
  }
}
