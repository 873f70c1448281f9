import Foundation
import Testing

@testable import MilenFormats

/// Writing a folder whole (`FolderOutput.replace`): files written fresh into a private folder,
/// flushed at once, then swapped in.
@Suite("Folders written whole")
struct FolderOutputTests {
  func scratch() throws -> String {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("milen-folder-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test("fresh files: every file with its text, in subfolders, mode 0600")
  func freshFiles() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let files = (0..<300).map { i in ("sub\(i % 7)/f\(i).txt", "tekst \(i) æøå\n") }
    try FolderOutput.fresh(files, into: root)
    for (path, text) in files {
      #expect(try String(contentsOfFile: root + "/" + path, encoding: .utf8) == text)
      let mode =
        try FileManager.default.attributesOfItem(atPath: root + "/" + path)[
          .posixPermissions] as? Int
      #expect(mode == 0o600)
    }
  }

  @Test("fresh files: a path out of the folder, or one written twice, is refused")
  func freshRefuses() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    for bad in ["../out.txt", "/tmp/abs.txt", "a//b.txt", "a/./b.txt"] {
      #expect(throws: AtomicFile.WriteError.self) {
        try FolderOutput.fresh([(bad, "x")], into: root)
      }
    }
    #expect(!FileManager.default.fileExists(atPath: root + "/../out.txt"))
    #expect(throws: AtomicFile.WriteError.self) {
      try FolderOutput.fresh([("same.txt", "1"), ("same.txt", "2")], into: root)
    }
    #expect(try String(contentsOfFile: root + "/same.txt", encoding: .utf8) == "1")
  }

  @Test("replace: the new folder holds exactly the new files and the marker")
  func replaceWhole() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let out = root + "/handouts"
    try FolderOutput.replace([("a/x.txt", "1"), ("b/y.txt", "2")], folder: out, protecting: [])
    try FolderOutput.replace([("a/z.txt", "3")], folder: out, protecting: [])
    let left = try FileManager.default.subpathsOfDirectory(atPath: out).sorted()
    #expect(left == [FolderOutput.marker, "a", "a/z.txt"])
    let hidden = try FileManager.default.contentsOfDirectory(atPath: root).filter {
      $0.hasPrefix(".")
    }
    #expect(hidden.isEmpty)
  }
}
