import Foundation
import MilenIO

/// Writing several files into a folder, each atomically; the folder is made if missing.
enum OutputFolder {
  /// Whether an `--output` names a folder: it ends in `/` or is an existing folder.
  static func isFolder(_ path: String) -> Bool {
    var isDir: ObjCBool = false
    return path.hasSuffix("/")
      || (FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue)
  }

  /// Writes `files` (relative path -> text) under `folder`, never over an input.
  static func write(
    _ files: [(path: String, text: String)], into folder: String, protecting inputs: [String]
  ) throws {
    let base = URL(fileURLWithPath: folder)
    var made = Set<String>()
    for f in files {
      let url = base.appendingPathComponent(f.path)
      let dir = url.deletingLastPathComponent().path
      if !made.contains(dir) {
        do {
          try FileManager.default.createDirectory(
            atPath: dir, withIntermediateDirectories: true)
        } catch {
          throw Failure.cannotWrite("cannot make the folder \(dir): \(error.localizedDescription)")
        }
        made.insert(dir)
      }
      do {
        try AtomicFile.write(f.text, to: url.path, protecting: inputs)
      } catch {
        throw Failure.cannotWrite("\(error)")
      }
    }
  }

  /// The time written as the calendars' DTSTAMP: `SOURCE_DATE_EPOCH` when set (reproducible
  /// output), else now.
  static var stamp: Date {
    if let s = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let t = Double(s) {
      return Date(timeIntervalSince1970: t)
    }
    return Date()
  }
}
