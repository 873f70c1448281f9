import Foundation
import Hummingbird
import HummingbirdTesting
import MilenFormats
import MilenModel
import MilenReports
import MilenWorkflow
import Testing

@testable import MilenServe

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A TCP connection to 127.0.0.1:port that sends `text` and reads until the server closes it:
/// the bytes read, or nil when the read timed out (60 s, a guard against a hang only).
func halfOpen(port: Int, sending text: String) throws -> Int? {
  let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
  #expect(fd >= 0)
  defer { close(fd) }
  var addr = sockaddr_in()
  addr.sin_family = sa_family_t(AF_INET)
  addr.sin_port = in_port_t(UInt16(port).bigEndian)
  addr.sin_addr.s_addr = inet_addr("127.0.0.1")
  let connected = withUnsafePointer(to: &addr) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
      connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
    }
  }
  #expect(connected == 0)
  var guardTime = timeval(tv_sec: 60, tv_usec: 0)
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &guardTime, socklen_t(MemoryLayout<timeval>.size))
  _ = text.withCString { send(fd, $0, strlen($0), 0) }
  var total = 0
  var buffer = [UInt8](repeating: 0, count: 4096)
  while true {
    let n = recv(fd, &buffer, buffer.count, 0)
    if n == 0 { return total }
    if n < 0 {
      return errno == EINTR ? nil : (errno == EAGAIN || errno == EWOULDBLOCK ? nil : total)
    }
    total += n
  }
}

@Suite("serve: timeouts, connections, reads beside a re-plan, hand-outs once per plan")
struct ServeLimitsTests {
  @Test("a connection that sends half its headers and falls silent is closed by the server")
  func halfOpenHeadersClosed() async throws {
    let page = try Page(token: Page.token)
    var access = page.access
    access.idleTimeout = 0.3
    let app = ServeApp.application(page.bench, access: access)
    try await app.test(.live) { client in
      let port = try #require(client.port)
      // No token and no end of headers: before, the server waited for ever.
      let read = try halfOpen(port: port, sending: "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
      #expect(read == 0, "the server kept the half-open connection")
    }
  }

  @Test("a read answers while a re-plan is still running")
  func readsDoNotWait() async throws {
    let page = try Page()
    let bench = page.bench
    let release = DispatchSemaphore(value: 0)
    let entered = DispatchSemaphore(value: 0)
    let running = Task.detached {
      try await bench.perform { st in
        entered.signal()
        release.wait()
        st.notice = Notice(kind: "ok", text: "done")
      }
    }
    entered.wait()
    // The action holds the queue; the read must not wait for it.
    let st = await bench.snapshot()
    #expect(st.notice?.text != "done")
    release.signal()
    try await running.value
    #expect(await bench.snapshot().notice?.text == "done")
  }

  @Test("the hand-outs of a plan are rendered once, then served from memory until it changes")
  func handoutsOnce() async throws {
    let page = try Page()
    let bench = page.bench
    let st = await bench.snapshot()
    let counter = Counter()
    let render = { () throws -> [(path: String, text: String)] in
      counter.add()
      return try Workbench.handouts(st, bench.localizer)
    }
    let a = try bench.handoutFiles(st, render: render)
    let b = try bench.handoutFiles(st, render: render)
    #expect(counter.value == 1)
    #expect(a == b)
    #expect(a["koordinator/plan.json"] != nil)
    // Every download of the same plan is the same text.
    let path = try #require(a.keys.first { $0.hasPrefix(Handouts.companiesFolder + "/") })
    #expect(try await bench.download(path) == a[path])
    // A new plan version is rendered again.
    _ = try await bench.perform { st in st.notice = Notice(kind: "ok", text: "x") }
    let next = await bench.snapshot()
    _ = try bench.handoutFiles(next) {
      counter.add()
      return try Workbench.handouts(next, bench.localizer)
    }
    #expect(counter.value == 2)
  }
}

/// A thread-safe count.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var n = 0
  func add() { lock.withLock { n += 1 } }
  var value: Int { lock.withLock { n } }
}

@Suite("serve: saving keeps the original and the file's format")
struct ServeSaveTests {
  @Test("two saves of a week.yaml: YAML both times, and week.bak.yaml is the original")
  func yamlAndOriginalBackup() async throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "milen-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let original = try ScenarioFile.text(try BuiltIn.aulum(), format: .yaml)
    let path = dir.appendingPathComponent("week.yaml").path
    try original.write(toFile: path, atomically: true, encoding: .utf8)
    let files = ServeFiles(scenario: path, previous: nil)
    let bench = try Workbench(
      scenario: try ScenarioFile.decode(original, format: .yaml), last: nil, files: files,
      language: .da)
    for step in 0..<2 {
      if step == 0 {
        try await bench.lock(participant: "p15", company: "greenbox", days: ["fri"])
      } else {
        try await bench.unlock(participant: "p15")
      }
      try await bench.replan()
      try await bench.save()
      let text = try String(contentsOfFile: path, encoding: .utf8)
      #expect(!text.hasPrefix("{"), "JSON written over a YAML file")
      let saved = try ScenarioFile.decode(text, format: .yaml)
      #expect(saved == (await bench.snapshot()).planScenario)
    }
    let backup = try String(contentsOfFile: files.scenarioBackup, encoding: .utf8)
    #expect(files.scenarioBackup.hasSuffix("week.bak.yaml"))
    #expect(backup == original)
  }
}
