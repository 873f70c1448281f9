import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import MilenFormats
import MilenModel
import MilenReports
import MilenSeason
import MilenWorkflow

/// How the server listens and who may use it.
public struct ServeAccess: Sendable {
  /// The address bound (default `127.0.0.1`).
  public var host: String
  /// The port (0: any free port).
  public var port: Int
  /// The token every request must carry, when set: `Authorization: Bearer TOKEN`, or the cookie
  /// that `/?token=TOKEN` sets.
  public var token: String?
  /// Seconds a connection may stay silent (also while its request headers arrive) before it
  /// is closed: a half-open connection holds no file for long.
  public var idleTimeout: Double
  /// The most connections open at once; more wait in the listen queue, so the server never
  /// runs out of files (a desktop allows 1,024).
  public var maxConnections: Int

  /// The fewest different characters a token may hold.
  public static let leastDistinctTokenCharacters = 8

  /// The default idle timeout, seconds.
  public static let defaultIdleTimeout = 10.0
  /// The default cap on open connections.
  public static let defaultMaxConnections = 128

  /// Access settings.
  public init(
    host: String = "127.0.0.1", port: Int = 8080, token: String? = nil,
    idleTimeout: Double = ServeAccess.defaultIdleTimeout,
    maxConnections: Int = ServeAccess.defaultMaxConnections
  ) {
    self.host = host
    self.port = port
    self.token = token
    self.idleTimeout = idleTimeout
    self.maxConnections = maxConnections
  }

  /// Whether the address is this machine's own: `127.0.0.0/8`, `::1` or `localhost`.
  public static func isLoopback(_ host: String) -> Bool {
    let h = host.lowercased()
    if h == "localhost" || h == "::1" || h == "[::1]" { return true }
    let parts = h.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) else { return false }
    return parts[0] == "127"
  }

  /// Why these settings are refused, or nil: another address than loopback needs a token, and
  /// a token must be long enough to guess at no better than by chance.
  public func problem() -> String? { issue().map { Localizer.english.say(.usage($0)) } }

  /// Why these settings are refused, as a typed value (said in the reader's language), or nil.
  public func issue() -> CommandMessage.Usage? {
    if let token {
      if token.count < 16 { return .tokenTooShort(least: 16) }
      // `aaaaaaaaaaaaaaaa` or `abababab...` is long but guessed at once.
      if Set(token).count < ServeAccess.leastDistinctTokenCharacters {
        return .tokenFewCharacters(least: ServeAccess.leastDistinctTokenCharacters)
      }
      if !token.unicodeScalars.allSatisfy({
        $0.isASCII && $0.value > 0x20 && $0 != ";" && $0 != ","
          && $0 != "\"" && $0 != "\\" && $0.value < 0x7F
      }) {
        return .tokenCharacters
      }
    } else if !ServeAccess.isLoopback(host) {
      return .hostNeedsToken(host: host)
    }
    if !(0...65535).contains(port) {
      return .range(option: "--port", from: 0, to: 65535, between: true)
    }
    return nil
  }
}

/// The planning page as a Hummingbird application: the routes, the token check, and the
/// guards against other web pages driving the page (docs/serve.md).
public enum ServeApp {
  /// The most a request body may hold.
  static let maxBody = 256 * 1024
  /// The name of the cookie that carries the token.
  static let cookieName = "milen_token"

  /// The router of a workbench.
  public static func router(_ bench: Workbench, access: ServeAccess) -> Router<
    BasicRequestContext
  > {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: Guard(access: access, language: bench.localizer))
    let l = bench.localizer
    router.get("/") { request, _ -> Response in
      if access.token != nil, request.uri.queryParameters.get("token") != nil {
        // The token was right (the guard checked it): keep it in a cookie, and drop it from
        // the address bar and the history.
        var r = Response(status: .seeOther, headers: [.location: "/"])
        r.setCookie(
          Cookie(
            name: cookieName, value: access.token!, path: "/", httpOnly: true, sameSite: .strict))
        return r
      }
      return html(bench.renderedPage().document)
    }
    router.get("/page.js") { _, _ in
      text(PageAssets.script, type: "text/javascript; charset=utf-8")
    }
    router.get("/page.css") { _, _ in
      text(PageAssets.style + SeasonRender.style, type: "text/css; charset=utf-8")
    }
    router.get("/api/state") { _, _ in await state(bench) }
    router.get("/api/audiences") { _, _ in html(bench.audienceLinks()) }
    // A large week's grid: a page of people (`?page=N`, from 1), or the people a search finds
    // (`?q=TEXT`: name or id), as the HTML of the page's grid view.
    router.get("/api/grid") { request, _ -> Response in
      let query = request.uri.queryParameters
      if let q = query.get("q"), !q.trimmingCharacters(in: .whitespaces).isEmpty {
        guard q.count <= PageRenderer.maxQuery else {
          throw ServeError(
            .badRequest, field: "q", l.t("serve.error.query", String(PageRenderer.maxQuery)))
        }
        return html(bench.gridSearch(q))
      }
      let given = query.get("page") ?? "1"
      guard let page = Int(given), let view = bench.gridPage(page) else {
        throw ServeError(
          .notFound, field: "page", l.t("serve.error.page", given, String(bench.gridPages())))
      }
      return html(view)
    }
    router.get("/plan.json") { _, _ in
      let st = await bench.snapshot()
      return text(PlanFile.jsonText(st.plan), type: "application/json")
    }
    router.get("/download/**") { _, context -> Response in
      let path = context.parameters.getCatchAll().joined(separator: "/")
      guard let body = try await bench.download(path) else {
        throw ServeError(.notFound, field: "path", l.t("serve.error.noFile", path))
      }
      let name = path.split(separator: "/").last.map(String.init) ?? "file"
      var r = text(body, type: contentType(of: name))
      r.headers[.contentDisposition] = "attachment; filename=\"\(name)\""
      return r
    }
    router.post("/api/lock") { request, _ in
      let b = try await Body.read(request, l)
      try await bench.lock(
        participant: try b.string("participant"), company: try b.string("company"),
        days: try b.strings("days"))
      return await state(bench)
    }
    router.post("/api/move") { request, _ in
      let b = try await Body.read(request, l)
      try await bench.approveMove(try b.string("move"))
      return await state(bench)
    }
    router.post("/api/unlock") { request, _ in
      let b = try await Body.read(request, l)
      try await bench.unlock(participant: try b.string("participant"))
      return await state(bench)
    }
    router.post("/api/ban") { request, _ in
      let b = try await Body.read(request, l)
      try await bench.ban(
        participant: try b.string("participant"), company: try b.string("company"))
      return await state(bench)
    }
    router.post("/api/unban") { request, _ in
      let b = try await Body.read(request, l)
      try await bench.unban(
        participant: try b.string("participant"), company: try b.string("company"))
      return await state(bench)
    }
    router.post("/api/session") { request, _ in
      let b = try await Body.read(request, l)
      try await bench.session(
        participant: try b.string("participant"), activity: try b.string("activity"))
      return await state(bench)
    }
    router.post("/api/replan") { request, _ in
      _ = try await Body.read(request, l)
      try await bench.replan()
      return await state(bench)
    }
    router.post("/api/whatif") { request, _ in
      let b = try await Body.read(request, l)
      guard let value = b.value["value"] else {
        throw ServeError(.badRequest, field: "value", l.t("serve.error.required"))
      }
      try await bench.whatIf(kind: try b.string("kind"), value: value)
      return await state(bench)
    }
    router.post("/api/whatif/keep") { request, _ in
      _ = try await Body.read(request, l)
      try await bench.keepWhatIf()
      return await state(bench)
    }
    router.post("/api/whatif/drop") { request, _ in
      _ = try await Body.read(request, l)
      try await bench.dropWhatIf()
      return await state(bench)
    }
    router.post("/api/save") { request, _ in
      _ = try await Body.read(request, l)
      try await bench.save()
      return await state(bench)
    }
    router.post("/api/load") { request, _ in
      _ = try await Body.read(request, l)
      try await bench.load()
      return await state(bench)
    }
    router.post("/api/handout") { request, _ in
      _ = try await Body.read(request, l)
      try await bench.handOut()
      return await state(bench)
    }
    return router
  }

  /// The application, bound as `access` says; `onRunning` is called with the URL once the
  /// server listens.
  public static func application(
    _ bench: Workbench, access: ServeAccess,
    onRunning: @escaping @Sendable (String) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    var logger = Logger(label: "milen.serve")
    logger.logLevel = .warning
    let host = access.host
    return Application(
      router: router(bench, access: access),
      server: .http1(
        configuration: .init(
          idleTimeout: .milliseconds(Int64((access.idleTimeout * 1000).rounded())))),
      configuration: .init(
        address: .hostname(host, port: access.port), serverName: "milen",
        availableConnectionsDelegate: MaximumAvailableConnections(access.maxConnections)),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? access.port
        let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        await onRunning("http://\(shown):\(port)/")
      },
      logger: logger)
  }

  /// The page's content and state as JSON: what every action answers, rendered once when
  /// the state was published.
  static func state(_ bench: Workbench) async -> Response {
    text(bench.renderedPage().stateJSON, type: "application/json")
  }

  static func html(_ body: String) -> Response {
    text(body, type: "text/html; charset=utf-8")
  }

  static func text(_ body: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
    var r = Response(
      status: status, headers: [.contentType: type],
      body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    // Only this page's own files run: no inline script, no other origin, never in a frame.
    r.headers[.contentSecurityPolicy] =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    r.headers[.xContentTypeOptions] = "nosniff"
    r.headers[.cacheControl] = "no-store"
    return r
  }

  static func contentType(of name: String) -> String {
    switch name.split(separator: ".").last ?? "" {
    case "html": return "text/html; charset=utf-8"
    case "ics": return "text/calendar; charset=utf-8"
    case "csv": return "text/csv; charset=utf-8"
    case "json": return "application/json"
    default: return "text/plain; charset=utf-8"
    }
  }

  /// An error as JSON: `{"error": message, "field": field}`, with its status.
  static func errorResponse(_ e: ServeError) -> Response {
    var o: [(String, JSONValue)] = [("error", .string(e.message))]
    if let f = e.field { o.append(("field", .string(f))) }
    let status = HTTPResponse.Status(code: e.status)
    var r = text(JSONValue.object(o).jsonText() + "\n", type: "application/json", status: status)
    if e.kind == .unauthorized { r.headers[.wwwAuthenticate] = "Bearer" }
    return r
  }
}

/// A request's JSON body, with each field read by name; a missing or mistyped field is a 400
/// that names it.
struct Body {
  var value: JSONValue
  var l: Localizer

  static func read(_ request: Request, _ l: Localizer) async throws -> Body {
    var req = request
    let buffer: ByteBuffer
    do {
      buffer = try await req.collectBody(upTo: ServeApp.maxBody)
    } catch {
      throw ServeError(.badRequest, l.t("serve.error.tooLarge", String(ServeApp.maxBody)))
    }
    let text = String(buffer: buffer)
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      return Body(value: .object([]), l: l)
    }
    do {
      let v = try JSONValue.parseJSON(text)
      guard case .object = v else {
        throw ServeError(.badRequest, l.t("serve.error.notObject", l.shape(v.shape)))
      }
      return Body(value: v, l: l)
    } catch let e as ParseError {
      throw ServeError(.badRequest, l.t("serve.error.json", l.say(e)))
    }
  }

  func string(_ key: String) throws(ServeError) -> String {
    guard let v = value[key] else {
      throw ServeError(.badRequest, field: key, l.t("serve.error.required"))
    }
    guard case .string(let s) = v else {
      throw ServeError(.badRequest, field: key, l.t("serve.error.string", l.shape(v.shape)))
    }
    return s
  }

  func strings(_ key: String) throws(ServeError) -> [String] {
    guard let v = value[key], v != .null else { return [] }
    guard case .array(let items) = v else {
      throw ServeError(.badRequest, field: key, l.t("serve.error.list", l.shape(v.shape)))
    }
    return try items.enumerated().map { (i, x) throws(ServeError) -> String in
      guard case .string(let s) = x else {
        throw ServeError(
          .badRequest, field: "\(key)[\(i)]", l.t("serve.error.string", l.shape(x.shape)))
      }
      return s
    }
  }
}

/// Every request passes here first: the token (when one is set), then the host and origin
/// (another web page must not drive this one), and the error mapping.
struct Guard<Context: RequestContext>: RouterMiddleware {
  let access: ServeAccess
  let language: Localizer

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let l = language
    do {
      if let token = access.token {
        let given =
          bearer(request)
          ?? (request.uri.path == "/"
            ? request.uri.queryParameters.get("token").map { String($0) } : nil)
          ?? request.cookies[ServeApp.cookieName]?.value
        guard let given, Guard.same(given, token) else {
          throw ServeError(.unauthorized, l.t("serve.error.token"))
        }
      } else if let host = request.head.authority.map(Guard.hostName),
        !ServeAccess.isLoopback(host), host != access.host.lowercased()
      {
        // Bound to this machine only: a page of another name that resolves here (DNS
        // rebinding) is refused.
        throw ServeError(.forbidden, l.t("serve.error.host", host))
      }
      if request.method == .post {
        if let origin = request.headers[.origin], let authority = request.head.authority,
          origin != "http://\(authority)"
        {
          throw ServeError(.forbidden, l.t("serve.error.origin", origin))
        }
        let type = request.headers[.contentType]?.lowercased() ?? ""
        if !type.hasPrefix("application/json") {
          throw ServeError(.badRequest, l.t("serve.error.contentType"))
        }
      }
      return try await next(request, context)
    } catch let e as ServeError {
      return ServeApp.errorResponse(e)
    }
  }

  func bearer(_ request: Request) -> String? {
    guard let h = request.headers[.authorization], h.lowercased().hasPrefix("bearer ") else {
      return nil
    }
    return String(h.dropFirst(7)).trimmingCharacters(in: .whitespaces)
  }

  /// `host:port` or `[v6]:port` -> the host, in lower case.
  static func hostName(_ authority: String) -> String {
    let a = authority.lowercased()
    if a.hasPrefix("["), let close = a.firstIndex(of: "]") {
      return String(a[a.startIndex...close])
    }
    if let colon = a.lastIndex(of: ":") { return String(a[..<colon]) }
    return a
  }

  /// Compares in time independent of where the strings differ.
  static func same(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    var diff = UInt8(x.count == y.count ? 0 : 1)
    for i in 0..<max(x.count, y.count) {
      diff |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
    }
    return diff == 0
  }
}
