import Foundation
import Hummingbird
import HummingbirdTesting
import MilenCheck
import MilenFormats
import MilenModel
import MilenReports
import MilenServe
import MilenSolver
import MilenWorkflow
import Testing

/// A planning page over a copy of the Aulum week in a folder of its own.
struct Page {
  let dir: URL
  let files: ServeFiles
  let bench: Workbench
  let access: ServeAccess
  let originalText: String

  static let token = "test-token-0123456789"

  init(
    token: String? = nil, language: Language = .da, planFile: String? = nil,
    season: Bool = false, scenarioText: String = BuiltIn.aulumText,
    paging: GridPaging = .standard
  ) throws {
    dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "milen-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    originalText = scenarioText
    let path = dir.appendingPathComponent("week.json").path
    try originalText.write(toFile: path, atomically: true, encoding: .utf8)
    if let planFile {
      try planFile.write(
        toFile: dir.appendingPathComponent("week.plan.json").path, atomically: true,
        encoding: .utf8)
    }
    files = ServeFiles(
      scenario: path, previous: nil,
      season: season ? dir.appendingPathComponent("saeson.sqlite").path : nil)
    bench = try Workbench(
      scenario: try ScenarioFile.decode(originalText, format: .json), last: nil, files: files,
      language: language, paging: paging)
    access = ServeAccess(host: "127.0.0.1", port: 0, token: token)
  }

  var app: some ApplicationProtocol { ServeApp.application(bench, access: access) }

  func file(_ name: String) -> String? {
    try? String(contentsOfFile: dir.appendingPathComponent(name).path, encoding: .utf8)
  }
}

/// The headers of a JSON request from the page itself.
func jsonHeaders(_ extra: HTTPFields = [:]) -> HTTPFields {
  var h: HTTPFields = [.contentType: "application/json"]
  h.append(contentsOf: extra)
  return h
}

extension TestClientProtocol {
  /// POSTs JSON text and returns the status and the parsed answer.
  func post(_ uri: String, _ json: String, headers: HTTPFields = jsonHeaders()) async throws -> (
    status: Int, body: Answer
  ) {
    try await execute(
      uri: uri, method: .post, headers: headers, body: ByteBuffer(string: json)
    ) { r in
      (r.status.code, try Answer(String(buffer: r.body)))
    }
  }
}

/// A JSON answer of the page (Foundation's parser: the page's own content is long).
struct Answer: @unchecked Sendable {
  let fields: [String: Any]

  init(_ text: String) throws {
    fields = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
  }

  subscript(_ key: String) -> Any? { fields[key] }
}

func text(_ v: Any?) -> String? { v as? String }

func number(_ v: Any?) -> Double? { (v as? NSNumber)?.doubleValue }

@Suite("milen serve: routes") struct ServeRouteTests {
  @Test("the page shows the Aulum week in Danish, escaped, under a strict policy")
  func page() async throws {
    let page = try Page()
    try await page.app.test(.router) { client in
      try await client.execute(uri: "/", method: .get) { r in
        #expect(r.status == .ok)
        #expect(r.headers[.contentType]?.hasPrefix("text/html") == true)
        #expect(r.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
        let html = String(buffer: r.body)
        #expect(html.contains("<html lang=\"da\">"))
        #expect(html.contains("Ugens plan: Uge 2"))
        #expect(html.contains("Planlæg igen"))
        // Days across, people down; company, mentor and sessions per person.
        #expect(html.contains("<th>Mandag<br>"))
        #expect(html.contains("data-participant=\"p15\""))
        #expect(html.contains("Green Box"))
        #expect(html.contains("Hanne B.: 2 t i denne uge"))
        // Per company and per mentor, the programme figures and break-even.
        #expect(html.contains("id=\"company-table\""))
        #expect(html.contains("id=\"mentor-table\""))
        // Each company's, mentor's and session's place and contact under its name.
        #expect(
          html.contains(
            "Green Box<div class=\"sub\">Opdigtet Allé 3, 7490 Aulum · Sanne R., tlf. 00 00 10 03"))
        #expect(
          html.contains(
            "Hanne B.<div class=\"sub\">Biblioteket, Eksempelvej 10, 7490 Aulum · tlf. 00 00 20 01")
        )
        #expect(html.contains("<div class=\"sub\">Ungehuset, Eksempelvej 30, 7490 Aulum</div>"))
        #expect(html.contains("Break-even"))
        // Reasons, through the Danish notes.
        #expect(html.contains("venter"))
        #expect(!html.contains("<script>"))
      }
      try await client.execute(uri: "/page.js", method: .get) { r in
        #expect(r.status == .ok)
        #expect(String(buffer: r.body).contains("/api/replan"))
      }
    }
  }

  @Test("a name with markup is escaped everywhere on the page")
  func escaping() async throws {
    var s = try BuiltIn.aulum()
    let i = s.participants.firstIndex { $0.id == "p15" }!
    s.participants[i].name = "<img src=x onerror=alert(1)>\"'&"
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "milen-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let files = ServeFiles(scenario: dir.appendingPathComponent("w.json").path, previous: nil)
    let bench = try Workbench(scenario: s, last: nil, files: files, language: .da)
    let app = ServeApp.application(bench, access: ServeAccess(port: 0))
    try await app.test(.router) { client in
      try await client.execute(uri: "/", method: .get) { r in
        let html = String(buffer: r.body)
        #expect(!html.contains("<img src=x"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"))
      }
    }
  }

  /// Green Box supervises one on Fridays, where p15 works: she gives the day up.
  @Test("lock p12 at Green Box on Friday, re-plan: the new plan has it, checked, with the changes")
  func lockAndReplan() async throws {
    let page = try Page()
    try await page.app.test(.router) { client in
      let locked = try await client.post(
        "/api/lock", #"{"participant":"p12","company":"greenbox","days":["fri"]}"#)
      #expect(locked.status == 200)
      #expect(number(locked.body["pending"]) == 1)
      let replanned = try await client.post("/api/replan", "{}")
      #expect(replanned.status == 200)
      #expect(number(replanned.body["pending"]) == 0)
      #expect((number(replanned.body["changes"]) ?? 0) >= 2)
      let app = text(replanned.body["app"]) ?? ""
      #expect(app.contains("id=\"change-list\""))
      #expect(app.contains("<tr data-participant=\"p12\">"))
      #expect(app.contains("Freja M. er låst hos Green Box (fre)"))
      try await client.execute(uri: "/plan.json", method: .get) { r in
        let plan = try PlanFile.decode(String(buffer: r.body))
        let p12 = plan.participants.first { $0.id == "p12" }!
        #expect(p12.company == "greenbox")
        #expect(p12.work.contains { $0.day == .fri })
        // Green Box supervises one on Fridays: p15, who worked there, gives the day up.
        let p15 = plan.participants.first { $0.id == "p15" }!
        #expect(!(p15.company == "greenbox" && p15.work.contains { $0.day == .fri }))
        #expect(plan.changes?.contains { $0.participant == "p12" } == true)
        #expect(plan.changes?.contains { $0.participant == "p15" } == true)
        // The independent checker, run here again on the plan the page shows.
        var s = try BuiltIn.aulum()
        s.locks.append(Lock(participant: "p12", company: "greenbox", days: [.fri]))
        #expect(PlanChecker.check(plan, against: s).isEmpty)
        #expect(plan.scenarioFingerprint == ScenarioFile.fingerprint(s))
      }
    }
  }

  @Test("re-planning with nothing changed changes nobody")
  func replanUnchanged() async throws {
    let page = try Page()
    try await page.app.test(.router) { client in
      let r = try await client.post("/api/replan", "")
      #expect(r.status == 200)
      #expect(number(r.body["changes"]) == 0)
      #expect(text(r.body["app"])?.contains("id=\"no-changes\"") == true)
    }
  }

  @Test("bad requests: a clear 4xx naming the field, and nothing changes or is saved")
  func badRequests() async throws {
    let page = try Page()
    try await page.app.test(.router) { client in
      let cases: [(String, String, Int, String?)] = [
        ("/api/lock", #"{"participant":"p99","company":"greenbox"}"#, 422, "participant"),
        ("/api/lock", #"{"participant":"p15","company":"nowhere"}"#, 422, "company"),
        ("/api/lock", #"{"participant":"p01","company":"aubo"}"#, 422, "participant"),
        (
          "/api/lock", #"{"participant":"p15","company":"greenbox","days":["sat"]}"#, 422, "days[0]"
        ),
        ("/api/lock", #"{"participant":"p15","company":"greenbox","days":"fri"}"#, 400, "days"),
        ("/api/lock", #"{"company":"greenbox"}"#, 400, "participant"),
        ("/api/lock", #"{"participant":15,"company":"greenbox"}"#, 400, "participant"),
        ("/api/lock", #"{"participant":"p15","#, 400, nil),
        ("/api/lock", #"["p15"]"#, 400, nil),
        ("/api/ban", #"{"participant":"p16","company":"ksa"}"#, 422, "company"),
        ("/api/unlock", #"{"participant":"p15"}"#, 422, "participant"),
        ("/api/unban", #"{"participant":"p15","company":"aubo"}"#, 422, "company"),
        ("/api/session", #"{"participant":"p15","activity":"nope"}"#, 422, "activity"),
        ("/api/session", #"{"participant":"p15","activity":"polle"}"#, 422, "activity"),
        ("/api/whatif", #"{"kind":"shop","value":{"id":"x"}}"#, 400, "kind"),
        ("/api/whatif", #"{"kind":"company"}"#, 400, "value"),
        (
          "/api/whatif", #"{"kind":"company","value":{"id":"x","name":"X","slots":"two"}}"#, 422,
          "value.slots"
        ),
        ("/api/whatif/keep", "{}", 409, nil),
      ]
      for (uri, body, status, field) in cases {
        let r = try await client.post(uri, body)
        #expect(r.status == status, "\(uri) \(body)")
        #expect(text(r.body["field"]) == field, "\(uri) \(body)")
        let message = text(r.body["error"]) ?? ""
        #expect(!message.isEmpty)
        if let field { #expect(message.hasPrefix(field + ": "), "\(message)") }
      }
      // Not JSON, and from another page: refused before anything is read.
      let plain = try await client.post(
        "/api/lock", #"{"participant":"p15","company":"greenbox"}"#,
        headers: [.contentType: "text/plain"])
      #expect(plain.status == 400)
      let foreign = try await client.post(
        "/api/replan", "{}", headers: jsonHeaders([.origin: "http://evil.example"]))
      #expect(foreign.status == 403)
      try await client.execute(uri: "/download/../week.json", method: .get) { r in
        #expect(r.status == .notFound)
      }
      try await client.execute(uri: "/download/koordinator%2f..%2f..%2fweek.json", method: .get) {
        r in
        #expect(r.status == .notFound)
      }
    }
    let st = await page.bench.snapshot()
    #expect(st.version == 1)
    #expect(st.pending.isEmpty)
    #expect(st.scenario == st.saved)
    #expect(page.file("week.plan.json") == nil)
    #expect(page.file("week.bak.json") == nil)
    #expect(page.file("week.json") == page.originalText)
  }

  @Test("with a token, a request without it (or with a wrong one) gets 401 and nothing happens")
  func token() async throws {
    let page = try Page(token: Page.token)
    try await page.app.test(.router) { client in
      try await client.execute(uri: "/", method: .get) { r in
        #expect(r.status == .unauthorized)
        #expect(r.headers[.wwwAuthenticate] == "Bearer")
        #expect(!String(buffer: r.body).contains("Line K."))
      }
      let none = try await client.post(
        "/api/lock", #"{"participant":"p15","company":"greenbox"}"#)
      #expect(none.status == 401)
      let wrong = try await client.post(
        "/api/lock", #"{"participant":"p15","company":"greenbox"}"#,
        headers: jsonHeaders([.authorization: "Bearer test-token-0123456788"]))
      #expect(wrong.status == 401)
      try await client.execute(uri: "/download/koordinator/plan.json", method: .get) { r in
        #expect(r.status == .unauthorized)
      }
      // The token in the address is only taken on the page itself, and becomes a cookie.
      try await client.execute(uri: "/plan.json?token=\(Page.token)", method: .get) { r in
        #expect(r.status == .unauthorized)
      }
      let cookie = try await client.execute(uri: "/?token=\(Page.token)", method: .get) { r in
        #expect(r.status == .seeOther)
        #expect(r.headers[.location] == "/")
        let c = r.headers[.setCookie] ?? ""
        #expect(c.contains("HttpOnly"))
        #expect(c.contains("SameSite=Strict"))
        return String(c.split(separator: ";")[0])
      }
      try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) { r in
        #expect(r.status == .ok)
        #expect(String(buffer: r.body).contains("Line K."))
      }
      let bearer = try await client.post(
        "/api/lock", #"{"participant":"p15","company":"greenbox"}"#,
        headers: jsonHeaders([.authorization: "Bearer \(Page.token)"]))
      #expect(bearer.status == 200)
    }
    #expect(await page.bench.snapshot().pending.count == 1)
  }

  @Test("who may serve where: another address than loopback needs a long token")
  func access() {
    #expect(ServeAccess(host: "127.0.0.1").problem() == nil)
    #expect(ServeAccess(host: "127.4.5.6").problem() == nil)
    #expect(ServeAccess(host: "localhost").problem() == nil)
    #expect(ServeAccess(host: "::1").problem() == nil)
    #expect(ServeAccess(host: "0.0.0.0").problem()?.contains("--token") == true)
    #expect(ServeAccess(host: "192.168.1.5").problem()?.contains("--token") == true)
    #expect(ServeAccess(host: "127.0.0.1.example.com").problem() != nil)
    #expect(ServeAccess(host: "0.0.0.0", token: "short").problem()?.contains("16") == true)
    #expect(ServeAccess(host: "0.0.0.0", token: "a token with spaces!").problem() != nil)
    #expect(ServeAccess(host: "0.0.0.0", token: Page.token).problem() == nil)
  }

  @Test("save writes the scenario (keeping the old one) and the plan, atomically, as the CLI does")
  func save() async throws {
    let page = try Page()
    try await page.app.test(.router) { client in
      _ = try await client.post(
        "/api/lock", #"{"participant":"p15","company":"greenbox","days":["fri"]}"#)
      let early = try await client.post("/api/save", "{}")
      #expect(early.status == 409)
      #expect(page.file("week.plan.json") == nil)
      _ = try await client.post("/api/replan", "{}")
      let saved = try await client.post("/api/save", "{}")
      #expect(saved.status == 200)
      #expect((saved.body["unsaved"] as? Bool) == false)
    }
    #expect(page.file("week.bak.json") == page.originalText)
    let scenario = try ScenarioFile.decode(page.file("week.json")!, format: .json)
    #expect(scenario.locks.contains(Lock(participant: "p15", company: "greenbox", days: [.fri])))
    let planText = page.file("week.plan.json")!
    let plan = try PlanFile.decode(planText)
    #expect(planText == PlanFile.jsonText(plan))
    #expect(plan.scenarioFingerprint == ScenarioFile.fingerprint(scenario))
    #expect(PlanChecker.check(plan, against: scenario).isEmpty)
    let mode =
      try FileManager.default.attributesOfItem(
        atPath: page.dir.appendingPathComponent("week.plan.json").path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    // A new page over the saved files shows the saved plan, without planning again.
    let again = try Workbench(
      scenario: scenario, last: nil, files: page.files, language: .da)
    let st = await again.snapshot()
    #expect(st.plan == plan)
    #expect(!st.unsaved)
  }

  @Test("a saved plan that breaks a hard rule is never shown: the week is planned afresh")
  func checkerGate() async throws {
    let s = try BuiltIn.aulum()
    var bad = PlanFile.stamped(
      try CheckedPlanning.plan(s, options: CheckedPlanning.options()).plan, for: s)
    // Everyone at Green Box on Monday: far over its slots.
    for i in bad.participants.indices where bad.participants[i].company != nil {
      bad.participants[i].company = "greenbox"
    }
    let page = try Page(planFile: PlanFile.jsonText(bad))
    let st = await page.bench.snapshot()
    #expect(st.plan != bad)
    // In the page's language (Danish), naming the file and saying what was done instead.
    let notice = st.notice?.text ?? ""
    #expect(notice.contains("bryder") && notice.contains("faste regler"), "\(notice)")
    #expect(notice.hasSuffix("ugen blev planlagt forfra"), "\(notice)")
    #expect(PlanChecker.check(st.plan, against: st.planScenario).isEmpty)
  }

  @Test("move to a session: given when a seat is free, reported when not")
  func session() async throws {
    let page = try Page()
    try await page.app.test(.router) { client in
      #expect(
        try await client.post("/api/session", #"{"participant":"p21","activity":"ungemilen-thu"}"#)
          .status == 200)
      #expect(
        try await client.post("/api/session", #"{"participant":"p29","activity":"teaching-fri"}"#)
          .status == 200)
      let r = try await client.post("/api/replan", "{}")
      #expect(r.status == 200)
      let app = text(r.body["app"]) ?? ""
      #expect(app.contains("Ella P. fik ikke"))
      #expect(!app.contains("Anne-Sofie D. fik ikke"))
    }
    let st = await page.bench.snapshot()
    let p21 = st.plan.participants.first { $0.id == "p21" }!
    #expect(p21.activities.contains("ungemilen-thu"))
    #expect(
      st.scenario.participants.first { $0.id == "p21" }!.wishes.activities.contains(
        "ungemilen-thu"))
  }

  @Test("what-if: a new company side by side with the difference; drop it, or keep it")
  func whatIf() async throws {
    let page = try Page()
    let company = """
      {"kind":"company","value":{"id":"aulum-gartneri","name":"Aulum Gartneri","slots":2,
      "ordinaryEmployees":10,"open":{"mon":"08:00-15:00","tue":"08:00-15:00","wed":"08:00-15:00",
      "thu":"08:00-15:00","fri":"08:00-15:00"},"accommodations":["shortDays","noHeavyLifting",
      "quietPlace"],"tasks":["plants"]}}
      """
    try await page.app.test(.router) { client in
      let r = try await client.post("/api/whatif", company)
      #expect(r.status == 200)
      let app = text(r.body["app"]) ?? ""
      #expect(app.contains("id=\"whatif-figures\""))
      #expect(app.contains("id=\"whatif-base\""))
      #expect(app.contains("id=\"whatif-variant\""))
      #expect(app.contains("aulum-gartneri"))
      // While it is open, nothing else changes the week.
      #expect(
        try await client.post("/api/lock", #"{"participant":"p15","company":"greenbox"}"#)
          .status == 409)
      #expect(try await client.post("/api/whatif/drop", "{}").status == 200)
      #expect(await page.bench.snapshot().scenario.companies.count == 7)
      #expect(try await client.post("/api/whatif", company).status == 200)
      #expect(try await client.post("/api/whatif/keep", "{}").status == 200)
    }
    let st = await page.bench.snapshot()
    #expect(st.scenario.companies.contains { $0.id == "aulum-gartneri" })
    #expect(st.planScenario == st.scenario)
    #expect(st.plan.companies.contains { $0.id == "aulum-gartneri" })
    #expect(PlanChecker.check(st.plan, against: st.scenario).isEmpty)
    #expect(st.unsaved)
  }

  @Test("hand-outs: downloads by name only, and Hand out writes the folder after a save")
  func handouts() async throws {
    let page = try Page()
    try await page.app.test(.router) { client in
      try await client.execute(uri: "/download/koordinator/uge.html", method: .get) { r in
        #expect(r.status == .ok)
        #expect(r.headers[.contentDisposition] == "attachment; filename=\"uge.html\"")
        #expect(String(buffer: r.body).contains("<!DOCTYPE html>"))
      }
      try await client.execute(
        uri: "/download/virksomheder/green-box--greenbox.ics", method: .get
      ) { r in
        #expect(r.status == .ok)
        #expect(r.headers[.contentType]?.hasPrefix("text/calendar") == true)
        let ics = String(buffer: r.body)
        #expect(ics.contains("BEGIN:VCALENDAR"))
        #expect(!ics.contains("housingTraining"))
      }
      try await client.execute(uri: "/download/koordinator/deltagere.csv", method: .get) { r in
        #expect(r.status == .ok)
      }
      #expect(try await client.post("/api/handout", "{}").status == 409)
      #expect(!FileManager.default.fileExists(atPath: page.files.handouts))
      #expect(try await client.post("/api/save", "{}").status == 200)
      #expect(try await client.post("/api/handout", "{}").status == 200)
    }
    let week = page.dir.appendingPathComponent("udlevering/koordinator/uge.html").path
    #expect(FileManager.default.fileExists(atPath: week))
  }

  @Test("load drops unsaved edits and reads the saved files again")
  func load() async throws {
    let page = try Page()
    try await page.app.test(.router) { client in
      _ = try await client.post("/api/ban", #"{"participant":"p15","company":"aubo"}"#)
      #expect(await page.bench.snapshot().pending.count == 1)
      let r = try await client.post("/api/load", "{}")
      #expect(r.status == 200)
    }
    let st = await page.bench.snapshot()
    #expect(st.pending.isEmpty)
    #expect(!st.scenario.bans.contains(Ban(participant: "p15", company: "aubo")))
  }

  @Test("next week with --previous: the changes since last week, and re-plans checked against it")
  func previousWeek() async throws {
    let s02 = try BuiltIn.aulum()
    let plan02 = PlanFile.stamped(
      try CheckedPlanning.plan(s02, options: CheckedPlanning.options()).plan, for: s02)
    let s03 = Rolling.next(s02, plan: plan02, planFingerprint: PlanFile.fingerprint(plan02))
      .scenario
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "milen-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let files = ServeFiles(
      scenario: dir.appendingPathComponent("week03.json").path,
      previous: dir.appendingPathComponent("plan02.json").path)
    let bench = try Workbench(scenario: s03, last: plan02, files: files, language: .da)
    let first = await bench.snapshot()
    #expect(first.replan?.sinceWeek == "2026-W02")
    #expect(first.plan.previousWeek == "2026-W02")
    #expect(PlanChecker.check(first.plan, against: s03, previous: plan02).isEmpty)
    let app = ServeApp.application(bench, access: ServeAccess(port: 0))
    try await app.test(.router) { client in
      try await client.execute(uri: "/", method: .get) { r in
        #expect(String(buffer: r.body).contains("Ændringer siden Uge 2"))
      }
      _ = try await client.post(
        "/api/lock", #"{"participant":"p15","company":"greenbox","days":["fri"]}"#)
      #expect(try await client.post("/api/replan", "{}").status == 200)
    }
    let st = await bench.snapshot()
    #expect(st.replan?.sinceWeek == nil)
    #expect(PlanChecker.check(st.plan, against: st.planScenario, previous: plan02).isEmpty)
  }

  @Test("English on request")
  func english() async throws {
    let page = try Page(language: .en)
    try await page.app.test(.router) { client in
      try await client.execute(uri: "/", method: .get) { r in
        let html = String(buffer: r.body)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("Re-plan"))
      }
      let r = try await client.post("/api/lock", #"{"participant":"p99","company":"greenbox"}"#)
      #expect(text(r.body["error"]) == "participant: unknown participant \"p99\"")
    }
  }
}
