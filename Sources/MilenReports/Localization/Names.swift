import MilenFormats
import MilenModel

/// The display names a person reads instead of ids: participants, companies, mentors and
/// activities, from the scenario (and the plan, for people no longer in the scenario).
///
/// An id is shown only where it is needed: after a name that two of the same kind share
/// (`Line K. (p15)`), or for an id the scenario does not know. With `details` every name
/// carries its id, for a coordinator who works with the files.
public struct Names: Sendable {
  private var participants: [String: String] = [:]
  private var companies: [String: String] = [:]
  private var mentors: [String: String] = [:]
  private var activities: [String: String] = [:]
  private var clashing: Set<String> = []
  /// Whether every name carries its id (`--details`).
  public var details = false

  /// No names known: every id shows as itself.
  public init() {}

  /// The names of a scenario's people and places, with the plan's rows for anyone the
  /// scenario no longer holds.
  public init(_ s: Scenario, plan: Plan? = nil, details: Bool = false) {
    self.details = details
    for r in plan?.participants ?? [] { participants[r.id] = r.name }
    for p in s.participants { participants[p.id] = p.name }
    for c in s.companies { companies[c.id] = c.name }
    for m in s.mentors { mentors[m.id] = m.name }
    for a in s.activities { activities[a.id] = a.name }
    for (kind, table) in [
      ("p", participants), ("c", companies), ("m", mentors), ("a", activities),
    ] {
      var seen: [String: Int] = [:]
      for name in table.values { seen[name, default: 0] += 1 }
      for (id, name) in table where (seen[name] ?? 0) > 1 { clashing.insert(kind + ":" + id) }
    }
  }

  /// The names with one more participant (a simulated arrival the scenario does not hold).
  public func adding(participant id: String, name: String) -> Names {
    var n = self
    if n.participants[id] == nil { n.participants[id] = name }
    return n
  }

  private func show(_ kind: String, _ id: String, _ table: [String: String]) -> String {
    guard let name = table[id], !name.isEmpty else { return id }
    return details || clashing.contains(kind + ":" + id) ? "\(name) (\(id))" : name
  }

  /// A participant's name.
  public func participant(_ id: String) -> String { show("p", id, participants) }
  /// A company's name.
  public func company(_ id: String) -> String { show("c", id, companies) }
  /// A mentor's name.
  public func mentor(_ id: String) -> String { show("m", id, mentors) }
  /// An activity's name.
  public func activity(_ id: String) -> String { show("a", id, activities) }
  /// Whichever kind holds the id (a waiting reason's capacities mix them).
  public func any(_ id: String) -> String {
    if companies[id] != nil { return company(id) }
    if mentors[id] != nil { return mentor(id) }
    if activities[id] != nil { return activity(id) }
    return participant(id)
  }
}
