import GLPK
import MilenModel

extension Formulation {
  /// Hard rules 2 and 6: one mentor at most, who covers the needed competences (by
  /// construction of the options); hours only from the assigned mentor; mentor hours and
  /// mentee counts within capacity. A session is at least half an hour.
  mutating func addMentorRows() {
    var rows: [(Constraint, ConflictRow)] = []
    for p in participants.indices where !mentorsOf[p].isEmpty {
      let need = participants[p].needs.mentorHours
      rows.append(
        (
          addAtMostServed("one_mentor[\(pid(p))]", mentorsOf[p].map { (mentors[$0].m, 1.0) }, p, 1),
          .oneMentor(participant: pid(p))
        ))
      for i in mentorsOf[p] {
        let mv = mentors[i]
        let tag = "\(pid(p)),\(scenario.mentors[mv.option.mentor].id)"
        model.addConstraint("mentor_hours[\(tag)]", [(mv.g, 1), (mv.m, -need)], .lessOrEqual(0))
        model.addConstraint(
          "mentor_least[\(tag)]", [(mv.g, 1), (mv.m, -min(0.5, need))], .greaterOrEqual(0))
      }
    }
    var byMentor: [[Int]] = Array(repeating: [], count: scenario.mentors.count)
    for (i, mv) in mentors.enumerated() { byMentor[mv.option.mentor].append(i) }
    for (k, mentor) in scenario.mentors.enumerated() where !byMentor[k].isEmpty {
      let gs = byMentor[k].map { (mentors[$0].g, 1.0) }
      let needs = byMentor[k].reduce(0) {
        $0 + participants[mentors[$1].option.participant].needs.mentorHours
      }
      if needs > mentor.hoursPerWeek {
        rows.append(
          (
            model.addConstraint(
              "mentor_capacity[\(mentor.id)]", gs, .lessOrEqual(mentor.hoursPerWeek)),
            .mentorHours(mentor: mentor.id, hours: mentor.hoursPerWeek)
          ))
      }
      if byMentor[k].count > mentor.maxMentees {
        rows.append(
          (
            model.addConstraint(
              "mentees[\(mentor.id)]", byMentor[k].map { (mentors[$0].m, 1.0) },
              .lessOrEqual(Double(mentor.maxMentees))),
            .mentees(mentor: mentor.id, count: mentor.maxMentees)
          ))
      }
    }
    family(.mentors, rows)
  }
}
