import Foundation
import MilenFormats
import MilenModel

extension EnglishWording {
  func scenarioName(_ path: String?) -> String { path ?? "the built-in Aulum week" }

  func command(_ m: CommandMessage) -> String {
    switch m {
    case .usage(let u): return usage(u)
    case .noSuchFile(let path): return "\(path): no such file"
    case .isAFolder(let path): return "\(path): is a folder, not a file"
    case .noSuchFolder(let path): return "\(path): no such folder"
    case .notAFolder(let path): return "\(path): is not a folder"
    case .cannotRead(let path): return "\(path): cannot be read"
    case .inputTooLarge(let path, let bytes, let most):
      return bytes.map {
        "\(path): the file has \($0) bytes, more than the \(most) bytes (64 MiB) an input may have"
      } ?? "\(path): more than the \(most) bytes (64 MiB) an input may have"
    case .notUTF8(let path): return "\(path): is not UTF-8 text"
    case .planWithoutFingerprint(let path, let scenario):
      return "\(path): the plan records no scenario fingerprint, so it cannot be tied to "
        + "\(scenarioName(scenario)); plan it again with this milen"
    case .planForAnotherScenario(let path, let got, let scenario, let expected):
      let name = scenarioName(scenario)
      return "\(path) was made for another scenario (\(got)), not for \(name) (\(expected)): "
        + "plan \(name) again, or give the scenario the plan was made for"
    case .notRolledFrom(let path, let recorded, let file):
      return "\(path) is not the plan this scenario was rolled forward from: rolledFrom.plan is "
        + "\(recorded), the file is \(file)"
    case .seasonExists(let path):
      return "\(path): refusing to write a simulation into an existing season store; name a new "
        + "scratch file"
    case .cannotWriteStandardOutput(let reason): return "cannot write to standard output: \(reason)"
    case .saveScenarioWithMove:
      return "a plan made with --apply-move belongs to the scenario with the move's locks: give "
        + "--save-scenario FILE to keep that scenario beside the plan"
    case .noSuchMove(let asked, let count):
      return count == 0
        ? "the plan offers no move to approve (--apply-move \(asked))"
        : "the plan offers \(count) move(s) to approve, not \(asked)"
    case .stopped(let signal, let left):
      switch left {
      case .noPartialOutput: return "stopped by \(signal); no partial output was left"
      case .nothingWritten: return "stopped by \(signal); nothing was written"
      }
    case .stopping(let signal): return "\(signal) received: stopping the solve"
    case .cutOnTerm:
      return "SIGTERM received (--cut-on-term): planning ends as at the time limit; the plan so "
        + "far is written, cut by the clock"
    case .serveStopped(let signal, let unsaved):
      guard let signal else { return "stopped" }
      switch unsaved {
      case nil: return "stopped by \(signal)"
      case .edits(let n)?:
        return
          "stopped by \(signal) with unsaved changes: \(n) edit(s) not re-planned and not saved"
      case .week(let scenario, let plan)?:
        return "stopped by \(signal) with unsaved changes: the edited week is not saved to "
          + "\(scenario) and \(plan)"
      }
    case .serving(let week, let url, let token):
      return "serving \(week) at \(url)" + (token ? " (open \(url)?token=... once)" : "")
    case .serveSaves(let plan, let scenario):
      return "Save writes \(plan) and \(scenario); Ctrl-C stops"
    case .cannotServe(let host, let port, let reason):
      return "cannot serve on \(host):\(port): \(reason)"
    case .tokenVisible:
      return
        "warning: --token is visible to every user of this machine (ps); set MILEN_TOKEN instead"
    case .savedPlanForAnotherScenario(let path): return "\(path) was made for another scenario"
    case .savedPlanBreaks(let path, let rules): return "\(path) breaks \(rules) hard rule(s)"
    case .plannedAfresh(let why): return "\(why); the week was planned afresh"
    case .replanRejected(let rules):
      return "the plan breaks \(rules) hard rule(s) against last week's plan by the independent "
        + "checker, so it is not shown:"
    case .planOfAnotherWeek(let path, let week, let expected, let scenario):
      return "\(path) is a plan of week \(week), not of \(expected) (\(scenario))"
    case .notAPartPlan(let path, let scenario):
      return "\(path) was not made for a part of \(scenario): plan the part files that "
        + "`milen split \(scenario)` writes"
    case .samePart(let path, let other, let part):
      return "\(path) and \(other) are both plans of part \(part)"
    case .partsMissing(let parts, let participants, let count):
      let named = zip(parts, participants).map { "\($0) (\($1) participants)" }
      return named.count == 1
        ? "no plan of part \(named[0]) of \(count) was given"
        : "no plans of parts \(named.joined(separator: ", ")) of \(count) were given; nothing "
          + "was written"
    case .partCut(let part, let path):
      return "part \(part) (\(path)) was cut by the clock (cutByClock): plan that part again with "
        + "a longer --time-limit first"
    case .partCutWarning(let part, let path):
      return "warning: part \(part) (\(path)) was cut by the clock (cutByClock): the week's plan "
        + "is marked so and may differ from `milen plan`; plan that part again with a longer "
        + "--time-limit for the exact plan"
    case .mergedBreaks(let rules):
      return "the merged plan breaks \(rules) hard rule(s) by the independent checker:"
    case .partOutOfRange(let part, let scenario, let count):
      return "--part \(part): \(scenarioName(scenario)) has \(count) independent part(s)"
    case .needsPart(let scenario, let count):
      return "\(scenarioName(scenario)) splits into \(count) independent parts, which `plan` "
        + "solves one by one: give --part 1 to \(count) (`milen split` writes them as scenarios)"
    case .planOfParts(let path, let parts, let part, let scenario):
      return "\(path): a plan of \(parts) parts records only their sums; give the plan of "
        + "\(what(part, scenario)) (`milen split`, then `milen plan part-NN.json`), or leave out "
        + "--plan"
    case .notMadeFor(let path, let part, let scenario):
      return "\(path) was not made for \(what(part, scenario))"
    case .goalNotReached(let path, let level): return "\(path): goal level \(level) was not reached"
    case .noPlanWithinLimit(let level, let seconds):
      return "no plan was found within \(num(seconds)) s (goal level \(level)); raise --time-limit "
        + "or policy.timeLimitSeconds"
    case .previousPlanDoesNotFit(let problems):
      return "the previous plan does not fit this scenario:\n"
        + problems.map { "  " + previousPlan($0) }.joined(separator: "\n")
    case .tooLargeToPlan(let p): return p.english
    case .planningStopped: return "planning was stopped before it finished; no plan was made"
    case .progress(let seconds, let level, let goal, let plan, let bound, let gap):
      return String(format: "%.1f s", seconds) + "  goal \(level) \(goal): plan "
        + (plan.map { num($0) } ?? "none") + ", bound " + (bound.map { num($0) } ?? "-")
        + ", gap " + (gap.map { String(format: "%.2f %%", $0 * 100) } ?? "-")
    case .internalError(let words): return "internal error: \(words)"
    }
  }

  func usage(_ u: CommandMessage.Usage) -> String {
    switch u {
    case .range(let option, let from, let to, let between):
      return between
        ? "\(option) must be between \(num(from)) and \(num(to))"
        : "\(option) must be \(num(from)) to \(num(to))"
    case .atLeast(let option, let least): return "\(option) must be \(least) or more"
    case .timeLimit: return "--time-limit must be above 0 and at most 86400 seconds"
    case .goesWith(let option, let other): return "\(option) goes with \(other)"
    case .givePlans: return "give the plans of the parts"
    case .giveSheets: return "give the folder with the sheets, or --template FOLDER"
    case .folderOrTemplate: return "give either a folder to import or --template FOLDER, not both"
    case .needsFolder(let option):
      return option == "--all"
        ? "--all writes a folder: give -o FOLDER"
        : "\(option) writes a folder of sheets: give -o FOLDER"
    case .forOrAll: return "give either --for or --all, not both"
    case .forForm: return "--for must be company:ID, mentor:ID or participant:ID (or use --all)"
    case .giveChangeFile: return "give at least one change file"
    case .notAWeek(let option, let given):
      return "\(option) must be an ISO week such as 2026-W05, not \(given)"
    case .tokenTooShort(let least): return "--token must have at least \(least) characters"
    case .tokenFewCharacters(let least):
      return "--token must hold at least \(least) different characters (a random secret, such "
        + "as from `openssl rand -hex 16`)"
    case .tokenCharacters:
      return "--token may hold printable ASCII characters only, without spaces, quotes, ';', ',' "
        + "and '\\'"
    case .hostNeedsToken(let host):
      return "--host \(host) is not this machine's own address (127.0.0.1): anyone who reaches it "
        + "could change the plan, so give --token with a secret of at least 16 characters"
    case .planIsScenario(let plan): return "--plan \(plan) is the scenario file"
    case .planIsPrevious(let plan):
      return "--plan \(plan) is last week's plan (--previous), which is never overwritten"
    case .scenarioIsPrevious(let scenario):
      return "the scenario \(scenario) is also given as --previous"
    case .planIsBackup(let plan): return "--plan \(plan) is the scenario's backup file"
    }
  }

  func previousPlan(_ p: PreviousPlanProblem) -> String {
    switch p {
    case .wrongWeek(let plan, let scenario, let lastWeek):
      return "the previous plan is for week \(plan); this scenario is week \(scenario), so the "
        + "previous plan must be of \(lastWeek) (last week) or \(scenario) (a replan)"
    case .missing(let id, let name, let status, let week):
      return "\(name.isEmpty ? quoted(id) : name) is \(status.rawValue) in the plan of \(week) but "
        + "missing from this scenario: nobody enrolled leaves unless the scenario ends the "
        + "enrolment with exit (rule 10)"
    case .notEnrolled(let id, let name, let status, let week, let enrolment):
      return "\(name.isEmpty ? quoted(id) : name) is \(status.rawValue) in the plan of \(week) but "
        + "\(enrolment.rawValue) in this scenario: roll the week forward with `milen next` (rule 10)"
    }
  }

  private func what(_ part: Int?, _ scenario: String?) -> String {
    part.map { "part \($0) of \(scenarioName(scenario))" } ?? scenarioName(scenario)
  }
}
