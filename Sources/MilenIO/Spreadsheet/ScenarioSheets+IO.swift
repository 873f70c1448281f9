import Foundation
import MilenModel

extension ScenarioSheets {
  /// The scenario as sheets: file name -> CSV text, in Danish Excel's conventions. Headers
  /// and words (tracks, days, ja/nej) follow the localizer's language; numbers always have a
  /// decimal comma.
  public static func export(_ s: Scenario, localizer l: Localizer = .danish) -> [(
    file: String, text: String
  )] {
    func sheet<Row>(_ cols: [SheetColumn<Row>], _ rows: [Row]) -> String {
      CSVText.document(
        header: cols.map { $0.header(l.language) },
        rows: rows.map { r in cols.map { $0.write(r, l) } })
    }
    let agreements =
      s.locks.map {
        Agreement(participant: $0.participant, ban: false, company: $0.company, days: $0.days)
      }
      + s.bans.map { Agreement(participant: $0.participant, ban: true, company: $0.company) }
    let settingsText = CSVText.document(
      header: l.language == .da ? ["nøgle", "værdi", "forklaring"] : ["key", "value", "meaning"],
      rows: settings.map { [l.language == .da ? $0.da : $0.en, $0.write(s), $0.doc] })
    return [
      (settingsFile, settingsText),
      (participantsFile, sheet(participantColumns, s.participants)),
      (companiesFile, sheet(companyColumns, s.companies)),
      (mentorsFile, sheet(mentorColumns, s.mentors)),
      (activitiesFile, sheet(activityColumns, s.activities)),
      (agreementsFile, sheet(agreementColumns, agreements)),
    ]
      + (s.leftBenefit.isEmpty
        ? [] : [(leftBenefitFile, sheet(leftBenefitColumns, s.leftBenefit))])
  }

  /// A template to start from: every sheet with its header and one example row, in Danish.
  public static func template() -> [(file: String, text: String)] {
    var s = Scenario(week: "2026-W02")
    let day = TimeWindow(start: TimeOfDay(8), end: TimeOfDay(15))
    s.participants = [
      Participant(
        id: "p01", name: "Fornavn E.", track: .placement, readiness: .activityReady, age: 22,
        hours: HoursRange(min: 6, max: 20),
        availability: [.mon: day, .tue: day, .wed: day, .thu: day],
        skills: ["lager"], interests: ["træning"], needs: Needs(mentorHours: 1.5),
        wishes: Wishes(companies: ["firma"]))
    ]
    s.companies = [
      Company(
        id: "firma", name: "Firma A/S", sector: "industri", tasks: ["lager"],
        open: [.mon: day, .tue: day, .wed: day, .thu: day, .fri: day], slots: 2,
        ordinaryEmployees: 25, town: "Aulum")
    ]
    s.mentors = [Mentor(id: "m1", name: "Mentor M.", hoursPerWeek: 8, maxMentees: 5)]
    s.activities = [
      Activity(
        id: "ungemilen", name: "UngeMilen", kind: .groupMeeting, day: .tue,
        time: TimeWindow(start: TimeOfDay(16), end: TimeOfDay(18)), seats: 16)
    ]
    return export(s, localizer: .danish)
  }

  /// Builds a scenario from sheets (file name -> text). Every problem is reported at once, by
  /// file, row and column; the scenario's own rules (ids, references, ranges) are checked
  /// after, and their problems point at the row of the thing concerned.
  public static func importSheets(_ files: [String: String]) throws(SheetError) -> Scenario {
    var issues: [SheetIssue] = []
    var s = Scenario(week: "")
    func rows(_ file: String) -> [[String]]? {
      guard let text = files[file] else { return nil }
      do {
        return try CSVText.parse(text)
      } catch {
        issues.append(SheetIssue(file: file, message: "cannot be read as CSV: \(error)"))
        return nil
      }
    }
    func read<Row>(_ file: String, _ cols: [SheetColumn<Row>], blank: Row) -> [Row] {
      guard let all = rows(file), let header = all.first else {
        if files[file] != nil { issues.append(SheetIssue(file: file, message: "is empty")) }
        return []
      }
      var index: [Int?] = Array(repeating: nil, count: header.count)
      for (i, h) in header.enumerated() {
        if h.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        if let c = cols.firstIndex(where: { $0.matches(h) }) {
          if index.contains(c) {
            issues.append(SheetIssue(file: file, row: 1, column: h, message: "appears twice"))
          }
          index[i] = c
        } else {
          issues.append(
            SheetIssue(
              file: file, row: 1, column: h,
              message: "is not a known column (known: \(cols.map(\.da).joined(separator: ", ")))"))
        }
      }
      for c in cols.indices where cols[c].required && !index.contains(c) {
        issues.append(SheetIssue(file: file, row: 1, column: cols[c].da, message: "is missing"))
      }
      var out: [Row] = []
      for (n, fields) in all.enumerated().dropFirst() {
        if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
        var row = blank
        var seen = Set<Int>()
        for (i, raw) in fields.enumerated() {
          let text = raw.trimmingCharacters(in: .whitespaces)
          guard i < index.count, let c = index[i] else {
            if i >= index.count && !text.isEmpty {
              issues.append(
                SheetIssue(file: file, row: n + 1, message: "has a value beyond the last column"))
            }
            continue
          }
          seen.insert(c)
          if text.isEmpty {
            if cols[c].required {
              issues.append(
                SheetIssue(file: file, row: n + 1, column: header[i], message: "must not be empty"))
            }
            continue
          }
          do {
            try cols[c].read(&row, text)
          } catch {
            issues.append(
              SheetIssue(file: file, row: n + 1, column: header[i], message: error.message))
          }
        }
        for c in cols.indices where cols[c].required && index.contains(c) && !seen.contains(c) {
          issues.append(
            SheetIssue(file: file, row: n + 1, column: cols[c].da, message: "must not be empty"))
        }
        out.append(row)
      }
      return out
    }
    // Settings: key;value rows.
    if let all = rows(settingsFile) {
      for (n, fields) in all.enumerated().dropFirst() where !fields.isEmpty {
        let key = fields[0].trimmingCharacters(in: .whitespaces)
        let value = fields.count > 1 ? fields[1].trimmingCharacters(in: .whitespaces) : ""
        if key.isEmpty { continue }
        guard
          let setting = settings.first(where: {
            $0.da.lowercased() == key.lowercased() || $0.en.lowercased() == key.lowercased()
          })
        else {
          issues.append(
            SheetIssue(
              file: settingsFile, row: n + 1, column: key, message: "is not a known setting"))
          continue
        }
        if value.isEmpty { continue }
        do {
          try setting.read(&s, value)
        } catch {
          issues.append(
            SheetIssue(file: settingsFile, row: n + 1, column: key, message: error.message))
        }
      }
    }
    if s.week.isEmpty {
      issues.append(
        SheetIssue(
          file: settingsFile, column: "uge",
          message: files[settingsFile] == nil
            ? "is missing: the file gives the week (uge;2026-W02)" : "the week (uge) is not given"))
    }
    if files[participantsFile] == nil {
      issues.append(SheetIssue(file: participantsFile, message: "is missing"))
    }
    s.participants = read(
      participantsFile, participantColumns, blank: Participant(id: "", name: "", track: .placement))
    s.companies = read(companiesFile, companyColumns, blank: Company(id: "", name: ""))
    s.mentors = read(mentorsFile, mentorColumns, blank: Mentor(id: "", name: "", hoursPerWeek: 0))
    s.activities = read(
      activitiesFile, activityColumns,
      blank: Activity(
        id: "", name: "", day: .mon, time: TimeWindow(start: TimeOfDay(0), end: TimeOfDay(0)),
        seats: 0))
    for a in read(agreementsFile, agreementColumns, blank: Agreement()) {
      if a.ban {
        s.bans.append(Ban(participant: a.participant, company: a.company))
      } else {
        s.locks.append(Lock(participant: a.participant, company: a.company, days: a.days))
      }
    }
    s.leftBenefit = read(
      leftBenefitFile, leftBenefitColumns, blank: BenefitExit(id: "", reason: .job, on: ""))
    // A location needs both x and y.
    func checkLocation(_ l: Location?, _ file: String, _ i: Int) {
      if let l, l.x.isNaN || l.y.isNaN {
        issues.append(
          SheetIssue(
            file: file, row: i + 2, column: l.x.isNaN ? "x" : "y",
            message: "must be given with the other coordinate"))
      }
    }
    for (i, p) in s.participants.enumerated() { checkLocation(p.location, participantsFile, i) }
    for (i, c) in s.companies.enumerated() { checkLocation(c.location, companiesFile, i) }
    for (i, m) in s.mentors.enumerated() { checkLocation(m.location, mentorsFile, i) }
    for (i, a) in s.activities.enumerated() { checkLocation(a.location, activitiesFile, i) }
    if !issues.isEmpty { throw SheetError(issues: issues) }
    // The scenario's own rules, with each issue at the row of the thing concerned.
    let meaning = s.validationIssues()
    if !meaning.isEmpty {
      throw SheetError(issues: meaning.map { sheetIssue($0, s) })
    }
    return s
  }

  /// A validation issue (`participants[3].hours.min: ...`) at its sheet and row.
  static func sheetIssue(_ issue: ValidationIssue, _ s: Scenario) -> SheetIssue {
    let files = [
      ("participants", participantsFile), ("companies", companiesFile), ("mentors", mentorsFile),
      ("activities", activitiesFile), ("locks", agreementsFile), ("bans", agreementsFile),
      ("leftBenefit", leftBenefitFile),
    ]
    for (key, file) in files where issue.path.hasPrefix(key + "[") {
      let rest = issue.path.dropFirst(key.count + 1)
      guard let close = rest.firstIndex(of: "]"), var i = Int(rest[..<close]) else { break }
      if key == "bans" { i += s.locks.count }
      let field = rest[rest.index(after: close)...].drop { $0 == "." }
      return SheetIssue(
        file: file, row: i + 2, column: field.isEmpty ? nil : String(field),
        message: issue.message)
    }
    return SheetIssue(
      file: settingsFile, column: issue.path.isEmpty ? nil : issue.path, message: issue.message)
  }
}
