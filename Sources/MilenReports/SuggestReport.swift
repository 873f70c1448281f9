import Foundation
import MilenFormats
import MilenModel
import MilenSolver

/// Renders the ranked options of `milen suggest`: a staff recommendation screen, best first.
public enum SuggestReport {
  /// The options for `participant` as a table, Markdown or JSON: each option's week, who else
  /// it changes and how (their week before and after), and the lock that keeps it. The goal
  /// levels' figures are shown only with `style.details`.
  public static func render(
    _ suggestions: [Suggestion], participant: String, format: ReportFormat,
    style: ReportStyle = ReportStyle()
  ) -> String {
    if format == .json { return json(suggestions, participant: participant) }
    let l = style.localizer
    let n = style.names
    let md = format == .markdown
    let head = l.t("suggest.title", n.participant(participant))
    var out = md ? "# \(head)\n\n" : "\(head.uppercased())\n"
    for (i, s) in suggestions.enumerated() {
      let place = s.company.map(n.company) ?? l.t("suggest.noPlacement")
      let wish = s.wishRank.map { " " + l.t("suggest.wish", String($0)) } ?? ""
      out += md ? "\n## \(i + 1). \(place)\(wish)\n\n" : "\n\(i + 1). \(place)\(wish)\n"
      let pad = md ? "- " : "   "
      if let why = s.impossible {
        out += pad + l.t("suggest.impossible", l.say(why, n)) + "\n"
        continue
      }
      if let w = s.week {
        if !w.work.isEmpty {
          let hours = w.work.reduce(0) { $0 + $1.time.hours }
          out += pad + l.t("suggest.work", l.workDays(w.work), l.number(hours)) + "\n"
        }
        if let m = w.mentor {
          out += pad + l.t("suggest.mentor", n.mentor(m), l.number(w.mentorHours)) + "\n"
        }
        out +=
          pad
          + l.t(
            "suggest.sessions",
            w.activities.isEmpty
              ? l.t("suggest.none") : w.activities.map(n.activity).joined(separator: ", "))
          + "\n"
      }
      if style.details {
        let costs = s.goalChanges.filter { abs($0.change) > 1e-6 }
        out +=
          pad
          + l.t(
            "suggest.cost",
            costs.isEmpty
              ? l.t("suggest.noCost")
              : costs.map {
                "\(goal($0.name, l)) \($0.change > 0 ? "+" : "")\(l.number($0.change))"
              }
              .joined(separator: ", ")) + "\n"
      }
      if s.displaced.isEmpty {
        out += pad + l.t("suggest.displacesNobody") + "\n"
      } else {
        out += pad + l.t("suggest.displaces") + "\n"
        for d in s.displaced {
          out +=
            pad + "  \(n.participant(d.participant)): \(l.say(d.before, n)) -> "
            + "\(l.say(d.after, n))\n"
        }
      }
      if s.othersSessionsChanged > 0 {
        out += pad + l.t("suggest.sessionsMoved", String(s.othersSessionsChanged)) + "\n"
      }
      if let lock = s.lock {
        out +=
          pad + l.t("suggest.lock", n.participant(lock.participant), n.company(lock.company))
          + "\n"
      }
    }
    return out
  }

  /// A goal's name in the localizer's language.
  public static func goal(_ name: String, _ l: Localizer) -> String {
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
      if let why = s.impossible {
        o.append(("impossible", .string(Localizer.english.say(why, Names()))))
      }
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
                ("participant", .string($0.participant)),
                ("before", summaryJSON($0.before)), ("after", summaryJSON($0.after)),
              ])
            })
        ))
      return .object(o)
    }
    return JSONValue.object([("participant", .string(participant)), ("options", .array(items))])
      .jsonText() + "\n"
  }

  /// A week summary as JSON: the same fields as ``WeekSummary``'s encoding.
  static func summaryJSON(_ w: WeekSummary) -> JSONValue {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    guard let data = try? e.encode(w),
      let v = try? JSONValue.parseJSON(String(decoding: data, as: UTF8.self))
    else { return .null }
    return v
  }
}
