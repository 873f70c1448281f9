/// Why last week's plan (`--previous`) cannot be used with this week's scenario: a typed value
/// made by the planner when it is given last week's plan, rendered per language by the report layer. A person is
/// held by id and by the name the plan gives them (they may be missing from the scenario).
public enum PreviousPlanProblem: Hashable, Sendable {
  /// The plan is of another week than this week (a re-plan) or the week before (`lastWeek`).
  case wrongWeek(plan: String, scenario: String, lastWeek: String)
  /// Someone enrolled or admitted in the plan of `week` is missing from the scenario, which
  /// did not end their enrolment with `exit` (rule 10).
  case missing(participant: String, name: String, status: ParticipantStatus, week: String)
  /// Someone enrolled or admitted in the plan of `week` is not enrolled in the scenario: the
  /// week was not rolled forward with `milen next` (rule 10).
  case notEnrolled(
    participant: String, name: String, status: ParticipantStatus, week: String,
    enrolment: Enrolment)
}
