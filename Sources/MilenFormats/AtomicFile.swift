import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing output files safely (docs/security.md).
///
/// - A regular file (or a new one) is replaced atomically: the text goes to a temporary file
///   with a random name, created with `O_CREAT|O_EXCL|O_NOFOLLOW` in the target's folder (so a
///   planted file or symlink is never followed or reused), written, flushed to disk with
///   `fsync`, and renamed over the target. The temporary file is removed on every error, and
///   by ``TemporaryFiles/removeAll()`` when a signal ends the program.
/// - A new file is created with mode 0600 (plans and scenarios hold personal data); an existing
///   file keeps at most its owner's and group's read and write bits (0644 becomes 0640, a
///   setuid bit is dropped).
/// - A symbolic link is never written through to a file (refused); a link to a device, such as
///   `/dev/stdout`, is written into.
/// - A device, FIFO or socket is written into directly and never replaced (`/dev/null` stays a
///   device); a write error such as `ENOSPC` (`/dev/full`) is an error.
/// - An input file is never overwritten, and an existing file only when `overwrite` is true.
public enum AtomicFile {
  /// Why a file could not be written.
  public struct WriteError: Error {
    /// Why, as a typed value (said in the reader's language by ``Localizer/say(_:)-(WriteProblem)``).
    public var problem: WriteProblem

    /// An error.
    public init(_ problem: WriteProblem) { self.problem = problem }
  }

  /// The temporary files being written right now, so that a signal handler can remove them
  /// before the program ends. Thread-safe.
  public final class TemporaryFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var folders: Set<String> = []
    private var closed = false

    /// An empty set.
    public init() {}

    /// Records a temporary file; false once ``removeAll()`` has run (the program is stopping,
    /// so nothing more may be written).
    func add(_ path: String) -> Bool {
      lock.lock()
      defer { lock.unlock() }
      if closed { return false }
      paths.insert(path)
      return true
    }

    /// Renames a finished temporary file over its target, unless the program is stopping:
    /// under the same lock as ``removeAll()``, so a file is either wholly written or not at all.
    /// Returns the `rename` result's errno (0 = renamed), or nil when stopping.
    func commit(_ path: String, to target: String) -> Int32? {
      lock.lock()
      defer { lock.unlock() }
      if closed { return nil }
      paths.remove(path)
      return rename(path, target) == 0 ? 0 : errno
    }

    func remove(_ path: String) {
      lock.lock()
      paths.remove(path)
      lock.unlock()
    }

    /// The temporary files not yet renamed or removed.
    public var pending: [String] {
      lock.lock()
      defer { lock.unlock() }
      return paths.sorted()
    }

    /// Records a temporary folder (a hand-out folder being written whole); false once
    /// ``removeAll()`` has run.
    func addFolder(_ path: String) -> Bool {
      lock.lock()
      defer { lock.unlock() }
      if closed { return false }
      folders.insert(path)
      return true
    }

    /// Runs `swap` (the renames that put a finished folder in place) under the same lock as
    /// ``removeAll()``, unless the program is stopping; the folder is no longer temporary.
    /// Returns swap's result, or nil when stopping.
    func commitFolder<T>(_ path: String, _ swap: () -> T) -> T? {
      lock.lock()
      defer { lock.unlock() }
      if closed { return nil }
      folders.remove(path)
      return swap()
    }

    /// Forgets a temporary folder (removed or put in place).
    func removeFolder(_ path: String) {
      lock.lock()
      folders.remove(path)
      lock.unlock()
    }

    /// The temporary folders not yet put in place or removed.
    public var pendingFolders: [String] {
      lock.lock()
      defer { lock.unlock() }
      return folders.sorted()
    }

    /// Removes every temporary file and folder still being written, and refuses any later one.
    public func removeAll() {
      lock.lock()
      defer { lock.unlock() }
      closed = true
      for p in paths { unlink(p) }
      paths = []
      for f in folders { try? FileManager.default.removeItem(atPath: f) }
      folders = []
    }
  }

  /// Writes `text` to `path`: atomically for a regular or new file, directly into a device or
  /// FIFO. Refuses to overwrite any of `protected` (input files), and an existing file unless
  /// `overwrite` is true. A new file gets `mode` (0600 by default).
  public static func write(
    _ text: String, to path: String, protecting protected: [String] = [], overwrite: Bool = true,
    mode: mode_t = 0o600, temporaries: TemporaryFiles? = nil
  ) throws {
    let given = URL(fileURLWithPath: path).standardizedFileURL
    let target = given.resolvingSymlinksInPath()
    for p in protected {
      let input = URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath()
      if input.path == target.path {
        throw WriteError(.overwriteInput(p))
      }
    }
    let bytes = Array(text.utf8)
    var link = stat()
    let isLink = lstat(given.path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
    var st = stat()
    if stat(target.path, &st) == 0 {
      let kind = st.st_mode & S_IFMT
      if kind == S_IFDIR { throw WriteError(.isAFolder(path)) }
      if kind != S_IFREG {
        // A device, FIFO or socket (also behind a link, as /dev/stdout is): write into it,
        // never replace it.
        try writeInto(bytes, path: target.path, shown: path)
        return
      }
    }
    if isLink {
      // A link to a file (or to nowhere) is never followed: the data would land wherever the
      // link points, with that file's mode.
      throw WriteError(.symbolicLink(path))
    }
    let replaced = given.deletingLastPathComponent().resolvingSymlinksInPath()
      .appendingPathComponent(given.lastPathComponent)
    if stat(replaced.path, &st) == 0 {
      if !overwrite {
        throw WriteError(.existingFile(path))
      }
      // Personal data: an existing file keeps at most its owner's and group's read and write
      // bits; others' bits, execute and setuid, setgid and sticky bits are dropped.
      try replace(
        bytes, target: replaced, shown: path, mode: st.st_mode & 0o660, temporaries: temporaries)
    } else {
      try replace(bytes, target: replaced, shown: path, mode: mode, temporaries: temporaries)
    }
  }

  private static func failure(_ shown: String, _ err: Int32) -> WriteError {
    WriteError(.system(shown, reason: String(cString: strerror(err))))
  }

  /// Writes every byte to an open descriptor, retrying after signals and partial writes;
  /// the `errno` of a failure, or nil.
  public static func writeAll(_ bytes: [UInt8], fd: Int32) -> Int32? {
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { buf in
        Foundation.write(fd, buf.baseAddress! + done, bytes.count - done)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      if n == 0 { return EIO }
      done += n
    }
    return nil
  }

  private static func writeInto(_ bytes: [UInt8], path: String, shown: String) throws {
    let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else { throw failure(shown, errno) }
    if let err = writeAll(bytes, fd: fd) {
      close(fd)
      throw failure(shown, err)
    }
    if close(fd) != 0 && errno != EINTR { throw failure(shown, errno) }
  }

  private static func replace(
    _ bytes: [UInt8], target: URL, shown: String, mode: mode_t, temporaries: TemporaryFiles?
  ) throws {
    let dir = target.deletingLastPathComponent()
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue
    else {
      throw WriteError(.noFolder(shown, folder: dir.path))
    }
    var fd: Int32 = -1
    var tmp = ""
    for _ in 0..<16 {
      let random = (0..<12).map { _ in String(UInt8.random(in: 0..<16), radix: 16) }.joined()
      tmp = dir.appendingPathComponent(".\(target.lastPathComponent).\(random).tmp").path
      fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if fd >= 0 || errno != EEXIST { break }
    }
    guard fd >= 0 else { throw failure(shown, errno) }
    if let temporaries, !temporaries.add(tmp) {
      close(fd)
      unlink(tmp)
      throw WriteError(.stopping(shown))
    }
    func fail(_ err: Int32) -> WriteError {
      close(fd)
      unlink(tmp)
      temporaries?.remove(tmp)
      return failure(shown, err)
    }
    if let err = writeAll(bytes, fd: fd) { throw fail(err) }
    if fchmod(fd, mode) != 0 { throw fail(errno) }
    if fsync(fd) != 0 { throw fail(errno) }
    if close(fd) != 0 {
      let err = errno
      unlink(tmp)
      temporaries?.remove(tmp)
      throw failure(shown, err)
    }
    let renamed: Int32? =
      if let temporaries { temporaries.commit(tmp, to: target.path) } else {
        rename(tmp, target.path) == 0 ? 0 : errno
      }
    guard let renamed else {
      unlink(tmp)
      throw WriteError(.stopping(shown))
    }
    if renamed != 0 {
      unlink(tmp)
      temporaries?.remove(tmp)
      throw failure(shown, renamed)
    }
    // The rename itself is made durable by flushing the folder (best effort).
    let dfd = open(dir.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dfd >= 0 {
      _ = fsync(dfd)
      close(dfd)
    }
  }
}
