import Foundation
import MilenFormats
import MilenModel

extension DanishWording {
  func scenarioName(_ path: String?) -> String { path ?? "den indbyggede Aulum-uge" }

  func command(_ m: CommandMessage) -> String {
    switch m {
    case .usage(let u): return usage(u)
    case .noSuchFile(let path): return "\(path): filen findes ikke"
    case .isAFolder(let path): return "\(path): er en mappe, ikke en fil"
    case .noSuchFolder(let path): return "\(path): mappen findes ikke"
    case .notAFolder(let path): return "\(path): er ikke en mappe"
    case .cannotRead(let path): return "\(path): filen kan ikke læses"
    case .inputTooLarge(let path, let bytes, let most):
      return "\(path): filen er på " + (bytes.map { "\(l.grouped(Double($0))) byte" } ?? "over")
        + (bytes == nil ? " " : ", mere end ") + "\(l.grouped(Double(most))) byte (64 MiB), "
        + "som er det mest, en fil må fylde"
    case .notUTF8(let path):
      return "\(path): er ikke tekst i UTF-8 (gem filen som UTF-8, fx \"CSV UTF-8\" i Excel)"
    case .planWithoutFingerprint(let path, let scenario):
      return "\(path): planen har intet fingeraftryk af sit scenarie og kan derfor ikke knyttes "
        + "til \(scenarioName(scenario)); lav planen igen med denne version af milen"
    case .planForAnotherScenario(let path, let got, let scenario, let expected):
      let name = scenarioName(scenario)
      return "\(path) er lavet til et andet scenarie (\(got)), ikke til \(name) (\(expected)): "
        + "lav en ny plan af \(name), eller angiv det scenarie, planen blev lavet til"
    case .notRolledFrom(let path, let recorded, let file):
      return "\(path) er ikke den plan, scenariet er rullet videre fra: rolledFrom.plan er "
        + "\(recorded), filen er \(file)"
    case .seasonExists(let path):
      return "\(path): en simulering skrives ikke ind i et eksisterende sæsonlager; angiv en ny "
        + "fil til prøven"
    case .cannotWriteStandardOutput(let reason):
      return "kan ikke skrive til standardoutput: \(reason)"
    case .saveScenarioWithMove:
      return "en plan lavet med --apply-move hører til scenariet med flytningens låse: angiv "
        + "--save-scenario FIL for at gemme det scenarie ved siden af planen"
    case .noSuchMove(let asked, let count):
      return count == 0
        ? "planen har ingen flytning at godkende (--apply-move \(asked))"
        : "planen har \(plural(count, "flytning", "flytninger")) at godkende, ikke nummer \(asked)"
    case .stopped(let signal, let left):
      switch left {
      case .noPartialOutput: return "stoppet af \(signal); intet halvt skrevet blev efterladt"
      case .nothingWritten: return "stoppet af \(signal); intet blev skrevet"
      }
    case .stopping(let signal): return "\(signal) modtaget: beregningen stoppes"
    case .cutOnTerm:
      return "SIGTERM modtaget (--cut-on-term): planlægningen slutter, som når tidsgrænsen nås; "
        + "planen indtil nu skrives, afbrudt af uret"
    case .serveStopped(let signal, let unsaved):
      guard let signal else { return "stoppet" }
      switch unsaved {
      case nil: return "stoppet af \(signal)"
      case .edits(let n)?:
        return "stoppet af \(signal) med ændringer, der ikke er gemt: "
          + "\(plural(n, "ændring", "ændringer")) er hverken planlagt igen eller gemt"
      case .week(let scenario, let plan)?:
        return "stoppet af \(signal) med ændringer, der ikke er gemt: den ændrede uge er ikke "
          + "gemt i \(scenario) og \(plan)"
      }
    case .serving(let week, let url, let token):
      return "siden for \(l.weekShort(week)) kører på \(url)"
        + (token ? " (åbn \(url)?token=... én gang)" : "")
    case .serveSaves(let plan, let scenario):
      return "Gem skriver \(plan) og \(scenario); Ctrl-C stopper"
    case .cannotServe(let host, let port, let reason):
      return "kan ikke køre siden på \(host):\(port): \(reason)"
    case .tokenVisible:
      return "advarsel: --token kan ses af alle brugere på denne maskine (ps); brug "
        + "MILEN_TOKEN i stedet"
    case .savedPlanForAnotherScenario(let path):
      return "\(path) er lavet til et andet scenarie"
    case .savedPlanBreaks(let path, let rules):
      return "\(path) bryder \(plural(rules, "fast regel", "faste regler"))"
    case .plannedAfresh(let why): return "\(why); ugen blev planlagt forfra"
    case .replanRejected(let rules):
      return "planen bryder \(plural(rules, "fast regel", "faste regler")) over for sidste uges "
        + "plan ifølge den uafhængige kontrol og vises derfor ikke:"
    case .planOfAnotherWeek(let path, let week, let expected, let scenario):
      return "\(path) er en plan for \(l.weekShort(week)), ikke for \(l.weekShort(expected)) "
        + "(\(scenario))"
    case .notAPartPlan(let path, let scenario):
      return "\(path) er ikke lavet til en del af \(scenario): planlæg de delfiler, som "
        + "`milen split \(scenario)` skriver"
    case .samePart(let path, let other, let part):
      return "\(path) og \(other) er begge planer for del \(part)"
    case .partsMissing(let parts, let participants, let count):
      let named = zip(parts, participants).map {
        "\($0) (\(plural($1, "deltager", "deltagere")))"
      }
      return named.count == 1
        ? "der mangler en plan for del \(named[0]) af \(count)"
        : "der mangler planer for del \(joinedList(named, and: "og")) af \(count); intet blev "
          + "skrevet"
    case .partCut(let part, let path):
      return "del \(part) (\(path)) blev afbrudt af uret (cutByClock): planlæg den del igen med "
        + "en længere --time-limit først"
    case .partCutWarning(let part, let path):
      return "advarsel: del \(part) (\(path)) blev afbrudt af uret (cutByClock): ugens plan er "
        + "mærket sådan og kan afvige fra `milen plan`; planlæg den del igen med en længere "
        + "--time-limit for at få den nøjagtige plan"
    case .mergedBreaks(let rules):
      return "den samlede plan bryder \(plural(rules, "fast regel", "faste regler")) ifølge den "
        + "uafhængige kontrol:"
    case .partOutOfRange(let part, let scenario, let count):
      return
        "--part \(part): \(scenarioName(scenario)) har \(plural(count, "uafhængig del", "uafhængige dele"))"
    case .needsPart(let scenario, let count):
      return "\(scenarioName(scenario)) deler sig i \(count) uafhængige dele, som `plan` løser én "
        + "ad gangen: angiv --part 1 til \(count) (`milen split` skriver dem som scenarier)"
    case .planOfParts(let path, let parts, let part, let scenario):
      return "\(path): en plan af \(parts) dele gemmer kun deres summer; angiv planen for "
        + "\(what(part, scenario)) (`milen split`, derefter `milen plan part-NN.json`), eller "
        + "udelad --plan"
    case .notMadeFor(let path, let part, let scenario):
      return "\(path) er ikke lavet til \(what(part, scenario))"
    case .goalNotReached(let path, let level):
      return "\(path): målniveau \(level) blev ikke nået"
    case .noPlanWithinLimit(let level, let seconds):
      return "der blev ikke fundet en plan inden for \(num(seconds)) s (målniveau \(level)); "
        + "hæv --time-limit eller policy.timeLimitSeconds"
    case .previousPlanDoesNotFit(let problems):
      return "sidste uges plan passer ikke til dette scenarie:\n"
        + problems.map { "  " + previousPlan($0) }.joined(separator: "\n")
    case .tooLargeToPlan(let p):
      let advice =
        "Giv deltagerne en maxTravelKm og placeringer (eller reachableCompanies), så ugen deler "
        + "sig i byer, eller planlæg byerne én ad gangen (milen split)."
      switch p {
      case .weekTooLarge(let variables, let most, let participants, let companies):
        return "ugen er for stor til at planlægge: omkring \(l.grouped(Double(variables))) "
          + "variable (højst \(l.grouped(Double(most)))) for "
          + "\(plural(participants, "deltager", "deltagere")) og "
          + "\(plural(companies, "virksomhed", "virksomheder")), mere end hukommelsen og "
          + "tidsgrænsen tillader. " + advice
      case .townTooLarge(let variables, let most):
        return "ugen er for stor til at planlægge: én af ugens byer (deltagere forbundet af de "
          + "virksomheder, "
          + "de kan nå) kræver omkring \(l.grouped(Double(variables))) variable (højst "
          + "\(l.grouped(Double(most))) for hver af byerne), mere end tidsgrænsen tillader. "
          + advice
      }
    case .planningStopped:
      return "planlægningen blev stoppet, før den var færdig; der blev ikke lavet en plan"
    case .progress(let seconds, let level, let goal, let plan, let bound, let gap):
      return "\(num((seconds * 10).rounded() / 10)) s  mål \(level) \(goal): plan "
        + (plan.map { num($0) } ?? "ingen") + ", grænse " + (bound.map { num($0) } ?? "-")
        + ", afstand " + (gap.map { "\(num(($0 * 10000).rounded() / 100)) %" } ?? "-")
    case .internalError(let words): return "intern fejl: \(words)"
    }
  }

  func usage(_ u: CommandMessage.Usage) -> String {
    switch u {
    case .range(let option, let from, let to, _):
      return "\(option) skal være mellem \(num(from)) og \(num(to))"
    case .atLeast(let option, let least): return "\(option) skal være \(least) eller mere"
    case .timeLimit: return "--time-limit skal være over 0 og højst 86.400 sekunder"
    case .goesWith(let option, let other): return "\(option) kræver \(other)"
    case .givePlans: return "angiv planerne for delene"
    case .giveSheets: return "angiv mappen med regnearkene, eller --template MAPPE"
    case .folderOrTemplate:
      return "angiv enten en mappe at indlæse eller --template MAPPE, ikke begge"
    case .needsFolder(let option):
      return option == "--all"
        ? "--all skriver en mappe: angiv -o MAPPE"
        : "\(option) skriver en mappe med regneark: angiv -o MAPPE"
    case .forOrAll: return "angiv enten --for eller --all, ikke begge"
    case .forForm:
      return "--for skal være company:ID, mentor:ID eller participant:ID (eller brug --all)"
    case .giveChangeFile: return "angiv mindst én ændringsfil"
    case .notAWeek(let option, let given):
      return "\(option) skal være en ISO-uge som 2026-W05, ikke \(given)"
    case .tokenTooShort(let least): return "--token skal være mindst \(least) tegn lang"
    case .tokenFewCharacters(let least):
      return "--token skal indeholde mindst \(least) forskellige tegn (en tilfældig hemmelighed, "
        + "fx fra `openssl rand -hex 16`)"
    case .tokenCharacters:
      return "--token må kun indeholde synlige ASCII-tegn, uden mellemrum, anførselstegn, ';', ',' "
        + "og '\\'"
    case .hostNeedsToken(let host):
      return "--host \(host) er ikke denne maskines egen adresse (127.0.0.1): alle, der kan nå "
        + "den, kunne ændre planen, så angiv --token med en hemmelighed på mindst 16 tegn"
    case .planIsScenario(let plan): return "--plan \(plan) er scenariefilen"
    case .planIsPrevious(let plan):
      return "--plan \(plan) er sidste uges plan (--previous), som aldrig overskrives"
    case .scenarioIsPrevious(let scenario):
      return "scenariet \(scenario) er også angivet som --previous"
    case .planIsBackup(let plan): return "--plan \(plan) er scenariets sikkerhedskopi"
    }
  }

  func previousPlan(_ p: PreviousPlanProblem) -> String {
    switch p {
    case .wrongWeek(let plan, let scenario, let lastWeek):
      return
        "den forrige plan er for \(l.weekShort(plan)), og scenariet er \(l.weekShort(scenario)); "
        + "den forrige plan skal derfor være for \(l.weekShort(lastWeek)) (sidste uge) eller "
        + "\(l.weekShort(scenario)) (en ny plan af samme uge)"
    case .missing(let id, let name, let status, let week):
      return "\(name.isEmpty ? quoted(id) : name) er \(l.status(status).lowercased()) i planen for "
        + "\(l.weekShort(week)), men mangler i dette scenarie: ingen indskrevet forsvinder, "
        + "medmindre scenariet afslutter forløbet med feltet \"exit\" (regel 10)"
    case .notEnrolled(let id, let name, let status, let week, let enrolment):
      return "\(name.isEmpty ? quoted(id) : name) er \(l.status(status).lowercased()) i planen for "
        + "\(l.weekShort(week)), men \(l.enrolment(enrolment).lowercased()) i dette scenarie: rul "
        + "ugen videre med `milen next` (regel 10)"
    }
  }

  private func what(_ part: Int?, _ scenario: String?) -> String {
    part.map { "del \($0) af \(scenarioName(scenario))" } ?? scenarioName(scenario)
  }
}
