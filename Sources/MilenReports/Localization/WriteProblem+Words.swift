import MilenFormats
import MilenModel

extension EnglishWording {
  func write(_ p: WriteProblem) -> String {
    switch p {
    case .overwriteInput(let path): return "refusing to overwrite the input file \(path)"
    case .isAFolder(let path): return "cannot write \(path): it is a folder"
    case .symbolicLink(let path):
      return "refusing to write \(path): it is a symbolic link (remove it or name another file)"
    case .existingFile(let path):
      return "refusing to overwrite the existing file \(path) (use --force to replace it)"
    case .system(let path, let reason): return "cannot write \(path): \(reason)"
    case .noFolder(let path, let folder):
      return "cannot write \(path): the folder \(folder) does not exist"
    case .stopping(let path): return "\(path) was not written: the program is stopping"
    case .outsideFolder(let path, let folder): return "refusing to write \(path) outside \(folder)"
    case .cannotMakeFolder(let folder, let reason):
      return "cannot make the folder \(folder): \(reason)"
    case .folderAsWhole(let folder): return "cannot write the folder \(folder) as a whole"
    case .folderHoldsInput(let folder, let input):
      return "refusing to replace the folder \(folder): it holds the input \(input)"
    case .folderIsLink(let folder): return "refusing to write into \(folder): it is a symbolic link"
    case .folderIsFile(let folder): return "cannot write the folder \(folder): it is a file"
    case .folderNotOurs(let folder):
      return "refusing to replace the folder \(folder): it holds files milen did not write "
        + "(name a new or empty folder)"
    case .cannotPutInPlace(let folder, let reason):
      return "cannot put \(folder) in place: \(reason)"
    }
  }
}

extension DanishWording {
  func write(_ p: WriteProblem) -> String {
    switch p {
    case .overwriteInput(let path): return "\(path) er en inddatafil og overskrives aldrig"
    case .isAFolder(let path): return "kan ikke skrive \(path): det er en mappe"
    case .symbolicLink(let path):
      return "skriver ikke \(path): det er et symbolsk link (fjern det, eller angiv en anden fil)"
    case .existingFile(let path):
      return "\(path) findes allerede og overskrives ikke (brug --force for at erstatte den)"
    case .system(let path, let reason): return "kan ikke skrive \(path): \(reason)"
    case .noFolder(let path, let folder):
      return "kan ikke skrive \(path): mappen \(folder) findes ikke"
    case .stopping(let path): return "\(path) blev ikke skrevet: programmet stopper"
    case .outsideFolder(let path, let folder): return "skriver ikke \(path) uden for \(folder)"
    case .cannotMakeFolder(let folder, let reason):
      return "kan ikke oprette mappen \(folder): \(reason)"
    case .folderAsWhole(let folder): return "kan ikke skrive mappen \(folder) som en helhed"
    case .folderHoldsInput(let folder, let input):
      return "erstatter ikke mappen \(folder): den indeholder inddatafilen \(input)"
    case .folderIsLink(let folder): return "skriver ikke i \(folder): det er et symbolsk link"
    case .folderIsFile(let folder): return "kan ikke skrive mappen \(folder): det er en fil"
    case .folderNotOurs(let folder):
      return "erstatter ikke mappen \(folder): den indeholder filer, som milen ikke har skrevet "
        + "(angiv en ny eller tom mappe)"
    case .cannotPutInPlace(let folder, let reason):
      return "kan ikke lægge \(folder) på plads: \(reason)"
    }
  }
}

extension Localizer {
  /// Why an output was not written, in this language.
  public func say(_ p: WriteProblem) -> String {
    switch language {
    case .da: return DanishWording(l: self, names: Names()).write(p)
    case .en: return EnglishWording(l: self, names: Names()).write(p)
    }
  }
}

extension AtomicFile.WriteError: CustomStringConvertible {
  /// In English (logs, and callers without a reader's language).
  public var description: String { Localizer.english.say(problem) }
}
