import Foundation
import MilenTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sends one HTTP request to 127.0.0.1:port and returns the answer's text.
private func request(port: Int, _ text: String) -> String {
  let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
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
  guard connected == 0 else { return "" }
  _ = text.withCString { send(fd, $0, strlen($0), 0) }
  var out: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 4096)
  while true {
    let n = recv(fd, &buffer, buffer.count, 0)
    if n <= 0 { break }
    out += buffer[0..<n]
  }
  return String(decoding: out, as: UTF8.self)
}

/// `milen serve` on a copy of the Aulum week at a free port: the process, its port, and its
/// standard error.
private func serve(_ dir: URL) throws -> (Process, Int, Pipe) {
  let week = dir.appendingPathComponent("week.json")
  try FileManager.default.copyItem(
    at: packageRoot().appendingPathComponent("Fixtures/aulum.json"), to: week)
  let p = Process()
  p.executableURL = try milenExecutable()
  p.arguments = ["serve", week.path, "--port", "0"]
  let out = Pipe()
  let err = Pipe()
  p.standardOutput = out
  p.standardError = err
  try p.run()
  var seen = ""
  while !seen.contains("\n"), p.isRunning {
    let data = out.fileHandleForReading.availableData
    if data.isEmpty { break }
    seen += String(decoding: data, as: UTF8.self)
  }
  let port = seen.split(separator: ":").compactMap { Int($0.prefix { $0.isNumber }) }.last ?? 0
  return (p, port, err)
}

@Suite("serve at the command line: signals with unsaved edits, tokens")
struct ServeCLITests {
  @Test("SIGTERM with unsaved edits says so and exits 143; without, it stops quietly with 0")
  func unsavedOnSignal() throws {
    let dir = try temporaryDirectory()
    let (p, port, err) = try serve(dir)
    #expect(port > 0)
    let body = #"{"participant":"p15","company":"greenbox","days":["fri"]}"#
    let answer = request(
      port: port,
      "POST /api/lock HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/json\r\n"
        + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)")
    #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer.prefix(200))")
    kill(p.processIdentifier, SIGTERM)
    let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 143, "\(text)")
    // The page's language (Danish by default) says it.
    #expect(text.contains("med ændringer, der ikke er gemt"), "\(text)")

    let quiet = try temporaryDirectory()
    let (q, _, qerr) = try serve(quiet)
    kill(q.processIdentifier, SIGTERM)
    let qtext = String(decoding: qerr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    q.waitUntilExit()
    #expect(q.terminationStatus == 0, "\(qtext)")
    #expect(!qtext.contains("ikke er gemt") && qtext.contains("milen: stoppet"), "\(qtext)")
  }

  @Test("a token of sixteen same characters is refused, from --token and from MILEN_TOKEN")
  func weakTokens() throws {
    let weak = String(repeating: "a", count: 16)
    let r = try milen(["serve", "--host", "0.0.0.0", "--port", "0", "--token", weak])
    #expect(r.code == 64)
    // In the page's language, Danish unless --lang en.
    #expect(r.err.contains("mindst 8 forskellige tegn"), "\(r.err)")
    let e = try milen(
      ["serve", "--host", "0.0.0.0", "--port", "0"], environment: ["MILEN_TOKEN": weak])
    #expect(e.code == 64)
    #expect(e.err.contains("mindst 8 forskellige tegn"), "\(e.err)")
    let en = try milen([
      "serve", "--host", "0.0.0.0", "--port", "0", "--token", weak, "--lang", "en",
    ])
    #expect(en.code == 64)
    #expect(en.err.contains("different characters"), "\(en.err)")
  }
}
