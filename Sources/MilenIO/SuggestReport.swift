import Foundation
import MilenModel
import MilenSolver

/// Renders the ranked options of `milen suggest`: a staff recommendation screen, best first.
public enum SuggestReport {
  /// The options for `participant` as a table, Markdown or JSON.
  public static func render(
    _ suggestions: [Suggestion], participant: String, format: ReportFormat,
    localizer l: Localizer = .english
  ) -> String {
    if format == .json { return json(suggestions, participant: participant) }
    let md = format == .markdown
    let head = l.t("suggest.title", participant)
    var out = md ? "# \(head)\n\n" : "\(head.uppercased())\n"
    for (i, s) in suggestions.enumerated() {
      let place = s.company ?? l.t("suggest.noPlacement")
      let wish = s.wishRank.map { " " + l.t("suggest.wish", String($0)) } ?? ""
      out += md ? "\n## \(i + 1). \(place)\(wish)\n\n" : "\n\(i + 1). \(place)\(wish)\n"
      let pad = md ? "- " : "   "
      if let why = s.impossible {
        out += pad + l.t("suggest.impossible", l.note(why)) + "\n"
        continue
      }
      if let w = s.week {
        if !w.work.isEmpty {
          let hours = w.work.reduce(0) { $0 + $1.time.hours }
          out +=
            pad
            + l.t(
              "suggest.work",
              w.work.map { "\(l.dayShort($0.day)) \($0.time)" }.joined(separator: ", "),
              l.number(hours)) + "\n"
        }
        if let m = w.mentor {
          out += pad + l.t("suggest.mentor", m, l.number(w.mentorHours)) + "\n"
        }
        out +=
          pad
          + l.t(
            "suggest.sessions",
            w.activities.isEmpty ? l.t("suggest.none") : w.activities.joined(separator: ", "))
          + "\n"
      }
      let costs = s.goalChanges.filter { abs($0.change) > 1e-6 }
      out +=
        pad
        + l.t(
          "suggest.cost",
          costs.isEmpty
            ? l.t("suggest.noCost")
            : costs.map { "\(goal($0.name, l)) \($0.change > 0 ? "+" : "")\(l.number($0.change))" }
              .joined(separator: ", ")) + "\n"
      if s.displaced.isEmpty {
        out += pad + l.t("suggest.displacesNobody") + "\n"
      } else {
        out += pad + l.t("suggest.displaces") + "\n"
        for d in s.displaced {
          let before = l.language == .da ? NoteTranslation.summary(d.before, l) : d.before
          let after = l.language == .da ? NoteTranslation.summary(d.after, l) : d.after
          out += pad + "  \(d.participant): \(before) -> \(after)\n"
        }
      }
      if s.othersSessionsChanged > 0 {
        out += pad + l.t("suggest.sessionsMoved", String(s.othersSessionsChanged)) + "\n"
      }
      if let lock = s.lock {
        out += pad + l.t("suggest.lock", lock.participant, lock.company) + "\n"
      }
    }
    return out
  }

  /// A goal's name in the localizer's language.
  static func goal(_ name: String, _ l: Localizer) -> String {
    let key = "goal.\(name)"
    let word = l.t(key)
    return word == key ? name : word
  }

  static func json(_ suggestions: [Suggestion], participant: String) -> String {
    let items: [JSONValue] = suggestions.enumerated().map { i, s in
      var o: [(String, JSONValue)] = [
        ("rank", .number(Double(i + 1))),
        ("company", s.company.map(JSONValue.string) ?? .null),
      ]
      if let r = s.wishRank { o.append(("wishRank", .number(Double(r)))) }
      if let why = s.impossible { o.append(("impossible", .string(why))) }
      if let w = s.week {
        o.append(
          (
            "work",
            .array(
              w.work.map {
                .object([
                  ("day", .string($0.day.rawValue)), ("start", .string("\($0.time.start)")),
                  ("end", .string("\($0.time.end)")),
                ])
              })
          ))
        o.append(("mentor", w.mentor.map(JSONValue.string) ?? .null))
        o.append(("mentorHours", .number(w.mentorHours)))
        o.append(("activities", .array(w.activities.map(JSONValue.string))))
      }
      o.append(
        (
          "goalChanges",
          .array(
            s.goalChanges.map {
              .object([
                ("priority", .number(Double($0.priority))), ("goal", .string($0.name)),
                ("change", .number($0.change)),
              ])
            })
        ))
      o.append(("othersSessionsChanged", .number(Double(s.othersSessionsChanged))))
      o.append(
        (
          "displaced",
          .array(
            s.displaced.map {
              .object([
                ("participant", .string($0.participant)), ("before", .string($0.before)),
                ("after", .string($0.after)),
              ])
            })
        ))
      return .object(o)
    }
    return JSONValue.object([("participant", .string(participant)), ("options", .array(items))])
      .jsonText() + "\n"
  }
}
