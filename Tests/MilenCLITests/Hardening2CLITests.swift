import Foundation
import MilenTestSupport
import Testing

@testable import milen

/// The Aulum fixture's path.
private var aulum: String { packageRoot().appendingPathComponent("Fixtures/aulum.json").path }

private func mode(_ path: String) throws -> Int {
  (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber)
    .intValue
}

/// The Aulum fixture with its JSON object changed by `edit`, written to `dir/name`.
private func edited(_ dir: URL, _ name: String, _ edit: (inout [String: Any]) -> Void) throws
  -> String
{
  let data = try Data(contentsOf: URL(fileURLWithPath: aulum))
  var o = try JSONSerialization.jsonObject(with: data) as! [String: Any]
  edit(&o)
  let url = dir.appendingPathComponent(name)
  try JSONSerialization.data(withJSONObject: o).write(to: url)
  return url.path
}

/// Sets the name of participant `id`.
private func rename(_ o: inout [String: Any], _ id: String, _ name: String) {
  var ps = o["participants"] as! [[String: Any]]
  let i = ps.firstIndex { $0["id"] as? String == id }!
  ps[i]["name"] = name
  o["participants"] = ps
}

@Suite("hardening, round 2 (issue 21): views, folders, links, modes, cells, text, limits")
struct Hardening2CLITests {
  @Test("view refuses a plan that check rejects: a banned pair edited into the plan")
  func viewRefusesBrokenPlan() throws {
    let dir = try temporaryDirectory()
    let planPath = dir.appendingPathComponent("plan.json").path
    #expect(try milen(["plan", aulum, "--format", "json", "-o", planPath]).code == 0)
    var plan =
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: planPath)))
      as! [String: Any]
    // p18 is banned from aubo; put them there with someone's days and hours at aubo.
    var rows = plan["participants"] as! [[String: Any]]
    let atAubo = try #require(rows.first { $0["company"] as? String == "aubo" })
    let i = rows.firstIndex { $0["id"] as? String == "p18" }!
    rows[i]["company"] = "aubo"
    rows[i]["work"] = atAubo["work"]
    plan["participants"] = rows
    try JSONSerialization.data(withJSONObject: plan).write(to: URL(fileURLWithPath: planPath))
    let check = try milen(["check", aulum, planPath])
    #expect(check.code == 1)
    // By name, not by id: p18 is Jonas B.
    #expect(check.out.contains("Jonas B. is banned from"), "\(check.out)")
    #expect(!check.out.contains("p18"))
    let view = try milen(["view", aulum, planPath, "--for", "company:aubo"])
    #expect(view.code == 65, "\(view.err)")
    #expect(view.out.isEmpty)
    #expect(view.err.contains("Jonas B."))
    let folder = dir.appendingPathComponent("out").path
    let all = try milen(["view", aulum, planPath, "--all", "-o", folder])
    #expect(all.code == 65)
    #expect(!FileManager.default.fileExists(atPath: folder))
  }

  @Test("view --all replaces the folder whole: no stale audience, no hidden folder left")
  func folderSwappedWhole() throws {
    let dir = try temporaryDirectory()
    let planPath = dir.appendingPathComponent("plan.json").path
    #expect(try milen(["plan", aulum, "--format", "json", "-o", planPath]).code == 0)
    let folder = dir.appendingPathComponent("udlevering")
    #expect(try milen(["view", aulum, planPath, "--all", "-o", folder.path]).code == 0)
    let first = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
    #expect(first.contains { $0.hasPrefix("virksomheder/") && $0.hasSuffix("--aulum-bageri.txt") })
    // An audience that is gone left its file; the next run must not keep it.
    let stale = folder.appendingPathComponent("virksomheder/gone--gone.txt")
    try "Someone's week".write(to: stale, atomically: true, encoding: .utf8)
    #expect(try milen(["view", aulum, planPath, "--all", "-o", folder.path]).code == 0)
    #expect(!FileManager.default.fileExists(atPath: stale.path))
    #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() == first)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [
        "plan.json", "udlevering",
      ])
    // A folder milen did not write is never replaced.
    let other = dir.appendingPathComponent("mine")
    try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
    try "keep".write(
      to: other.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let r = try milen(["view", aulum, planPath, "--all", "-o", other.path])
    #expect(r.code == 73)
    #expect(try FileManager.default.contentsOfDirectory(atPath: other.path) == ["notes.txt"])
  }

  @Test("-o through a symlink is refused; the link's target keeps its text and mode")
  func symlinkRefused() throws {
    let dir = try temporaryDirectory()
    let target = dir.appendingPathComponent("target.json").path
    try "old".write(toFile: target, atomically: true, encoding: .utf8)
    #expect(chmod(target, 0o644) == 0)
    let link = dir.appendingPathComponent("link.json").path
    #expect(symlink(target, link) == 0)
    let r = try milen(["plan", "--format", "json", "-o", link])
    #expect(r.code == 73)
    #expect(r.err.contains("symbolic link"))
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
    #expect(try mode(target) == 0o644)
    // A dangling link is refused too, and nothing is created where it points.
    let dangling = dir.appendingPathComponent("dangling.json").path
    #expect(symlink(dir.appendingPathComponent("nowhere.json").path, dangling) == 0)
    #expect(try milen(["plan", "--format", "json", "-o", dangling]).code == 73)
    #expect(
      !FileManager.default.fileExists(atPath: dir.appendingPathComponent("nowhere.json").path))
    // /dev/stdout is a link to a device: written into.
    #expect(try milen(["plan", "-o", "/dev/stdout"]).code == 0)
  }

  @Test("an existing file loses others' bits and setuid: 0644 becomes 0640, 4755 becomes 0640")
  func modesTightened() throws {
    let dir = try temporaryDirectory()
    let out = dir.appendingPathComponent("plan.json").path
    try "old".write(toFile: out, atomically: true, encoding: .utf8)
    #expect(chmod(out, 0o644) == 0)
    #expect(try milen(["plan", "--format", "json", "-o", out]).code == 0)
    #expect(try mode(out) == 0o640)
    #expect(chmod(out, 0o4755) == 0)
    #expect(try milen(["plan", "--format", "json", "-o", out]).code == 0)
    #expect(try mode(out) == 0o640)
  }

  @Test("a carriage return in a name never reaches the terminal raw")
  func carriageReturn() throws {
    let dir = try temporaryDirectory()
    let s = try edited(dir, "cr.json") { rename(&$0, "p15", "Line\rEVIL") }
    let r = try milen(["plan", s])
    #expect(r.code == 0, "\(r.err)")
    #expect(!r.out.contains("\r"))
    #expect(r.out.contains("Line\\u000dEVIL"))
  }

  @Test("names that start like formulas are written as text in every sheet and hand-out")
  func formulaCells() throws {
    let dir = try temporaryDirectory()
    let s = try edited(dir, "f.json") { o in
      rename(&o, "p15", "=HYPERLINK(\"http://x\",\"y\")")
      var cs = o["companies"] as! [[String: Any]]
      let i = cs.firstIndex { $0["id"] as? String == "greenbox" }!
      cs[i]["name"] = "@SUM(1+1)"
      o["companies"] = cs
    }
    let sheets = dir.appendingPathComponent("ark").path + "/"
    #expect(try milen(["plan", s, "--format", "csv", "-o", sheets]).code == 0)
    let planPath = dir.appendingPathComponent("plan.json").path
    #expect(try milen(["plan", s, "--format", "json", "-o", planPath]).code == 0)
    let folder = dir.appendingPathComponent("ud").path
    #expect(try milen(["view", s, planPath, "--all", "-o", folder]).code == 0)
    var csvs: [String] = []
    for base in [sheets, folder] {
      for f in try FileManager.default.subpathsOfDirectory(atPath: base) where f.hasSuffix(".csv") {
        csvs.append(try String(contentsOfFile: base + "/" + f, encoding: .utf8))
      }
    }
    #expect(csvs.count > 10)
    var seen = 0
    for text in csvs {
      for line in text.components(separatedBy: "\r\n") {
        for cell in line.split(separator: ";").map({ $0.hasPrefix("\"") ? $0.dropFirst() : $0 }) {
          #expect(!cell.hasPrefix("="), "\(line)")
          #expect(!cell.hasPrefix("@"), "\(line)")
          if cell.hasPrefix("'=HYPERLINK") || cell.hasPrefix("'@SUM") { seen += 1 }
        }
      }
    }
    #expect(seen > 0)
  }

  @Test("a string of 10,001 bytes is refused; 10,000 pass")
  func stringLimitExact() throws {
    let dir = try temporaryDirectory()
    let ok = try edited(dir, "ok.json") {
      rename(&$0, "p15", String(repeating: "a", count: 10_000))
    }
    #expect(try milen(["validate", ok]).code == 0)
    let long = try edited(dir, "long.json") {
      rename(&$0, "p15", String(repeating: "a", count: 10_001))
    }
    let r = try milen(["validate", long])
    #expect(r.code == 65)
    #expect(r.err.contains("longer than 10000 bytes"))
  }

  @Test("five hundred thousand wrong items: at most 100 problems listed and a count of the rest")
  func errorsBounded() throws {
    let dir = try temporaryDirectory()
    let path = try edited(dir, "many.json") { o in
      o["participants"] = Array(repeating: 1, count: 500_000)
    }
    let r = try milen(["validate", path])
    #expect(r.code == 65)
    let lines = r.err.split(separator: "\n")
    #expect(lines.count <= 103, "\(lines.count) lines")
    #expect(r.err.contains("more problems not listed"))
  }

  @Test("a document of more values than the limit is refused before it is read into a scenario")
  func nodesBounded() throws {
    let dir = try temporaryDirectory()
    let url = dir.appendingPathComponent("nodes.json")
    // 4,000,001 values in 8 MB.
    var text = "{\"week\": \"2026-W02\", \"x\": ["
    text += String(repeating: "0,", count: 4_000_000) + "0]}"
    try text.write(to: url, atomically: true, encoding: .utf8)
    let r = try milen(["validate", url.path])
    #expect(r.code == 65)
    #expect(r.err.contains("more than 4000000 values"))
  }

  @Test("SIGINT while view --all writes: no folder, no hidden folder, exit 130")
  func interruptedHandOut() throws {
    let dir = try temporaryDirectory()
    let s = dir.appendingPathComponent("s.json").path
    #expect(try milen(["generate", "--size", "S", "--seed", "2", "-o", s]).code == 0)
    let planPath = dir.appendingPathComponent("plan.json").path
    #expect(try milen(["plan", s, "--format", "json", "-o", planPath]).code == 0)
    let folder = dir.appendingPathComponent("udlevering").path
    let p = Process()
    p.executableURL = try milenExecutable()
    p.arguments = ["view", s, planPath, "--all", "-o", folder]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    // Wait until the hidden folder is being written, then interrupt.
    var sawHidden = false
    while p.isRunning {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      if names.contains(where: { $0.hasPrefix(".udlevering.") }) {
        sawHidden = true
        kill(p.processIdentifier, SIGINT)
        break
      }
      usleep(200)
    }
    let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(!names.contains { $0.hasPrefix(".") }, "\(names)")
    if sawHidden {
      // Stopped mid-write: nothing of the hand-outs is left.
      #expect(p.terminationStatus == 130, "\(text)")
      #expect(!FileManager.default.fileExists(atPath: folder))
    } else {
      // Finished before the hidden folder was seen: the folder is whole.
      #expect(p.terminationStatus == 0)
      #expect(FileManager.default.fileExists(atPath: folder + "/.milen"))
    }
  }
}
