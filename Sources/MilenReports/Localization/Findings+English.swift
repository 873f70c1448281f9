import MilenCheck
import MilenFormats
import MilenModel

extension EnglishWording: FindingWords {
  func finding(_ f: Finding) -> String {
    switch f {
    case .enrolledNotKept(let x, let status):
      return "\(p(x)) is enrolled but has status \(l.status(status)) in the plan; enrolled "
        + "participants are never dropped"
    case .referredMarkedEnrolled(let x):
      return "\(p(x)) is referred (waiting list) but enrolled in the plan; a referral is "
        + "admitted or waits"
    case .waitingGiven(let x, let given):
      return "\(p(x)) waits but the plan gives them \(gifts(given)); someone waiting gets "
        + "nothing this week"
    case .servedGetsNothing(let x, let status):
      return "\(p(x)) is \(l.status(status)) but gets nothing this week: no placement work, "
        + "employer, mentor hours or session"
    case .companyOverSlots(let co, let placed, let slots):
      return "\(c(co)) has \(plural(placed.count, "placement", "placements")), above its "
        + "\(plural(slots, "place", "places")) (\(people(placed)))"
    case .companyOverDaySlots(let co, let day, let working, let slots, let closed):
      return "\(c(co)) has \(plural(working.count, "placement", "placements")) on "
        + "\(l.dayLong(day)), above its \(plural(slots, "place", "places")) that day"
        + (closed ? ", when it is closed" : "") + " (\(people(working)))"
    case .mentorOverHours(let mentor, let hours, let limit, let mentees):
      let each = mentees.map { "\(p($0.participant)): \(num($0.hours)) h" }
      return "\(m(mentor)) gives \(num(hours)) mentor hours, above their \(num(limit)) hours a "
        + "week (\(list(each)))"
    case .mentorOverMentees(let mentor, let mentees, let limit):
      return "\(m(mentor)) has \(plural(mentees.count, "mentee", "mentees")), above their most "
        + "of \(limit) (\(people(mentees)))"
    case .activityOverSeats(let act, let attendees, let seats):
      return "\(a(act)) has \(plural(attendees.count, "attendee", "attendees")), above its "
        + "\(plural(seats, "seat", "seats")) (\(people(attendees)))"
    case .coordinatorOverHours(let needed, let fixed, let followUp, let served, let run, let av):
      return "the coordinator needs \(num(needed)) hours (\(num(fixed)) fixed, \(num(followUp)) "
        + "follow-up for \(plural(served, "participant", "participants")), \(num(run)) running "
        + "sessions), above their \(num(av)) hours a week"
    case .overLegalRatio(let co, let placed, let staff, let room, let employees):
      return "\(c(co)) has \(plural(placed.count, "placement", "placements")) plus \(staff) "
        + "subsidised staff, \(placed.count + staff) in all, above the legal ratio's \(room) for "
        + "\(plural(employees, "ordinary employee", "ordinary employees")) (\(people(placed)))"
    case .beyondPlacementLimit(let x, let co, let week, let done, let limit, let readiness):
      return "\(p(x)) is placed at \(c(co)) for week \(week) (\(plural(done, "week", "weeks")) "
        + "done), beyond the legal \(limit) weeks for \(ready(readiness)); a job, a subsidised "
        + "job or another company must follow"
    case .wrongPlacementWeek(let x, let co, let week, let done, let stated):
      return "\(p(x)) is in placement week \(week) at \(c(co)) (\(plural(done, "week", "weeks")) "
        + "done), but the plan says \(weekOrNone(stated))"
    case .newPlacementNotWeekOne(let x, let co, let stated):
      return "\(p(x)) starts a placement at \(c(co)), so this is placement week 1, but the plan "
        + "says \(weekOrNone(stated))"
    case .statedWeekBeyondLimit(let x, let co, let stated, let limit, let readiness):
      return "the plan gives \(p(x)) placement week \(stated) at \(c(co)), beyond the legal "
        + "\(limit) weeks for \(ready(readiness))"
    case .placementWeekNotCounted(let x, let co, let k, let prev, let expected, let stated):
      return "\(p(x)) was in placement week \(k) at \(c(co)) in \(previous(prev)), so this is "
        + "week \(expected), but the plan says \(weekOrNone(stated))"
    case .emptyWorkWindow(let x, let co, let day, let time):
      return "\(p(x)) has an empty work window\(at(co)) on \(l.dayLong(day)) \(time)"
    case .workOnWeekend(let x, let co, let day, let time):
      return "\(p(x)) works\(at(co)) on \(l.dayLong(day)) \(time), but work is planned Monday "
        + "to Friday only"
    case .workOutsideAvailability(let x, let co, let day, let time, let av):
      return "\(p(x)) works\(at(co)) on \(l.dayLong(day)) \(time), outside their availability "
        + "\(av)"
    case .workWhenUnavailable(let x, let co, let day, let time):
      return "\(p(x)) works\(at(co)) on \(l.dayLong(day)) \(time), when they are not available "
        + "that day"
    case .workOutsideOpening(let x, let co, let day, let time, let open):
      return "\(p(x)) works at \(c(co)) on \(l.dayLong(day)) \(time), outside its opening "
        + "hours \(open)"
    case .workWhenClosed(let x, let co, let day, let time):
      return "\(p(x)) works at \(c(co)) on \(l.dayLong(day)) \(time), when it is closed that day"
    case .severalWorkWindows(let x, let co, let day, let windows):
      return "\(p(x)) has \(windows.count) work windows\(at(co)) on \(l.dayLong(day)) "
        + "(\(windows.map(\.description).joined(separator: ", "))); a day's work is one window"
    case .hoursOutsideRange(let x, let co, let hours, let lo, let hi):
      return "\(p(x)) works \(num(hours)) hours at \(c(co)) this week, outside their range "
        + "\(num(lo))-\(num(hi)) hours"
    case .hoursAboveAgreed(let x, let co, let hours, let agreed):
      return "\(p(x)) works \(num(hours)) hours at \(c(co)) this week, above the \(num(agreed)) "
        + "hours agreed with them"
    case .shortWorkDay(let x, let co, let day, let time, let least):
      return "\(p(x)) works\(at(co)) on \(l.dayLong(day)) \(time), \(num(time.hours)) hours, "
        + "shorter than their shortest work day of \(num(least)) hours"
    case .sessionOutsideActivityTime(let x, let act, let day, let time):
      return "\(p(x)) attends \(a(act)) on \(l.dayLong(day)) \(time), outside activity time "
        + "07:00-22:00"
    case .sessionWhileBusy(let x, let act, let day, let time, let busy, let label):
      return "\(p(x)) attends \(a(act)) on \(l.dayLong(day)) \(time), while busy \(busy)"
        + (label.map { " (\($0))" } ?? "")
    case .clash(let x, let day, let first, let t1, let second, let t2):
      return "\(p(x)) has \(commitment(first)) \(t1) and \(commitment(second)) \(t2) at once on "
        + l.dayLong(day)
    case .mentorLacksCompetences(let x, let mentor, let missing):
      return "\(m(mentor)) lacks \(list(missing.map(tag))), which \(p(x)) needs"
    case .mentorTooFar(let x, let mentor, let km, let limit):
      return "\(m(mentor)) is \(num(km)) km from \(p(x)), beyond the mentor's \(num(limit)) km"
    case .mentorNoCommonDay(let x, let mentor, let mdays, let available):
      return "\(m(mentor)) works \(daysOrNone(mdays)), and \(p(x)) is available on none of "
        + "those days (\(daysOrNone(available)))"
    case .sessionTooFar(let x, let act, let km, let limit):
      return "\(a(act)) is \(num(km)) km from \(p(x)), beyond their \(num(limit)) km"
    case .mentorHoursAboveNeed(let x, let hours, let need):
      return "\(p(x)) gets \(num(hours)) mentor hours, above the \(num(need)) they need"
    case .mentorHoursWithoutMentor(let x, let hours):
      return "\(p(x)) gets \(num(hours)) mentor hours but has no mentor"
    case .mentorWithoutHours(let x, let mentor, let hours):
      return "\(p(x)) has \(m(mentor)) as mentor but \(num(hours)) mentor hours"
    case .companyLacksAccommodations(let x, let co, let missing):
      return "\(c(co)) does not offer \(list(missing.map(tag))), which \(p(x)) needs"
    case .companyRequiresLicence(let x, let co):
      return "\(c(co)) requires a driving licence, which \(p(x)) does not hold"
    case .companyRequiresAge(let x, let co, let minimum, let age):
      return "\(c(co)) requires age \(minimum), and "
        + (age.map { "\(p(x)) is \($0)" } ?? "\(p(x))'s age is unknown")
    case .companyNotReachable(let x, let co, let reachable):
      return "\(p(x)) cannot reach \(c(co)): the companies they reach are "
        + (reachable.isEmpty ? "none" : list(reachable.map(c)))
    case .companyTooFar(let x, let co, let km, let limit):
      return "\(c(co)) is \(num(km)) km from \(p(x)), beyond their \(num(limit)) km"
    case .workOnTrack(let x, let track, let given):
      return "\(p(x)) is on the \(l.track(track)) track, which "
        + (track.isEmployed ? "keeps its employer" : "gets no work")
        + ", but the plan gives them \(gifts(given))"
    case .employerOnTrack(let x, let track, let employer):
      return "\(p(x)) is on the \(l.track(track)) track but the plan gives them employer "
        + employerName(employer)
    case .wrongEmployer(let x, let track, let expected, let given):
      return "\(p(x)) is on the \(l.track(track)) track with employer "
        + "\(expected.map(employerName) ?? "none"), but the plan gives employer "
        + (given.map(employerName) ?? "none")
    case .lockedNotListed(let x, let co, let ds):
      return "\(p(x)) is locked to \(c(co))\(on(ds)), but the plan does not list them"
    case .lockNotKept(let x, let co, let ds, let placedAt):
      return "\(p(x)) is locked to \(c(co))\(on(ds)), but the plan "
        + (placedAt.map { "places them at \(c($0))" } ?? "does not place them")
    case .lockDaysMissing(let x, let co, let ds, let missing):
      return "\(p(x)) is locked to \(c(co))\(on(ds)), but does not work there on "
        + days(missing)
    case .banBroken(let x, let co):
      return "\(p(x)) is banned from \(c(co)), but the plan places them there"
    case .laterAdmittedWithoutReason(let w, let later):
      return "\(p(w)) waits while \(p(later)), referred after them, is admitted, and the plan "
        + "gives no waiting reason"
    case .reasonOmitsLater(let w, let later):
      return "\(p(w)) waits while \(p(later)), referred after them, is admitted, but their "
        + "waiting reason does not name \(p(later))"
    case .reasonNamesWrongPerson(let w, let named, let why):
      let reason: String
      switch why {
      case .referredBefore: reason = "was referred before them"
      case .notAdmitted: reason = "is not admitted"
      case .notReferral: reason = "is not a referral of this week"
      }
      return "\(p(w))'s waiting reason names \(p(named)) as admitted in their stead, but "
        + "\(p(named)) \(reason)"
    case .waitingClaimFails(let w, let later, let claim):
      return "\(p(w)) waits while \(p(later)), referred after them, is admitted: "
        + claimProblem(claim, w, later)
    case .exitNotLeft(let x, let reason, let status):
      return "\(p(x)) leaves this week (\(l.exitReason(reason).lowercased())), but the plan "
        + "has status \(l.status(status)); someone whose enrolment ends is listed as left"
    case .leftGiven(let x, let reason, let given):
      return "\(p(x)) has left (\(l.exitReason(reason).lowercased())) but the plan gives them "
        + "\(gifts(given)); someone who has left gets nothing"
    case .leftWithoutExit(let x):
      return "\(p(x)) has status left, but the scenario ends no enrolment for them (no exit); "
        + "only the coordinator ends an enrolment"
    case .previousMissingFromScenario(let x, let was, let prev):
      return "\(p(x)) was \(l.status(was)) in \(previous(prev)), but is missing from this "
        + "week's scenario; only an exit in the scenario ends an enrolment"
    case .previousNotEnrolledInScenario(let x, let was, let prev, let enrolment):
      return "\(p(x)) was \(l.status(was)) in \(previous(prev)), but this week's scenario "
        + "lists them as \(l.enrolment(enrolment)); once admitted, a young person stays enrolled"
    case .previousNotEnrolledInPlan(let x, let was, let prev, let status):
      return "\(p(x)) was \(l.status(was)) in \(previous(prev)), so is enrolled now, but this "
        + "plan has status \(l.status(status))"
    case .previousMissingFromPlan(let x, let was, let prev):
      return "\(p(x)) was \(l.status(was)) in \(previous(prev)), but is missing from this plan"
    case .weekDiffers(let plan, let scenario):
      return "the plan is for \(l.weekShort(plan)), but the scenario is for "
        + l.weekShort(scenario)
    case .previousUnrelated(let prev, let week, let before):
      return "the previous plan is for \(l.weekShort(prev)), neither this week "
        + "(\(l.weekShort(week))) nor the week before"
        + (before.map { " (\(l.weekShort($0)))" } ?? "") + ", so it is not compared"
    case .listedTimes(let x, let times): return "\(p(x)) is listed \(times) times in the plan"
    case .missingFromPlan(let x): return "\(p(x)) is missing from the plan"
    case .notInScenario(let x): return "\(p(x)) is in the plan but not in the scenario"
    case .trackDiffers(let x, let scenario, let plan):
      return "\(p(x)) is on the \(l.track(scenario)) track, but the plan's row says "
        + l.track(plan)
    case .nameDiffers(let x, let plan, let scenario):
      return "the plan calls \(p(x)) \"\(plan)\", but the scenario calls them \"\(scenario)\""
    case .exitReasonDiffers(let x, let plan, let scenario):
      return "the plan gives \(p(x)) exit reason "
        + "\(plan.map { l.exitReason($0).lowercased() } ?? "none"), but the scenario says "
        + l.exitReason(scenario).lowercased()
    case .exitReasonWithStatus(let x, let reason, let status):
      return "\(p(x)) has exit reason \(l.exitReason(reason).lowercased()) but status "
        + l.status(status)
    case .waitingReasonWithStatus(let x, _, let status):
      return "\(p(x)) has a waiting reason but status \(l.status(status))"
    case .unknownCompany(let x, let co):
      return "\(p(x)) is placed at \(co), which is not a company of the scenario"
    case .unknownMentor(let x, let mentor):
      return "\(p(x)) has mentor \(mentor), who is not a mentor of the scenario"
    case .unknownActivity(let x, let act):
      return "\(p(x)) attends \(act), which is not a session of the scenario"
    case .activityRepeated(let x, let act): return "\(p(x)) lists \(a(act)) more than once"
    case .workWithoutCompany(let x, let n):
      return "\(p(x)) has \(plural(n, "work day", "work days")) but no placement company"
    case .placementWeekWithoutCompany(let x, let week):
      return "\(p(x)) has placement week \(week) but no placement company"
    case .hoursNotANumber(let x, let unmet, let value):
      return "\(p(x)) has \(num(value)) \(unmet ? "unmet mentor hours" : "mentor hours"), not a "
        + "number of hours"
    case .unmetHoursWrong(let x, let stated, let need, let given):
      return "\(p(x)) has \(num(stated)) unmet mentor hours in the plan, but needs \(num(need)) "
        + "and gets \(num(given)), so \(num(max(0, need - given))) are unmet"
    case .loadListsTwice(let ld, let ids):
      return "\(load(ld)) lists \(people(ids)) more than once"
    case .loadDisagrees(let ld, let listed, let rows):
      return "\(load(ld)) lists \(peopleOrNobody(listed)), but the rows have "
        + peopleOrNobody(rows)
    case .loadRepeated(let ld): return "the plan lists \(load(ld)) more than once"
    case .loadMissing(let ld): return "the plan has no \(load(ld))"
    case .loadUnknown(let ld):
      return "the plan has \(load(ld)), which the scenario does not have"
    case .loadSlots(let co, let stated, let scenario):
      return "\(load(.company(co))) says \(plural(stated, "place", "places")), but the scenario "
        + "gives \(scenario)"
    case .loadLegalRoom(let co, let stated, let room, let staff):
      return "\(load(.company(co))) says legal room \(stated), but the ratio allows \(room) "
        + "after \(staff) subsidised staff"
    case .loadPerDay(let co, let day, let stated, let rows):
      return "\(load(.company(co))) says \(stated) on \(l.dayLong(day)), but the rows have "
        + "\(rows) working there that day"
    case .loadUnknownDay(let co, let key, let n):
      return "\(load(.company(co))) says \(n) on \"\(key)\", which is not a weekday"
    case .loadMentorHours(let mentor, let stated, let rows):
      return "\(load(.mentor(mentor))) says \(num(stated)) hours, but the rows give \(num(rows))"
    case .loadMentorWeekHours(let mentor, let stated, let scenario):
      return "\(load(.mentor(mentor))) says \(num(stated)) hours a week, but the scenario "
        + "gives \(num(scenario))"
    case .loadMaxMentees(let mentor, let stated, let scenario):
      return "\(load(.mentor(mentor))) says at most \(stated) mentees, but the scenario gives "
        + "\(scenario)"
    case .loadSeats(let act, let stated, let scenario):
      return "\(load(.activity(act))) says \(plural(stated, "seat", "seats")), but the "
        + "scenario gives \(scenario)"
    case .figureDiffers(let figure, let stated, let actual):
      switch figure {
      case .breakEven, .target:
        return "the programme figures say \(figureName(figure)) \(stated), but the scenario "
          + "says \(actual)"
      default:
        return "the programme figures say \(stated) \(figureName(figure)), but the rows have "
          + "\(actual)"
      }
    case .marginWrong(let stated, let served, let breakEven, let margin):
      return "the programme figures say margin \(stated), but \(served) served minus "
        + "break-even \(breakEven) is \(margin)"
    case .statusWrong(let stated, let served, let breakEven, let target, let actual):
      return "the programme figures say \(l.t("breakEven.\(stated.rawValue)")), but \(served) "
        + "served against break-even \(breakEven) and target \(target) is "
        + l.t("breakEven.\(actual.rawValue)")
    case .coordinatorUsedWrong(let stated, let actual):
      return "the programme figures say \(num(stated)) coordinator hours used, but fixed, "
        + "follow-up and sessions run come to \(num(actual))"
    case .coordinatorHoursWrong(let stated, let scenario):
      return "the programme figures say \(num(stated)) coordinator hours, but the scenario "
        + "gives \(num(scenario))"
    case .offBenefitTwice(let x):
      return "the business case counts \(p(x)) as off benefit twice"
    case .offBenefitTooEarly(let x, let since):
      return "the business case counts \(p(x)) as off benefit, but they leave benefit only on "
        + "\(date(since)), after this week"
    case .offBenefitUnknown(let x):
      return "the business case counts \(p(x)) as off benefit, but they are neither in the "
        + "scenario nor among those who left benefit"
    case .offBenefitStillOn(let x, let why):
      return "the business case counts \(p(x)) as off benefit, but they are still on benefit "
        + "(\(onBenefit(why)))"
    case .moveUnknownParticipant(let n, let x):
      return "move \(n) moves \(x), who is not a participant of the scenario"
    case .moveUnknownCompany(let n, let x, let co):
      return "move \(n) moves \(p(x)) to \(co), which is not a company of the scenario"
    case .moveNotPlacement(let n, let x, let co):
      return "move \(n) moves \(p(x)) to \(c(co)), but their track is not placement"
    case .moveToBan(let n, let x, let co):
      return "move \(n) moves \(p(x)) to \(c(co)), where they are banned"
    case .moveLocksTwice(let n): return "move \(n) locks the same person twice"
    }
  }

  func gifts(_ given: [Finding.Given]) -> String {
    list(
      given.map { g in
        switch g {
        case .company(let id): return "a placement at \(c(id))"
        case .workDays(let n): return plural(n, "work day", "work days")
        case .mentor(let id): return "\(m(id)) as mentor"
        case .mentorHours(let h): return "\(num(h)) mentor hours"
        case .activities(let ids): return list(ids.map(a))
        }
      })
  }

  func ready(_ r: Readiness) -> String {
    r == .jobReady ? "someone job-ready" : "someone activity-ready"
  }

  func weekOrNone(_ w: Int?) -> String { w.map { "week \($0)" } ?? "no week" }
  func at(_ co: String?) -> String { co.map { " at \(c($0))" } ?? "" }
  func on(_ ds: [Weekday]) -> String { ds.isEmpty ? "" : " on \(days(ds))" }
  func daysOrNone(_ ds: [Weekday]) -> String { ds.isEmpty ? "no day" : days(ds) }
  func peopleOrNobody(_ ids: [String]) -> String { ids.isEmpty ? "nobody" : people(ids) }

  /// An employer by name when the scenario has it as a company, else as written.
  func employerName(_ e: String) -> String { c(e) }

  func previous(_ prev: Finding.PreviousPlan) -> String {
    switch prev {
    case .lastWeek(let w): return "last week's plan (\(l.weekShort(w)))"
    case .sameWeek: return "the earlier plan of this week"
    }
  }

  func commitment(_ x: Finding.Commitment) -> String {
    switch x {
    case .work(let co): return "work" + at(co)
    case .session(let act): return a(act)
    case .job(let employer): return "their job at \(employerName(employer))"
    }
  }

  func place(_ x: Finding.Place) -> String {
    switch x {
    case .employer(let e): return "their employer \(employerName(e))"
    case .activity(let id): return a(id)
    case .mentor(let id): return m(id)
    case .company(let id): return c(id)
    }
  }

  func load(_ x: Finding.Load) -> String {
    switch x {
    case .company(let id): return "the load of \(c(id))"
    case .mentor(let id): return "the load of \(m(id))"
    case .activity(let id): return "the load of \(a(id))"
    }
  }

  func figureName(_ f: Finding.Figure) -> String {
    switch f {
    case .enrolled: return "enrolled"
    case .admitted: return "admitted"
    case .waiting: return "waiting"
    case .served: return "served"
    case .inPlacement: return "in placement"
    case .employed: return "employed"
    case .breakEven: return "break-even"
    case .target: return "target"
    }
  }

  func onBenefit(_ o: Finding.OnBenefit) -> String {
    switch o {
    case .leftWithoutExit: return "the plan says they left, but the scenario has no exit"
    case .leavesFor(let r): return "they leave for \(l.exitReason(r).lowercased())"
    case .waits: return "they wait on the list"
    case .noDateOffBenefit(let t):
      return "\(l.track(t).lowercased()) without the date they left benefit"
    case .track(let t): return "track \(l.track(t).lowercased())"
    }
  }

  func claimProblem(_ x: Finding.ClaimProblem, _ w: String, _ later: String) -> String {
    switch x {
    case .somethingFits(let places):
      return "the plan says nothing fits \(p(w)), but \(list(places.map(place))) "
        + (places.count == 1 ? "fits" : "fit") + " them"
    case .neverFull(let pl):
      return "the plan says everything that fits \(p(w)) is full, but \(place(pl)) is never full"
    case .room(let without, let r):
      return "the plan says everything that fits \(p(w)) is full without \(people(without)), "
        + "but " + room(r, w)
    case .fullNotListed(let pl):
      return "\(place(pl)) is full, but the waiting reason does not list it among the "
        + "capacities"
    case .unknownCapacity(let id):
      return "the waiting reason lists capacity \(id), which is not a session, mentor or "
        + "company of the scenario"
    case .coordinatorHoursSuffice(let needs, let left, let freed):
      return "the plan says the coordinator's hours keep \(p(w)) out, but they need "
        + "\(num(needs)) follow-up hours and the coordinator has \(num(left)) hours left plus "
        + "\(num(freed)) of \(p(later))'s"
    }
  }

  func room(_ r: Finding.Room, _ w: String) -> String {
    switch r {
    case .activity(let id, let taken, let seats):
      return "\(a(id)) has \(taken) of \(plural(seats, "seat", "seats")) taken by others"
    case .mentor(let id, let mentees, let most, let hours, let total, let could, let need):
      return "\(m(id)) has \(mentees) of \(plural(most, "mentee", "mentees")) and "
        + "\(num(hours)) of \(num(total)) hours taken by others, so \(p(w)) could have "
        + "\(num(could)) of the \(num(need)) hours they need"
    case .company(let id, let taken, let slots, let legal, let ds):
      return "\(c(id)) has \(taken) of \(plural(slots, "place", "places")) taken by others "
        + "(legal room \(legal)) and room on \(daysOrNone(ds))"
    }
  }
}
