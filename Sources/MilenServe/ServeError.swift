import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow

/// Why a request was refused or failed: an HTTP status, the request field at fault (when one
/// is), and the message shown on the page. Nothing is changed or saved by a refused request.
public struct ServeError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, which sets the HTTP status and, at start-up, the exit code.
  public enum Kind: Sendable {
    /// The request is malformed (400): not JSON, a field of the wrong type.
    case badRequest
    /// No or a wrong token (401).
    case unauthorized
    /// The request is refused for where it came from (403): another origin or host.
    case forbidden
    /// Nothing there (404).
    case notFound
    /// The request does not fit the page's state (409): re-plan first, keep or drop the
    /// what-if first.
    case conflict
    /// The request names something unknown or impossible (422): an unknown person or
    /// company, a week that cannot be planned.
    case unprocessable
    /// A file is missing (at start-up: exit 66).
    case missingInput
    /// A file cannot be written (500; at start-up: exit 73).
    case cannotWrite
    /// No plan within the time limit (503).
    case timeLimit
    /// A bug: the checker rejected a plan, or another internal failure (500).
    case internalError
  }

  /// The kind.
  public var kind: Kind
  /// The request field at fault (`participant`, `company`, `value.slots`), when one is.
  public var field: String?
  /// The message, naming the field when there is one.
  public var message: String

  /// An error; the message is prefixed with the field when one is given.
  public init(_ kind: Kind, field: String? = nil, _ message: String) {
    self.kind = kind
    self.field = field
    self.message = field.map { "\($0): \(message)" } ?? message
  }

  public var description: String { message }

  /// The HTTP status code.
  public var status: Int {
    switch kind {
    case .badRequest: return 400
    case .unauthorized: return 401
    case .forbidden: return 403
    case .notFound: return 404
    case .conflict: return 409
    case .unprocessable: return 422
    case .missingInput: return 404
    case .cannotWrite, .internalError: return 500
    case .timeLimit: return 503
    }
  }

  /// A planner error: an invalid or impossible week is the request's fault (422), no plan in
  /// time is 503, and a plan the checker rejects is a bug (500). An impossible week's
  /// diagnosis is in the page's language, by name.
  init(planning e: PlanningError, scenario: Scenario, localizer: Localizer) {
    switch e {
    case .invalidScenario(let s):
      self.init(.unprocessable, localizer.lines(s).joined(separator: "\n"))
    case .infeasible(let d):
      self.init(.unprocessable, localizer.say(d.renumbered(for: scenario), Names(scenario)))
    case .noPlanWithinLimit(let level, let seconds):
      self.init(.timeLimit, localizer.say(.noPlanWithinLimit(level: level, seconds: seconds)))
    case .previousPlan(let ps):
      self.init(.unprocessable, localizer.say(.previousPlanDoesNotFit(ps)))
    case .solver(let m): self.init(.internalError, m)
    case .cancelled: self.init(.timeLimit, localizer.say(.planningStopped))
    }
  }
}
