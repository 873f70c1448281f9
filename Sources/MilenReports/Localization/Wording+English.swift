import MilenFormats
import MilenModel
import MilenSolver

/// The typed vocabulary in English.
struct EnglishWording: Wording {
  let l: Localizer
  let names: Names

  func list(_ items: [String]) -> String { joinedList(items, and: "and") }

  func plural(_ n: Int, _ one: String, _ many: String) -> String {
    "\(n) \(n == 1 ? one : many)"
  }

  static let mustFollow = "what follows must be a job, a subsidised job or another company"

  func note(_ n: Note) -> String {
    switch n {
    case .admitted(let on):
      return "admitted from the waiting list" + (on.map { " (referred \(date($0)))" } ?? "")
    case .enrolmentEnded(let reason, let on):
      return "enrolment ended: \(l.exitReason(reason).lowercased())"
        + (on.map { " (\(date($0)))" } ?? "")
    case .waiting(let w): return waiting(w)
    case .lastLegalWeek(let company, let week, let limit):
      return "last legal placement week at \(c(company)) (\(week) of \(limit)): "
        + Self.mustFollow
    case .limitReached(let company, let limit):
      return "all \(limit) legal placement weeks at \(c(company)) are used: " + Self.mustFollow
    case .notPlaced(let why): return "not placed: " + notPlaced(why)
    case .placedAt(let company, let facts):
      return "at \(c(company)): " + facts.map(fact).joined(separator: "; ")
    case .mentorHoursUnmet(let unmet, let needed, let why):
      return "\(num(unmet)) of \(num(needed)) mentor hours unmet: " + mentorShortfall(why)
    case .sessionsShort(let missing, let wanted, let why):
      return "\(plural(missing, "social session", "social sessions")) short of \(wanted): "
        + sessionShortfall(why)
    case .written(let text): return text
    }
  }

  func waiting(_ w: Waiting) -> String {
    guard let pos = w.position, let of = w.of else { return "on the waiting list" }
    var out = "waits (number \(pos) of \(of))"
    if let cause = w.cause { out += ": " + waitingCause(cause) }
    if !w.laterAdmitted.isEmpty {
      out += "; \(people(w.laterAdmitted)) (referred later) admitted"
    }
    return out
  }

  func waitingCause(_ cause: WaitingCause) -> String {
    switch cause {
    case .nothingFits:
      return "nothing fits them: no session on their days and hours, no mentor for their "
        + "needs, no company that fits"
    case .coordinatorHours(let needs, let left):
      return "their follow-up needs \(num(needs)) h and the coordinator has \(num(left)) h left"
    case .full(let caps):
      return "every place that fits them is taken: " + caps.map(full).joined(separator: ", ")
    }
  }

  func full(_ f: FullCapacity) -> String {
    switch f {
    case .activity(let id, let taken, let seats): return "\(a(id)) (\(taken) of \(seats) seats)"
    case .mentorMentees(let id, let count, let max):
      return "\(m(id)) (\(count) of \(max) mentees)"
    case .mentorHours(let id, let used, let total):
      return "\(m(id)) (\(num(used)) of \(num(total)) h)"
    case .company(let id, let taken, let room): return "\(c(id)) (\(taken) of \(room) places)"
    case .companyDays(let id): return "\(c(id)) (every common day full)"
    }
  }

  func holder(_ h: Holder) -> String {
    if h.admittedThisWeek { return "\(p(h.participant)) (admitted this week)" }
    if let w = h.week, let limit = h.limit { return "\(p(h.participant)) (week \(w) of \(limit))" }
    return p(h.participant)
  }

  func holders(_ hs: [Holder]) -> String { hs.isEmpty ? "nobody" : list(hs.map(holder)) }

  func binding(_ b: CompanyBinding) -> String {
    switch b {
    case .slots(let company, let slots, let hs):
      return "\(c(company)) has \(plural(slots, "place", "places")), held by \(holders(hs))"
    case .legalRatio(let company, let room, let employees, let hs):
      return "\(c(company)) is at its legal ratio (\(room) in placement for \(employees) "
        + "employees), held by \(holders(hs))"
    case .dayPlaces(let company, let ds, let day, let hs):
      return "the places at \(c(company)) on the days they can work there (\(days(ds))) are "
        + "full: \(l.dayLong(day)) is held by \(holders(hs))"
    }
  }

  func notPlaced(_ n: NotPlaced) -> String {
    switch n {
    case .nothingFits(let excluded, let outOfReach):
      var parts = excluded.map { "\(c($0.company)): \(exclusion($0.why))" }
      if outOfReach > 0 { parts.append("\(outOfReach) more out of reach") }
      return
        "no company fits (\(parts.isEmpty ? "there are no companies" : parts.joined(separator: "; ")))"
    case .noPlaceLeft(let companies):
      return "the companies that fit (\(list(companies.map(c)))) have no place left after the "
        + "higher goals"
    case .taken(let b, let change):
      return binding(b) + (change.map { "; \(weekChange($0)) would give them a placement" } ?? "")
    case .roomButCosts(let company, let t):
      return "\(c(company)) has room, but " + tradeOff(t)
    }
  }

  func tradeOff(_ t: TradeOff) -> String {
    switch t {
    case .breaksHardRule: return "placing them there breaks a hard rule this week"
    case .costsGoal(let goal, let changed):
      return "placing them there would cost \(goalLoss(goal))"
        + (changed.isEmpty ? "" : " (\(people(changed)) would get another week)")
    case .keptForOthers: return "its places go to others under a higher priority"
    }
  }

  /// What a goal level protects, as what the week would lose.
  func goalLoss(_ g: GoalKind) -> String {
    switch g {
    case .breakEven: return "the number of young people served"
    case .needs: return "other people's mentor hours or social sessions"
    case .keepWhatRuns: return "a placement or mentor that is already running"
    case .work: return "other people's placements or hours"
    case .wishes: return "wishes met and last week's arrangements"
    }
  }

  func fact(_ f: PlacementFact) -> String {
    switch f {
    case .wish(let rank, let of): return "wish \(rank) of \(of)"
    case .noWishes: return "no wishes given, it fits"
    case .notAmongWishes: return "not among their wishes, it fits"
    case .higherWishExcluded(let company, let why):
      return "wish \(c(company)): " + (why.map(exclusion) ?? "out of reach")
    case .higherWishTaken(let b): return "wish: " + binding(b)
    case .higherWishKeptForOthers(let company):
      return "wish \(c(company)) has room, but its places go to others under a higher priority"
    case .keptAtRunningPlacement(let company, let wished):
      return "wish \(c(wished)) has room, but their running placement at \(c(company)) is kept "
        + "(stability before novelty); the coordinator may move them"
    case .hours(let worked, let agreed, let limit):
      return "\(num(worked)) of \(num(agreed)) agreed hours"
        + (limit.map { ": " + hoursLimit($0) } ?? "")
    }
  }

  func hoursLimit(_ h: HoursLimit) -> String {
    switch h {
    case .companyHours(let company, let hours):
      return "the hours at \(c(company)) on their days allow \(num(hours)) h"
    case .sessions(let company, let ds):
      return "their sessions on \(days(ds)) take hours at \(c(company))"
    case .dayPlaces(let company, let ds):
      return "the places at \(c(company)) on \(days(ds)) are full"
    case .workGoalStopped: return "the search stopped at its limit before more hours were found"
    case .higherGoal: return "more hours here would cost a higher priority"
    }
  }

  func mentorShortfall(_ s: MentorShortfall) -> String {
    switch s {
    case .noMentorSharesDay(let comps):
      return comps.isEmpty
        ? "no mentor shares a weekday with them"
        : "no mentor for \(list(comps.map(tag))) shares a weekday with them"
    case .fittingMentorsFull: return "the mentors who fit have no more hours or mentee places"
    case .oneMentorNoMoreHours(let mentor):
      return "one mentor a week, and \(mentor.map(m) ?? "their mentor") has no more hours on the "
        + "days they share"
    case .mentors(let facts, let change):
      return facts.map(mentorFact).joined(separator: "; ")
        + (change.map { "; \(weekChange($0)) would cover them" } ?? "")
    }
  }

  func mentorFact(_ f: MentorFact) -> String {
    switch f {
    case .hoursInUse(let mentor, let used, let total, let others):
      return "\(m(mentor)) has \(num(used)) of \(num(total)) h in use"
        + (others.isEmpty ? "" : " (\(people(others)))")
    case .menteesFull(let mentor, let count, let max, let mentees):
      return "\(m(mentor)) has \(count) of \(max) mentees (\(people(mentees)))"
    }
  }

  func sessionShortfall(_ s: SessionShortfall) -> String {
    switch s {
    case .noneFit: return "no session fits their activity time"
    case .onlyFit(let ids):
      return "only \(list(ids.map(a))) \(ids.count == 1 ? "fits" : "fit") their activity time"
    case .fullOrClash: return "the sessions that fit are full or clash with work"
    case .sessions(let facts, let change):
      return facts.map(sessionFact).joined(separator: "; ")
        + (change.map { "; \(weekChange($0)) would help" } ?? "")
    }
  }

  func sessionFact(_ f: SessionFact) -> String {
    switch f {
    case .clashesWithWork(let id, let day, let company, let time):
      return "\(a(id)) (\(l.dayLong(day))) clashes with their work"
        + (company.map { " at \(c($0))" } ?? "") + " \(time)"
    case .full(let id, let seats): return "\(a(id)) is full (\(seats) of \(seats) seats)"
    case .sameDayOtherPlans(let id, let day):
      return "\(a(id)) has a free seat, but their other plans fill \(l.dayLong(day))"
    }
  }

  func exclusion(_ e: Exclusion) -> String {
    switch e {
    case .lockedElsewhere(let company): return "locked to \(c(company))"
    case .banned: return "banned by the coordinator"
    case .noSlots: return "no placement places"
    case .legalRatioFull(let sub, let emp):
      return "the legal ratio is used (\(sub) in subsidised work for \(emp) employees)"
    case .lacksAccommodations(let tags): return "does not offer \(list(tags.map(tag)))"
    case .requiresLicence: return "requires a driving licence"
    case .requiresAge(let age, let known):
      return known ? "requires age \(age)+" : "requires age \(age)+ and their age is not known"
    case .notReachable: return "not among the companies they can reach"
    case .tooFar(let km, let limit): return "too far (\(num(km)) km, at most \(num(limit)) km)"
    case .placementLimit(let used, let limit):
      return "the legal placement weeks are used (\(used) of \(limit))"
    case .noCommonDay(let av, let open):
      return "no common day: they can come \(av.isEmpty ? "no weekday" : days(av)), the "
        + "company is open \(open.isEmpty ? "no day" : days(open))"
    case .fewCommonHours(let h, let min):
      return "only \(num(h)) h a week in common, below their minimum of \(num(min)) h"
    case .shortCommonDays(let longest, let shortest):
      return "at most \(num(longest)) h a day in common, shorter than their shortest work day "
        + "of \(num(shortest)) h"
    case .lockDaysWithoutHours(let ds): return "the locked days (\(days(ds))) have no common hours"
    case .closedOn(let d): return "the company is closed on \(l.dayLong(d))"
    case .unavailableOn(let d): return "they cannot come on \(l.dayLong(d))"
    }
  }

  func weekChange(_ w: WeekChange) -> String {
    switch w {
    case .companySlot(let company): return "one more place at \(c(company))"
    case .companyDaySlot(let company, let day):
      return "one more place at \(c(company)) on \(l.dayLong(day))"
    case .mentorHours(let mentor, let hours): return "\(num(hours)) more hours for \(m(mentor))"
    case .mentorMentee(let mentor): return "one more mentee place for \(m(mentor))"
    case .activitySeat(let id): return "one more seat at \(a(id))"
    case .endPlacement(let who, let company):
      return "ending the placement of \(p(who)) at \(c(company))"
    }
  }

  func change(_ r: ChangeReason) -> String {
    switch r {
    case .ended(let reason, let on):
      return "enrolment ended on purpose: \(l.exitReason(reason).lowercased())"
        + (on.map { " (\(date($0)))" } ?? "")
    case .admitted(let on):
      return "admitted from the waiting list" + (on.map { " (referred \(date($0)))" } ?? "")
    case .notInScenario: return "not in this week's scenario"
    case .newInScenario: return "new in this week's scenario"
    case .companyExcluded(let x, let wish):
      return "\(c(x.company)): \(exclusion(x.why))" + wishText(wish)
    case .trackNow(let t): return "the track is now \(l.track(t).lowercased())"
    case .companyUsedByHigherGoal(let company, let wish):
      return "\(c(company)) still fits, but its place went to someone's needs or to a "
        + "placement already running" + wishText(wish)
    case .placementFits(let company): return "a placement at \(c(company)) fits this week"
    case .agreedHoursNow(let h): return "the agreed hours are now \(num(h)) h a week"
    case .dayGivenUp(let d): return "\(l.dayLong(d)) was given up for a higher priority"
    case .dayNoLongerFits(let d, let why):
      return "\(l.dayLong(d)) no longer fits: \(exclusion(why))"
    case .otherHours: return "the same days at other hours, for a higher priority"
    case .mentorHadNoRoom(let mentor):
      return "\(m(mentor)) had no room left after a higher priority"
    case .mentorNoLongerFits(let mentor):
      return "\(m(mentor)) no longer fits their needs and days"
    case .mentorNeeded: return "mentor hours needed"
    case .noMentorRoom: return "no mentor had room"
    case .noMentorHoursNeeded: return "no mentor hours needed this week"
    case .mentorHoursNow(let h): return "the needed mentor hours are now \(num(h)) h"
    case .mentorNoMoreHours(let mentor): return "\(m(mentor)) has no more hours this week"
    case .sessionAdded: return "a session more this week"
    case .sessionsDropped(let dropped): return dropped.map(droppedSession).joined(separator: "; ")
    case .written(let text): return text
    }
  }

  func wishText(_ wish: Int?) -> String { wish.map { " (their wish number \($0))" } ?? "" }

  func droppedSession(_ d: DroppedSession) -> String {
    switch d.why {
    case .noLongerFits: return "\(a(d.activity)) no longer fits their days and hours"
    case .full(let seats):
      return "\(a(d.activity)) is full (\(seats) seats, taken under a higher priority)"
    case .clashesWithWork(let day):
      return "\(a(d.activity)) clashes with their work on \(l.dayLong(day))"
    case .higherGoal: return "\(a(d.activity)) was dropped for a higher priority"
    }
  }

  func value(_ v: ChangeValue) -> String {
    switch v {
    case .company(let id): return c(id)
    case .mentor(let id): return m(id)
    case .hours(let h): return "\(num(h)) h"
    case .work(let w): return w.isEmpty ? "no work" : l.workDays(w)
    case .sessions(let ids): return ids.isEmpty ? "no sessions" : list(ids.map(a))
    }
  }

  func shortfall(_ s: ProgrammeShortfall) -> String {
    switch s {
    case .served(let served, let enrolled, let admitted, let be):
      return "\(served) served (\(enrolled) enrolled, \(admitted) admitted) against break-even "
        + "at \(be)"
    case .waitingListEmpty(let n):
      return "the waiting list is empty: \(plural(n, "more referral is", "more referrals are")) "
        + "needed"
    case .notAdmitted(let count, let used, let hours):
      return "\(count) on the waiting list could not be admitted (the coordinator has used "
        + "\(num(used)) of \(num(hours)) hours; each one's reason is in their notes)"
    case .written(let text): return text
    }
  }

  func summary(_ w: WeekSummary) -> String {
    guard let status = w.status else { return "not in the week" }
    if status == .waiting { return "waiting" }
    if status == .left { return "left" }
    var parts: [String] = []
    if status == .admitted { parts.append("admitted") }
    if let company = w.company {
      parts.append(
        "\(c(company)) (\(w.workDays.map(l.dayShort).joined(separator: ", "))) "
          + "\(num(w.workHours)) h")
    } else if let e = w.employer {
      parts.append("job at \(c(e))")
    } else {
      parts.append("no placement")
    }
    if let mentor = w.mentor { parts.append("\(m(mentor)) \(num(w.mentorHours)) h") }
    parts.append(w.activities.isEmpty ? "no sessions" : list(w.activities.map(a)))
    return parts.joined(separator: ", ")
  }

  func changeFile(_ n: ChangeFileNote) -> String {
    switch n {
    case .referenceDropped(let who, let what):
      let thing: String
      switch what {
      case .wishedCompany: thing = "a wished company"
      case .wishedActivity: thing = "a wished activity"
      case .reachableCompany: thing = "a reachable company"
      case .currentSession: thing = "a current session"
      }
      return "\(p(who)): \(thing) that was removed is dropped"
    case .currentMentorRemoved(let who, let mentor):
      return "\(p(who)): their current mentor \(m(mentor)) was removed"
    case .currentPlacementEnds(let who, let company):
      return "\(p(who)): their current placement at \(c(company)) ends (the company was removed)"
    case .lockDropped(let who, let company):
      return "the lock of \(p(who)) at \(c(company)) is dropped (the company was removed)"
    case .banDropped(let who, let company):
      return "the ban of \(p(who)) at \(c(company)) is dropped (the company was removed)"
    }
  }

  func rolling(_ n: RollingNote) -> String {
    switch n {
    case .enrolmentEnded(let who, let reason):
      return "\(p(who)): enrolment ended"
        + (reason.map { " (\(l.exitReason($0).lowercased()))" } ?? "")
        + ", removed from next week's scenario"
    case .limitUsed(let who, let used, let limit, let company):
      return "\(p(who)): \(used) of \(limit) legal placement weeks at \(c(company)) are used: "
        + Self.mustFollow
    case .lockDropped(let who, let company):
      return "\(p(who)): the lock at \(c(company)) is dropped: the legal limit is reached"
    }
  }

  func sheet(_ p: SheetProblem) -> String {
    func hint(_ c: String?) -> String { c.map { " (did you mean \"\($0)\"?)" } ?? "" }
    switch p {
    case .notCSV: return "cannot be read as CSV"
    case .emptyFile: return "is empty"
    case .fileMissing: return "is missing"
    case .unknownColumn(let c): return "is not a known column" + hint(c)
    case .columnTwice: return "appears twice"
    case .columnMissing: return "is missing"
    case .mustNotBeEmpty: return "must not be empty"
    case .beyondLastColumn: return "has a value beyond the last column"
    case .unknownSetting(let c): return "is not a known setting" + hint(c)
    case .weekMissing(let fileMissing):
      return fileMissing
        ? "is missing: the file gives the week (uge;2026-W02)" : "the week (uge) is not given"
    case .otherCoordinateMissing: return "must be given with the other coordinate"
    case .cell(let c): return cell(c)
    case .scenario(let v): return validation(v)
    case .lockedTwice(let x, let co, let row):
      return "\(named(.participant, x)) is already locked to \(named(.company, co)) in row \(row)"
    case .lockRepeated(let row): return "repeats the lock in row \(row)"
    case .banWhereLocked(let x, let co, let row):
      return "bans \(named(.participant, x)) from \(named(.company, co)), where the lock in row "
        + "\(row) puts them"
    case .leftBenefitTwice(let x, let on, let row):
      return "\(named(.participant, x)) left benefit on \(date(on)) twice (first in row \(row))"
    case .duplicateID(let id, let row): return "duplicate id \(quoted(id)) (first in row \(row))"
    }
  }

  func cell(_ p: CellProblem) -> String {
    switch p {
    case .notNumber(let s): return "\"\(s)\" is not a number"
    case .notWholeNumber(let s): return "\"\(s)\" is not a whole number"
    case .notYesNo(let s): return "\"\(s)\" is not ja or nej"
    case .notTimeWindow(let s): return "\"\(s)\" is not a time window like 08:00-12:00"
    case .notWeekday(let s): return "\"\(s)\" is not a weekday (man, tir, ons, tor, fre, lør, søn)"
    case .notDayTimes(let s): return "\"\(s)\" is not like \"man 08:00-12:00\""
    case .notCounts(let s): return "\"\(s)\" is not like \"aubo: 3\""
    case .notDate(let s): return "\"\(s)\" is not a date like 2025-11-10 or 10-11-2025"
    case .notOneOf(let s, let choices, let c):
      return "\"\(s)\" is not one of: \(choices.joined(separator: ", "))"
        + (c.map { " (did you mean \"\($0)\"?)" } ?? "")
    case .notAgreement(let s): return "\"\(s)\" is not lås or forbud"
    case .notRefundStep(let s): return "\"\(s)\" is not a step like 26: 40 %"
    }
  }

  func move(_ m: Move) -> String {
    let steps = m.locks.map { "\(p($0.participant)) to \(c($0.company))" }
    let effects = m.effects.map { e in
      "\(p(e.participant)): \(situation(e.before)) becomes \(situation(e.after))"
    }
    let why: String
    switch m.blockedBy {
    case .keepWhatRuns:
      why = "The plan never moves anyone off a running placement by itself; you may approve it"
    default:
      why = "The plan weighs wishes and last week's agreements; you may approve the move"
    }
    return "\(list(steps)). " + effects.joined(separator: ". ") + ". \(why)."
  }

  /// A person's placement before or after a move: `no placement`, `20 h at Aubo (wish 1,
  /// week 2)`.
  func situation(_ s: MoveSituation) -> String {
    guard let company = s.company else { return "no placement" }
    var details: [String] = []
    if let w = s.wish { details.append("wish \(w)") }
    if let week = s.week, week > 1 { details.append("week \(week)") }
    let extra = details.isEmpty ? "" : " (\(details.joined(separator: ", ")))"
    return "\(num(s.hours)) h at \(c(company))\(extra)"
  }

  func obstacle(_ o: Suggestion.Obstacle) -> String {
    switch o {
    case .conflict(let d):
      return d.conflicts.first.map(conflict) ?? "a hard rule breaks"
    case .notAdmitted: return "without a placement they are not admitted this week"
    case .failed(.infeasible(let d)): return d.conflicts.first.map(conflict) ?? "a hard rule breaks"
    case .failed(.invalidScenario(let s)):
      return s.issues.map(issue).joined(separator: "\n")
    case .failed(let e): return e.description
    }
  }

  func event(_ e: SimulationEvent) -> String {
    switch e {
    case .hired(let who, let company): return "\(p(who)) hired at \(c(company))"
    case .limitUsed(let who, let weeks, let company):
      return "\(p(who)) has used \(weeks) legal weeks at \(c(company))"
    case .pauseNoHours(let who):
      return "\(p(who)) could return from a pause, but the coordinator has no hours"
    case .backFromPause(let who): return "\(p(who)) is back from a pause"
    case .followUpDone(let who): return "\(p(who)) leaves: the follow-up in the job is done"
    case .referred(let who, _): return "\(p(who)) referred"
    }
  }

  func contact(_ line: ContactLine) -> String {
    /// `Jens H., phone 20 00 00 01, email jens@aubo.example`.
    func card(_ x: Contact) -> String {
      [x.name, x.phone.map { "phone \($0)" }, x.email.map { "email \($0)" }].compactMap { $0 }
        .joined(separator: ", ")
    }
    switch line {
    case .contact(let x): return card(x)
    case .company(let id, let x): return "Contact at \(c(id)): \(card(x))"
    case .activity(let id, let x): return "Contact for \(a(id)): \(card(x))"
    case .mentor(let id, let x): return "Your mentor \(m(id)): \(card(x))"
    case .coordinator(let x?) where !x.isEmpty:
      return "Questions? Contact the coordinator: \(card(x))"
    case .coordinator: return "Questions? Contact the programme's coordinator."
    case .menteePhone(let id, let phone): return "\(p(id)): phone \(phone)"
    case .place(let place): return "Meeting point: \(place)"
    }
  }
}
