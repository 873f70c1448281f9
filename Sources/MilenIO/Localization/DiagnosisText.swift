import Foundation
import MilenModel
import MilenSolver

/// An impossible week's diagnosis in the reader's language: English as the solver writes it,
/// Danish built from the conflicts' named groups, people and changes (and, for the free-text
/// conflicts of the cheap checks and the elastic fallback, from their known sentences).
public enum DiagnosisText {
  /// The diagnosis as text, one conflict per line, then the notes.
  public static func render(_ d: Diagnosis, _ loc: Localizer) -> String {
    guard loc.language == .da else { return d.description }
    var lines = [loc.t("diagnosis.header")]
    for c in d.conflicts {
      lines.append("  - " + conflict(c, loc))
    }
    for n in d.notes { lines.append("  " + loc.t("diagnosis.note", note(n, loc))) }
    return lines.joined(separator: "\n")
  }

  /// One conflict in Danish: `regel: hvad. Løsning: ændring.`
  static func conflict(_ c: Diagnosis.Conflict, _ loc: Localizer) -> String {
    let rules = c.rule.components(separatedBy: ", ").map { rule($0, loc) }.joined(separator: ", ")
    var message: String
    if c.fromSearch {
      message = c.elements.map { e in
        family(e.family, loc) + ": "
          + (e.lockIndex.map { "locks[\($0)] (\(lock(e.text, loc)))" } ?? row(e.text, loc))
      }.joined(separator: "; ")
      if !c.people.isEmpty {
        message +=
          "; "
          + loc.t(
            "diagnosis.people",
            c.people.map { p in
              "\(p.id) ("
                + loc.t(
                  "diagnosis.available",
                  p.days.isEmpty
                    ? loc.t("diagnosis.noDay") : p.days.map(loc.dayShort).joined(separator: ","))
                + ")"
            }.joined(separator: ", "))
      }
    } else {
      message = sentence(c.message, loc)
    }
    let fix = c.change.map { change($0, loc) } ?? sentence(c.fix, loc)
    return loc.t("diagnosis.conflict", rules, message, fix)
  }

  /// A hard rule's name.
  static func rule(_ r: String, _ loc: Localizer) -> String {
    switch r {
    case "capacity": return loc.t("diagnosis.rule.capacity")
    case "capacity (coordinator)": return loc.t("diagnosis.rule.coordinator")
    case "legal ratio": return loc.t("diagnosis.rule.legalRatio")
    case "nobody discharged": return loc.t("diagnosis.rule.nobodyDischarged")
    case "availability and time": return loc.t("diagnosis.rule.availability")
    case "tracks": return loc.t("diagnosis.rule.tracks")
    case "referral order": return loc.t("diagnosis.rule.referralOrder")
    case "policy": return loc.t("diagnosis.rule.policy")
    case "locks and bans": return loc.t("diagnosis.rule.locks")
    case "unknown": return loc.t("diagnosis.rule.unknown")
    default: return r
    }
  }

  /// A row family's name.
  static func family(_ f: String, _ loc: Localizer) -> String {
    switch f {
    case "activity seats": return loc.t("diagnosis.family.seats")
    case "company slots": return loc.t("diagnosis.family.slots")
    case "legal ratio": return loc.t("diagnosis.family.ratio")
    case "day slots": return loc.t("diagnosis.family.daySlots")
    case "mentors": return loc.t("diagnosis.family.mentors")
    case "coordinator": return loc.t("diagnosis.family.coordinator")
    case "max changes": return loc.t("diagnosis.family.maxChanges")
    case "no clash": return loc.t("diagnosis.family.noClash")
    case "nobody discharged": return loc.t("diagnosis.family.nobodyDischarged")
    case "one company": return loc.t("diagnosis.family.oneCompany")
    case "referral order": return loc.t("diagnosis.family.referralOrder")
    case "weekly hours": return loc.t("diagnosis.family.weeklyHours")
    case "work days": return loc.t("diagnosis.family.workDays")
    case "locks": return loc.t("diagnosis.family.locks")
    default: return f
    }
  }

  /// A lock's text (`p03 at aubo on tue,thu`).
  static func lock(_ text: String, _ loc: Localizer) -> String {
    let parts = text.components(separatedBy: " on ")
    let who = parts[0].replacingOccurrences(of: " at ", with: " hos ")
    return parts.count > 1 ? who + " om " + DiagnosisPatterns.days(parts[1], loc) : who
  }

  /// A change that resolves a conflict.
  static func change(_ c: Diagnosis.Change, _ loc: Localizer) -> String {
    func count(_ n: Int, _ one: String, _ many: String) -> String {
      n == 1 ? loc.t(one) : loc.t(many, String(n))
    }
    switch c {
    case .removeLock(let i, let p, let co):
      return loc.t("diagnosis.change.removeLock", String(i), p, co)
    case .addSeats(let a, let n):
      return count(n, "diagnosis.change.seat", "diagnosis.change.seats") + " " + a
    case .addSlots(let co, let n):
      return count(n, "diagnosis.change.slot", "diagnosis.change.slots") + " " + co
    case .addDaySlots(let co, let d, let n):
      return count(n, "diagnosis.change.daySlot", "diagnosis.change.daySlots")
        + " " + loc.t("diagnosis.change.onDay", co, loc.t("day.long.\(d.rawValue)"))
    case .addMentorHours(let m, let h):
      return loc.t("diagnosis.change.mentorHours", loc.number(h), m)
    case .addMentees(let m, let n):
      return count(n, "diagnosis.change.mentee", "diagnosis.change.mentees") + " " + m
    case .addCoordinatorHours(let h):
      return loc.t("diagnosis.change.coordinatorHours", loc.number(h))
    case .allowChanges(let n):
      return count(n, "diagnosis.change.allowChange", "diagnosis.change.allowChanges")
    }
  }

  /// A row's text in Danish, else unchanged.
  static func row(_ text: String, _ loc: Localizer) -> String {
    for r in rows {
      if let out = r.apply(text, loc) { return out }
    }
    return text
  }

  /// A free-text sentence of the cheap checks or the elastic fallback, else unchanged.
  static func sentence(_ text: String, _ loc: Localizer) -> String {
    for r in sentences + rows {
      if let out = r.apply(text, loc) { return out }
    }
    return text
  }

  /// A note on the search.
  static func note(_ text: String, _ loc: Localizer) -> String {
    for r in notes {
      if let out = r.apply(text, loc) { return out }
    }
    return text
  }

  typealias Rule = DiagnosisPatterns.Rule
  static func num(_ s: String, _ loc: Localizer) -> String { DiagnosisPatterns.num(s, loc) }

  static let rows: [Rule] = [
    Rule(#"(.+) has (\d+) seats"#) { g, _ in "\(g[1]) har \(g[2]) pladser" },
    Rule(#"(.+) takes at most (\d+) placements a week"#) { g, _ in
      "\(g[1]) tager højst \(g[2]) i praktik om ugen"
    },
    Rule(#"(.+) has legal room for (\d+) placements \((\d+) employees, (\d+) subsidised\)"#) {
      g, _ in
      "\(g[1]) har lovligt plads til \(g[2]) i praktik (\(g[3]) ansatte, \(g[4]) i løntilskud)"
    },
    Rule(#"(.+) supervises at most (\d+) on (\w+)"#) { g, l in
      "\(g[1]) kan tage højst \(g[2]) om \(DiagnosisPatterns.days(g[3], l))"
    },
    Rule(#"the coordinator works at most ([\d.]+) h a week"#) { g, l in
      "koordinatoren arbejder højst \(num(g[1], l)) t om ugen"
    },
    Rule(#"at most (\d+) voluntary changes of company or mentor"#) { g, _ in
      "højst \(g[1]) frivillige skift af virksomhed eller mentor"
    },
    Rule(#"(.+) has one mentor at most"#) { g, _ in "\(g[1]) har højst én mentor" },
    Rule(#"(.+) gives at most ([\d.]+) h a week"#) { g, l in
      "\(g[1]) giver højst \(num(g[2], l)) t om ugen"
    },
    Rule(#"(.+) has at most (\d+) mentees"#) { g, _ in "\(g[1]) har højst \(g[2]) forløb" },
    Rule(#"(.+) cannot attend (.+) and (.+) at once"#) { g, _ in
      "\(g[1]) kan ikke deltage i \(g[2]) og \(g[3]) på samme tid"
    },
    Rule(#"(.+) stops work at (.+) by (.+) to attend (.+)"#) { g, _ in
      "\(g[1]) holder fri fra \(g[2]) senest \(g[3]) for at deltage i \(g[4])"
    },
    Rule(#"(.+) cannot work at (.+) during (.+)"#) { g, _ in
      "\(g[1]) kan ikke arbejde hos \(g[2]) under \(g[3])"
    },
    Rule(#"(.+) gets work, a mentor or an activity"#) { g, _ in
      "\(g[1]) får arbejde, en mentor eller en aktivitet"
    },
    Rule(#"(.+) is placed at one company at most"#) { g, _ in
      "\(g[1]) er i praktik hos højst én virksomhed"
    },
    Rule(#"(.+) is admitted only if (.+), referred earlier, is"#) { g, _ in
      "\(g[1]) optages kun, hvis \(g[2]), der blev henvist før, optages"
    },
    Rule(#"(.+) is admitted: a later referral is"#) { g, _ in
      "\(g[1]) optages: en senere henvist optages"
    },
    Rule(#"(.+) works at least ([\d.]+) h a week when placed"#) { g, l in
      "\(g[1]) arbejder mindst \(num(g[2], l)) t om ugen i praktik"
    },
    Rule(#"(.+) works at most the agreed ([\d.]+) h a week"#) { g, l in
      "\(g[1]) arbejder højst de aftalte \(num(g[2], l)) t om ugen"
    },
    Rule(#"(.+) works at most ([\d.]+) h a week"#) { g, l in
      "\(g[1]) arbejder højst \(num(g[2], l)) t om ugen"
    },
    Rule(#"(.+) works at (.+) on (\w+) only if placed there"#) { g, l in
      "\(g[1]) arbejder kun hos \(g[2]) om \(DiagnosisPatterns.days(g[3], l)), hvis i praktik der"
    },
    Rule(#"(.+) works within (.+) at (.+) on (\w+)"#) { g, l in
      "\(g[1]) arbejder inden for \(g[2]) hos \(g[3]) om \(DiagnosisPatterns.days(g[4], l))"
    },
    Rule(#"a worked day at (.+) lasts at least ([\d.]+) h"#) { g, l in
      "en arbejdsdag hos \(g[1]) varer mindst \(num(g[2], l)) t"
    },
  ]

  static let sentences: [Rule] = [
    Rule(
      #"fixed ([\d.]+) h \+ follow-up of (\d+) enrolled ([\d.]+) h \+ activities run ([\d.]+) h = ([\d.]+) h exceed the coordinator's ([\d.]+) h"#
    ) { g, l in
      "faste \(num(g[1], l)) t + opfølgning af \(g[2]) indskrevne \(num(g[3], l)) t + egne aktiviteter \(num(g[4], l)) t = \(num(g[5], l)) t, mere end koordinatorens \(num(g[6], l)) t"
    },
    Rule(#"(\S+) \((.*)\) can be given nothing: (.*)"#) { g, l in
      "\(g[1]) (\(g[2])) kan ikke få noget: "
        + g[3].components(separatedBy: ", ").map { reason($0, l) }.joined(separator: ", ")
    },
    Rule(#"locks\[(\d+)\] puts (\S+) at (\S+), but (.*)"#) { g, l in
      "locks[\(g[1])] sætter \(g[2]) hos \(g[3]), men \(DiagnosisPatterns.reasons(g[4], l))"
    },
    Rule(#"add an activity that (\S+) can attend on their days"#) { g, _ in
      "tilføj en aktivitet, som \(g[1]) kan deltage i på sine dage"
    },
    Rule(#"change the data behind "(.*)""#) { g, l in
      "ret oplysningerne bag »\(row(g[1], l))«"
    },
    Rule(#"(.+) \(row (.+)\)"#) { g, l in "\(row(g[1], l)) (række \(g[2]))" },
    Rule(#"relax it by ([\d.]+)"#) { g, l in "løsn den med \(num(g[1], l))" },
    Rule("the week is infeasible and the engine could not isolate why") { _, _ in
      "ugen kan ikke planlægges, og motoren kunne ikke finde årsagen"
    },
    Rule(#"run `milen validate` and check locks, capacities and availability"#) { _, _ in
      "kør `milen validate` og se låsninger, kapaciteter og tider efter"
    },
    Rule("the locks cannot all be kept together with the other rules") { _, _ in
      "låsningerne kan ikke alle holdes sammen med de andre regler"
    },
    Rule("check the locks and the locked companies' capacity") { _, _ in
      "se låsningerne og de låste virksomheders kapacitet efter"
    },
  ]

  /// A reason a participant can be given nothing.
  static func reason(_ r: String, _ loc: Localizer) -> String {
    switch r {
    case "there are no activities": return "der er ingen aktiviteter"
    case "no activity lies within their availability": return "ingen aktivitet ligger i deres tider"
    case "no mentor covers their needs on a common day":
      return "ingen mentor dækker deres behov på en fælles dag"
    case "they need no mentor hours": return "de har ikke brug for mentortimer"
    default:
      if r.hasPrefix("no company fits ("), r.hasSuffix(")") {
        return "ingen virksomhed passer ("
          + DiagnosisPatterns.reasons(String(r.dropFirst(17).dropLast()), loc) + ")"
      }
      if r.hasPrefix("the "), r.hasSuffix(" track gets no work") {
        let track = String(r.dropFirst(4).dropLast(19))
        return "forløbet \(loc.t("track.\(track)").lowercased()) giver ikke arbejde"
      }
      return r
    }
  }

  static let notes: [Rule] = [
    Rule(#"the search stopped after (\d+) conflicts; more remain once these are resolved"#) {
      g, _ in
      "søgningen stoppede efter \(g[1]) konflikter; der er flere, når de er løst"
    },
    Rule(
      #"the search for conflicts stopped at its time cap of ([\d.]+) s: the rows below are the elastic estimate, not a minimal set"#
    ) { g, l in
      "søgningen efter konflikter stoppede ved sin tidsgrænse på \(num(g[1], l)) s: rækkerne ovenfor er et elastisk skøn, ikke et mindste sæt"
    },
    Rule(
      #"the search for conflicts stopped at its time cap of ([\d.]+) s; other conflicts may remain"#
    ) { g, l in
      "søgningen efter konflikter stoppede ved sin tidsgrænse på \(num(g[1], l)) s; der kan være flere konflikter"
    },
  ]
}
