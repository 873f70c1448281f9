import CGLPK
import CGLPKGuard

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Model {
  /// The model in CPLEX LP format, written by GLPK (`glp_write_lp`).
  ///
  /// GLPK writes names that are not valid in LP files in a valid form (`x[1]` becomes
  /// `x(1)`) or replaces them with generic names, and writes the objective constant only as
  /// a comment. Runs synchronously on the calling thread.
  public func lpText() throws(SolverError) -> String {
    do {
      try validate()
    } catch {
      throw .invalidModel(error)
    }
    return try export { problem, path throws(SolverError) in
      var code: Int32 = 0
      guard cglpk_guarded_write_lp(problem, path, &code) == 0 else {
        throw .fatal(GLPKSession.fatalMessage)
      }
      guard code == 0 else { throw .exportFailed(GLPKSession.output) }
    }
  }

  /// The model in free MPS format, written by GLPK (`glp_write_mps` with `GLP_MPS_FILE`).
  ///
  /// A maximisation gets an `OBJSENSE MAX` section (GLPK's writer has none), which
  /// ``init(mpsText:)`` reads back. The objective constant is the right-hand side of the
  /// objective row (GLPK's convention). GLPK writes each number in at most 12 characters,
  /// so coefficients keep 6 to 12 significant digits. Runs synchronously on the calling
  /// thread.
  ///
  /// - Throws: ``SolverError/exportFailed(_:)`` for the few models GLPK's MPS writer cannot
  ///   express: a constraint named `R0000000` (GLPK's name for the objective row) or
  ///   `'MARKER'`, a name starting with `$` (a comment in free MPS), or a model without
  ///   constraints that has a variable with a zero objective coefficient.
  public func mpsText() throws(SolverError) -> String {
    do {
      try validate()
    } catch {
      throw .invalidModel(error)
    }
    if let row = rows.first(where: { $0.name == "R0000000" || $0.name == "'MARKER'" }) {
      throw .exportFailed(
        "the constraint name '\(row.name)' is reserved in GLPK's MPS files; rename it")
    }
    if let name = (columns.map(\.name) + rows.map(\.name)).first(where: { $0.hasPrefix("$") }) {
      throw .exportFailed("the name '\(name)' starts with '$', which begins a comment in MPS")
    }
    if rows.isEmpty, let column = columns.first(where: { $0.objective == 0 }) {
      throw .exportFailed(
        "GLPK cannot write variable '\(column.name)' to MPS: it appears in no constraint "
          + "and not in the objective, and the model has no constraints")
    }
    let text = try export { problem, path throws(SolverError) in
      var code: Int32 = 0
      guard cglpk_guarded_write_mps(problem, GLP_MPS_FILE, path, &code) == 0 else {
        throw .fatal(GLPKSession.fatalMessage)
      }
      guard code == 0 else { throw .exportFailed(GLPKSession.output) }
    }
    guard sense == .maximize else { return text }
    // Free MPS's optional OBJSENSE section goes right after NAME.
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let nameLine = lines.firstIndex { $0.hasPrefix("NAME") } ?? 0
    lines.insert(contentsOf: ["OBJSENSE", "    MAX"], at: nameLine + 1)
    return lines.joined(separator: "\n")
  }

  /// Reads free MPS text (as written by ``mpsText()`` or another tool) into a model:
  /// names, kinds, bounds, objective (constant included), constraints and, from an optional
  /// `OBJSENSE` section, the sense (minimise otherwise).
  ///
  /// GLPK's reader drops free (`N`) rows other than the objective, treats integer columns
  /// without bounds as [0, 1], and reads the objective row's right-hand side as the
  /// objective constant. Integer columns with bounds [0, 1] become `.binary`. Runs
  /// synchronously on the calling thread.
  ///
  /// - Throws: ``SolverError/importFailed(_:)`` with GLPK's message and line number when
  ///   the text is not valid MPS, or when the model read is not valid.
  public init(mpsText: String) throws(SolverError) {
    let (text, sense) = try Self.extractObjectiveSense(mpsText)
    let reentered = SolverError.importFailed(
      "another GLPK operation runs on this thread (called from a progress callback)")
    var model = try GLPKSession.run(echo: false, reentered: reentered) {
      () throws(SolverError) -> Model in
      let file = try TemporaryFile(failure: SolverError.importFailed)
      defer { file.remove() }
      try file.write(text, failure: SolverError.importFailed)
      return try GLPKSession.withProblem { problem throws(SolverError) -> Model in
        GLPKSession.clearOutput()
        var code: Int32 = 0
        guard cglpk_guarded_read_mps(problem, GLP_MPS_FILE, file.path, &code) == 0 else {
          throw .fatal(GLPKSession.fatalMessage)
        }
        guard code == 0 else {
          throw .importFailed(Self.readerMessage(GLPKSession.output, path: file.path))
        }
        return GLPKSession.model(from: problem)
      }
    }
    model.sense = sense
    do {
      try model.validate()
    } catch {
      throw .importFailed(error.description)
    }
    self = model
  }

  /// Writes the validated model with `write` into a temporary file and returns the text.
  private func export(
    _ write: (OpaquePointer, String) throws(SolverError) -> Void
  ) throws(SolverError) -> String {
    let reentered = SolverError.exportFailed(
      "another GLPK operation runs on this thread (called from a progress callback)")
    return try GLPKSession.run(echo: false, reentered: reentered) {
      () throws(SolverError) -> String in
      let file = try TemporaryFile(failure: SolverError.exportFailed)
      defer { file.remove() }
      try GLPKSession.withProblem { problem throws(SolverError) in
        GLPKSession.load(self, into: problem, relax: false)
        GLPKSession.clearOutput()
        try write(problem, file.path)
      }
      return try file.read(failure: SolverError.exportFailed)
    }
  }

  /// Removes an `OBJSENSE` section (GLPK's reader rejects it) and returns the sense it gave.
  /// Removed lines become comments so that GLPK's line numbers stay right.
  static func extractObjectiveSense(
    _ text: String
  ) throws(SolverError) -> (String, ObjectiveSense) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var sense = ObjectiveSense.minimize
    var i = 0
    while i < lines.count {
      let fields = lines[i].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
      guard let first = fields.first, first == "OBJSENSE", !lines[i].hasPrefix(" ") else {
        i += 1
        continue
      }
      lines[i] = "* " + lines[i]
      var word = fields.count > 1 ? String(fields[1]) : nil
      if word == nil {
        // The sense is on the next data line (which starts with white space).
        var k = i + 1
        while k < lines.count, lines[k].hasPrefix("*") || lines[k].isEmpty { k += 1 }
        if k < lines.count, let c = lines[k].first, c == " " || c == "\t" {
          word = lines[k].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            .first.map(String.init)
          lines[k] = "* " + lines[k]
        }
      }
      switch word?.uppercased() {
      case "MAX", "MAXIMIZE": sense = .maximize
      case "MIN", "MINIMIZE": sense = .minimize
      default:
        throw .importFailed("line \(i + 1): OBJSENSE must be followed by MAX or MIN")
      }
      i += 1
    }
    return (lines.joined(separator: "\n"), sense)
  }

  /// GLPK's reader output without the progress lines, with the temporary path replaced.
  static func readerMessage(_ output: String, path: String) -> String {
    let lines = output.split(separator: "\n").map(String.init)
      .filter { !$0.hasPrefix("Reading problem data") }
      .map { $0.replacing(path + ":", with: "line ") }
    let message = lines.filter { !$0.contains("warning") }.joined(separator: "; ")
    return message.isEmpty ? "GLPK could not read the MPS text" : message
  }
}

/// A temporary file, created with `mkstemp` so that concurrent exports never collide.
private struct TemporaryFile {
  let path: String

  init(failure: (String) -> SolverError) throws(SolverError) {
    let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array((directory + "/milen-glpk-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else {
      throw failure("cannot create a temporary file in \(directory) (errno \(errno))")
    }
    close(fd)
    path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }

  func remove() {
    unlink(path)
  }

  func write(_ text: String, failure: (String) -> SolverError) throws(SolverError) {
    guard let stream = fopen(path, "wb") else {
      throw failure("cannot open the temporary file \(path) (errno \(errno))")
    }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, stream) }
    let closed = fclose(stream)
    guard written == bytes.count, closed == 0 else {
      throw failure("cannot write the temporary file \(path)")
    }
  }

  func read(failure: (String) -> SolverError) throws(SolverError) -> String {
    guard let stream = fopen(path, "rb") else {
      throw failure("cannot open the temporary file \(path) (errno \(errno))")
    }
    defer { fclose(stream) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBufferPointer {
        fread($0.baseAddress, 1, $0.count, stream)
      }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
