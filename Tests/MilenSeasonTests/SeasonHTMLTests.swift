import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSeason
import MilenWorkflow
import Testing

/// Runs a tool from PATH; nil when it is not installed.
func runTool(_ name: String, _ args: [String]) throws -> (code: Int32, out: String, err: String)? {
  let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
  guard
    let exe = paths.map({ URL(fileURLWithPath: String($0)).appendingPathComponent(name) }).first(
      where: { FileManager.default.isExecutableFile(atPath: $0.path) })
  else { return nil }
  let p = Process()
  p.executableURL = exe
  p.arguments = args
  let out = Pipe()
  let err = Pipe()
  p.standardOutput = out
  p.standardError = err
  try p.run()
  let o = out.fileHandleForReading.readDataToEndOfFile()
  let e = err.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return (
    p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self)
  )
}

@Suite("The season's report as HTML, text and sheets")
struct SeasonHTMLTests {
  func report() throws -> SeasonReport {
    SeasonReport(
      try AulumSeason.get().weeks.map { WeekRecord(scenario: $0.scenario, plan: $0.plan) })
  }

  @Test("Three charts as inline SVG, one mark per week; Danish words, numbers and dates")
  func charts() throws {
    let r = try report()
    let html = SeasonRender.html(r, SeasonWords(.da))
    #expect(html.components(separatedBy: "<svg").count - 1 == 3)
    // Participants: a dot per week; placements: a bar per week; the waiting list: two bars.
    #expect(html.components(separatedBy: "<circle").count - 1 == 2 * r.weeks.count)
    #expect(html.components(separatedBy: "<rect").count - 1 >= 3 * r.weeks.count)
    #expect(html.contains("Deltagere mod break-even") && html.contains("Ventelisten"))
    #expect(html.contains("uge 2 2026-uge 13 2026: 12 uger (5. januar 2026-29. marts 2026)"))
    #expect(html.contains("1. kvartal 2026") && html.contains("januar 2026"))
    #expect(html.contains(" kr.") && !html.contains("DKK"))
    let en = SeasonRender.html(r, SeasonWords(.en))
    #expect(en.contains("Participants against break-even") && en.contains("Q1 2026"))
    // A name with markup is escaped.
    var odd = r
    odd.evaluation[0].people = [PersonEntry(id: "x", name: "<b>Ole</b>")]
    odd.evaluation[0].count = 1
    #expect(SeasonRender.html(odd, SeasonWords(.da)).contains("&lt;b&gt;Ole&lt;/b&gt;"))
  }

  @Test("The sheets follow Danish Excel: BOM, semicolons, decimal comma, CRLF")
  func sheets() throws {
    let r = try report()
    let sheets = SeasonRender.sheets(r, SeasonWords(.da))
    #expect(sheets.map(\.file).first == "maaneder.csv")
    for s in sheets {
      #expect(s.text.hasPrefix(CSVText.byteOrderMark), "\(s.file)")
      #expect(s.text.contains(";") && s.text.contains("\r\n"), "\(s.file)")
      let rows = try CSVText.parse(s.text)
      #expect(rows.allSatisfy { $0.count == rows[0].count }, "\(s.file)")
    }
    let months = try CSVText.parse(sheets[0].text)
    #expect(
      months[0] == ["Måned", "Uger", "Udgift", "Sparet ydelse", "Netto", "Personuger uden ydelse"])
    #expect(months.count == 1 + r.months.count + 1)
    // The cost reads back as the same number (a decimal comma, no thousands separator).
    #expect(CSVText.parseNumber(months[1][2]) == r.months[0].cost)
    #expect(months[1][2].contains(",") || r.months[0].cost == r.months[0].cost.rounded())
  }

  @Test("Headless Chromium renders the report and draws its charts")
  func chromium() throws {
    guard try runTool("chromium", ["--version"]) != nil else {
      if ProcessInfo.processInfo.environment["CI"] == "true" {
        Issue.record("chromium is missing under CI (.ci/run installs it)")
      } else {
        print("SKIPPED: chromium is not installed (apt-get install -y chromium)")
      }
      return
    }
    let r = try report()
    let dir = try scratchFolder()
    let common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    let page = dir.appendingPathComponent("saeson.html")
    try Data(SeasonRender.html(r, SeasonWords(.da)).utf8).write(to: page)
    let dom = try #require(try runTool("chromium", common + ["--dump-dom", page.absoluteString]))
    #expect(dom.code == 0, "\(dom.err)")
    #expect(dom.out.components(separatedBy: "<svg").count - 1 == 3)
    for g in r.evaluation { for p in g.people { #expect(dom.out.contains(p.name)) } }
    // The charts alone, against the same page without them: Chromium must draw them.
    func shot(_ body: String, _ name: String) throws -> Data {
      let file = dir.appendingPathComponent("\(name).html")
      try Data(
        "<!DOCTYPE html><html><body style=\"margin:0;background:#fff\">\(body)</body></html>".utf8
      )
      .write(to: file)
      let png = dir.appendingPathComponent("\(name).png")
      let run = try #require(
        try runTool(
          "chromium",
          common + ["--screenshot=\(png.path)", "--window-size=700,720", file.absoluteString]))
      #expect(run.code == 0, "\(run.err)")
      return try Data(contentsOf: png)
    }
    let charts = try shot(
      SeasonRender.charts(r, SeasonWords(.da)).joined(separator: "<br>"), "charts")
    let blank = try shot("", "blank")
    #expect(charts.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    func be32(_ d: Data, _ at: Int) -> Int { d[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    #expect(be32(charts, 16) == 700 && be32(charts, 20) == 720)
    #expect(charts.count > 4 * blank.count, "charts \(charts.count) bytes, blank \(blank.count)")
  }
}
