import MilenFormats
import MilenModel
import MilenSolver

/// An impossible week in Danish.
extension DanishWording: DiagnosisWording {
  var diagnosisHeader: String { "De faste regler kan ikke alle overholdes i denne uge:" }

  func noteLine(_ text: String) -> String { "Bemærk: \(text)" }

  func conflictLine(rules: String, what: String, fix: String) -> String {
    "\(rules): \(what). Løsning: \(fix)."
  }

  func peopleLine(_ people: [Diagnosis.Conflict.Person]) -> String {
    "personer: "
      + list(people.map { "\(p($0.id)) (kan \($0.days.isEmpty ? "ingen dag" : days($0.days)))" })
  }

  /// A weekday as in `om mandagen`.
  func onDay(_ d: Weekday) -> String { "om \(l.dayLong(d))en" }

  func hardRule(_ r: HardRule) -> String {
    switch r {
    case .capacity: return "kapacitet"
    case .coordinatorCapacity: return "kapacitet (koordinator)"
    case .legalRatio: return "rimelighedskrav"
    case .nobodyDischarged: return "ingen udskrives"
    case .availability: return "tider"
    case .tracks: return "forløb"
    case .referralOrder: return "henvisningsrækkefølge"
    case .policy: return "politik"
    case .locksAndBans: return "låsninger og forbud"
    case .breakEven: return "mål 1 (break-even)"
    case .unknown: return "ukendt"
    }
  }

  func family(_ f: ConflictFamily) -> String {
    switch f {
    case .seats: return "pladser på aktiviteter"
    case .slots: return "praktikpladser"
    case .legalRatio: return "rimelighedskrav"
    case .daySlots: return "pladser pr. dag"
    case .mentors: return "mentorer"
    case .coordinator: return "koordinator"
    case .maxChanges: return "højst antal skift"
    case .noClash: return "intet sammenfald"
    case .nobodyDischarged: return "ingen udskrives"
    case .oneCompany: return "én virksomhed"
    case .referralOrder: return "henvisningsrækkefølge"
    case .weeklyHours: return "ugentlige timer"
    case .workDays: return "arbejdsdage"
    case .locks: return "låsninger"
    case .breakEven: return "break-even-målet"
    }
  }

  func row(_ r: ConflictRow) -> String {
    switch r {
    case .seats(let act, let n): return "\(a(act)) har \(plural(n, "plads", "pladser"))"
    case .slots(let co, let n): return "\(c(co)) tager højst \(n) i praktik om ugen"
    case .legalRatio(let co, let room, let emp, let sub):
      return "\(c(co)) har lovligt plads til \(room) i praktik "
        + "(\(emp) ansatte, \(sub) i støttet beskæftigelse)"
    case .daySlots(let co, let d, let n): return "\(c(co)) kan tage højst \(n) \(onDay(d))"
    case .coordinator(let h): return "koordinatoren arbejder højst \(num(h)) t om ugen"
    case .maxChanges(let n): return "højst \(n) frivillige skift af virksomhed eller mentor"
    case .oneMentor(let who): return "\(p(who)) har højst én mentor"
    case .mentorHours(let mentor, let h): return "\(m(mentor)) giver højst \(num(h)) t om ugen"
    case .mentees(let mentor, let n): return "\(m(mentor)) har højst \(n) forløb"
    case .clash(let who, let first, let second):
      return "\(p(who)) kan ikke deltage i \(a(first)) og \(a(second)) på samme tid"
    case .workBefore(let who, let co, let by, let act):
      return "\(p(who)) slutter arbejdet hos \(c(co)) senest kl. \(by) for at deltage i \(a(act))"
    case .workOrActivity(let who, let co, let act):
      return "\(p(who)) kan ikke arbejde hos \(c(co)) under \(a(act))"
    case .something(let who): return "\(p(who)) får arbejde, en mentor eller en aktivitet"
    case .oneCompany(let who): return "\(p(who)) er i praktik hos højst én virksomhed"
    case .referralOrder(let later, let earlier):
      return "\(p(later)) optages kun, hvis \(p(earlier)), der blev henvist før, optages"
    case .referralAdmit(let who): return "\(p(who)) optages, fordi en senere henvist optages"
    case .weekMin(let who, let co, let h):
      return "\(p(who)) arbejder mindst \(num(h)) t om ugen i praktik hos \(c(co))"
    case .weekMax(let who, let co, let h, let agreed):
      return "\(p(who)) arbejder højst \(agreed ? "de aftalte " : "")\(num(h)) t om ugen "
        + "hos \(c(co))"
    case .dayLink(let who, let co, let d):
      return "\(p(who)) arbejder kun hos \(c(co)) \(onDay(d)), hvis i praktik der"
    case .dayHours(let who, let co, let d, let window):
      return "\(p(who)) arbejder inden for \(window) hos \(c(co)) \(onDay(d))"
    case .dayLeast(let who, let co, let d, let h):
      return "en arbejdsdag for \(p(who)) hos \(c(co)) \(onDay(d)) varer mindst \(num(h)) t"
    case .breakEven: return "deltagere under break-even"
    case .lock(let i, let who, let co, let ds):
      return "locks[\(i)] (\(p(who)) hos \(c(co))\(ds.isEmpty ? "" : " om \(days(ds))"))"
    }
  }

  func conflictReason(_ r: ConflictReason, _ conflict: Diagnosis.Conflict) -> String {
    switch r {
    case .groups: return groups(conflict)
    case .coordinatorHours(let fixed, let enrolled, let followUp, let run, let available):
      return "faste \(num(fixed)) t + opfølgning af \(enrolled) indskrevne \(num(followUp)) t "
        + "+ egne aktiviteter \(num(run)) t = \(num(fixed + followUp + run)) t, mere end "
        + "koordinatorens \(num(available)) t"
    case .givenNothing(let who, let why):
      return "\(p(who)) kan ikke få noget: " + why.map(nothing).joined(separator: ", ")
    case .lockCannotHold(let i, let who, let co, let why):
      return "locks[\(i)] sætter \(p(who)) hos \(c(co)), men "
        + (why.map(exclusion) ?? "virksomheden er uden for deres rækkevidde")
    case .rowBreaks(let what, _): return row(what)
    case .notIsolated: return "ugen kan ikke planlægges, og motoren kunne ikke finde årsagen"
    case .locksTogether: return "låsningerne kan ikke alle holdes sammen med de andre regler"
    }
  }

  func nothing(_ n: NothingReason) -> String {
    switch n {
    case .noActivities: return "der er ingen aktiviteter"
    case .noActivityInTime: return "ingen aktivitet ligger inden for deres tider"
    case .noMentorOnCommonDay: return "ingen mentor dækker deres behov på en fælles dag"
    case .needsNoMentor: return "de har ikke brug for mentortimer"
    case .noCompanyFits(let excluded, let outOfReach):
      let parts =
        excluded.map { "\(c($0.company)): \(exclusion($0.why))" }
        + (outOfReach > 0 ? ["\(outOfReach) mere uden for rækkevidde"] : [])
      return "ingen virksomhed passer"
        + (parts.isEmpty ? "" : " (\(parts.joined(separator: "; ")))")
    case .trackGetsNoWork(let t): return "forløbet \(l.track(t).lowercased()) giver ikke arbejde"
    }
  }

  func fix(_ f: ConflictFix) -> String {
    switch f {
    case .change(let change): return diagnosisChange(change)
    case .addActivity(let who):
      return "tilføj en aktivitet, som \(p(who)) kan deltage i på sine dage"
    case .changeData(let what): return "ret oplysningerne bag »\(row(what))«"
    case .relax(let by): return "løsn den med \(num(by))"
    case .validate: return "kør `milen validate` og se låsninger, kapaciteter og tider efter"
    case .checkLocks: return "se låsningerne og de låste virksomheders kapacitet efter"
    }
  }

  func diagnosisChange(_ change: Diagnosis.Change) -> String {
    switch change {
    case .removeLock(let i, let who, let co): return "fjern locks[\(i)] (\(p(who)) hos \(c(co)))"
    case .addSeats(let act, let n):
      return (n == 1 ? "én plads" : "\(n) pladser") + " mere ved \(a(act))"
    case .addSlots(let co, let n):
      return (n == 1 ? "én praktikplads" : "\(n) praktikpladser") + " mere hos \(c(co))"
    case .addDaySlots(let co, let d, let n):
      return (n == 1 ? "én plads" : "\(n) pladser") + " mere hos \(c(co)) \(onDay(d))"
    case .addMentorHours(let mentor, let h):
      return "\(num(h)) \(h == 1 ? "time" : "timer") mere om ugen til \(m(mentor))"
    case .addMentees(let mentor, let n):
      return (n == 1 ? "én forløbsplads" : "\(n) forløbspladser") + " mere hos \(m(mentor))"
    case .addCoordinatorHours(let h):
      return "\(num(h)) \(h == 1 ? "koordinatortime" : "koordinatortimer") mere om ugen"
    case .allowChanges(let n):
      return (n == 1 ? "ét frivilligt skift" : "\(n) frivillige skift") + " mere tilladt"
    }
  }

  func searchNote(_ n: SearchNote) -> String {
    switch n {
    case .roundsUsed(let rounds):
      return "søgningen stoppede efter \(rounds) konflikter; der er flere, når de er løst"
    case .timeCapElastic(let s):
      return "søgningen efter konflikter stoppede ved sin tidsgrænse på \(num(s)) s: "
        + "konflikterne ovenfor er et elastisk skøn, ikke et mindste sæt"
    case .timeCap(let s):
      return "søgningen efter konflikter stoppede ved sin tidsgrænse på \(num(s)) s; "
        + "der kan være flere konflikter"
    }
  }
}
