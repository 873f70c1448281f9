import Foundation
import MilenFormats
import MilenModel
import MilenReports
import MilenSolver
import MilenWorkflow
import Testing

/// The printable week: template output, escaping, and a render in headless Chromium.
@Suite("The printable week (HTML)")
struct HTMLTests {
  @Test(
    "The week has the overview, a page per company with people, per mentor and per young person")
  func pages() throws {
    let (s, plan) = try aulumPlanned()
    let html = try PlanHTML.week(plan, scenario: s, localizer: .danish)
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"da\">"))
    #expect(html.contains("@page { size: A4;"))
    func count(_ s: String) -> Int { html.components(separatedBy: s).count - 1 }
    #expect(count("<section class=\"page wide\" id=\"overview\">") == 1)
    #expect(
      count("<section class=\"page company\"")
        == plan.companies.filter { !$0.participants.isEmpty }.count)
    #expect(
      count("<section class=\"page mentor\"") == plan.mentors.filter { !$0.mentees.isEmpty }.count)
    #expect(count("<section class=\"page participant\"") == plan.participants.count)
    for p in plan.participants { #expect(html.contains(p.name)) }
    for d in ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag"] {
      #expect(html.contains(d))
    }
    #expect(html.contains("Ugeoversigt: Uge 2 (5.-9. januar 2026)"))
    let english = try PlanHTML.week(plan, scenario: s, localizer: .english)
    #expect(
      english.contains("Week overview: week 2 (5-9 January 2026)") && english.contains("Monday"))
  }

  @Test("Names are escaped for HTML")
  func escaping() throws {
    var (s, plan) = try aulumPlanned()
    let i = plan.participants.firstIndex { $0.company == "aubo" }!
    plan.participants[i].name = "<b>Å & Ø</b>"
    s.companies[s.companies.firstIndex { $0.id == "aubo" }!].name = "Aubo \"A/S\""
    let html = try PlanHTML.view(plan, for: .company("aubo"), scenario: s, localizer: .danish)
    #expect(html.contains("&lt;b&gt;Å &amp; Ø&lt;/b&gt;"))
    #expect(!html.contains("<b>Å"))
    #expect(html.contains("Aubo &quot;A/S&quot;"))
  }

  @Test("A company's page holds only its own people")
  func companyPage() throws {
    let (s, plan) = try aulumPlanned()
    let html = try PlanHTML.view(plan, for: .company("horn"), scenario: s, localizer: .danish)
    for p in plan.participants {
      #expect(html.contains(p.name) == (p.company == "horn"), "\(p.name)")
    }
    #expect(!html.contains("Praktik ·") && !html.contains("mentor"))
  }

  @Test("Headless Chromium renders the week: every participant and day, and a screenshot")
  func chromium() throws {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    guard paths.contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/chromium") })
    else {
      print("SKIPPED: chromium is not installed (apt-get install -y chromium)")
      return
    }
    let (s, plan) = try aulumPlanned()
    let dir = try temporaryFolder()
    let file = dir.appendingPathComponent("uge.html")
    try Data(try PlanHTML.week(plan, scenario: s, localizer: .danish).utf8).write(to: file)
    let common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    let dom = try #require(try runTool("chromium", common + ["--dump-dom", file.absoluteString]))
    #expect(dom.code == 0, "\(dom.err)")
    for p in plan.participants { #expect(dom.out.contains(p.name), "\(p.name)") }
    #expect(dom.out.contains("Fredag") && dom.out.contains("Lørdag"))
    let png = dir.appendingPathComponent("uge.png")
    let shot = try #require(
      try runTool(
        "chromium",
        common + ["--screenshot=\(png.path)", "--window-size=1200,2200", file.absoluteString]))
    #expect(shot.code == 0, "\(shot.err)")
    let data = try Data(contentsOf: png)
    #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    func be32(_ at: Int) -> Int { data[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    #expect(be32(16) == 1200 && be32(20) == 2200)
    #expect(data.count > 50_000, "a blank page compresses to a few KB; got \(data.count) bytes")
    let pdf = dir.appendingPathComponent("uge.pdf")
    let printed = try #require(
      try runTool("chromium", common + ["--print-to-pdf=\(pdf.path)", file.absoluteString]))
    #expect(printed.code == 0, "\(printed.err)")
    let pdfText = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
    // The page tree's root counts every page: the landscape overview (over one or more
    // sheets), then a page per company, mentor and young person.
    let counts = pdfText.components(separatedBy: "/Count ").dropFirst().compactMap {
      Int($0.prefix { $0.isNumber })
    }
    let pages = counts.max() ?? 0
    let minimum =
      1 + plan.companies.filter { !$0.participants.isEmpty }.count
      + plan.mentors.filter { !$0.mentees.isEmpty }.count + plan.participants.count
    #expect(pages >= minimum && pages <= minimum + 5, "\(pages) pages, expected about \(minimum)")
  }
}
