import Foundation
import MilenModel

/// Patterns that translate the English sentences of an impossible week's conflicts
/// (``Diagnosis``) into Danish, for ``DiagnosisText``. The plan's own notes, changes and
/// reasons are typed (``Note``, ``ChangeReason``) and never pass through here; the conflicts
/// are the last English sentences the solver writes, and moving them to the typed vocabulary
/// removes this file.
enum DiagnosisPatterns {
  /// One known sentence: a pattern matched against the whole text, and its Danish.
  struct Rule: Sendable {
    let regex: NSRegularExpression
    let render: @Sendable ([String], Localizer) -> String

    init(_ pattern: String, _ render: @escaping @Sendable ([String], Localizer) -> String) {
      self.regex = try! NSRegularExpression(pattern: "^" + pattern + "$")
      self.render = render
    }

    func apply(_ text: String, _ loc: Localizer) -> String? {
      let range = NSRange(text.startIndex..., in: text)
      guard let m = regex.firstMatch(in: text, range: range) else { return nil }
      let groups = (0..<m.numberOfRanges).map { i -> String in
        guard let r = Range(m.range(at: i), in: text) else { return "" }
        return String(text[r])
      }
      return render(groups, loc)
    }
  }

  /// A number the solver wrote with a decimal point, in the localizer's form.
  static func num(_ s: String, _ loc: Localizer) -> String {
    Double(s).map { loc.number($0) } ?? s
  }

  /// A comma-separated list of weekdays (`mon,wed`) in short Danish names.
  static func days(_ s: String, _ loc: Localizer) -> String {
    s.split(separator: ",").map { part in
      let t = part.trimmingCharacters(in: .whitespaces)
      return Weekday(rawValue: t).map(loc.dayShort) ?? t
    }.joined(separator: ",")
  }

  /// Tags (competences, accommodations) with a Danish word in the catalogue, else unchanged.
  static func tags(_ s: String, _ loc: Localizer) -> String {
    s.components(separatedBy: ", ").map { tag in
      let key = "tag.\(tag)"
      let word = loc.t(key)
      return word == key ? tag : word
    }.joined(separator: ", ")
  }

  /// A list of `company: reason` parts separated by `; `.
  static func reasons(_ s: String, _ loc: Localizer) -> String {
    s.components(separatedBy: "; ").map { part in
      if let out = companyReasons.lazy.compactMap({ $0.apply(part, loc) }).first { return out }
      guard let colon = part.range(of: ": ") else { return part }
      let reason = String(part[colon.upperBound...])
      let out = companyReasons.lazy.compactMap { $0.apply(reason, loc) }.first ?? reason
      return part[..<colon.lowerBound] + ": " + out
    }.joined(separator: "; ")
  }

  /// Why a company does not fit a participant (MilenSolver's placement options).
  static let companyReasons: [Rule] = [
    Rule(#"(\d+) more out of reach"#) { g, _ in "\(g[1]) mere uden for rækkevidde" },
    Rule(#"no common day: available (.*), company open (.*)"#) { g, l in
      let a = g[1] == "no weekday" ? "ingen ugedag" : days(g[1], l)
      let b = g[2] == "no day" ? "ingen dag" : days(g[2], l)
      return "ingen fælles dag: kan \(a), virksomheden har åbent \(b)"
    },
    Rule(#"only ([\d.]+) h a week in common, below the ([\d.]+) h minimum"#) { g, l in
      "kun \(num(g[1], l)) t om ugen til fælles, under minimum på \(num(g[2], l)) t"
    },
    Rule(#"the lock's days (.*) have no common hours"#) { g, l in
      "de aftalte dage \(days(g[1], l)) har ingen fælles timer"
    },
    Rule(#"locked to (.*)"#) { g, _ in "aftalt med \(g[1])" },
    Rule("banned") { _, _ in "udelukket" },
    Rule("no placement slots") { _, _ in "ingen praktikpladser" },
    Rule(#"legal ratio full \((\d+) subsidised of (\d+) employees\)"#) { g, _ in
      "rimelighedskravet er opfyldt (\(g[1]) i støttet beskæftigelse af \(g[2]) ansatte)"
    },
    Rule(#"does not offer (.*)"#) { g, l in "tilbyder ikke \(tags(g[1], l))" },
    Rule("requires a driving licence") { _, _ in "kræver kørekort" },
    Rule(#"requires age (\d+)\+ and the age is unknown"#) { g, _ in
      "kræver alder \(g[1])+, og alderen kendes ikke"
    },
    Rule(#"requires age (\d+)\+"#) { g, _ in "kræver alder \(g[1])+" },
    Rule("not reachable") { _, _ in "kan ikke nås" },
    Rule(#"out of reach \(([\d.]+) km > ([\d.]+) km\)"#) { g, l in
      "uden for rækkevidde (\(num(g[1], l)) km > \(num(g[2], l)) km)"
    },
    Rule(#"legal placement limit reached \((\d+) of (\d+) weeks\)"#) { g, _ in
      "lovlig praktikgrænse nået (\(g[1]) af \(g[2]) uger)"
    },
  ]
}
