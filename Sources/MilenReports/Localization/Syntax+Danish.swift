import MilenFormats
import MilenModel

/// A JSON or YAML syntax error (``SyntaxError``) in Danish: `ugyldig JSON i linje 3, kolonne
/// 5: forventede ',' eller '}'`.
extension DanishWording {
  func syntax(_ e: SyntaxError) -> String {
    let what = syntaxProblem(e.problem, e.format)
    guard let format = e.format else { return what }
    let name = format == .json ? "JSON" : "YAML"
    switch (e.line, e.column) {
    case (let line?, let column?):
      return "ugyldig \(name) i linje \(line), kolonne \(column): \(what)"
    case (let line?, nil): return "ugyldig \(name) i linje \(line): \(what)"
    default: return "ugyldig \(name): \(what)"
    }
  }

  func syntaxProblem(_ p: SyntaxProblem, _ format: SyntaxError.Format?) -> String {
    switch p {
    case .unexpectedEnd(let container):
      switch container {
      case .object?: return "filen slutter midt i et objekt (mangler en '}'?)"
      case .list?: return "filen slutter midt i en liste (mangler en ']'?)"
      case nil: return "filen slutter for tidligt"
      }
    case .textAfterDocument: return "der står mere tekst efter dokumentets slutning"
    case .expectedKey:
      return format == .json ? "forventede et feltnavn i anførselstegn" : "forventede et feltnavn"
    case .keyTwice(let key): return "feltet \(quoted(key)) står mere end én gang"
    case .expectedColon(let key):
      return "forventede ':'" + (key.map { " efter \(quoted($0))" } ?? "")
    case .expectedCommaOr(let container):
      return container == .object ? "forventede ',' eller '}'" : "forventede ',' eller ']'"
    case .unexpectedCharacter: return "et tegn, der ikke kan stå her"
    case .numberOutOfRange(let text): return "tallet \(text) er for stort"
    case .leadingZero: return "et tal, der begynder med 0"
    case .stringTooLong(let most): return "en tekst på mere end \(l.grouped(Double(most))) byte"
    case .keyTooLong(let most): return "et feltnavn på mere end \(l.grouped(Double(most))) byte"
    case .stringNotUTF8: return "en tekst, der ikke er gyldig UTF-8"
    case .controlInString: return "et linjeskift eller et andet kontroltegn inde i en tekst"
    case .badUnicodeEscape: return "en ugyldig \\u-kode"
    case .badEscape: return "en ugyldig kode efter \\ i en tekst"
    case .unclosedString: return "en tekst mangler sit afsluttende anførselstegn"
    case .nestedTooDeep(let most): return "indlejret i mere end \(most) niveauer"
    case .tooManyValues(let most):
      return "mere end \(l.grouped(Double(most))) værdier (lister, objekter, tekster, tal) i én fil"
    case .yamlExpands(let most):
      return "YAML-dokumentet har flere værdier, end dets størrelse tillader (højst én pr. byte "
        + "og \(l.grouped(Double(most))) i alt): ankre og henvisninger (&, *) understøttes ikke i "
        + "disse filer"
    case .yamlAlias: return "YAML-henvisninger (*) understøttes ikke i scenariefiler"
    case .yamlComplexKey: return "et YAML-feltnavn skal være en enkel værdi"
    case .yamlColonNotAllowed:
      return "et ':' kan ikke stå her (sæt en tekst med ': ' i anførselstegn)"
    case .yamlTab: return "et tabulatortegn, hvor indrykningen skal være mellemrum"
    case .yamlExpectedValue: return "forventede en værdi"
    case .yamlListItemNotAllowed: return "et listepunkt ('- ') kan ikke stå her"
    case .yamlIndentation: return "indrykningen passer ikke med linjerne ovenfor"
    case .yamlOther:
      return "teksten kan ikke læses her (se efter indrykning, kolon og anførselstegn)"
    case .fileTooLarge(let bytes, let most):
      return "filen er på \(l.grouped(Double(bytes))) byte, mere end de \(l.grouped(Double(most))) "
        + "byte (64 MiB), en fil må fylde"
    }
  }
}
