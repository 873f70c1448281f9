import Foundation
import MilenIO
import MilenModel
import MilenTestSupport
import Testing

/// The string catalogues, number and date formats, and the Danish of the solver's notes.
@Suite("Danish and English")
struct LocalizationTests {
  /// Every literal key in MilenIO's sources: passed to `t("...")`, or a string literal with a
  /// catalogue prefix (`plan.col.id`, ...) mapped through `t` later.
  func keysUsedInSources() throws -> Set<String> {
    let root = packageRoot().appendingPathComponent("Sources/MilenIO")
    var keys = Set<String>()
    let prefixes = [
      "plan", "view", "whatif", "simulate", "html", "ics", "business", "programme", "solver",
      "breakeven", "figure", "goal", "change",
    ].joined(separator: "|")
    let regex = try NSRegularExpression(
      pattern: #"\bt\("([a-zA-Z0-9.]+)"|"((?:"# + prefixes + #")\.[a-zA-Z0-9.]+)""#)
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
    for case let url as URL in files where url.pathExtension == "swift" {
      let text = try String(contentsOf: url, encoding: .utf8)
      for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        // The scenario sheets' setting names (`programme.target`) are field names, not keys.
        let groups = url.lastPathComponent.hasPrefix("ScenarioSheets") ? [1] : [1, 2]
        for g in groups {
          if let r = Range(m.range(at: g), in: text) { keys.insert(String(text[r])) }
        }
      }
    }
    return keys
  }

  @Test("Every key is in both catalogues, with the same arguments")
  func sameKeys() throws {
    let da = Localizer.danish
    let en = Localizer.english
    var keys = try keysUsedInSources()
    #expect(keys.count > 100)
    for d in Weekday.allCases {
      keys.formUnion(["day.short.\(d.rawValue)", "day.long.\(d.rawValue)"])
    }
    for m in 1...12 { keys.insert("month.\(m)") }
    for t in Track.allCases { keys.insert("track.\(t.rawValue)") }
    for s in ParticipantStatus.allCases { keys.insert("status.\(s.rawValue)") }
    for e in Enrolment.allCases { keys.insert("enrolment.\(e.rawValue)") }
    for r in Readiness.allCases { keys.insert("readiness.\(r.rawValue)") }
    for r in ExitReason.allCases { keys.insert("exit.\(r.rawValue)") }
    for k in ActivityKind.allCases { keys.insert("kind.\(k.rawValue)") }
    for k in PlanChange.Kind.allCases { keys.insert("change.\(k.rawValue)") }
    for s in ["atTarget", "aboveBreakEven", "belowBreakEven"] { keys.insert("breakEven.\(s)") }
    for key in keys.sorted() {
      #expect(da.t(key) != key, "Danish lacks \(key)")
      #expect(en.t(key) != key, "English lacks \(key)")
      let args = { (s: String) in Set(s.matches(of: /\{\d\}/).map { String($0.output) }) }
      #expect(args(da.t(key)) == args(en.t(key)), "\(key): the arguments differ")
    }
    #expect(Catalogue.keys(.da) == Catalogue.keys(.en))
  }

  @Test("Danish numbers, money, dates and weeks")
  func formats() {
    let da = Localizer.danish
    let en = Localizer.english
    #expect(da.number(2.5) == "2,5" && en.number(2.5) == "2.5")
    #expect(da.money(1_435_360) == "1.435.360 kr." && en.money(1_435_360) == "1,435,360 DKK")
    #expect(da.weekTitle("2026-W02") == "Uge 2 (5.-9. januar 2026)")
    #expect(en.weekTitle("2026-W02") == "week 2 (5-9 January 2026)")
    #expect(da.weekTitle("2026-W14") == "Uge 14 (30. marts-3. april 2026)")
    #expect(da.weekTitle("2026-W01") == "Uge 1 (29. december 2025-2. januar 2026)")
    #expect(da.dayWithDate(.fri, week: "2026-W02") == "fredag 9. januar")
    #expect(Language.fromEnvironment(["LANG": "da_DK.UTF-8"]) == .da)
    #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "da_DK.UTF-8"]) == .en)
    #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "da"]) == .da)
    #expect(Language.fromEnvironment([:]) == .en)
  }

  @Test(
    "The solver's notes in Danish",
    arguments: [
      (
        "not placed: no company fits (aubo: requires a driving licence; horn: no common day: available mon,tue, company open wed; 2 more out of reach)",
        "ikke i praktik: ingen virksomhed passer (aubo: kræver kørekort; horn: ingen fælles dag: kan man,tir, virksomheden har åbent ons; 2 mere uden for rækkevidde)"
      ),
      (
        "2.5 of 3 mentor hours unmet: no mentor with anxiety, housingTraining shares a weekday with them",
        "2,5 af 3 mentortimer mangler: ingen mentor med angst, botræning har en fælles ugedag med dem"
      ),
      (
        "last legal placement week at aubo (4 of 4): what follows must be one of: a job, a subsidised job, another company",
        "sidste lovlige praktikuge hos aubo (4 af 4): herefter skal følge et af: et job, et løntilskudsjob, en anden virksomhed"
      ),
      (
        "not placed: nettoline has 2 slots, held by p09 (week 3 of 4), p26 (admitted this week); one more slot at nettoline would place p19",
        "ikke i praktik: nettoline har 2 pladser, besat af p09 (uge 3 af 4), p26 (optaget i denne uge); én plads mere hos nettoline ville give p19 praktik"
      ),
      (
        "not placed: aubo is at its legal ratio (rule 3: 3 in placement for 85 employees), held by p01, p02 (week 1 of 4), p03",
        "ikke i praktik: aubo har nået rimelighedskravet (regel 3: 3 i praktik for 85 ansatte), besat af p01, p02 (uge 1 af 4), p03"
      ),
      (
        "1.5 of 3 mentor hours unmet: m-hanne has 6 of 6 h in use (p03, p07); 1.5 more hours for m-hanne would cover them",
        "1,5 af 3 mentortimer mangler: m-hanne har 6 af 6 t i brug (p03, p07); 1,5 timer mere til m-hanne ville dække dem"
      ),
      (
        "1 social session(s) short of 2: cafe is full (8 of 8 seats); club (thu) clashes with their work at aubo 09:00-15:00",
        "1 social(e) aktivitet(er) færre end de ønskede 2: cafe er fuld (8 af 8 pladser); club (tor) falder sammen med deres arbejde hos aubo 09:00-15:00"
      ),
      (
        "2 social session(s) short of 2: no activity fits their availability",
        "2 social(e) aktivitet(er) færre end de ønskede 2: ingen aktivitet passer til deres tider"
      ),
      (
        "3 served (3 enrolled, 0 admitted) against break-even 12",
        "3 deltagere (3 indskrevne, 0 optagne) mod break-even på 12"
      ),
      ("p07 hired at aubo", "p07 ansat hos aubo"),
      ("something the solver learnt later", "something the solver learnt later"),
    ])
  func notes(english: String, danish: String) {
    #expect(Localizer.danish.note(english) == danish)
    #expect(Localizer.english.note(english) == english)
  }
}
