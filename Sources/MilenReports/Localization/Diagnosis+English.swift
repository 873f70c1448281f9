import MilenFormats
import MilenModel
import MilenSolver

/// An impossible week in English.
extension EnglishWording: DiagnosisWording {
  var diagnosisHeader: String { "The hard rules cannot all hold this week:" }

  func noteLine(_ text: String) -> String { "Note: \(text)" }

  func conflictLine(rules: String, what: String, fix: String) -> String {
    "\(rules): \(what). To resolve: \(fix)."
  }

  func peopleLine(_ people: [Diagnosis.Conflict.Person]) -> String {
    "people: "
      + list(
        people.map { "\(p($0.id)) (available \($0.days.isEmpty ? "no day" : days($0.days)))" })
  }

  func hardRule(_ r: HardRule) -> String {
    switch r {
    case .capacity: return "capacity"
    case .coordinatorCapacity: return "capacity (coordinator)"
    case .legalRatio: return "legal ratio"
    case .nobodyDischarged: return "nobody discharged"
    case .availability: return "availability and time"
    case .tracks: return "tracks"
    case .referralOrder: return "referral order"
    case .policy: return "policy"
    case .locksAndBans: return "locks and bans"
    case .breakEven: return "goal 1 (break-even)"
    case .unknown: return "unknown"
    }
  }

  func family(_ f: ConflictFamily) -> String {
    switch f {
    case .seats: return "activity seats"
    case .slots: return "company slots"
    case .legalRatio: return "legal ratio"
    case .daySlots: return "day slots"
    case .mentors: return "mentors"
    case .coordinator: return "coordinator"
    case .maxChanges: return "max changes"
    case .noClash: return "no clash"
    case .nobodyDischarged: return "nobody discharged"
    case .oneCompany: return "one company"
    case .referralOrder: return "referral order"
    case .weeklyHours: return "weekly hours"
    case .workDays: return "work days"
    case .locks: return "locks"
    case .breakEven: return "the break-even goal"
    }
  }

  func row(_ r: ConflictRow) -> String {
    switch r {
    case .seats(let act, let n): return "\(a(act)) has \(plural(n, "seat", "seats"))"
    case .slots(let co, let n):
      return "\(c(co)) takes at most \(plural(n, "placement", "placements")) a week"
    case .legalRatio(let co, let room, let emp, let sub):
      return "\(c(co)) has legal room for \(plural(room, "placement", "placements")) "
        + "(\(emp) employees, \(sub) subsidised)"
    case .daySlots(let co, let d, let n):
      return "\(c(co)) supervises at most \(n) on \(l.dayLong(d))"
    case .coordinator(let h): return "the coordinator works at most \(num(h)) h a week"
    case .maxChanges(let n): return "at most \(n) voluntary changes of company or mentor"
    case .oneMentor(let who): return "\(p(who)) has one mentor at most"
    case .mentorHours(let mentor, let h): return "\(m(mentor)) gives at most \(num(h)) h a week"
    case .mentees(let mentor, let n): return "\(m(mentor)) has at most \(n) mentees"
    case .clash(let who, let first, let second):
      return "\(p(who)) cannot attend \(a(first)) and \(a(second)) at once"
    case .workBefore(let who, let co, let by, let act):
      return "\(p(who)) stops work at \(c(co)) by \(by) to attend \(a(act))"
    case .workOrActivity(let who, let co, let act):
      return "\(p(who)) cannot work at \(c(co)) during \(a(act))"
    case .something(let who): return "\(p(who)) gets work, a mentor or an activity"
    case .oneCompany(let who): return "\(p(who)) is placed at one company at most"
    case .referralOrder(let later, let earlier):
      return "\(p(later)) is admitted only if \(p(earlier)), referred earlier, is"
    case .referralAdmit(let who): return "\(p(who)) is admitted: a later referral is"
    case .weekMin(let who, let co, let h):
      return "\(p(who)) works at least \(num(h)) h a week when placed at \(c(co))"
    case .weekMax(let who, let co, let h, let agreed):
      return "\(p(who)) works at most \(agreed ? "the agreed " : "")\(num(h)) h a week "
        + "at \(c(co))"
    case .dayLink(let who, let co, let d):
      return "\(p(who)) works at \(c(co)) on \(l.dayLong(d)) only if placed there"
    case .dayHours(let who, let co, let d, let window):
      return "\(p(who)) works within \(window) at \(c(co)) on \(l.dayLong(d))"
    case .dayLeast(let who, let co, let d, let h):
      return "a worked day for \(p(who)) at \(c(co)) on \(l.dayLong(d)) lasts at least "
        + "\(num(h)) h"
    case .breakEven: return "participants short of break-even"
    case .lock(let i, let who, let co, let ds):
      return "locks[\(i)] (\(p(who)) at \(c(co))\(ds.isEmpty ? "" : " on \(days(ds))"))"
    }
  }

  func conflictReason(_ r: ConflictReason, _ conflict: Diagnosis.Conflict) -> String {
    switch r {
    case .groups: return groups(conflict)
    case .coordinatorHours(let fixed, let enrolled, let followUp, let run, let available):
      return "fixed \(num(fixed)) h + follow-up of \(enrolled) enrolled \(num(followUp)) h "
        + "+ activities run \(num(run)) h = \(num(fixed + followUp + run)) h exceed the "
        + "coordinator's \(num(available)) h"
    case .givenNothing(let who, let why):
      return "\(p(who)) can be given nothing: " + why.map(nothing).joined(separator: ", ")
    case .lockCannotHold(let i, let who, let co, let why):
      return "locks[\(i)] puts \(p(who)) at \(c(co)), but "
        + (why.map(exclusion) ?? "the company is out of their reach")
    case .rowBreaks(let what, _): return row(what)
    case .notIsolated: return "the week is infeasible and the engine could not isolate why"
    case .locksTogether: return "the locks cannot all be kept together with the other rules"
    }
  }

  func nothing(_ n: NothingReason) -> String {
    switch n {
    case .noActivities: return "there are no activities"
    case .noActivityInTime: return "no activity lies within their availability"
    case .noMentorOnCommonDay: return "no mentor covers their needs on a common day"
    case .needsNoMentor: return "they need no mentor hours"
    case .noCompanyFits(let excluded, let outOfReach):
      let parts =
        excluded.map { "\(c($0.company)): \(exclusion($0.why))" }
        + (outOfReach > 0 ? ["\(outOfReach) more out of reach"] : [])
      return "no company fits" + (parts.isEmpty ? "" : " (\(parts.joined(separator: "; ")))")
    case .trackGetsNoWork(let t): return "the \(l.track(t)) track gets no work"
    }
  }

  func fix(_ f: ConflictFix) -> String {
    switch f {
    case .change(let change): return diagnosisChange(change)
    case .addActivity(let who): return "add an activity that \(p(who)) can attend on their days"
    case .changeData(let what): return "change the data behind \"\(row(what))\""
    case .relax(let by): return "relax it by \(num(by))"
    case .validate: return "run `milen validate` and check locks, capacities and availability"
    case .checkLocks: return "check the locks and the locked companies' capacity"
    }
  }

  func diagnosisChange(_ change: Diagnosis.Change) -> String {
    func more(_ n: Int, _ one: String, _ many: String) -> String {
      n == 1 ? "one more \(one)" : "\(n) more \(many)"
    }
    switch change {
    case .removeLock(let i, let who, let co): return "remove locks[\(i)] (\(p(who)) at \(c(co)))"
    case .addSeats(let act, let n): return more(n, "seat", "seats") + " at \(a(act))"
    case .addSlots(let co, let n):
      return more(n, "placement slot", "placement slots") + " at \(c(co))"
    case .addDaySlots(let co, let d, let n):
      return more(n, "place", "places") + " at \(c(co)) on \(l.dayLong(d))"
    case .addMentorHours(let mentor, let h):
      return "\(num(h)) more \(h == 1 ? "hour" : "hours") a week for \(m(mentor))"
    case .addMentees(let mentor, let n):
      return more(n, "mentee place", "mentee places") + " for \(m(mentor))"
    case .addCoordinatorHours(let h):
      return "\(num(h)) more coordinator \(h == 1 ? "hour" : "hours") a week"
    case .allowChanges(let n):
      return more(n, "voluntary change", "voluntary changes") + " allowed"
    }
  }

  func searchNote(_ n: SearchNote) -> String {
    switch n {
    case .roundsUsed(let rounds):
      return "the search stopped after \(rounds) conflicts; more remain once these are resolved"
    case .timeCapElastic(let s):
      return "the search for conflicts stopped at its time cap of \(num(s)) s: the conflicts "
        + "above are the elastic estimate, not a minimal set"
    case .timeCap(let s):
      return "the search for conflicts stopped at its time cap of \(num(s)) s; other conflicts "
        + "may remain"
    }
  }
}
