import GLPK
import MilenModel

extension Formulation {
  /// Coordinator hours used: fixed hours, follow-up per served participant by track, and the
  /// activities the coordinator runs.
  var coordinatorFixedLoad: Double {
    let s = scenario
    let followUp = participants.filter(\.isActiveEnrolled).reduce(0) {
      $0 + s.coordinator.followUp(for: $1.track)
    }
    let run = s.activities.filter(\.runByCoordinator).reduce(0) { $0 + $1.time.hours }
    return s.coordinator.fixedHours + followUp + run
  }

  /// Hard rule 2: the coordinator's week. Admissions cost follow-up hours.
  mutating func addCoordinatorRow() {
    let terms = admit.sorted { $0.key < $1.key }.map {
      ($0.value, scenario.coordinator.followUp(for: participants[$0.key].track))
    }
    let room = scenario.coordinator.hoursPerWeek - coordinatorFixedLoad
    let r = model.addConstraint("coordinator", terms, .lessOrEqual(room))
    family(.coordinator, [(r, .coordinator(hours: scenario.coordinator.hoursPerWeek))])
  }
}
