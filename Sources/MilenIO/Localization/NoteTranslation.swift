import Foundation
import MilenModel

/// Danish for the notes, reasons and events that the solver writes in English.
///
/// The solver gives its notes as English sentences, not as structured values, so the report
/// layer recognises each known sentence by a pattern and rewrites it in Danish, translating
/// the numbers, dates, days and reasons inside it. A sentence no pattern knows (a new note
/// the solver learnt later) is shown in English rather than lost; the tests plan the Aulum
/// week in Danish and look for English words.
enum NoteTranslation {
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

  /// The text in Danish: the first rule that matches it whole, else the text unchanged.
  static func danish(_ text: String, _ loc: Localizer) -> String {
    for rule in rules {
      if let out = rule.apply(text, loc) { return out }
    }
    return text
  }

  /// A number the solver wrote with a decimal point, in the localizer's form.
  static func num(_ s: String, _ loc: Localizer) -> String {
    Double(s).map { loc.number($0) } ?? s
  }

  /// An ISO date (`2025-11-10`) as `10. november 2025`; anything else unchanged.
  static func date(_ s: String, _ loc: Localizer) -> String {
    let p = s.split(separator: "-").compactMap { Int($0) }
    guard p.count == 3 else { return s }
    return loc.date(year: p[0], month: p[1], day: p[2])
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

  /// A what-if summary of a participant's week (`admitted, aubo 32 h, m1 1 h, a+b`).
  static func summary(_ s: String, _ loc: Localizer) -> String {
    s.components(separatedBy: ", ").map { part -> String in
      switch part {
      case "waiting": return "venteliste"
      case "admitted": return "optaget"
      case "no placement": return "ingen praktik"
      case "no sessions": return "ingen aktiviteter"
      case "not in the scenario": return "ikke med"
      default:
        if part.hasSuffix(" h"), let sp = part.dropLast(2).lastIndex(of: " ") {
          return part[..<sp] + " " + num(String(part.dropLast(2)[part.index(after: sp)...]), loc)
            + " t"
        }
        return part
      }
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

  static let mustFollow = "what follows must be one of: a job, a subsidised job, another company"
  static let mustFollowDa =
    "herefter skal følge et af: et job, et løntilskudsjob, en anden virksomhed"

  /// Who holds a place: `p14 (week 3 of 13), p26 (admitted this week)`.
  static func holders(_ s: String, _ loc: Localizer) -> String {
    if s == "nobody" { return "ingen" }
    var out = s.replacingOccurrences(of: "(admitted this week)", with: "(optaget i denne uge)")
    let week = try! NSRegularExpression(pattern: #"\(week (\d+) of (\d+)\)"#)
    out = week.stringByReplacingMatches(
      in: out, range: NSRange(out.startIndex..., in: out), withTemplate: "(uge $1 af $2)")
    return out
  }

  /// A change a reason proposes (``WeekChange``), in Danish.
  static func change(_ s: String, _ loc: Localizer) -> String {
    changeRules.lazy.compactMap { $0.apply(s, loc) }.first ?? s
  }

  static let changeRules: [Rule] = [
    Rule(#"one more slot at (\S+)"#) { g, _ in "én plads mere hos \(g[1])" },
    Rule(#"one more (\w+) slot at (\S+)"#) { g, l in
      "én plads mere \(Weekday(rawValue: g[1]).map(l.dayLong) ?? g[1]) hos \(g[2])"
    },
    Rule(#"ending (\S+)'s placement at (\S+)"#) { g, _ in
      "at \(g[1])s praktik hos \(g[2]) slutter"
    },
    Rule(#"([\d.]+) more hours for (\S+)"#) { g, l in "\(num(g[1], l)) timer mere til \(g[2])" },
    Rule(#"one more mentee place for (\S+)"#) { g, _ in "én mentee-plads mere hos \(g[1])" },
    Rule(#"one more seat at (\S+)"#) { g, _ in "én plads mere ved \(g[1])" },
  ]

  /// Why a placement has fewer hours than agreed, in Danish.
  static func hoursReason(_ s: String, _ loc: Localizer) -> String {
    hoursRules.lazy.compactMap { $0.apply(s, loc) }.first ?? s
  }

  static let hoursRules: [Rule] = [
    Rule(#"(\S+)'s hours on their days allow ([\d.]+) h"#) { g, l in
      "\(g[1])s åbningstid på deres dage giver \(num(g[2], l)) t"
    },
    Rule(#"their sessions on (\S+) take hours at (\S+)"#) { g, l in
      "deres aktiviteter \(days(g[1], l)) tager timer hos \(g[2])"
    },
    Rule(#"(\S+)'s places on (\S+) are full"#) { g, l in
      "\(g[1])s pladser \(days(g[2], l)) er fulde"
    },
    Rule(#"the work goal stopped at its (\w+) before more hours were proven"#) { _, _ in
      "arbejdsmålet stoppede ved sin grænse, før flere timer var bevist"
    },
    Rule("more hours here would lower a higher goal") { _, _ in
      "flere timer her ville sænke et vigtigere mål"
    },
  ]

  /// The facts of a reason, separated by `; `, each in Danish where known.
  static func facts(_ s: String, _ loc: Localizer) -> String {
    s.components(separatedBy: "; ").map { part in
      factRules.lazy.compactMap { $0.apply(part, loc) }.first ?? part
    }.joined(separator: "; ")
  }

  static let factRules: [Rule] = [
    Rule(#"wish (\d+) of (\d+)"#) { g, _ in "ønske \(g[1]) af \(g[2])" },
    Rule("no wishes given, it fits") { _, _ in "ingen ønsker givet, den passer" },
    Rule("not among their wishes, it fits") { _, _ in "ikke blandt deres ønsker, den passer" },
    Rule(#"wish (\S+): (.*)"#) { g, l in "ønsket \(reasons(g[1] + ": " + g[2], l))" },
    Rule(#"wish (.+)"#) { g, l in
      "ønsket " + (factRules.dropFirst(4).lazy.compactMap { $0.apply(g[1], l) }.first ?? g[1])
    },
    Rule(#"([\d.]+) of ([\d.]+) agreed hours"#) { g, l in
      "\(num(g[1], l)) af \(num(g[2], l)) aftalte timer"
    },
    Rule(#"([\d.]+) of ([\d.]+) agreed hours: (.*)"#) { g, l in
      "\(num(g[1], l)) af \(num(g[2], l)) aftalte timer: \(hoursReason(g[3], l))"
    },
    Rule(#"(\S+) has (\d+) slots?, held by (.*)"#) { g, l in
      "\(g[1]) har \(g[2]) plads\(g[2] == "1" ? "" : "er"), besat af \(holders(g[3], l))"
    },
    Rule(
      #"(\S+) is at its legal ratio \(rule 3: (\d+) in placement for (\d+) employees\), held by (.*)"#
    ) { g, l in
      "\(g[1]) har nået rimelighedskravet (regel 3: \(g[2]) i praktik for \(g[3]) ansatte), "
        + "besat af \(holders(g[4], l))"
    },
    Rule(
      #"(\S+)'s places on the days they can work there \((.*)\) are full: (\w+) is held by (.*)"#
    ) {
      g, l in
      "\(g[1])s pladser på de dage, de kan arbejde der (\(days(g[2], l))), er fulde: "
        + "\(Weekday(rawValue: g[3]).map(l.dayShort) ?? g[3]) er besat af \(holders(g[4], l))"
    },
    Rule(#"(\S+) has room, but a higher goal keeps its places for others"#) { g, _ in
      "\(g[1]) har plads, men en vigtigere prioritet holder pladserne til andre"
    },
    Rule(#"(\S+) has room, but placing (\S+) there breaks a hard rule this week"#) { g, _ in
      "\(g[1]) har plads, men \(g[2]) kan ikke komme dertil uden at bryde en fast regel i denne uge"
    },
    Rule(
      #"(\S+) has room, but placing (\S+) there lowers the (.+) goal from ([\d.]+) to ([\d.]+)(?: \((.*) would change\))?"#
    ) { g, l in
      "\(g[1]) har plads, men hvis \(g[2]) kommer dertil, falder målet \(g[3]) fra "
        + "\(num(g[4], l)) til \(num(g[5], l))"
        + (g[6].isEmpty ? "" : " (\(g[6]) ville blive flyttet)")
    },
    Rule(#"(.+) would place (\S+)"#) { g, l in "\(change(g[1], l)) ville give \(g[2]) praktik" },
    Rule(#"(\S+) has ([\d.]+) of ([\d.]+) h in use(?: \((.*)\))?"#) { g, l in
      "\(g[1]) har \(num(g[2], l)) af \(num(g[3], l)) t i brug" + (g[4].isEmpty ? "" : " (\(g[4]))")
    },
    Rule(#"(\S+) has (\d+) of (\d+) mentees \((.*)\)"#) { g, _ in
      "\(g[1]) har \(g[2]) af \(g[3]) mentees (\(g[4]))"
    },
    Rule(#"(.+) would cover them"#) { g, l in "\(change(g[1], l)) ville dække dem" },
    Rule(#"one mentor a week, and (\S+) has no more hours on the days they share"#) { g, _ in
      "én mentor om ugen, og \(g[1]) har ikke flere timer på de fælles dage"
    },
    Rule(#"only (.+) fits? their availability"#) { g, _ in "kun \(g[1]) passer til deres tider" },
    Rule("no session fits their availability") { _, _ in "ingen aktivitet passer til deres tider" },
    Rule(#"(\S+) \((\w+)\) clashes with their work at (\S+) (\S+)-(\S+)"#) { g, l in
      "\(g[1]) (\(Weekday(rawValue: g[2]).map(l.dayShort) ?? g[2])) falder sammen med deres "
        + "arbejde hos \(g[3]) \(g[4])-\(g[5])"
    },
    Rule(#"(\S+) is full \((\d+) of (\d+) seats\)"#) { g, _ in
      "\(g[1]) er fuld (\(g[2]) af \(g[3]) pladser)"
    },
    Rule(#"(\S+) has a free seat but the same (\w+) holds their other plans"#) { g, l in
      "\(g[1]) har en ledig plads, men \(Weekday(rawValue: g[2]).map(l.dayLong) ?? g[2]) er optaget af deres andre aftaler"
    },
  ]

  static let rules: [Rule] = [
    // Notes (PlanDecoder).
    Rule(#"admitted from the waiting list \(referred (.*)\)"#) { g, l in
      "optaget fra ventelisten (henvist \(date(g[1], l)))"
    },
    Rule(#"last legal placement week at (.+) \((\d+) of (\d+)\): "# + mustFollow) { g, _ in
      "sidste lovlige praktikuge hos \(g[1]) (\(g[2]) af \(g[3])): " + mustFollowDa
    },
    Rule(#"reached the legal limit of (\d+) weeks at (.+): "# + mustFollow) { g, _ in
      "har nået grænsen på \(g[1]) praktikuger hos \(g[2]): " + mustFollowDa
    },
    Rule(#"not placed: no company fits \((.*)\)"#) { g, l in
      "ikke i praktik: ingen virksomhed passer (\(reasons(g[1], l)))"
    },
    Rule(
      #"not placed: the companies that fit \((.*)\) are full, or placing them would cost a higher goal"#
    ) { g, _ in
      "ikke i praktik: de virksomheder, der passer (\(g[1])), er fulde, eller en vigtigere prioritet går forud"
    },
    Rule(
      #"([\d.]+) of ([\d.]+) mentor hours unmet: no mentor with (.+) shares a weekday with them"#
    ) { g, l in
      "\(num(g[1], l)) af \(num(g[2], l)) mentortimer mangler: ingen mentor med \(tags(g[3], l)) har en fælles ugedag med dem"
    },
    Rule(#"([\d.]+) of ([\d.]+) mentor hours unmet: no mentor shares a weekday with them"#) {
      g, l in
      "\(num(g[1], l)) af \(num(g[2], l)) mentortimer mangler: ingen mentor har en fælles ugedag med dem"
    },
    Rule(
      #"([\d.]+) of ([\d.]+) mentor hours unmet: the mentors who fit have no more hours or mentee places"#
    ) { g, l in
      "\(num(g[1], l)) af \(num(g[2], l)) mentortimer mangler: de mentorer, der passer, har ikke flere timer eller pladser"
    },
    Rule(#"([\d.]+) of ([\d.]+) mentor hours unmet: (.*)"#) { g, l in
      "\(num(g[1], l)) af \(num(g[2], l)) mentortimer mangler: \(facts(g[3], l))"
    },
    Rule(#"(\d+) social session\(s\) short of (\d+): (.*)"#) { g, l in
      let rest = danish(g[3], l)
      return "\(g[1]) social(e) aktivitet(er) færre end de ønskede \(g[2]): "
        + (rest == g[3] ? facts(g[3], l) : rest)
    },
    Rule("no activity fits their availability") { _, _ in "ingen aktivitet passer til deres tider"
    },
    Rule(#"only (\d+) session\(s\) fit their availability"#) { g, _ in
      "kun \(g[1]) aktivitet(er) passer til deres tider"
    },
    Rule("the sessions that fit are full or clash with work") { _, _ in
      "de aktiviteter, der passer, er fulde eller falder sammen med arbejde"
    },
    Rule(#"on the waiting list \(referred (.*), position (\d+) of (\d+)\): (.*)"#) { g, l in
      "på ventelisten (henvist \(date(g[1], l)), nummer \(g[2]) af \(g[3])): \(danish(g[4], l))"
    },
    Rule(#"the coordinator has ([\d.]+) h left and their follow-up needs ([\d.]+) h"#) { g, l in
      "koordinatoren har \(num(g[1], l)) t tilbage, og opfølgningen kræver \(num(g[2], l)) t"
    },
    Rule(#"admitting them would leave needs unmet \(mentor hours or session seats are taken\)"#) {
      _, _ in
      "at optage dem ville efterlade behov uopfyldt (mentortimer eller pladser er optaget)"
    },
    // Programme shortfall (PlanDecoder).
    Rule(#"(\d+) served \((\d+) enrolled, (\d+) admitted\) against break-even (\d+)"#) { g, _ in
      "\(g[1]) deltagere (\(g[2]) indskrevne, \(g[3]) optagne) mod break-even på \(g[4])"
    },
    Rule(#"the waiting list is empty: (\d+) more referral\(s\) are needed"#) { g, _ in
      "ventelisten er tom: der skal \(g[1]) henvisning(er) mere til"
    },
    Rule(
      #"(\d+) on the waiting list could not be admitted: coordinator hours ([\d.]+) of ([\d.]+) used, or nothing fits them"#
    ) { g, l in
      "\(g[1]) på ventelisten kunne ikke optages: koordinatoren har brugt \(num(g[2], l)) af \(num(g[3], l)) timer, eller intet passer til dem"
    },
    // Changes since last week (Continuity).
    Rule("new in this week's scenario") { _, _ in "ny i denne uge" },
    Rule("not in this week's scenario") { _, _ in "ikke med i denne uge" },
    Rule(#"a placement at (.+) fits this week"#) { g, _ in
      "en praktik hos \(g[1]) passer i denne uge"
    },
    Rule("mentor hours needed") { _, _ in "har brug for mentortimer" },
    Rule("no mentor had room") { _, _ in "ingen mentor havde plads" },
    Rule("no mentor hours needed this week") { _, _ in "ingen mentortimer i denne uge" },
    Rule(#"(.+) had no room left for a higher goal"#) { g, _ in
      "\(g[1]) havde ikke plads tilbage til en vigtigere prioritet"
    },
    Rule(#"(.+) no longer fits their needs or days"#) { g, _ in
      "\(g[1]) passer ikke længere til deres behov eller dage"
    },
    Rule(#"(.+) still fit, but a higher goal \(needs or work\) needed the change"#) { g, _ in
      "\(g[1]) passede stadig, men en vigtigere prioritet (behov eller arbejde) krævede ændringen"
    },
    Rule(#"(\d+) legal placement weeks at (.+) are used: "# + mustFollow) { g, _ in
      "\(g[1]) lovlige praktikuger hos \(g[2]) er brugt: " + mustFollowDa
    },
    Rule(
      #"week (\d+) of (\d+) at (.+) is the last legal one: plan a job, a subsidised job or another company"#
    ) { g, _ in
      "uge \(g[1]) af \(g[2]) hos \(g[3]) er den sidste lovlige: planlæg et job, et løntilskudsjob eller en anden virksomhed"
    },
    // Simulation events (MilenSolver.Simulation).
    Rule(#"(\S+) hired at (.+)"#) { g, _ in "\(g[1]) ansat hos \(g[2])" },
    Rule(#"(\S+) ended (\d+) legal weeks at (.+)"#) { g, _ in
      "\(g[1]) har brugt \(g[2]) lovlige uger hos \(g[3])"
    },
    Rule(#"(\S+) could return from a pause, but the coordinator has no hours"#) { g, _ in
      "\(g[1]) kunne vende tilbage fra en pause, men koordinatoren har ingen timer"
    },
    Rule(#"(\S+) is back from a pause"#) { g, _ in "\(g[1]) er tilbage fra en pause" },
    Rule(#"(\S+) leaves: follow-up in the job is done"#) { g, _ in
      "\(g[1]) stopper: opfølgningen i jobbet er slut"
    },
    Rule(#"(\S+) referred"#) { g, _ in "\(g[1]) henvist" },
    // Week to week and the referral order (Continuity, WaitingReasons, PlanDecoder).
    Rule(#"waits \(position (\d+) of (\d+)\)(: (.*?))?(; (.+) \(referred later\) admitted)?"#) {
      g, l in
      "venter (nummer \(g[1]) af \(g[2]))" + (g[4].isEmpty ? "" : ": \(danish(g[4], l))")
        + (g[6].isEmpty ? "" : "; \(g[6]) (henvist senere) er optaget")
    },
    Rule(
      "nothing fits them: no session on their days and hours, no mentor with their needs, no company that fits"
    ) { _, _ in
      "intet passer til dem: ingen aktivitet på deres dage og tider, ingen mentor til deres behov, ingen virksomhed, der passer"
    },
    Rule(#"their follow-up needs ([\d.]+) h and the coordinator has ([\d.]+) h left"#) { g, l in
      "opfølgningen kræver \(num(g[1], l)) t, og koordinatoren har \(num(g[2], l)) t tilbage"
    },
    Rule(#"every place that fits them is taken: (.*)"#) { g, _ in
      "alle pladser, der passer til dem, er optaget: \(g[1])"
    },
    Rule(#"enrolment ended: (\w+)( \((.*)\))?"#) { g, l in
      "forløbet er afsluttet: \(g[1])" + (g[3].isEmpty ? "" : " (\(date(g[3], l)))")
    },
    Rule(#"enrolment ended on purpose: (\w+)( \((.*)\))?"#) { g, l in
      "forløbet er afsluttet efter aftale: \(g[1])" + (g[3].isEmpty ? "" : " (\(date(g[3], l)))")
    },
    Rule("on the waiting list") { _, _ in "på ventelisten" },
    Rule(#"not placed: the companies that fit \((.*)\) have no place left after the higher goals"#)
    {
      g, _ in
      "ikke i praktik: de virksomheder, der passer (\(g[1])), har ingen plads tilbage efter de vigtigere mål"
    },
    Rule(
      #"(\d+) on the waiting list could not be admitted \(coordinator hours ([\d.]+) of ([\d.]+) used; each one's reason is in their notes\)"#
    ) { g, l in
      "\(g[1]) på ventelisten kunne ikke optages (koordinatoren har brugt \(num(g[2], l)) af \(num(g[3], l)) timer; hver enkelts grund står i deres noter)"
    },
    Rule(#"(.+) still fits, but a higher goal \(needs, keep what runs\) used its place"#) { g, _ in
      "\(g[1]) passer stadig, men et vigtigere mål (behov, bevar det, der kører) brugte pladsen"
    },
    Rule(#"the track is now (\w+)"#) { g, _ in "forløbet er nu \(g[1])" },
    Rule(#"(.+) had no room left after a higher goal"#) { g, _ in
      "\(g[1]) havde ikke plads tilbage efter et vigtigere mål"
    },
    Rule(#"(.+) no longer fits their needs and days"#) { g, _ in
      "\(g[1]) passer ikke længere til deres behov og dage"
    },
    Rule(#"the needed mentor hours are now ([\d.]+) h"#) { g, l in
      "behovet for mentortimer er nu \(num(g[1], l)) t"
    },
    Rule(#"(.+) has no more hours this week"#) { g, _ in "\(g[1]) har ikke flere timer i denne uge"
    },
    Rule("a session more this week") { _, _ in "en aktivitet mere i denne uge" },
    Rule(#"(.+) no longer fits their days and hours"#) { g, _ in
      "\(g[1]) passer ikke længere til deres dage og tider"
    },
    Rule(#"(.+) is full \((\d+) seats, taken for higher goals\)"#) { g, _ in
      "\(g[1]) er fuld (\(g[2]) pladser, brugt til vigtigere mål)"
    },
    Rule(#"(.+) clashes with their work on (\w+)"#) { g, l in
      "\(g[1]) falder sammen med deres arbejde \(days(g[2], l))"
    },
    Rule(#"(.+) was dropped for a higher goal"#) { g, _ in
      "\(g[1]) blev opgivet for et vigtigere mål"
    },
    Rule(#"the agreed hours are now ([\d.]+) h a week"#) { g, l in
      "de aftalte timer er nu \(num(g[1], l)) t om ugen"
    },
    Rule(#"(\w+) was given up for a higher goal"#) { g, l in
      "\(days(g[1], l)) blev opgivet for et vigtigere mål"
    },
    Rule(#"(\w+) no longer fits their availability and the company's days"#) { g, l in
      "\(days(g[1], l)) passer ikke længere til deres tider og virksomhedens dage"
    },
    Rule("the same days at other hours, for a higher goal") { _, _ in
      "de samme dage med andre timer, for et vigtigere mål"
    },
    // Several reasons in one: each in Danish.
    // The reasons of Explanations, after the specific sentences above, before the split at "; ".
    Rule(#"not placed: (.*)"#) { g, l in "ikke i praktik: \(facts(g[1], l))" },
    Rule(#"at (\S+): (wish|no wishes|not among)(.*)"#) { g, l in
      "hos \(g[1]): \(facts(g[2] + g[3], l))"
    },
    Rule(#"(.+?); (.+)"#) { g, l in "\(danish(g[1], l)); \(danish(g[2], l))" },
  ]

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
