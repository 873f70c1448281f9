import Foundation

/// Writing several files into a folder, each atomically through ``AtomicFile``; the folder
/// and its subfolders are made when missing.
public enum FolderOutput {
  /// Writes `files` (relative path -> text) under `folder`, never over one of `inputs`. A
  /// relative path that climbs out of the folder (`..`) or is absolute is refused.
  public static func write(
    _ files: [(path: String, text: String)], into folder: String, protecting inputs: [String],
    temporaries: AtomicFile.TemporaryFiles? = nil
  ) throws(AtomicFile.WriteError) {
    let base = URL(fileURLWithPath: folder)
    var made = Set<String>()
    for f in files {
      let parts = f.path.split(separator: "/", omittingEmptySubsequences: false)
      if f.path.hasPrefix("/") || parts.contains(where: { $0 == ".." || $0.isEmpty }) {
        throw AtomicFile.WriteError(description: "refusing to write \(f.path) outside \(folder)")
      }
      let url = base.appendingPathComponent(f.path)
      let dir = url.deletingLastPathComponent().path
      if !made.contains(dir) {
        do {
          try FileManager.default.createDirectory(
            atPath: dir, withIntermediateDirectories: true)
        } catch {
          throw AtomicFile.WriteError(
            description: "cannot make the folder \(dir): \(error.localizedDescription)")
        }
        made.insert(dir)
      }
      do {
        try AtomicFile.write(f.text, to: url.path, protecting: inputs, temporaries: temporaries)
      } catch let e as AtomicFile.WriteError {
        throw e
      } catch {
        throw AtomicFile.WriteError(description: "cannot write \(url.path): \(error)")
      }
    }
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
