import MilenFormats
import MilenModel

extension DanishWording {
  func validation(_ v: ValidationProblem) -> String {
    switch v {
    case .notFinite(let x): return "\(exact(x)) er ikke et endeligt tal"
    case .outsideRange(let x, let lo, let hi):
      return "\(num(x)) er ikke mellem \(num(lo)) og \(num(hi))"
    case .belowAMinute(let h):
      return "\(exact(h)) t er under et minut (timer regnes i hele minutter)"
    case .notWholeMinutes(let h): return "\(exact(h)) t er ikke et helt antal minutter"
    case .endsBeforeStart(let w): return "\"\(w)\" slutter, før det begynder"
    case .busyEndsBeforeStart(let from, let to):
      return from == to
        ? "starttiden \(from) er den samme som sluttiden \(to)"
        : "starttiden \(from) er efter sluttiden \(to)"
    case .belowOneKrone(let x): return "\(exact(x)) kr. er under 1 kr."
    case .savingBelowOneKrone(let x): return "\(exact(x)) kr. er under 1 kr. om året"
    case .notAnID(let id):
      return "\(quoted(id)) er ikke et id (1-64 synlige tegn uden mellemrum og kontroltegn)"
    case .duplicateID(let id, let first):
      return "id'et \(quoted(id)) er brugt før (første gang i \(first))"
    case .unknown(let kind, let id): return "ukendt \(kindWord(kind)) \(quoted(id))"
    case .companyWishedTwice(let co): return "\(named(.company, co)) er ønsket mere end én gang"
    case .dayTwice: return "nævner den samme dag mere end én gang"
    case .empty: return "er tom"
    case .tooLong(let n, let most): return "er \(n) tegn lang (højst \(most))"
    case .controlCharacter: return "indeholder et linjeskift eller et andet kontroltegn"
    case .notAWeek(let s): return "\(quoted(s)) er ikke en ISO-uge som 2026-W02"
    case .noSuchWeek(let s, let year, let weeks):
      return "\(quoted(s)) findes ikke: \(year) har \(weeks) ISO-uger"
    case .notADate(let s): return "\(quoted(s)) er ikke en dato som 2026-01-05"
    case .phoneCharacter(let s, let ch):
      return "\(quoted(s)) indeholder \(quoted(ch)): et telefonnummer har cifre, mellemrum, "
        + "+, -, ( og )"
    case .phonePlusInside(let s): return "\(quoted(s)) har et +, der ikke står først"
    case .phoneDigits(let s, let digits):
      return "\(quoted(s)) har \(plural(digits, "ciffer", "cifre")) (et telefonnummer har 3 "
        + "til 15)"
    case .notAnEmail(let s): return "\(quoted(s)) er ikke en e-mailadresse som navn@eksempel.dk"
    case .targetBelowBreakEven(let target, let breakEven):
      return "målet \(target) er under break-even \(breakEven)"
    case .savingWithRates(let clashing):
      return "erstatter ydelsessatserne og refusionstrappen og kan derfor ikke angives sammen "
        + "med \(list(clashing)): angiv det ene eller det andet"
    case .noRefundSteps: return "skal bestå af mindst ét trin (det sidste gælder for alle uger)"
    case .untilWeekOnLastStep(let w):
      return "\(w): det sidste trin gælder for alle uger efter trinnet før; udelad ugen"
    case .untilWeekNotAfter(let w, let previous):
      return "\(w) skal være efter det forrige trins uge \(previous)"
    case .untilWeekRequired: return "skal angives på alle trin undtagen det sidste"
    case .referredOnRequired: return "skal angives for en henvist deltager"
    case .minAboveMax(let lo, let hi):
      return "mindst \(num(lo)) t er over højst \(num(hi)) t"
    case .placementNeedsHours:
      return "en deltager i praktikforløbet skal kunne arbejde mere end 0 t"
    case .placementWeeksWithoutCompany:
      return "praktikuger tælles hos den nuværende virksomhed, som mangler"
    case .earlierIsCurrent(let co):
      return "\(named(.company, co)) er den nuværende virksomhed: tæl dens uger med i de "
        + "nuværende praktikuger"
    case .sinceWithoutCompany:
      return "er starten på en praktik, men den nuværende virksomhed mangler"
    case .placementWeeksSince(let weeks, let possible, let since, let week):
      return "\(plural(weeks, "praktikuge", "praktikuger")) er flere end de "
        + "\(plural(possible, "uge", "uger")) fra praktikstarten \(date(since)) til "
        + l.weekShort(week)
    case .workWithoutCompany:
      return "angiver arbejdsdage, men den nuværende virksomhed mangler"
    case .agreedOutsideRange(let agreed, let lo, let hi):
      return "\(num(agreed)) t ligger uden for \(num(lo))-\(num(hi)) t"
    case .employmentRequired(let t):
      return "skal angives i forløbet \(tr(t)) (arbejdsgiveren beholdes)"
    case .employmentOnTrack(let t):
      return "kun forløbene job, fleksjob og elev har en arbejdsgiver, ikke \(tr(t))"
    case .offBeforeSince(let off, let since):
      return "\(date(off)) er før starten på ydelsen \(date(since))"
    case .offBenefitOnTrack(let t):
      return "kun en deltager i forløbet job eller elev kan være ude af ydelse under forløbet; "
        + "i forløbet \(tr(t)) er de stadig på ydelse"
    case .weekendWork: return "der planlægges kun arbejde mandag til fredag"
    case .daySlotsAboveWeekly(let slots, let weekly):
      return "\(slots) er flere end ugens \(plural(weekly, "plads", "pladser"))"
    case .slotsWhenClosed: return "virksomheden har lukket den dag"
    case .lockOffTrack(let x, let t):
      return "\(named(.participant, x)) er i forløbet \(tr(t)); kun deltagere i "
        + "praktikforløbet kan låses til en virksomhed"
    case .lockedTwice(let x, let co, let lock):
      return "\(named(.participant, x)) er allerede låst til \(named(.company, co)) af "
        + "locks[\(lock)]"
    case .lockRepeated(let lock): return "gentager locks[\(lock)]"
    case .banWhereLocked(let x, let co, let lock):
      return "forbyder \(named(.participant, x)) hos \(named(.company, co)), hvor "
        + "locks[\(lock)] låser dem"
    case .notLeavingBenefit(let r):
      return "\(quoted(l.exitReason(r).lowercased())) afslutter ikke ydelsen: det gør kun job, "
        + "elev eller uddannelse"
    case .leftBenefitTwice(let x, let on, let first):
      return "\(named(.participant, x)) forlod ydelsen \(date(on)) mere end én gang (første gang i "
        + "leftBenefit[\(first)])"
    case .required: return "skal angives"
    case .expected(let shape, let found):
      return "forventede \(shapeWord(shape))" + (found.map { ", fandt \(shapeWord($0))" } ?? "")
    case .unknownField(let closest): return "ukendt felt" + hint(closest)
    case .notANumber(let s):
      return "\(quoted(s)) er ikke et tal (skriv 2,5 eller 2.5 og ingen tusindtalsseparator)"
    case .tooLarge(let x): return "\(num(x)) er for stort"
    case .notWhole(let x): return "\(num(x)) er ikke et helt tal"
    case .notOneOf(let s, let choices, let closest):
      return "\(quoted(s)) er ikke en af \(choices.joined(separator: ", "))" + hint(closest)
    case .notAWeekday(let s):
      return "\(quoted(s)) er ikke en ugedag, som filen skriver dem (mon, tue, wed, thu, fri, "
        + "sat, sun)"
    case .notATimeWindow(let s): return "\(quoted(s)) er ikke et tidsrum som 08:00-12:00"
    case .notATime(let s): return "\(quoted(s)) er ikke et klokkeslæt som 08:00"
    case .oneOperation: return "skal angive præcis én af \"add\", \"remove\" eller \"set\""
    case .notAChangePath: return "forventede en sti som companies[aubo].slots"
    case .valueRequired(let set):
      return set
        ? "skal angives ved \"set\" (null rydder et valgfrit felt)"
        : "skal angives ved \"add\""
    case .removeTakesNoValue: return "\"remove\" tager ingen værdi"
    case .moreNotListed(let count, let listed):
      return "og \(plural(count, "problem", "problemer")) mere, der ikke er vist (de første "
        + "\(listed) står ovenfor)"
    case .notAListAt(let path): return "\(path) er ikke en liste"
    case .entryExists(let path, let id): return "\(path) har allerede en post med id'et \(id)"
    case .setNeedsField(let path): return "\(path) skal slutte med et feltnavn"
    case .cannotGoInto(let shape): return "kan ikke gå ind i \(shapeWord(shape))"
    case .noEntry(let list, let id): return "\(entryWord(list)) med id'et \(quoted(id)) findes ikke"
    case .noIndex(let list, let n):
      return "\(list)[\(n)] findes ikke (listen \(quoted(list)) har ikke så mange poster)"
    case .noField(let key): return "feltet \(quoted(key)) findes ikke"
    case .noList(let key): return "listen \(quoted(key)) findes ikke"
    case .notAnEntry(let path): return "\(path) peger ikke på en post"
    case .notAPath(let path): return "\(quoted(path)) er ikke en sti som companies[aubo].slots"
    case .afterChanges(let path, let problem):
      return "efter ændringerne: " + (path.isEmpty ? "" : "\(path): ") + validation(problem)
    case .syntax(let e): return syntax(e)
    case .notAPlanFormat(let f, let readable):
      return "\(f) er ikke et planformat, denne version kan læse (den læser "
        + "\(joinedList(readable.map(String.init), and: "og")))"
    case .invalidValue(let v): return "\(quoted(v)) er ikke en gyldig værdi her"
    case .written(let text): return text
    }
  }

  /// An entry of a scenario list, in words: `virksomheden`, `låsen`.
  func entryWord(_ list: String) -> String {
    switch list {
    case "companies": return "virksomheden"
    case "mentors": return "mentoren"
    case "activities": return "aktiviteten"
    case "participants": return "deltageren"
    case "locks": return "låsen"
    case "bans": return "forbuddet"
    default: return "posten i \(quoted(list))"
    }
  }

  func hint(_ closest: String?) -> String { closest.map { " (mente du \"\($0)\"?)" } ?? "" }

  func shapeWord(_ s: ValidationProblem.Shape) -> String {
    switch s {
    case .null: return "null"
    case .boolean: return "true eller false"
    case .number: return "et tal"
    case .string: return "en tekst"
    case .list: return "en liste"
    case .object: return "et objekt"
    case .strings: return "en liste af tekster"
    case .weeks: return "et helt antal uger"
    case .companyWeeks: return "et objekt med virksomheds-id og uger"
    case .changes: return "en liste af ændringer eller et objekt med \"changes\""
    }
  }

  func kindWord(_ k: ValidationProblem.Kind) -> String {
    switch k {
    case .participant: return "deltager"
    case .company: return "virksomhed"
    case .mentor: return "mentor"
    case .activity: return "aktivitet"
    }
  }
}
