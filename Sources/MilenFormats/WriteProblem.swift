import Foundation
import MilenModel

/// Why an output was not written (``AtomicFile/WriteError``): a typed value, rendered per
/// language in `WriteProblem+Words.swift`. Paths are shown as given; `reason` is the system's
/// own (`No space left on device`).
public enum WriteProblem: Hashable, Sendable {
  /// The output is one of the command's inputs.
  case overwriteInput(String)
  /// The output is a folder.
  case isAFolder(String)
  /// The output is a symbolic link.
  case symbolicLink(String)
  /// The output exists and may not be replaced (`generate` without `--force`).
  case existingFile(String)
  /// The system refused (its reason).
  case system(String, reason: String)
  /// The output's folder does not exist.
  case noFolder(String, folder: String)
  /// A signal came: nothing is written any more.
  case stopping(String)
  /// A file of a folder output that would land outside the folder.
  case outsideFolder(String, folder: String)
  /// A folder that cannot be made (the system's reason).
  case cannotMakeFolder(String, reason: String)
  /// A folder output that cannot be written as a whole (its name has no parent).
  case folderAsWhole(String)
  /// A folder output that holds one of the inputs.
  case folderHoldsInput(String, input: String)
  /// A folder output that is a symbolic link.
  case folderIsLink(String)
  /// A folder output that is a file.
  case folderIsFile(String)
  /// A folder output holding files milen did not write.
  case folderNotOurs(String)
  /// The written folder cannot be swapped in (the system's reason).
  case cannotPutInPlace(String, reason: String)

  /// The same problem with the path `from` shown as `to` (a hidden work folder as the folder
  /// it becomes).
  func replacing(_ from: String, with to: String) -> WriteProblem {
    func r(_ s: String) -> String { s.replacingOccurrences(of: from, with: to) }
    switch self {
    case .overwriteInput(let p): return .overwriteInput(r(p))
    case .isAFolder(let p): return .isAFolder(r(p))
    case .symbolicLink(let p): return .symbolicLink(r(p))
    case .existingFile(let p): return .existingFile(r(p))
    case .system(let p, let reason): return .system(r(p), reason: reason)
    case .noFolder(let p, let f): return .noFolder(r(p), folder: r(f))
    case .stopping(let p): return .stopping(r(p))
    case .outsideFolder(let p, let f): return .outsideFolder(p, folder: r(f))
    case .cannotMakeFolder(let p, let reason): return .cannotMakeFolder(r(p), reason: reason)
    case .folderAsWhole(let p): return .folderAsWhole(r(p))
    case .folderHoldsInput(let p, let input): return .folderHoldsInput(r(p), input: input)
    case .folderIsLink(let p): return .folderIsLink(r(p))
    case .folderIsFile(let p): return .folderIsFile(r(p))
    case .folderNotOurs(let p): return .folderNotOurs(r(p))
    case .cannotPutInPlace(let p, let reason): return .cannotPutInPlace(r(p), reason: reason)
    }
  }
}
