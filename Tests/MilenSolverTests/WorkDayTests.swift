import MilenCheck
import MilenModel
import MilenSolver
import MilenTestSupport
import Testing

/// Issue 19: real work days (rule 5) and two-part availability.
@Suite struct WorkDayTests {
  @Test("A morning session followed by work the same day")
  func workAfterMorningSession() throws {
    var p = Tiny.placement(
      "p1", hours: HoursRange(min: 4, max: 6, agreed: 6),
      availability: [.mon: Tiny.w("08:00-16:00")])
    p.wishes.activities = ["a"]
    var c = Tiny.company("c1")
    c.open = [.mon: Tiny.w("08:00-16:00")]
    let s = Tiny.scenario(
      [p], companies: [c], activities: [Tiny.activity("a", .mon, "08:00-10:00")], sessions: 1)
    let r = try planAndCheck(s, levels: 5)
    #expect(r.violations.isEmpty)
    let week = r.week("p1")
    #expect(week.company == "c1")
    #expect(week.activities == ["a"])
    #expect(week.work.count == 1)
    #expect(week.work.first.map { $0.time.start >= Tiny.w("10:00-11:00").start } == true)
    #expect(week.work.reduce(0) { $0 + $1.time.hours } == 6)
  }

  @Test("4 agreed hours give one 4-hour day, not 3 + 1")
  func fourAgreedHoursOneDay() throws {
    let p = Tiny.placement("p1", hours: HoursRange(min: 1, max: 10, agreed: 4))
    let s = Tiny.scenario([p], companies: [Tiny.company("c1")])
    let r = try planAndCheck(s, levels: 5)
    #expect(r.violations.isEmpty)
    #expect(r.week("p1").work.map(\.time.hours) == [4])
  }

  @Test("Even days: 8 agreed hours give 4 + 4 or one 8-hour day, never a day under 3 h")
  func evenDays() throws {
    let p = Tiny.placement(
      "p1", hours: HoursRange(min: 1, max: 10, agreed: 8),
      availability: [.mon: Tiny.w("08:00-13:00"), .tue: Tiny.w("08:00-13:00")])
    let s = Tiny.scenario([p], companies: [Tiny.company("c1")])
    let r = try planAndCheck(s, levels: 5)
    #expect(r.violations.isEmpty)
    #expect(r.week("p1").work.map(\.time.hours) == [4, 4])
  }

  @Test("An evening club outside an 08-15 work window is attended")
  func eveningClub() throws {
    var p = Tiny.placement(
      "p1", hours: HoursRange(min: 4, max: 10),
      availability: Dictionary(
        uniqueKeysWithValues: Weekday.workdays.map { ($0, Tiny.w("08:00-15:00")) }))
    p.busy = [BusyTime(day: .wed, time: Tiny.w("16:00-20:00"), label: "school")]
    let s = Tiny.scenario(
      [p], companies: [Tiny.company("c1")],
      activities: [
        Tiny.activity("club", .tue, "16:00-18:00"), Tiny.activity("late", .thu, "19:00-21:00"),
        Tiny.activity("busy", .wed, "17:00-19:00"),
      ], sessions: 2)
    let r = try planAndCheck(s, levels: 5)
    #expect(r.violations.isEmpty)
    #expect(r.week("p1").activities.sorted() == ["club", "late"])
  }
}
