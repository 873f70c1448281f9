import MilenFormats
import MilenModel
import MilenSolver

/// The typed vocabulary in Danish: the coordinator's language.
struct DanishWording: Wording {
  let l: Localizer
  let names: Names

  func list(_ items: [String]) -> String { joinedList(items, and: "og") }

  func plural(_ n: Int, _ one: String, _ many: String) -> String {
    "\(n) \(n == 1 ? one : many)"
  }

  static let mustFollow =
    "herefter skal der følge et job, et løntilskudsjob eller en anden virksomhed"

  func note(_ n: Note) -> String {
    switch n {
    case .admitted(let on):
      return "optaget fra ventelisten" + (on.map { " (henvist \(date($0)))" } ?? "")
    case .enrolmentEnded(let reason, let on):
      return "forløbet er afsluttet: \(l.exitReason(reason).lowercased())"
        + (on.map { " (\(date($0)))" } ?? "")
    case .waiting(let w): return waiting(w)
    case .lastLegalWeek(let company, let week, let limit):
      return "sidste lovlige praktikuge hos \(c(company)) (\(week) af \(limit)): " + Self.mustFollow
    case .limitReached(let company, let limit):
      return "alle \(limit) lovlige praktikuger hos \(c(company)) er brugt: " + Self.mustFollow
    case .notPlaced(let why): return "ikke i praktik: " + notPlaced(why)
    case .placedAt(let company, let facts):
      return "hos \(c(company)): " + facts.map(fact).joined(separator: "; ")
    case .mentorHoursUnmet(let unmet, let needed, let why):
      return "\(num(unmet)) af \(num(needed)) mentortimer mangler: " + mentorShortfall(why)
    case .sessionsShort(let missing, let wanted, let why):
      return "\(missing) af de \(wanted) ønskede sociale aktiviteter mangler: "
        + sessionShortfall(why)
    case .written(let text): return text
    }
  }

  func waiting(_ w: Waiting) -> String {
    guard let pos = w.position, let of = w.of else { return "på ventelisten" }
    var out = "venter (nummer \(pos) af \(of))"
    if let cause = w.cause { out += ": " + waitingCause(cause) }
    if !w.laterAdmitted.isEmpty {
      out += "; \(people(w.laterAdmitted)) (henvist senere) er optaget"
    }
    return out
  }

  func waitingCause(_ cause: WaitingCause) -> String {
    switch cause {
    case .nothingFits:
      return "intet passer til dem: ingen aktivitet på deres dage og tider, ingen mentor til "
        + "deres behov, ingen virksomhed, der passer"
    case .coordinatorHours(let needs, let left):
      return "opfølgningen kræver \(num(needs)) t, og koordinatoren har \(num(left)) t tilbage"
    case .full(let caps):
      return "alle pladser, der passer til dem, er optaget: "
        + caps.map(full).joined(separator: ", ")
    }
  }

  func full(_ f: FullCapacity) -> String {
    switch f {
    case .activity(let id, let taken, let seats): return "\(a(id)) (\(taken) af \(seats) pladser)"
    case .mentorMentees(let id, let count, let max): return "\(m(id)) (\(count) af \(max) mentees)"
    case .mentorHours(let id, let used, let total):
      return "\(m(id)) (\(num(used)) af \(num(total)) t)"
    case .company(let id, let taken, let room): return "\(c(id)) (\(taken) af \(room) pladser)"
    case .companyDays(let id): return "\(c(id)) (alle fælles dage er fulde)"
    }
  }

  func holder(_ h: Holder) -> String {
    if h.admittedThisWeek { return "\(p(h.participant)) (optaget i denne uge)" }
    if let w = h.week, let limit = h.limit { return "\(p(h.participant)) (uge \(w) af \(limit))" }
    return p(h.participant)
  }

  func holders(_ hs: [Holder]) -> String { hs.isEmpty ? "ingen" : list(hs.map(holder)) }

  func binding(_ b: CompanyBinding) -> String {
    switch b {
    case .slots(let company, let slots, let hs):
      return "\(c(company)) har \(plural(slots, "plads", "pladser")), besat af \(holders(hs))"
    case .legalRatio(let company, let room, let employees, let hs):
      return "\(c(company)) har nået rimelighedskravet (\(room) i praktik for \(employees) "
        + "ansatte), besat af \(holders(hs))"
    case .dayPlaces(let company, let ds, let day, let hs):
      return "pladserne hos \(c(company)) på de dage, de kan arbejde der (\(days(ds))), er "
        + "fulde: \(l.dayLong(day)) er besat af \(holders(hs))"
    }
  }

  func notPlaced(_ n: NotPlaced) -> String {
    switch n {
    case .nothingFits(let excluded, let outOfReach):
      var parts = excluded.map { "\(c($0.company)): \(exclusion($0.why))" }
      if outOfReach > 0 { parts.append("\(outOfReach) mere uden for rækkevidde") }
      return "ingen virksomhed passer ("
        + (parts.isEmpty ? "der er ingen virksomheder" : parts.joined(separator: "; ")) + ")"
    case .noPlaceLeft(let companies):
      return "de virksomheder, der passer (\(list(companies.map(c)))), har ingen plads tilbage "
        + "efter de vigtigere prioriteter"
    case .taken(let b, let change):
      return binding(b) + (change.map { "; \(weekChange($0)) ville give dem praktik" } ?? "")
    case .roomButCosts(let company, let t):
      return "\(c(company)) har plads, men " + tradeOff(t)
    }
  }

  func tradeOff(_ t: TradeOff) -> String {
    switch t {
    case .breaksHardRule: return "de kan ikke komme dertil uden at bryde en fast regel i denne uge"
    case .costsGoal(let goal, let changed):
      return "det ville gå ud over \(goalLoss(goal))"
        + (changed.isEmpty ? "" : " (\(people(changed)) ville få en anden uge)")
    case .keptForOthers: return "pladserne går til andre efter en vigtigere prioritet"
    }
  }

  /// What a goal level protects, as what the week would lose.
  func goalLoss(_ g: GoalKind) -> String {
    switch g {
    case .breakEven: return "antallet af unge i forløb"
    case .needs: return "andres mentortimer eller sociale aktiviteter"
    case .keepWhatRuns: return "en praktik eller mentor, der allerede kører"
    case .work: return "andres praktik eller timer"
    case .wishes: return "opfyldte ønsker og sidste uges aftaler"
    }
  }

  func fact(_ f: PlacementFact) -> String {
    switch f {
    case .wish(let rank, let of): return "ønske \(rank) af \(of)"
    case .noWishes: return "ingen ønsker givet, den passer"
    case .notAmongWishes: return "ikke blandt deres ønsker, den passer"
    case .higherWishExcluded(let company, let why):
      return "ønsket \(c(company)): " + (why.map(exclusion) ?? "uden for rækkevidde")
    case .higherWishTaken(let b): return "ønsket: " + binding(b)
    case .higherWishKeptForOthers(let company):
      return "ønsket \(c(company)) har plads, men pladserne går til andre efter en vigtigere "
        + "prioritet"
    case .keptAtRunningPlacement(let company, let wished):
      return "ønsket \(c(wished)) har plads, men den praktik, der kører hos \(c(company)), "
        + "bevares (stabilitet før nyt); koordinatoren kan flytte dem"
    case .hours(let worked, let agreed, let limit):
      return "\(num(worked)) af \(num(agreed)) aftalte timer"
        + (limit.map { ": " + hoursLimit($0) } ?? "")
    }
  }

  func hoursLimit(_ h: HoursLimit) -> String {
    switch h {
    case .companyHours(let company, let hours):
      return "åbningstiden hos \(c(company)) på deres dage giver \(num(hours)) t"
    case .sessions(let company, let ds):
      return "deres aktiviteter \(days(ds)) tager timer hos \(c(company))"
    case .dayPlaces(let company, let ds):
      return "pladserne hos \(c(company)) \(days(ds)) er fulde"
    case .workGoalStopped: return "søgningen stoppede ved sin grænse, før flere timer var fundet"
    case .higherGoal: return "flere timer her ville gå ud over en vigtigere prioritet"
    }
  }

  func mentorShortfall(_ s: MentorShortfall) -> String {
    switch s {
    case .noMentorSharesDay(let comps):
      return comps.isEmpty
        ? "ingen mentor har en fælles ugedag med dem"
        : "ingen mentor til \(list(comps.map(tag))) har en fælles ugedag med dem"
    case .fittingMentorsFull:
      return "de mentorer, der passer, har ikke flere timer eller mentee-pladser"
    case .oneMentorNoMoreHours(let mentor):
      return "én mentor om ugen, og \(mentor.map(m) ?? "deres mentor") har ikke flere timer på "
        + "de fælles dage"
    case .mentors(let facts, let change):
      return facts.map(mentorFact).joined(separator: "; ")
        + (change.map { "; \(weekChange($0)) ville dække dem" } ?? "")
    }
  }

  func mentorFact(_ f: MentorFact) -> String {
    switch f {
    case .hoursInUse(let mentor, let used, let total, let others):
      return "\(m(mentor)) har \(num(used)) af \(num(total)) t i brug"
        + (others.isEmpty ? "" : " (\(people(others)))")
    case .menteesFull(let mentor, let count, let max, let mentees):
      return "\(m(mentor)) har \(count) af \(max) mentees (\(people(mentees)))"
    }
  }

  func sessionShortfall(_ s: SessionShortfall) -> String {
    switch s {
    case .noneFit: return "ingen aktivitet passer til deres tid"
    case .onlyFit(let ids): return "kun \(list(ids.map(a))) passer til deres tid"
    case .fullOrClash: return "de aktiviteter, der passer, er fulde eller falder sammen med arbejde"
    case .sessions(let facts, let change):
      return facts.map(sessionFact).joined(separator: "; ")
        + (change.map { "; \(weekChange($0)) ville hjælpe" } ?? "")
    }
  }

  func sessionFact(_ f: SessionFact) -> String {
    switch f {
    case .clashesWithWork(let id, let day, let company, let time):
      return "\(a(id)) (\(l.dayLong(day))) falder sammen med deres arbejde"
        + (company.map { " hos \(c($0))" } ?? "") + " \(time)"
    case .full(let id, let seats): return "\(a(id)) er fuld (\(seats) af \(seats) pladser)"
    case .sameDayOtherPlans(let id, let day):
      return "\(a(id)) har en ledig plads, men \(l.dayLong(day)) er optaget af deres andre aftaler"
    }
  }

  func exclusion(_ e: Exclusion) -> String {
    switch e {
    case .lockedElsewhere(let company): return "låst til \(c(company))"
    case .banned: return "udelukket af koordinatoren"
    case .noSlots: return "ingen praktikpladser"
    case .legalRatioFull(let sub, let emp):
      return "rimelighedskravet er opbrugt (\(sub) i støttet beskæftigelse for \(emp) ansatte)"
    case .lacksAccommodations(let tags): return "tilbyder ikke \(list(tags.map(tag)))"
    case .requiresLicence: return "kræver kørekort"
    case .requiresAge(let age, let known):
      return known ? "kræver alder \(age)+" : "kræver alder \(age)+, og alderen kendes ikke"
    case .notReachable: return "ikke blandt de virksomheder, de kan nå"
    case .tooFar(let km, let limit): return "for langt væk (\(num(km)) km, højst \(num(limit)) km)"
    case .placementLimit(let used, let limit):
      return "de lovlige praktikuger er brugt (\(used) af \(limit))"
    case .noCommonDay(let av, let open):
      return "ingen fælles dag: de kan \(av.isEmpty ? "ingen ugedag" : days(av)), virksomheden "
        + "har åbent \(open.isEmpty ? "ingen dag" : days(open))"
    case .fewCommonHours(let h, let min):
      return "kun \(num(h)) t om ugen til fælles, under deres minimum på \(num(min)) t"
    case .shortCommonDays(let longest, let shortest):
      return "højst \(num(longest)) t til fælles om dagen, kortere end deres korteste arbejdsdag "
        + "på \(num(shortest)) t"
    case .lockDaysWithoutHours(let ds): return "de låste dage (\(days(ds))) har ingen fælles timer"
    case .closedOn(let d): return "virksomheden har lukket om \(l.dayLong(d))en"
    case .unavailableOn(let d): return "de kan ikke om \(l.dayLong(d))en"
    }
  }

  func weekChange(_ w: WeekChange) -> String {
    switch w {
    case .companySlot(let company): return "én plads mere hos \(c(company))"
    case .companyDaySlot(let company, let day):
      return "én plads mere hos \(c(company)) om \(l.dayLong(day))en"
    case .mentorHours(let mentor, let hours): return "\(num(hours)) timer mere til \(m(mentor))"
    case .mentorMentee(let mentor): return "én mentee-plads mere hos \(m(mentor))"
    case .activitySeat(let id): return "én plads mere ved \(a(id))"
    case .endPlacement(let who, let company):
      return "at praktikken for \(p(who)) hos \(c(company)) slutter"
    }
  }

  func change(_ r: ChangeReason) -> String {
    switch r {
    case .ended(let reason, let on):
      return "forløbet er afsluttet efter aftale: \(l.exitReason(reason).lowercased())"
        + (on.map { " (\(date($0)))" } ?? "")
    case .admitted(let on):
      return "optaget fra ventelisten" + (on.map { " (henvist \(date($0)))" } ?? "")
    case .notInScenario: return "ikke med i denne uge"
    case .newInScenario: return "ny i denne uge"
    case .companyExcluded(let x, let wish):
      return "\(c(x.company)): \(exclusion(x.why))" + wishText(wish)
    case .trackNow(let t): return "forløbet er nu \(l.track(t).lowercased())"
    case .companyUsedByHigherGoal(let company, let wish):
      return "\(c(company)) passer stadig, men pladsen gik til andres behov eller til en "
        + "praktik, der allerede kører" + wishText(wish)
    case .placementFits(let company): return "en praktik hos \(c(company)) passer i denne uge"
    case .agreedHoursNow(let h): return "de aftalte timer er nu \(num(h)) t om ugen"
    case .dayGivenUp(let d): return "\(l.dayLong(d)) blev opgivet for en vigtigere prioritet"
    case .dayNoLongerFits(let d, let why):
      return "\(l.dayLong(d)) passer ikke længere: \(exclusion(why))"
    case .otherHours: return "de samme dage med andre timer, for en vigtigere prioritet"
    case .mentorHadNoRoom(let mentor):
      return "\(m(mentor)) havde ikke plads tilbage efter en vigtigere prioritet"
    case .mentorNoLongerFits(let mentor):
      return "\(m(mentor)) passer ikke længere til deres behov og dage"
    case .mentorNeeded: return "har brug for mentortimer"
    case .noMentorRoom: return "ingen mentor havde plads"
    case .noMentorHoursNeeded: return "ingen mentortimer i denne uge"
    case .mentorHoursNow(let h): return "behovet for mentortimer er nu \(num(h)) t"
    case .mentorNoMoreHours(let mentor): return "\(m(mentor)) har ikke flere timer i denne uge"
    case .sessionAdded: return "en aktivitet mere i denne uge"
    case .sessionsDropped(let dropped): return dropped.map(droppedSession).joined(separator: "; ")
    case .written(let text): return text
    }
  }

  func wishText(_ wish: Int?) -> String { wish.map { " (deres ønske nr. \($0))" } ?? "" }

  func droppedSession(_ d: DroppedSession) -> String {
    switch d.why {
    case .noLongerFits: return "\(a(d.activity)) passer ikke længere til deres dage og tider"
    case .full(let seats):
      return "\(a(d.activity)) er fuld (\(seats) pladser, brugt efter en vigtigere prioritet)"
    case .clashesWithWork(let day):
      return "\(a(d.activity)) falder sammen med deres arbejde \(l.dayLong(day))"
    case .higherGoal: return "\(a(d.activity)) blev opgivet for en vigtigere prioritet"
    }
  }

  func value(_ v: ChangeValue) -> String {
    switch v {
    case .company(let id): return c(id)
    case .mentor(let id): return m(id)
    case .hours(let h): return "\(num(h)) t"
    case .work(let w): return w.isEmpty ? "intet arbejde" : l.workDays(w)
    case .sessions(let ids): return ids.isEmpty ? "ingen aktiviteter" : list(ids.map(a))
    }
  }

  func shortfall(_ s: ProgrammeShortfall) -> String {
    switch s {
    case .served(let served, let enrolled, let admitted, let be):
      return "\(served) unge i forløb (\(enrolled) indskrevne, \(admitted) optagne) mod "
        + "break-even på \(be)"
    case .waitingListEmpty(let n):
      return "ventelisten er tom: der skal \(plural(n, "henvisning", "henvisninger")) mere til"
    case .notAdmitted(let count, let used, let hours):
      return "\(count) på ventelisten kunne ikke optages (koordinatoren har brugt \(num(used)) "
        + "af \(num(hours)) timer; hver enkelts grund står i deres noter)"
    case .written(let text): return text
    }
  }

  func summary(_ w: WeekSummary) -> String {
    guard let status = w.status else { return "ikke med i ugen" }
    if status == .waiting { return "venter" }
    if status == .left { return "stoppet" }
    var parts: [String] = []
    if status == .admitted { parts.append("optaget") }
    if let company = w.company {
      parts.append(
        "\(c(company)) (\(w.workDays.map(l.dayShort).joined(separator: ", "))) "
          + "\(num(w.workHours)) t")
    } else if let e = w.employer {
      parts.append("job hos \(c(e))")
    } else {
      parts.append("ingen praktik")
    }
    if let mentor = w.mentor { parts.append("\(m(mentor)) \(num(w.mentorHours)) t") }
    parts.append(w.activities.isEmpty ? "ingen aktiviteter" : list(w.activities.map(a)))
    return parts.joined(separator: ", ")
  }

  func changeFile(_ n: ChangeFileNote) -> String {
    switch n {
    case .referenceDropped(let who, let what):
      let thing: String
      switch what {
      case .wishedCompany: thing = "en ønsket virksomhed"
      case .wishedActivity: thing = "en ønsket aktivitet"
      case .reachableCompany: thing = "en virksomhed, de kan nå"
      case .currentSession: thing = "en nuværende aktivitet"
      }
      return "\(p(who)): \(thing), der blev fjernet, er taget ud"
    case .currentMentorRemoved(let who, let mentor):
      return "\(p(who)): deres nuværende mentor \(m(mentor)) blev fjernet"
    case .currentPlacementEnds(let who, let company):
      return "\(p(who)): deres praktik hos \(c(company)) slutter (virksomheden blev fjernet)"
    case .lockDropped(let who, let company):
      return "låsen af \(p(who)) hos \(c(company)) er taget ud (virksomheden blev fjernet)"
    case .banDropped(let who, let company):
      return "udelukkelsen af \(p(who)) hos \(c(company)) er taget ud (virksomheden blev fjernet)"
    }
  }

  func rolling(_ n: RollingNote) -> String {
    switch n {
    case .enrolmentEnded(let who, let reason):
      return "\(p(who)): forløbet er afsluttet"
        + (reason.map { " (\(l.exitReason($0).lowercased()))" } ?? "")
        + " og er taget ud af næste uges scenarie"
    case .limitUsed(let who, let used, let limit, let company):
      return "\(p(who)): \(used) af \(limit) lovlige praktikuger hos \(c(company)) er brugt: "
        + Self.mustFollow
    case .lockDropped(let who, let company):
      return "\(p(who)): låsen hos \(c(company)) er taget ud, fordi den lovlige grænse er nået"
    }
  }

  func sheet(_ p: SheetProblem) -> String {
    func hint(_ c: String?) -> String { c.map { " (mente du \"\($0)\"?)" } ?? "" }
    switch p {
    case .notCSV: return "kan ikke læses som CSV"
    case .emptyFile: return "er tom"
    case .fileMissing: return "mangler"
    case .unknownColumn(let c): return "er ikke en kendt kolonne" + hint(c)
    case .columnTwice: return "står der to gange"
    case .columnMissing: return "mangler"
    case .mustNotBeEmpty: return "må ikke være tom"
    case .beyondLastColumn: return "har en værdi efter den sidste kolonne"
    case .unknownSetting(let c): return "er ikke en kendt indstilling" + hint(c)
    case .weekMissing(let fileMissing):
      return fileMissing
        ? "mangler: filen angiver ugen (uge;2026-W02)" : "ugen (uge) er ikke angivet"
    case .otherCoordinateMissing: return "skal angives sammen med den anden koordinat"
    case .cell(let c): return cell(c)
    case .scenario(let v): return validation(v)
    case .lockedTwice(let x, let co, let row):
      return "\(named(.participant, x)) er allerede låst til \(named(.company, co)) i række \(row)"
    case .lockRepeated(let row): return "gentager låsen i række \(row)"
    case .banWhereLocked(let x, let co, let row):
      return "forbyder \(named(.participant, x)) hos \(named(.company, co)), hvor låsen i række "
        + "\(row) låser dem"
    case .leftBenefitTwice(let x, let on, let row):
      return "\(named(.participant, x)) forlod ydelsen \(date(on)) mere end én gang (første gang i "
        + "række \(row))"
    case .duplicateID(let id, let row):
      return "id'et \(quoted(id)) er brugt før (første gang i række \(row))"
    }
  }

  func cell(_ p: CellProblem) -> String {
    switch p {
    case .notNumber(let s): return "\"\(s)\" er ikke et tal"
    case .notWholeNumber(let s): return "\"\(s)\" er ikke et helt tal"
    case .notYesNo(let s): return "\"\(s)\" er ikke ja eller nej"
    case .notTimeWindow(let s): return "\"\(s)\" er ikke et tidsrum som 08:00-12:00"
    case .notWeekday(let s): return "\"\(s)\" er ikke en ugedag (man, tir, ons, tor, fre, lør, søn)"
    case .notDayTimes(let s): return "\"\(s)\" er ikke som \"man 08:00-12:00\""
    case .notCounts(let s): return "\"\(s)\" er ikke som \"aubo: 3\""
    case .notDate(let s): return "\"\(s)\" er ikke en dato som 10-11-2025 eller 2025-11-10"
    case .notOneOf(let s, let choices, let c):
      return "\"\(s)\" er ikke en af: \(choices.joined(separator: ", "))"
        + (c.map { " (mente du \"\($0)\"?)" } ?? "")
    case .notAgreement(let s): return "\"\(s)\" er ikke lås eller forbud"
    case .notRefundStep(let s): return "\"\(s)\" er ikke et trin som 26: 40 %"
    }
  }

  func move(_ m: Move) -> String {
    let steps = m.locks.map { "\(p($0.participant)) til \(c($0.company))" }
    let effects = m.effects.map { e in
      "\(p(e.participant)): \(situation(e.before)) bliver til \(situation(e.after))"
    }
    let why: String
    switch m.blockedBy {
    case .keepWhatRuns:
      why = "Planen flytter ikke selv nogen fra en praktik, der kører; det kan du godkende"
    default:
      why = "Planen vejer ønsker og sidste uges aftaler; flytningen kan du godkende"
    }
    return "\(list(steps)). " + effects.joined(separator: ". ") + ". \(why)."
  }

  /// A person's placement before or after a move: `ingen praktik`, `20 timer i Aubo (ønske 1,
  /// uge 2)`.
  func situation(_ s: MoveSituation) -> String {
    guard let company = s.company else { return "ingen praktik" }
    var details: [String] = []
    if let w = s.wish { details.append("ønske \(w)") }
    if let week = s.week, week > 1 { details.append("uge \(week)") }
    let extra = details.isEmpty ? "" : " (\(details.joined(separator: ", ")))"
    return "\(num(s.hours)) timer i \(c(company))\(extra)"
  }

  func obstacle(_ o: Suggestion.Obstacle) -> String {
    switch o {
    case .conflict(let d):
      return d.conflicts.first.map(conflict) ?? "en fast regel brydes"
    case .notAdmitted: return "uden praktik bliver de ikke optaget i denne uge"
    case .failed(let e):
      switch e {
      case .noPlanWithinLimit: return "ingen plan inden for tidsgrænsen"
      case .cancelled: return "planlægningen blev stoppet"
      case .infeasible(let d):
        return d.conflicts.first.map(conflict) ?? "en fast regel brydes"
      case .invalidScenario(let s):
        return "planen kunne ikke lægges: " + s.issues.map(issue).joined(separator: "; ")
      case .previousPlan(let ps):
        return "planen kunne ikke lægges: " + ps.map(previousPlan).joined(separator: "; ")
      case .solver: return "planen kunne ikke lægges: \(e)"
      }
    }
  }

  func event(_ e: SimulationEvent) -> String {
    switch e {
    case .hired(let who, let company): return "\(p(who)) ansat hos \(c(company))"
    case .limitUsed(let who, let weeks, let company):
      return "\(p(who)) har brugt \(weeks) lovlige uger hos \(c(company))"
    case .pauseNoHours(let who):
      return "\(p(who)) kunne vende tilbage fra en pause, men koordinatoren har ingen timer"
    case .backFromPause(let who): return "\(p(who)) er tilbage fra en pause"
    case .followUpDone(let who): return "\(p(who)) stopper: opfølgningen i jobbet er slut"
    case .referred(let who, _): return "\(p(who)) henvist"
    }
  }

  func contact(_ line: ContactLine) -> String {
    /// `Jens H., tlf. 20 00 00 01, e-mail jens@aubo.example`.
    func card(_ x: Contact) -> String {
      [x.name, x.phone.map { "tlf. \($0)" }, x.email.map { "e-mail \($0)" }].compactMap { $0 }
        .joined(separator: ", ")
    }
    switch line {
    case .contact(let x): return card(x)
    case .company(let id, let x): return "Kontakt hos \(c(id)): \(card(x))"
    case .activity(let id, let x): return "Kontakt om \(a(id)): \(card(x))"
    case .mentor(let id, let x): return "Din mentor \(m(id)): \(card(x))"
    case .coordinator(let x?) where !x.isEmpty:
      return "Spørgsmål? Kontakt koordinatoren: \(card(x))"
    case .coordinator: return "Spørgsmål? Kontakt projektets koordinator."
    case .menteePhone(let id, let phone): return "\(p(id)): tlf. \(phone)"
    case .place(let place): return "Mødested: \(place)"
    }
  }
}
