import Foundation
import MilenFormats
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
      rows: settings.map {
        [
          l.language == .da ? $0.da : $0.en, $0.write(s),
          l.language == .da ? danishSettingDocs[$0.da] ?? $0.doc : $0.doc,
        ]
      })
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
    // Invented names, addresses and numbers (00 00 ...: no real number starts so).
    s.participants[0].phone = "00 00 40 01"
    s.coordinator.contact = Contact(
      name: "Koordinator K.", phone: "00 00 00 01", email: "koordinator@kommune.example")
    s.coordinator.place = "Ungehuset, Eksempelvej 30, 7490 Aulum"
    s.companies = [
      Company(
        id: "firma", name: "Firma A/S", sector: "industri", tasks: ["lager"],
        open: [.mon: day, .tue: day, .wed: day, .thu: day, .fri: day], slots: 2,
        ordinaryEmployees: 25, town: "Aulum",
        contact: Contact(name: "Mester M.", phone: "00 00 10 01", email: "mester@firma.example"),
        place: "Eksempelvej 1, 7490 Aulum")
    ]
    s.mentors = [
      Mentor(
        id: "m1", name: "Mentor M.", hoursPerWeek: 8, maxMentees: 5,
        contact: Contact(phone: "00 00 20 01"))
    ]
    s.activities = [
      Activity(
        id: "ungemilen", name: "UngeMilen", kind: .groupMeeting, day: .tue,
        time: TimeWindow(start: TimeOfDay(16), end: TimeOfDay(18)), seats: 16,
        place: "Ungehuset, Eksempelvej 30, 7490 Aulum")
    ]
    return export(s, localizer: .danish)
  }

  /// Builds a scenario from sheets (file name -> text). Every problem is reported at once, by
  /// file, row and column header as the coordinator sees them: the cells that cannot be read
  /// and the scenario's own rules (ids, references, ranges) together, each rule's problem at
  /// the row and column of the thing concerned (a rule about a row whose cell already failed is
  /// left out, as it follows from that cell).
  public static func importSheets(_ files: [String: String]) throws(SheetError) -> Scenario {
    var issues: [SheetIssue] = []
    var s = Scenario(week: "")
    func rows(_ file: String) -> [[String]]? {
      guard let text = files[file] else { return nil }
      do {
        return try CSVText.parse(text)
      } catch {
        issues.append(SheetIssue(file: file, problem: .notCSV))
        return nil
      }
    }
    func read<Row>(_ file: String, _ cols: [SheetColumn<Row>], blank: Row) -> [Row] {
      guard let all = rows(file), let header = all.first else {
        if files[file] != nil { issues.append(SheetIssue(file: file, problem: .emptyFile)) }
        return []
      }
      var index: [Int?] = Array(repeating: nil, count: header.count)
      for (i, h) in header.enumerated() {
        if h.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        if let c = cols.firstIndex(where: { $0.matches(h) }) {
          if index.contains(c) {
            issues.append(SheetIssue(file: file, row: 1, column: h, problem: .columnTwice))
          }
          index[i] = c
        } else {
          issues.append(
            SheetIssue(
              file: file, row: 1, column: h,
              problem: .unknownColumn(closest: closest(h, cols.map(\.da)))))
        }
      }
      for c in cols.indices where cols[c].required && !index.contains(c) {
        issues.append(SheetIssue(file: file, row: 1, column: cols[c].da, problem: .columnMissing))
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
              issues.append(SheetIssue(file: file, row: n + 1, problem: .beyondLastColumn))
            }
            continue
          }
          seen.insert(c)
          if text.isEmpty {
            if cols[c].required {
              issues.append(
                SheetIssue(file: file, row: n + 1, column: header[i], problem: .mustNotBeEmpty))
            }
            continue
          }
          do {
            try cols[c].read(&row, text)
          } catch {
            issues.append(
              SheetIssue(file: file, row: n + 1, column: header[i], problem: .cell(error.problem)))
          }
        }
        for c in cols.indices where cols[c].required && index.contains(c) && !seen.contains(c) {
          issues.append(
            SheetIssue(file: file, row: n + 1, column: cols[c].da, problem: .mustNotBeEmpty))
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
              file: settingsFile, row: n + 1, column: key,
              problem: .unknownSetting(closest: closest(key, settings.map(\.da)))))
          continue
        }
        if value.isEmpty { continue }
        do {
          try setting.read(&s, value)
        } catch {
          issues.append(
            SheetIssue(
              file: settingsFile, row: n + 1, column: key, problem: .cell(error.problem)))
        }
      }
    }
    if s.week.isEmpty {
      issues.append(
        SheetIssue(
          file: settingsFile, column: "uge",
          problem: .weekMissing(fileMissing: files[settingsFile] == nil)))
    }
    if files[participantsFile] == nil {
      issues.append(SheetIssue(file: participantsFile, problem: .fileMissing))
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
            problem: .otherCoordinateMissing))
      }
    }
    for (i, p) in s.participants.enumerated() { checkLocation(p.location, participantsFile, i) }
    for (i, c) in s.companies.enumerated() { checkLocation(c.location, companiesFile, i) }
    for (i, m) in s.mentors.enumerated() { checkLocation(m.location, mentorsFile, i) }
    for (i, a) in s.activities.enumerated() { checkLocation(a.location, activitiesFile, i) }
    // The scenario's own rules, at the row and column of the thing concerned, all at once with
    // the cells' problems. A row whose cells failed is read only in part, so its rules are
    // left out rather than reported as a second, derived problem.
    let failedRows = Set(issues.compactMap { i in i.row.map { "\(i.file)#\($0)" } })
    // A file that could not be read, or lacks a needed column, is read only in part too.
    let brokenFiles = Set(
      issues.filter { $0.row == nil || $0.problem == .columnMissing }.map(\.file))
    for issue in s.validationIssues().map({ sheetIssue($0, s) }) {
      if brokenFiles.contains(issue.file) && issue.file != settingsFile { continue }
      if let r = issue.row, failedRows.contains("\(issue.file)#\(r)") { continue }
      if s.week.isEmpty && issue.column == "uge" { continue }
      issues.append(issue)
    }
    if !issues.isEmpty { throw SheetError(issues: issues, names: Names(s)) }
    return s
  }

  /// A validation issue (`participants[3].hours.min: ...`) at its sheet, row and column
  /// header (`deltagere.csv`, row 5, `timer_min`).
  static func sheetIssue(_ issue: ValidationIssue, _ s: Scenario) -> SheetIssue {
    let files: [(String, String, [(en: String, da: String)])] = [
      ("participants", participantsFile, participantColumns.map { ($0.en, $0.da) }),
      ("companies", companiesFile, companyColumns.map { ($0.en, $0.da) }),
      ("mentors", mentorsFile, mentorColumns.map { ($0.en, $0.da) }),
      ("activities", activitiesFile, activityColumns.map { ($0.en, $0.da) }),
      ("locks", agreementsFile, agreementColumns.map { ($0.en, $0.da) }),
      ("bans", agreementsFile, agreementColumns.map { ($0.en, $0.da) }),
      ("leftBenefit", leftBenefitFile, leftBenefitColumns.map { ($0.en, $0.da) }),
    ]
    for (key, file, columns) in files where issue.path.hasPrefix(key + "[") {
      let rest = issue.path.dropFirst(key.count + 1)
      guard let close = rest.firstIndex(of: "]"), var i = Int(rest[..<close]) else { break }
      if key == "bans" { i += s.locks.count }
      let field = String(rest[rest.index(after: close)...].drop { $0 == "." })
      return SheetIssue(
        file: file, row: i + 2, column: field.isEmpty ? nil : header(of: field, columns),
        problem: atRow(issue.problem, key: key))
    }
    let setting = settings.first { $0.en == issue.path || issue.path.hasSuffix("." + $0.en) }
    return SheetIssue(
      file: settingsFile,
      column: issue.path.isEmpty ? nil : (setting?.da ?? (issue.path == "week" ? "uge" : nil)),
      problem: .scenario(issue.problem))
  }

  /// A scenario problem that names another entry of its list by index (`locks[2]`), said by
  /// that entry's row in the sheet (locks come first in `aftaler.csv`, row 2 the first).
  static func atRow(_ p: ValidationProblem, key: String) -> SheetProblem {
    switch p {
    case .lockedTwice(let x, let co, let j):
      return .lockedTwice(participant: x, company: co, row: j + 2)
    case .lockRepeated(let j): return .lockRepeated(row: j + 2)
    case .banWhereLocked(let x, let co, let j):
      return .banWhereLocked(participant: x, company: co, row: j + 2)
    case .leftBenefitTwice(let x, let on, let j):
      return .leftBenefitTwice(participant: x, on: on, row: j + 2)
    case .duplicateID(let id, let first):
      // `participants[3]` of the same list: its row.
      let prefix = key + "["
      if first.hasPrefix(prefix), first.hasSuffix("]"),
        let j = Int(first.dropFirst(prefix.count).dropLast())
      {
        return .duplicateID(id, row: j + 2)
      }
      return .scenario(p)
    default: return .scenario(p)
    }
  }

  /// Where a scenario field is in the sheets that differ from their column's key.
  static let fieldColumns: [String: String] = [
    "hours.min": "hoursMin", "hours.max": "hoursMax", "hours.agreed": "hoursAgreed",
    "hours": "hoursMin", "wishes.companies": "wishedCompanies",
    "wishes.activities": "wishedActivities", "current.company": "currentCompany",
    "current.placementWeeks": "placementWeeks", "current.since": "since",
    "current.mentor": "currentMentor", "current.earlierPlacements": "earlierPlacements",
    "current.work": "currentWork", "current.activities": "currentActivities",
    "employment.employer": "employer", "employment.schedule": "schedule",
    "employment": "employer", "needs.mentorHours": "mentorHours",
    "needs.competences": "competences", "needs.accommodations": "accommodations",
    "location.x": "x", "location.y": "y", "exit.on": "exitOn", "exit.note": "exitNote",
    "benefit.offSince": "benefitOffSince", "benefit.since": "benefitSince",
    "benefit.perMonth": "benefitPerMonth", "benefit.livingAtHome": "benefitLivingAtHome",
    "requirements.minimumAge": "minimumAge", "contact.name": "contactName",
    "contact.phone": "contactPhone", "contact.email": "contactEmail",
    "requirements.drivingLicence":
      "requiresDrivingLicence",
  ]

  /// The column header (Danish) of a scenario field within a sheet's columns: the field
  /// without list positions, then known aliases, a day of `availability`/`open`, its key.
  static func header(of field: String, _ columns: [(en: String, da: String)]) -> String {
    var plain = ""
    var depth = 0
    for ch in field {
      if ch == "[" {
        depth += 1
      } else if ch == "]" {
        depth -= 1
      } else if depth == 0 {
        plain.append(ch)
      }
    }
    var candidates: [String] = []
    var parts = plain.split(separator: ".").map(String.init)
    while !parts.isEmpty {
      let joined = parts.joined(separator: ".")
      if let alias = fieldColumns[joined] { candidates.append(alias) }
      candidates.append(joined)
      if parts.count == 2, ["availability", "open"].contains(parts[0]) {
        candidates.append(parts[1])
      }
      parts.removeLast()
    }
    for c in candidates {
      if let hit = columns.first(where: { $0.en == c }) { return hit.da }
    }
    return plain
  }
}
