import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenTestSupport
import MilenWorkflow
import Testing

/// The string catalogues, number and date formats, and the Danish of the solver's notes.
@Suite("Danish and English")
struct LocalizationTests {
  /// Every literal key in the sources of the layers that speak (formats, reports, workflow):
  /// passed to `t("...")`, or a string literal with a catalogue prefix (`plan.col.id`, ...)
  /// mapped through `t` later.
  func keysUsedInSources() throws -> Set<String> {
    var keys = Set<String>()
    let prefixes = [
      "plan", "view", "whatif", "simulate", "html", "ics", "business", "programme", "solver",
      "breakeven", "figure", "goal", "change",
    ].joined(separator: "|")
    let regex = try NSRegularExpression(
      pattern: #"\bt\("([a-zA-Z0-9.]+)"|"((?:"# + prefixes + #")\.[a-zA-Z0-9.]+)""#)
    let roots = ["MilenFormats", "MilenReports", "MilenWorkflow"].map {
      packageRoot().appendingPathComponent("Sources/\($0)")
    }
    let files = roots.flatMap {
      FileManager.default.enumerator(at: $0, includingPropertiesForKeys: nil)!.compactMap {
        $0 as? URL
      }
    }
    for url in files where url.pathExtension == "swift" {
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
    // Danish is the coordinator's default: no locale, C or POSIX leave it; another asks English.
    #expect(Language.fromEnvironment([:]) == .da)
    #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .da)
    #expect(Language.fromEnvironment(["LC_ALL": "POSIX"]) == .da)
    #expect(Language.fromEnvironment(["LANG": "de_DE.UTF-8"]) == .en)
  }
}
