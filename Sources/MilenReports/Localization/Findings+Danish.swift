import MilenCheck
import MilenFormats
import MilenModel

extension DanishWording: FindingWords {
  func finding(_ f: Finding) -> String {
    switch f {
    case .enrolledNotKept(let x, let status):
      return "\(p(x)) er indskrevet, men har status \(st(status)) i planen; indskrevne "
        + "udskrives aldrig"
    case .referredMarkedEnrolled(let x):
      return "\(p(x)) er henvist (venteliste), men indskrevet i planen; en henvist bliver "
        + "optaget eller venter"
    case .waitingGiven(let x, let given):
      return "\(p(x)) venter, men planen giver dem \(gifts(given)); den, der venter, får intet "
        + "i denne uge"
    case .servedGetsNothing(let x, let status):
      return "\(p(x)) er \(st(status)), men får intet i denne uge: ingen praktik, arbejdsgiver, "
        + "mentortimer eller aktivitet"
    case .companyOverSlots(let co, let placed, let slots):
      return "\(c(co)) har \(plural(placed.count, "praktikant", "praktikanter")), over sine "
        + "\(plural(slots, "plads", "pladser")) (\(people(placed)))"
    case .companyOverDaySlots(let co, let day, let working, let slots, let closed):
      return
        "\(c(co)) har \(plural(working.count, "praktikant", "praktikanter")) \(l.dayLong(day)), "
        + "over sine \(plural(slots, "plads", "pladser")) den dag"
        + (closed ? ", hvor der er lukket" : "") + " (\(people(working)))"
    case .mentorOverHours(let mentor, let hours, let limit, let mentees):
      let each = mentees.map { "\(p($0.participant)): \(num($0.hours)) t" }
      return "\(m(mentor)) giver \(num(hours)) mentortimer, over sine \(num(limit)) t om ugen "
        + "(\(list(each)))"
    case .mentorOverMentees(let mentor, let mentees, let limit):
      return "\(m(mentor)) har \(plural(mentees.count, "mentee", "mentees")), over sit højeste "
        + "antal på \(limit) (\(people(mentees)))"
    case .activityOverSeats(let act, let attendees, let seats):
      return "\(a(act)) har \(plural(attendees.count, "deltager", "deltagere")), over sine "
        + "\(plural(seats, "plads", "pladser")) (\(people(attendees)))"
    case .coordinatorOverHours(let needed, let fixed, let followUp, let served, let run, let av):
      return "koordinatoren skal bruge \(num(needed)) t (\(num(fixed)) faste, \(num(followUp)) "
        + "opfølgning for \(plural(served, "deltager", "deltagere")), \(num(run)) til "
        + "aktiviteter), over sine \(num(av)) t om ugen"
    case .overLegalRatio(let co, let placed, let staff, let room, let employees):
      return "\(c(co)) har \(plural(placed.count, "praktikant", "praktikanter")) og \(staff) i "
        + "løntilskud, \(placed.count + staff) i alt, over rimelighedskravets \(room) for "
        + "\(plural(employees, "ordinært ansat", "ordinært ansatte")) (\(people(placed)))"
    case .beyondPlacementLimit(let x, let co, let week, let done, let limit, let readiness):
      return "\(p(x)) er i praktik hos \(c(co)) i uge \(week) (\(plural(done, "uge", "uger")) "
        + "brugt), ud over de lovlige \(limit) uger for \(ready(readiness)); " + Self.mustFollow
    case .wrongPlacementWeek(let x, let co, let week, let done, let stated):
      return "\(p(x)) er i praktikuge \(week) hos \(c(co)) (\(plural(done, "uge", "uger")) "
        + "brugt), men planen siger \(weekOrNone(stated))"
    case .newPlacementNotWeekOne(let x, let co, let stated):
      return "\(p(x)) begynder i praktik hos \(c(co)), så dette er praktikuge 1, men planen "
        + "siger \(weekOrNone(stated))"
    case .statedWeekBeyondLimit(let x, let co, let stated, let limit, let readiness):
      return "planen giver \(p(x)) praktikuge \(stated) hos \(c(co)), ud over de lovlige "
        + "\(limit) uger for \(ready(readiness))"
    case .placementWeekNotCounted(let x, let co, let k, let prev, let expected, let stated):
      return "\(p(x)) var i praktikuge \(k) hos \(c(co)) i \(previous(prev)), så dette er uge "
        + "\(expected), men planen siger \(weekOrNone(stated))"
    case .emptyWorkWindow(let x, let co, let day, let time):
      return "\(p(x)) har et tomt arbejdstidsrum\(at(co)) \(l.dayLong(day)) \(time)"
    case .workOnWeekend(let x, let co, let day, let time):
      return "\(p(x)) arbejder\(at(co)) \(l.dayLong(day)) \(time), men der planlægges kun "
        + "arbejde mandag til fredag"
    case .workOutsideAvailability(let x, let co, let day, let time, let av):
      return "\(p(x)) arbejder\(at(co)) \(l.dayLong(day)) \(time), uden for deres tid \(av)"
    case .workWhenUnavailable(let x, let co, let day, let time):
      return "\(p(x)) arbejder\(at(co)) \(l.dayLong(day)) \(time), en dag de ikke kan"
    case .workOutsideOpening(let x, let co, let day, let time, let open):
      return "\(p(x)) arbejder hos \(c(co)) \(l.dayLong(day)) \(time), uden for åbningstiden "
        + "\(open)"
    case .workWhenClosed(let x, let co, let day, let time):
      return "\(p(x)) arbejder hos \(c(co)) \(l.dayLong(day)) \(time), hvor der er lukket"
    case .severalWorkWindows(let x, let co, let day, let windows):
      return "\(p(x)) har \(windows.count) arbejdstidsrum\(at(co)) \(l.dayLong(day)) "
        + "(\(windows.map(\.description).joined(separator: ", "))); en dags arbejde er ét "
        + "tidsrum"
    case .hoursOutsideRange(let x, let co, let hours, let lo, let hi):
      return "\(p(x)) arbejder \(num(hours)) t hos \(c(co)) i denne uge, uden for deres "
        + "\(num(lo))-\(num(hi)) t"
    case .hoursAboveAgreed(let x, let co, let hours, let agreed):
      return "\(p(x)) arbejder \(num(hours)) t hos \(c(co)) i denne uge, over de \(num(agreed)) "
        + "t, der er aftalt med dem"
    case .shortWorkDay(let x, let co, let day, let time, let least):
      return "\(p(x)) arbejder\(at(co)) \(l.dayLong(day)) \(time), \(num(time.hours)) t, kortere "
        + "end deres korteste arbejdsdag på \(num(least)) t"
    case .sessionOutsideActivityTime(let x, let act, let day, let time):
      return "\(p(x)) deltager i \(a(act)) \(l.dayLong(day)) \(time), uden for fritiden 07:00-22:00"
    case .sessionWhileBusy(let x, let act, let day, let time, let busy, let label):
      return "\(p(x)) deltager i \(a(act)) \(l.dayLong(day)) \(time), mens de er optaget \(busy)"
        + (label.map { " (\($0))" } ?? "")
    case .clash(let x, let day, let first, let t1, let second, let t2):
      return "\(p(x)) har \(commitment(first)) \(t1) og \(commitment(second)) \(t2) samtidig "
        + l.dayLong(day)
    case .mentorLacksCompetences(let x, let mentor, let missing):
      return "\(m(mentor)) mangler \(list(missing.map(tag))), som \(p(x)) har brug for"
    case .mentorTooFar(let x, let mentor, let km, let limit):
      return "\(m(mentor)) er \(num(km)) km fra \(p(x)), længere end mentorens \(num(limit)) km"
    case .mentorNoCommonDay(let x, let mentor, let mdays, let available):
      return "\(m(mentor)) arbejder \(daysOrNone(mdays)), og \(p(x)) kan ingen af de dage "
        + "(\(daysOrNone(available)))"
    case .sessionTooFar(let x, let act, let km, let limit):
      return "\(a(act)) er \(num(km)) km fra \(p(x)), længere end deres \(num(limit)) km"
    case .mentorHoursAboveNeed(let x, let hours, let need):
      return "\(p(x)) får \(num(hours)) mentortimer, over de \(num(need)), de har brug for"
    case .mentorHoursWithoutMentor(let x, let hours):
      return "\(p(x)) får \(num(hours)) mentortimer, men har ingen mentor"
    case .mentorWithoutHours(let x, let mentor, let hours):
      return "\(p(x)) har \(m(mentor)) som mentor, men \(num(hours)) mentortimer"
    case .companyLacksAccommodations(let x, let co, let missing):
      return "\(c(co)) tilbyder ikke \(list(missing.map(tag))), som \(p(x)) har brug for"
    case .companyRequiresLicence(let x, let co):
      return "\(c(co)) kræver kørekort, som \(p(x)) ikke har"
    case .companyRequiresAge(let x, let co, let minimum, let age):
      return "\(c(co)) kræver en alder på \(minimum), og "
        + (age.map { "\(p(x)) er \($0)" } ?? "\(p(x))s alder er ukendt")
    case .companyNotReachable(let x, let co, let reachable):
      return "\(p(x)) kan ikke nå \(c(co)): de virksomheder, de kan nå, er "
        + (reachable.isEmpty ? "ingen" : list(reachable.map(c)))
    case .companyTooFar(let x, let co, let km, let limit):
      return "\(c(co)) er \(num(km)) km fra \(p(x)), længere end deres \(num(limit)) km"
    case .workOnTrack(let x, let track, let given):
      return "\(p(x)) er i forløbet \(tr(track)), som "
        + (track.isEmployed ? "beholder sin arbejdsgiver" : "ikke får arbejde")
        + ", men planen giver dem \(gifts(given))"
    case .employerOnTrack(let x, let track, let employer):
      return "\(p(x)) er i forløbet \(tr(track)), men planen giver dem arbejdsgiveren "
        + c(employer)
    case .wrongEmployer(let x, let track, let expected, let given):
      return "\(p(x)) er i forløbet \(tr(track)) med arbejdsgiveren "
        + "\(expected.map(c) ?? "ingen"), men planen giver arbejdsgiveren "
        + (given.map(c) ?? "ingen")
    case .lockedNotListed(let x, let co, let ds):
      return "\(p(x)) er låst til \(c(co))\(on(ds)), men planen har dem ikke med"
    case .lockNotKept(let x, let co, let ds, let placedAt):
      return "\(p(x)) er låst til \(c(co))\(on(ds)), men planen "
        + (placedAt.map { "sætter dem hos \(c($0))" } ?? "giver dem ingen praktik")
    case .lockDaysMissing(let x, let co, let ds, let missing):
      return "\(p(x)) er låst til \(c(co))\(on(ds)), men arbejder der ikke \(days(missing))"
    case .banBroken(let x, let co):
      return "\(p(x)) må ikke komme hos \(c(co)), men planen sætter dem der"
    case .laterAdmittedWithoutReason(let w, let later):
      return "\(p(w)) venter, mens \(p(later)), henvist senere, er optaget, og planen giver "
        + "ingen grund til ventetiden"
    case .reasonOmitsLater(let w, let later):
      return "\(p(w)) venter, mens \(p(later)), henvist senere, er optaget, men grunden til "
        + "ventetiden nævner ikke \(p(later))"
    case .reasonNamesWrongPerson(let w, let named, let why):
      let reason: String
      switch why {
      case .referredBefore: reason = "blev henvist før dem"
      case .notAdmitted: reason = "er ikke optaget"
      case .notReferral: reason = "er ikke henvist i denne uge"
      }
      return "grunden til, at \(p(w)) venter, nævner \(p(named)) som optaget i stedet, men "
        + "\(p(named)) \(reason)"
    case .waitingClaimFails(let w, let later, let claim):
      return "\(p(w)) venter, mens \(p(later)), henvist senere, er optaget: "
        + claimProblem(claim, w, later)
    case .exitNotLeft(let x, let reason, let status):
      return "\(p(x)) stopper i denne uge (\(l.exitReason(reason).lowercased())), men planen "
        + "har status \(st(status)); den, hvis forløb slutter, står som udskrevet"
    case .leftGiven(let x, let reason, let given):
      return "\(p(x)) er stoppet (\(l.exitReason(reason).lowercased())), men planen giver dem "
        + "\(gifts(given)); den, der er stoppet, får intet"
    case .leftWithoutExit(let x):
      return "\(p(x)) står som udskrevet, men scenariet afslutter ikke deres forløb; kun "
        + "koordinatoren afslutter et forløb"
    case .previousMissingFromScenario(let x, let was, let prev):
      return "\(p(x)) var \(st(was)) i \(previous(prev)), men mangler i denne uges scenarie; "
        + "kun en afslutning i scenariet afslutter et forløb"
    case .previousNotEnrolledInScenario(let x, let was, let prev, let enrolment):
      return "\(p(x)) var \(st(was)) i \(previous(prev)), men denne uges scenarie har dem som "
        + "\(l.enrolment(enrolment).lowercased()); den, der er optaget, forbliver indskrevet"
    case .previousNotEnrolledInPlan(let x, let was, let prev, let status):
      return "\(p(x)) var \(st(was)) i \(previous(prev)) og er derfor indskrevet nu, men denne "
        + "plan har status \(st(status))"
    case .previousMissingFromPlan(let x, let was, let prev):
      return "\(p(x)) var \(st(was)) i \(previous(prev)), men mangler i denne plan"
    case .weekDiffers(let plan, let scenario):
      return "planen er for \(l.weekShort(plan)), men scenariet er for \(l.weekShort(scenario))"
    case .previousUnrelated(let prev, let week, let before):
      return "den forrige plan er for \(l.weekShort(prev)), hverken denne uge "
        + "(\(l.weekShort(week))) eller ugen før"
        + (before.map { " (\(l.weekShort($0)))" } ?? "") + ", så den sammenlignes ikke"
    case .listedTimes(let x, let times): return "\(p(x)) står \(times) gange i planen"
    case .missingFromPlan(let x): return "\(p(x)) mangler i planen"
    case .notInScenario(let x): return "\(p(x)) står i planen, men ikke i scenariet"
    case .trackDiffers(let x, let scenario, let plan):
      return "\(p(x)) er i forløbet \(tr(scenario)), men planens række siger \(tr(plan))"
    case .nameDiffers(let x, let plan, let scenario):
      return "planen kalder \(p(x)) »\(plan)«, men scenariet kalder dem »\(scenario)«"
    case .exitReasonDiffers(let x, let plan, let scenario):
      return "planen giver \(p(x)) afslutningsgrunden "
        + "\(plan.map { l.exitReason($0).lowercased() } ?? "ingen"), men scenariet siger "
        + l.exitReason(scenario).lowercased()
    case .exitReasonWithStatus(let x, let reason, let status):
      return "\(p(x)) har afslutningsgrunden \(l.exitReason(reason).lowercased()), men status "
        + st(status)
    case .waitingReasonWithStatus(let x, _, let status):
      return "\(p(x)) har en grund til ventetid, men status \(st(status))"
    case .unknownCompany(let x, let co):
      return "\(p(x)) er i praktik hos \(co), som ikke er en virksomhed i scenariet"
    case .unknownMentor(let x, let mentor):
      return "\(p(x)) har mentoren \(mentor), som ikke er en mentor i scenariet"
    case .unknownActivity(let x, let act):
      return "\(p(x)) deltager i \(act), som ikke er en aktivitet i scenariet"
    case .activityRepeated(let x, let act): return "\(p(x)) har \(a(act)) med mere end én gang"
    case .workWithoutCompany(let x, let n):
      return "\(p(x)) har \(plural(n, "arbejdsdag", "arbejdsdage")), men ingen praktikvirksomhed"
    case .placementWeekWithoutCompany(let x, let week):
      return "\(p(x)) har praktikuge \(week), men ingen praktikvirksomhed"
    case .hoursNotANumber(let x, let unmet, let value):
      return "\(p(x)) har \(num(value)) \(unmet ? "manglende mentortimer" : "mentortimer"), "
        + "hvilket ikke er et antal timer"
    case .unmetHoursWrong(let x, let stated, let need, let given):
      return "\(p(x)) mangler \(num(stated)) mentortimer i planen, men har brug for "
        + "\(num(need)) og får \(num(given)), så \(num(max(0, need - given))) mangler"
    case .loadListsTwice(let ld, let ids):
      return "\(load(ld)) har \(people(ids)) med mere end én gang"
    case .loadDisagrees(let ld, let listed, let rows):
      return "\(load(ld)) har \(peopleOrNobody(listed)), men rækkerne har "
        + peopleOrNobody(rows)
    case .loadRepeated(let ld): return "planen har \(load(ld)) mere end én gang"
    case .loadMissing(let ld): return "planen mangler \(load(ld))"
    case .loadUnknown(let ld): return "planen har \(load(ld)), som scenariet ikke kender"
    case .loadSlots(let co, let stated, let scenario):
      return "\(load(.company(co))) siger \(plural(stated, "plads", "pladser")), men scenariet "
        + "giver \(scenario)"
    case .loadLegalRoom(let co, let stated, let room, let staff):
      return "\(load(.company(co))) siger \(stated) efter rimelighedskravet, men kravet "
        + "tillader \(room) efter \(staff) i løntilskud"
    case .loadPerDay(let co, let day, let stated, let rows):
      return "\(load(.company(co))) siger \(stated) \(l.dayLong(day)), men rækkerne har "
        + "\(rows), der arbejder der den dag"
    case .loadUnknownDay(let co, let key, let n):
      return "\(load(.company(co))) siger \(n) »\(key)«, som ikke er en ugedag"
    case .loadMentorHours(let mentor, let stated, let rows):
      return "\(load(.mentor(mentor))) siger \(num(stated)) t, men rækkerne giver \(num(rows))"
    case .loadMentorWeekHours(let mentor, let stated, let scenario):
      return "\(load(.mentor(mentor))) siger \(num(stated)) t om ugen, men scenariet giver "
        + num(scenario)
    case .loadMaxMentees(let mentor, let stated, let scenario):
      return "\(load(.mentor(mentor))) siger højst \(stated) mentees, men scenariet giver "
        + "\(scenario)"
    case .loadSeats(let act, let stated, let scenario):
      return "\(load(.activity(act))) siger \(plural(stated, "plads", "pladser")), men "
        + "scenariet giver \(scenario)"
    case .figureDiffers(let figure, let stated, let actual):
      switch figure {
      case .breakEven, .target:
        return "programtallene siger \(figureName(figure)) \(stated), men scenariet siger "
          + "\(actual)"
      default:
        return "programtallene siger \(stated) \(figureName(figure)), men rækkerne har \(actual)"
      }
    case .marginWrong(let stated, let served, let breakEven, let margin):
      return "programtallene siger margen \(stated), men \(served) i forløb minus break-even "
        + "\(breakEven) er \(margin)"
    case .statusWrong(let stated, let served, let breakEven, let target, let actual):
      return "programtallene siger \(l.t("breakEven.\(stated.rawValue)")), men \(served) i "
        + "forløb mod break-even \(breakEven) og målet \(target) er "
        + l.t("breakEven.\(actual.rawValue)")
    case .coordinatorUsedWrong(let stated, let actual):
      return "programtallene siger \(num(stated)) brugte koordinatortimer, men faste timer, "
        + "opfølgning og aktiviteter giver \(num(actual))"
    case .coordinatorHoursWrong(let stated, let scenario):
      return "programtallene siger \(num(stated)) koordinatortimer, men scenariet giver "
        + num(scenario)
    case .offBenefitTwice(let x):
      return "businesscasen tæller \(p(x)) dobbelt som ude af ydelse"
    case .offBenefitTooEarly(let x, let since):
      return "businesscasen tæller \(p(x)) som ude af ydelse, men de forlader ydelsen først "
        + "\(date(since)), efter denne uge"
    case .offBenefitUnknown(let x):
      return "businesscasen tæller \(p(x)) som ude af ydelse, men de er hverken i scenariet "
        + "eller blandt dem, der har forladt ydelsen"
    case .offBenefitStillOn(let x, let why):
      return "businesscasen tæller \(p(x)) som ude af ydelse, men de er stadig på ydelse "
        + "(\(onBenefit(why)))"
    case .moveUnknownParticipant(let n, let x):
      return "flytning \(n) flytter \(x), som ikke er deltager i scenariet"
    case .moveUnknownCompany(let n, let x, let co):
      return "flytning \(n) flytter \(p(x)) til \(co), som ikke er en virksomhed i scenariet"
    case .moveNotPlacement(let n, let x, let co):
      return "flytning \(n) flytter \(p(x)) til \(c(co)), men de er ikke i praktikforløbet"
    case .moveToBan(let n, let x, let co):
      return "flytning \(n) flytter \(p(x)) til \(c(co)), hvor de ikke må komme"
    case .moveLocksTwice(let n): return "flytning \(n) låser den samme person dobbelt"
    }
  }

  func st(_ s: ParticipantStatus) -> String { l.status(s).lowercased() }
  func tr(_ t: Track) -> String { l.track(t).lowercased() }

  func gifts(_ given: [Finding.Given]) -> String {
    list(
      given.map { g in
        switch g {
        case .company(let id): return "praktik hos \(c(id))"
        case .workDays(let n): return plural(n, "arbejdsdag", "arbejdsdage")
        case .mentorHours(let h): return "\(num(h)) mentortimer"
        case .mentor(let id): return "\(m(id)) som mentor"
        case .activities(let ids): return list(ids.map(a))
        }
      })
  }

  func ready(_ r: Readiness) -> String {
    r == .jobReady ? "den, der er jobparat" : "den, der er aktivitetsparat"
  }

  func weekOrNone(_ w: Int?) -> String { w.map { "uge \($0)" } ?? "ingen uge" }
  func at(_ co: String?) -> String { co.map { " hos \(c($0))" } ?? "" }
  func on(_ ds: [Weekday]) -> String { ds.isEmpty ? "" : " \(days(ds))" }
  func daysOrNone(_ ds: [Weekday]) -> String { ds.isEmpty ? "ingen dag" : days(ds) }
  func peopleOrNobody(_ ids: [String]) -> String { ids.isEmpty ? "ingen" : people(ids) }

  func previous(_ prev: Finding.PreviousPlan) -> String {
    switch prev {
    case .lastWeek(let w): return "sidste uges plan (\(l.weekShort(w)))"
    case .sameWeek: return "den tidligere plan for denne uge"
    }
  }

  func commitment(_ x: Finding.Commitment) -> String {
    switch x {
    case .work(let co): return "arbejde" + at(co)
    case .session(let act): return a(act)
    case .job(let employer): return "deres job hos \(c(employer))"
    }
  }

  func place(_ x: Finding.Place) -> String {
    switch x {
    case .employer(let e): return "deres arbejdsgiver \(c(e))"
    case .activity(let id): return a(id)
    case .mentor(let id): return m(id)
    case .company(let id): return c(id)
    }
  }

  func load(_ x: Finding.Load) -> String {
    switch x {
    case .company(let id): return "opgørelsen for \(c(id))"
    case .mentor(let id): return "opgørelsen for \(m(id))"
    case .activity(let id): return "opgørelsen for \(a(id))"
    }
  }

  func figureName(_ f: Finding.Figure) -> String {
    switch f {
    case .enrolled: return "indskrevne"
    case .admitted: return "optagne"
    case .waiting: return "ventende"
    case .served: return "i forløb"
    case .inPlacement: return "i praktik"
    case .employed: return "i job"
    case .breakEven: return "break-even"
    case .target: return "målet"
    }
  }

  func onBenefit(_ o: Finding.OnBenefit) -> String {
    switch o {
    case .leftWithoutExit: return "planen siger, de er stoppet, men scenariet har ingen afslutning"
    case .leavesFor(let r): return "de stopper med \(l.exitReason(r).lowercased())"
    case .waits: return "de venter på ventelisten"
    case .noDateOffBenefit(let t): return "\(tr(t)) uden datoen, hvor de forlod ydelsen"
    case .track(let t): return "forløbet \(tr(t))"
    }
  }

  func claimProblem(_ x: Finding.ClaimProblem, _ w: String, _ later: String) -> String {
    switch x {
    case .somethingFits(let places):
      return "planen siger, at intet passer til \(p(w)), men \(list(places.map(place))) passer"
    case .neverFull(let pl):
      return "planen siger, at alt, der passer til \(p(w)), er optaget, men \(place(pl)) er "
        + "aldrig optaget"
    case .room(let without, let r):
      return "planen siger, at alt, der passer til \(p(w)), er optaget uden \(people(without)), "
        + "men " + room(r, w)
    case .fullNotListed(let pl):
      return "\(place(pl)) er optaget, men grunden til ventetiden nævner den ikke blandt "
        + "kapaciteterne"
    case .unknownCapacity(let id):
      return "grunden til ventetiden nævner kapaciteten \(id), som hverken er en aktivitet, en "
        + "mentor eller en virksomhed i scenariet"
    case .coordinatorHoursSuffice(let needs, let left, let freed):
      return "planen siger, at koordinatorens timer holder \(p(w)) ude, men de skal bruge "
        + "\(num(needs)) t opfølgning, og koordinatoren har \(num(left)) t tilbage plus "
        + "\(num(freed)) fra \(p(later))"
    }
  }

  func room(_ r: Finding.Room, _ w: String) -> String {
    switch r {
    case .activity(let id, let taken, let seats):
      return "\(a(id)) har \(taken) af \(plural(seats, "plads", "pladser")) optaget af andre"
    case .mentor(let id, let mentees, let most, let hours, let total, let could, let need):
      return "\(m(id)) har \(mentees) af \(plural(most, "mentee", "mentees")) og "
        + "\(num(hours)) af \(num(total)) t optaget af andre, så \(p(w)) kunne få "
        + "\(num(could)) af de \(num(need)) t, de har brug for"
    case .company(let id, let taken, let slots, let legal, let ds):
      return "\(c(id)) har \(taken) af \(plural(slots, "plads", "pladser")) optaget af andre "
        + "(plads efter rimelighedskravet: \(legal)) og plads \(daysOrNone(ds))"
    }
  }
}
