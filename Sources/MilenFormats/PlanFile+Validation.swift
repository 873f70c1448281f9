import Foundation
import MilenModel

/// Plan files are validated like scenarios before `--previous`, `check` or `view` use them:
/// the input limits, the format version, unknown fields (by path), ranges, the week and ids.
/// Names may hold any text: it is escaped when shown (docs/security.md).
extension PlanFile {
  /// Every problem of a plan file's tree against the plan decoded from it, by path.
  static func problems(_ tree: JSONValue, _ plan: Plan) -> [ValidationIssue] {
    var out: [ValidationIssue] = []
    func fail(_ path: String, _ problem: ValidationProblem) {
      out.append(ValidationIssue(path: path, problem))
    }
    func outside(_ path: String, _ v: Int, _ range: ClosedRange<Double>) {
      fail(path, .outsideRange(Double(v), lowest: range.lowerBound, highest: range.upperBound))
    }
    // Unknown fields: whatever the plan does not write back when encoded again.
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    if let data = try? e.encode(plan),
      let known = try? JSONValue.parseJSON(String(decoding: data, as: UTF8.self))
    {
      unknownFields(tree, known, path: "", fail)
    }
    if !isISOWeek(plan.week) { fail("week", .notAWeek(plan.week)) }
    for (i, row) in plan.participants.enumerated() {
      let at = "participants[\(i)]"
      if !isPrintableID(row.id) { fail("\(at).id", .notAnID(row.id)) }
      if let w = row.placementWeek, !(0...520).contains(w) {
        outside("\(at).placementWeek", w, 0...520)
      }
      for (c, w) in (row.earlierPlacements ?? [:]).sorted(by: { $0.key < $1.key })
      where !(0...520).contains(w) {
        outside("\(at).earlierPlacements.\(c)", w, 0...520)
      }
      hours("\(at).mentorHours", row.mentorHours, fail)
      hours("\(at).unmetMentorHours", row.unmetMentorHours, fail)
      if !(0...100).contains(row.missingSocialSessions) {
        outside("\(at).missingSocialSessions", row.missingSocialSessions, 0...100)
      }
      for (k, d) in row.work.enumerated() where d.time.end <= d.time.start {
        fail("\(at).work[\(k)].time", .endsBeforeStart(d.time))
      }
    }
    for (i, m) in plan.mentors.enumerated() {
      hours("mentors[\(i)].hours", m.hours, fail)
      hours("mentors[\(i)].hoursPerWeek", m.hoursPerWeek, fail)
    }
    return out
  }

  private static func hours(
    _ path: String, _ v: Double, _ fail: (String, ValidationProblem) -> Void
  ) {
    if !v.isFinite {
      fail(path, .notFinite(v))
    } else if v < 0 || v > 168 {
      fail(path, .outsideRange(v, lowest: 0, highest: 168))
    }
  }

  private static func unknownFields(
    _ given: JSONValue, _ known: JSONValue, path: String,
    _ fail: (String, ValidationProblem) -> Void
  ) {
    switch (given, known) {
    case (.object(let g), .object(let k)):
      for (key, value) in g {
        let sub = path.isEmpty ? key : "\(path).\(key)"
        // Derived figures, recomputed from the scenario: a plan written before the business
        // case was revised has other fields there, and still reads.
        if sub == "businessCase" { continue }
        if let kv = k.first(where: { $0.0 == key })?.1 {
          unknownFields(value, kv, path: sub, fail)
        } else if value != .null {
          fail(sub, .unknownField(closest: closest(key, k.map(\.0))))
        }
      }
    case (.array(let g), .array(let k)):
      for (i, (gv, kv)) in zip(g, k).enumerated() {
        unknownFields(gv, kv, path: "\(path)[\(i)]", fail)
      }
    default: break
    }
  }
}
