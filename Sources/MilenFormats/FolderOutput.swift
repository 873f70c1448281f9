import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing several files into a folder, each atomically through ``AtomicFile``; the folder
/// and its subfolders are made when missing.
public enum FolderOutput {
  /// Writes `files` (relative path -> text) under `folder`, never over one of `inputs`. A
  /// relative path that climbs out of the folder (`..`) or is absolute is refused.
  public static func write(
    _ files: [(path: String, text: String)], into folder: String, protecting inputs: [String],
    temporaries: AtomicFile.TemporaryFiles? = nil
  ) throws(AtomicFile.WriteError) {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw AtomicFile.WriteError(.cannotMakeFolder(folder, reason: error.localizedDescription))
    }
    try write(files, inExisting: folder, protecting: inputs, temporaries: temporaries)
  }

  /// Writes `files` under `folder`, which exists: its subfolders are made one level at a time,
  /// so a folder removed meanwhile (a signal removes a hidden work folder) is never made again.
  static func write(
    _ files: [(path: String, text: String)], inExisting folder: String,
    protecting inputs: [String], temporaries: AtomicFile.TemporaryFiles?
  ) throws(AtomicFile.WriteError) {
    let base = URL(fileURLWithPath: folder)
    var made = Set<String>()
    for f in files {
      let parts = f.path.split(separator: "/", omittingEmptySubsequences: false)
      if f.path.hasPrefix("/") || parts.contains(where: { $0 == ".." || $0.isEmpty }) {
        throw AtomicFile.WriteError(.outsideFolder(f.path, folder: folder))
      }
      var dir = base
      for part in parts.dropLast() {
        dir = dir.appendingPathComponent(String(part))
        if made.contains(dir.path) { continue }
        if mkdir(dir.path, 0o755) != 0 && errno != EEXIST {
          throw AtomicFile.WriteError(
            .cannotMakeFolder(dir.path, reason: String(cString: strerror(errno))))
        }
        made.insert(dir.path)
      }
      let url = base.appendingPathComponent(f.path)
      do {
        try AtomicFile.write(f.text, to: url.path, protecting: inputs, temporaries: temporaries)
      } catch let e as AtomicFile.WriteError {
        throw e
      } catch {
        throw AtomicFile.WriteError(.system(url.path, reason: "\(error)"))
      }
    }
  }

  /// Writes `files` as new files (mode 0600) under `folder`, a folder this program has just
  /// made and nobody else writes into, then flushes them to disk at once: one `syncfs` of the
  /// folder's file system where the C library has it (Linux), else one `fsync` per file. A
  /// path that climbs out of the folder or exists already is refused. Writing a hand-out folder
  /// of 17,000 files this way avoids two `fsync` calls and a rename per file (issue 22: `view
  /// --all` at L was waiting on the disk for two thirds of its time).
  static func fresh(_ files: [(path: String, text: String)], into folder: String)
    throws(AtomicFile.WriteError)
  {
    var made: Set<String> = [folder]
    var written: [String] = []
    written.reserveCapacity(files.count)
    for f in files {
      let parts = f.path.split(separator: "/", omittingEmptySubsequences: false)
      if f.path.hasPrefix("/") || parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) {
        throw AtomicFile.WriteError(.outsideFolder(f.path, folder: folder))
      }
      var dir = folder
      for p in parts.dropLast() {
        dir += "/" + p
        if made.insert(dir).inserted, mkdir(dir, 0o700) != 0, errno != EEXIST {
          throw AtomicFile.WriteError(
            .cannotMakeFolder(dir, reason: String(cString: strerror(errno))))
        }
      }
      let path = folder + "/" + f.path
      let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      guard fd >= 0 else {
        throw AtomicFile.WriteError(.system(path, reason: String(cString: strerror(errno))))
      }
      if let err = AtomicFile.writeAll(Array(f.text.utf8), fd: fd) {
        close(fd)
        throw AtomicFile.WriteError(.system(path, reason: String(cString: strerror(err))))
      }
      if close(fd) != 0 && errno != EINTR {
        throw AtomicFile.WriteError(.system(path, reason: String(cString: strerror(errno))))
      }
      written.append(path)
    }
    if let err = flush(folder: folder, files: written) {
      throw AtomicFile.WriteError(.system(folder, reason: String(cString: strerror(err))))
    }
  }

  /// Puts `files` (all under `folder`) on disk: `syncfs` once when the C library offers it,
  /// else `fsync` of each file; the `errno` of a failure, or nil.
  private static func flush(folder: String, files: [String]) -> Int32? {
    #if os(Linux)
      // glibc has syncfs(2) since 2.14, but Swift's Glibc module does not declare it.
      if let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") {
        typealias SyncFS = @convention(c) (Int32) -> Int32
        let syncfs = unsafeBitCast(sym, to: SyncFS.self)
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
          let r = syncfs(fd)
          let err = errno
          close(fd)
          return r == 0 ? nil : err
        }
      }
    #endif
    for path in files {
      let fd = open(path, O_RDONLY | O_CLOEXEC)
      guard fd >= 0 else { return errno }
      let r = fsync(fd)
      let err = errno
      close(fd)
      if r != 0 { return err }
    }
    return nil
  }

  /// The file that marks a folder as written whole by ``replace(_:folder:protecting:known:temporaries:)``,
  /// so that a later run may replace it.
  public static let marker = ".milen"

  /// Writes `files` as the whole content of `folder`: into a new hidden folder beside it
  /// (`.NAME.RANDOM.tmp`, mode 0700), which is then swapped in for the old folder, and the
  /// old one removed. Nothing partial is ever visible under `folder`, and no file of an
  /// earlier run (an audience that is gone) is left. An existing `folder` is replaced only
  /// when it is empty, holds the marker ``marker``, or holds nothing but the folders in
  /// `known` (an earlier hand-out folder); a symlink or any other folder is refused, so a
  /// mistyped `-o ~` never removes anything. A signal removes the hidden folder.
  public static func replace(
    _ files: [(path: String, text: String)], folder: String, protecting inputs: [String],
    known: Set<String> = [], temporaries: AtomicFile.TemporaryFiles? = nil
  ) throws(AtomicFile.WriteError) {
    let fm = FileManager.default
    var trimmed = folder
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
    let target = URL(fileURLWithPath: trimmed).standardizedFileURL
    let parent = target.deletingLastPathComponent()
    let name = target.lastPathComponent
    if name == "/" || name == "." || name == ".." || name.isEmpty {
      throw AtomicFile.WriteError(.folderAsWhole(folder))
    }
    for p in inputs {
      let input = URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path
      let t = target.resolvingSymlinksInPath().path
      if input == t || input.hasPrefix(t + "/") {
        throw AtomicFile.WriteError(.folderHoldsInput(folder, input: p))
      }
    }
    var st = stat()
    let exists = lstat(target.path, &st) == 0
    if exists {
      if st.st_mode & S_IFMT == S_IFLNK {
        throw AtomicFile.WriteError(.folderIsLink(folder))
      }
      if st.st_mode & S_IFMT != S_IFDIR {
        throw AtomicFile.WriteError(.folderIsFile(folder))
      }
      let entries = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
      let ours = entries.contains(marker) || entries.allSatisfy { known.contains($0) }
      if !ours {
        throw AtomicFile.WriteError(.folderNotOurs(folder))
      }
    }
    do {
      try fm.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw AtomicFile.WriteError(
        .cannotMakeFolder(parent.path, reason: error.localizedDescription))
    }
    func hidden(_ kind: String) -> String {
      let random = (0..<12).map { _ in String(UInt8.random(in: 0..<16), radix: 16) }.joined()
      return parent.appendingPathComponent(".\(name).\(random).\(kind)").path
    }
    let work = hidden("tmp")
    guard mkdir(work, 0o700) == 0 else {
      throw AtomicFile.WriteError(.system(folder, reason: String(cString: strerror(errno))))
    }
    if let temporaries, !temporaries.addFolder(work) {
      try? fm.removeItem(atPath: work)
      throw AtomicFile.WriteError(.stopping(folder))
    }
    func abandon() {
      try? fm.removeItem(atPath: work)
      temporaries?.removeFolder(work)
    }
    do {
      // The hidden folder is new, private and ours: its files need no atomic replacement of
      // their own (the swap below is the atomic step), only to be on disk before the swap.
      try fresh(
        files + [
          (marker, "milen: this folder is written whole and replaced by the next hand-out\n")
        ],
        into: work)
    } catch let e as AtomicFile.WriteError {
      abandon()
      throw AtomicFile.WriteError(e.problem.replacing(work, with: target.path))
    } catch {
      abandon()
      throw AtomicFile.WriteError(.system(folder, reason: "\(error)"))
    }
    let old = hidden("old")
    let swap: () -> Int32 = {
      if exists {
        if rename(target.path, old) != 0 { return errno }
        if rename(work, target.path) != 0 {
          let err = errno
          _ = rename(old, target.path)
          return err
        }
        return 0
      }
      return rename(work, target.path) == 0 ? 0 : errno
    }
    let result: Int32? =
      if let temporaries { temporaries.commitFolder(work, swap) } else { swap() }
    guard let result else {
      abandon()
      throw AtomicFile.WriteError(.stopping(folder))
    }
    if result != 0 {
      abandon()
      throw AtomicFile.WriteError(
        .cannotPutInPlace(folder, reason: String(cString: strerror(result))))
    }
    if exists { try? fm.removeItem(atPath: old) }
  }

  /// The time written as the calendars' DTSTAMP: `SOURCE_DATE_EPOCH` when set (reproducible
  /// output), else now.
  public static var stamp: Date {
    if let s = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let t = Double(s) {
      return Date(timeIntervalSince1970: t)
    }
    return Date()
  }
}
