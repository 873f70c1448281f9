import MilenFormats
import MilenModel

extension EnglishWording {
  func validation(_ v: ValidationProblem) -> String {
    switch v {
    case .notFinite(let x): return "\(exact(x)) is not a finite number"
    case .outsideRange(let x, let lo, let hi):
      return "\(num(x)) is outside \(num(lo))...\(num(hi))"
    case .belowAMinute(let h):
      return "\(exact(h)) h is less than a minute (hours are counted in whole minutes)"
    case .notWholeMinutes(let h): return "\(exact(h)) h is not a whole number of minutes"
    case .endsBeforeStart(let w): return "\"\(w)\" ends before it starts"
    case .busyEndsBeforeStart(let from, let to):
      return "from \(from) \(from == to ? "is the same as" : "is after") to \(to)"
    case .belowOneKrone(let x): return "\(exact(x)) DKK is below 1 DKK"
    case .savingBelowOneKrone(let x): return "\(exact(x)) DKK is below 1 DKK a year"
    case .notAnID(let id):
      return "\(quoted(id)) is not an id (1-64 printable characters, no spaces or control "
        + "characters)"
    case .duplicateID(let id, let first): return "duplicate id \(quoted(id)) (first at \(first))"
    case .unknown(let kind, let id): return "unknown \(kind.rawValue) \(quoted(id))"
    case .companyWishedTwice(let co): return "names \(named(.company, co)) twice"
    case .dayTwice: return "names a day twice"
    case .empty: return "is empty"
    case .tooLong(let n, let most): return "is \(n) characters long (at most \(most))"
    case .controlCharacter: return "holds a line break or another control character"
    case .notAWeek(let s): return "\(quoted(s)) is not an ISO week like 2026-W02"
    case .noSuchWeek(let s, let year, let weeks):
      return "\(quoted(s)) does not exist: \(year) has \(weeks) ISO weeks"
    case .notADate(let s): return "\(quoted(s)) is not a date like 2026-01-05"
    case .phoneCharacter(let s, let ch):
      return "\(quoted(s)) holds \(quoted(ch)): a phone number has digits, spaces, +, -, ( and )"
    case .phonePlusInside(let s): return "\(quoted(s)) has a + that is not at the start"
    case .phoneDigits(let s, let digits):
      return "\(quoted(s)) has \(plural(digits, "digit", "digits")) (a phone number has 3 to 15)"
    case .notAnEmail(let s): return "\(quoted(s)) is not an e-mail address like name@example.dk"
    case .targetBelowBreakEven(let target, let breakEven):
      return "\(target) is below programme.breakEven \(breakEven)"
    case .savingWithRates(let clashing):
      return "replaces the benefit rates and the refund staircase, so it cannot be given with "
        + clashing.joined(separator: ", ") + ": give one or the other"
    case .noRefundSteps: return "needs at least one step (the last one holds for every week)"
    case .untilWeekOnLastStep(let w):
      return "\(w): the last step holds for every week after the one before it; leave "
        + "untilWeek out"
    case .untilWeekNotAfter(let w, let previous):
      return "\(w) must be after the previous step's week \(previous)"
    case .untilWeekRequired: return "is required on every step but the last"
    case .referredOnRequired: return "is required for a referred participant"
    case .minAboveMax(let lo, let hi): return "min \(num(lo)) exceeds max \(num(hi))"
    case .placementNeedsHours:
      return "a participant on the placement track needs work hours above 0"
    case .placementWeeksWithoutCompany:
      return "placement weeks are counted at current.company, which is missing"
    case .earlierIsCurrent(let co):
      return "\(named(.company, co)) is current.company: count its weeks in placementWeeks"
    case .sinceWithoutCompany:
      return "is the start of a placement, but current.company is missing"
    case .placementWeeksSince(let weeks, let possible, let since, let week):
      return "\(plural(weeks, "placement week", "placement weeks")) exceed the "
        + "\(plural(possible, "week", "weeks")) since current.since \(date(since)) (before "
        + "\(l.weekShort(week)))"
    case .workWithoutCompany: return "gives work days, but current.company is missing"
    case .agreedOutsideRange(let agreed, let lo, let hi):
      return "\(num(agreed)) h lies outside the range \(num(lo))-\(num(hi)) h"
    case .employmentRequired(let t):
      return "is required on the \(l.track(t)) track (the employer is kept)"
    case .employmentOnTrack(let t):
      return "only the job, flex-job and apprenticeship tracks have an employer, not "
        + l.track(t)
    case .offBeforeSince(let off, let since):
      return "\(date(off)) is before benefit.since \(date(since))"
    case .offBenefitOnTrack(let t):
      return "only a participant on the job or apprenticeship track can be off benefit while "
        + "enrolled; on the \(l.track(t)) track they are still on benefit"
    case .weekendWork: return "work is planned Monday to Friday only"
    case .daySlotsAboveWeekly(let slots, let weekly):
      return "\(slots) exceed the \(plural(weekly, "weekly slot", "weekly slots"))"
    case .slotsWhenClosed: return "the company is not open that day"
    case .lockOffTrack(let x, let t):
      return "\(named(.participant, x)) is on the \(l.track(t)) track; only placement "
        + "participants can be locked to a company"
    case .lockedTwice(let x, let co, let lock):
      return "\(named(.participant, x)) is already locked to \(named(.company, co)) by "
        + "locks[\(lock)]"
    case .lockRepeated(let lock): return "repeats locks[\(lock)]"
    case .banWhereLocked(let x, let co, let lock):
      return "bans \(named(.participant, x)) from \(named(.company, co)), where locks[\(lock)] "
        + "puts them"
    case .notLeavingBenefit(let r):
      return "\(quoted(r.rawValue)) does not leave benefit: only job, apprenticeship or "
        + "education do"
    case .leftBenefitTwice(let x, let on, let first):
      return "\(named(.participant, x)) left benefit on \(date(on)) twice (first at "
        + "leftBenefit[\(first)])"
    case .required: return "is required"
    case .expected(let shape, let found):
      return "expected \(shapeWord(shape, expected: true))"
        + (found.map { ", found \(shapeWord($0, expected: false))" } ?? "")
    case .unknownField(let closest): return "unknown field" + hint(closest)
    case .notANumber(let s):
      return "\(quoted(s)) is not a number (write 2,5 or 2.5, and no thousands separators)"
    case .tooLarge(let x): return "\(num(x)) is too large"
    case .notWhole(let x): return "\(num(x)) is not a whole number"
    case .notOneOf(let s, let choices, let closest):
      return "\(quoted(s)) is not one of \(choices.joined(separator: ", "))" + hint(closest)
    case .notAWeekday(let s):
      return "\(quoted(s)) is not a weekday (mon, tue, wed, thu, fri, sat, sun)"
    case .notATimeWindow(let s): return "\(quoted(s)) is not a time window like 08:00-12:00"
    case .notATime(let s): return "\(quoted(s)) is not a time like 08:00"
    case .oneOperation: return "needs exactly one of \"add\", \"remove\" or \"set\""
    case .notAChangePath: return "expected a path like companies[aubo].slots"
    case .valueRequired(let set):
      return set
        ? "is required for set (use null to clear an optional field)" : "is required for add"
    case .removeTakesNoValue: return "remove takes no value"
    case .moreNotListed(let count, let listed):
      return "and \(plural(count, "more problem", "more problems")) not listed (the first "
        + "\(listed) are above)"
    case .notAListAt(let path): return "\(path) is not a list"
    case .entryExists(let path, let id): return "\(path) already has an entry with id \(id)"
    case .setNeedsField(let path): return "\(path) must end in a field name"
    case .cannotGoInto(let shape): return "cannot go into \(shapeWord(shape, expected: false))"
    case .noEntry(let list, let id): return "no \(list) entry with id \(quoted(id))"
    case .noIndex(let list, let n): return "no \(list)[\(n)]"
    case .noField(let key): return "no field \(quoted(key))"
    case .noList(let key): return "no list \(quoted(key))"
    case .notAnEntry(let path): return "\(path) does not name an entry"
    case .notAPath(let path): return "\(quoted(path)) is not a path like companies[aubo].slots"
    case .afterChanges(let path, let problem):
      return "after the changes: " + (path.isEmpty ? "" : "\(path): ") + validation(problem)
    case .syntax(let e): return syntax(e)
    case .notAPlanFormat(let f, let readable):
      return "\(f) is not a plan format this version reads "
        + "(\(readable.map(String.init).joined(separator: ", ")))"
    case .invalidValue(let v): return "\(quoted(v)) is not a value this field takes"
    case .written(let text): return text
    }
  }

  func hint(_ closest: String?) -> String { closest.map { " (did you mean \"\($0)\"?)" } ?? "" }

  func shapeWord(_ s: ValidationProblem.Shape, expected: Bool) -> String {
    switch s {
    case .null: return "null"
    case .boolean: return expected ? "true or false" : "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .list: return "a list"
    case .object: return "an object"
    case .strings: return "a list of strings"
    case .weeks: return "a whole number of weeks"
    case .companyWeeks: return "an object of company id to weeks"
    case .changes: return "a list of changes or an object with \"changes\""
    }
  }
}
