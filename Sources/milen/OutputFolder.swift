import Foundation
import MilenFormats
import MilenReports
import MilenWorkflow

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
    do {
      try FolderOutput.write(
        files, into: folder, protecting: inputs, temporaries: SignalGuard.current?.temporaries)
    } catch {
      throw Failure.cannotWrite(Reporting.localizer.say(error.problem))
    }
  }

  /// Writes `files` as the whole content of `folder`, swapped in when complete, so nothing
  /// partial or stale is ever left (``FolderOutput/replace(_:folder:protecting:known:temporaries:)``).
  static func replace(
    _ files: [(path: String, text: String)], folder: String, protecting inputs: [String]
  ) throws {
    do {
      try FolderOutput.replace(
        files, folder: folder, protecting: inputs, known: Handouts.folders,
        temporaries: SignalGuard.current?.temporaries)
    } catch {
      throw Failure.cannotWrite(Reporting.localizer.say(error.problem))
    }
  }

  /// The time written as the calendars' DTSTAMP: `SOURCE_DATE_EPOCH` when set (reproducible
  /// output), else now.
  static var stamp: Date { FolderOutput.stamp }
}
