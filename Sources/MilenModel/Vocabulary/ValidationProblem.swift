/// What is wrong at one place of a scenario (``ValidationIssue``): a typed value made where
/// the scenario is checked and rendered per language by the report layer. People, companies,
/// mentors and activities are held by id; an id the scenario does not know is shown as given.
public enum ValidationProblem: Hashable, Sendable {
  /// The kind of thing an id names.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case participant, company, mentor, activity
  }

  // Numbers, hours, times.

  /// A number that is not finite (`nan`, `inf`).
  case notFinite(Double)
  /// A number outside its range.
  case outsideRange(Double, lowest: Double, highest: Double)
  /// Hours above 0 but below one minute (hours are counted in whole minutes).
  case belowAMinute(hours: Double)
  /// Hours that are not a whole number of minutes.
  case notWholeMinutes(hours: Double)
  /// A time window whose end is not after its start.
  case endsBeforeStart(TimeWindow)
  /// A busy time whose `from` is after (or the same as) its `to`.
  case busyEndsBeforeStart(from: TimeOfDay, to: TimeOfDay)
  /// An amount of money above 0 but below one krone.
  case belowOneKrone(Double)
  /// `programme.savingPerParticipantPerYear` above 0 but below one krone a year.
  case savingBelowOneKrone(Double)

  // Ids and references.

  /// Not an id: 1-64 printable characters, no spaces or control characters.
  case notAnID(String)
  /// An id given twice in one list; `firstAt` is the place of the first.
  case duplicateID(String, firstAt: String)
  /// An id of a participant, company, mentor or activity the scenario does not have.
  case unknown(Kind, String)
  /// A company wished twice.
  case companyWishedTwice(company: String)
  /// A day named twice.
  case dayTwice

  // Text, dates, weeks, contacts.

  /// A required text that is empty.
  case empty
  /// A text longer than allowed.
  case tooLong(characters: Int, most: Int)
  /// A text holding a line break or another control character.
  case controlCharacter
  /// Not an ISO week like `2026-W02`.
  case notAWeek(String)
  /// Week 53 of a year that has 52 ISO weeks.
  case noSuchWeek(String, year: Int, weeks: Int)
  /// Not a date like `2026-01-05`.
  case notADate(String)
  /// A phone number holding a character a phone number has not.
  case phoneCharacter(String, character: String)
  /// A phone number with a `+` that is not at its start.
  case phonePlusInside(String)
  /// A phone number with too few or too many digits (3 to 15).
  case phoneDigits(String, digits: Int)
  /// Not an e-mail address like `name@example.dk`.
  case notAnEmail(String)

  // The programme and the coordinator.

  /// `programme.target` below `programme.breakEven`.
  case targetBelowBreakEven(target: Int, breakEven: Int)
  /// `savingPerParticipantPerYear` given together with the benefit rates or the refund
  /// staircase it replaces (their places).
  case savingWithRates(clashing: [String])
  /// `refundSteps` is an empty list.
  case noRefundSteps
  /// The last refund step names an `untilWeek`.
  case untilWeekOnLastStep(week: Int)
  /// A refund step's `untilWeek` is not after the step before it.
  case untilWeekNotAfter(week: Int, previous: Int)
  /// A refund step other than the last has no `untilWeek`.
  case untilWeekRequired

  // A participant.

  /// A referred participant without `referredOn`.
  case referredOnRequired
  /// The least hours are above the most.
  case minAboveMax(min: Double, max: Double)
  /// A placement participant whose most hours are 0.
  case placementNeedsHours
  /// Placement weeks without a current company.
  case placementWeeksWithoutCompany
  /// An earlier placement at the current company.
  case earlierIsCurrent(company: String)
  /// `current.since` without a current company.
  case sinceWithoutCompany
  /// More placement weeks than weeks since `current.since` (before `week`).
  case placementWeeksSince(weeks: Int, possible: Int, since: String, week: String)
  /// Work days without a current company.
  case workWithoutCompany
  /// Agreed hours outside the participant's range.
  case agreedOutsideRange(agreed: Double, min: Double, max: Double)
  /// An employed track without its employment (the employer is kept).
  case employmentRequired(Track)
  /// An employment on a track without an employer.
  case employmentOnTrack(Track)
  /// `benefit.offSince` before `benefit.since`.
  case offBeforeSince(off: String, since: String)
  /// Off benefit on a track where they are still on benefit.
  case offBenefitOnTrack(Track)

  // A company.

  /// Work on a Saturday or Sunday (opening hours, locked days).
  case weekendWork
  /// A day's slots above the weekly slots.
  case daySlotsAboveWeekly(slots: Int, weekly: Int)
  /// Slots on a day the company is closed.
  case slotsWhenClosed

  // Locks, bans and who left benefit.

  /// A lock of a participant who is not on the placement track.
  case lockOffTrack(participant: String, track: Track)
  /// A participant locked to a second company (by the lock at `lock`, an index).
  case lockedTwice(participant: String, company: String, lock: Int)
  /// A lock that repeats the lock at `lock`.
  case lockRepeated(lock: Int)
  /// A ban from the company where the lock at `lock` puts them.
  case banWhereLocked(participant: String, company: String, lock: Int)
  /// An exit that does not leave benefit (only job, apprenticeship or education do).
  case notLeavingBenefit(ExitReason)
  /// The same person leaving benefit on the same day twice; `first` is the first's index.
  case leftBenefitTwice(participant: String, on: String, first: Int)

  // Reading the file: what a field holds.

  /// A required field that is missing.
  case required
  /// A field of the wrong type.
  case expected(Shape, found: Shape?)
  /// A field the format does not have (with the closest known one, when one is close).
  case unknownField(closest: String?)
  /// Text that is not a number.
  case notANumber(String)
  /// A number too large to be read.
  case tooLarge(Double)
  /// A number that is not whole.
  case notWhole(Double)
  /// Text that is not one of the choices (with the closest one, when one is close).
  case notOneOf(String, choices: [String], closest: String?)
  /// Text that is not a weekday (`mon` ... `sun`).
  case notAWeekday(String)
  /// Text that is not a time window like `08:00-12:00`.
  case notATimeWindow(String)
  /// Text that is not a time like `08:00`.
  case notATime(String)

  // Reading a change file.

  /// A change with none or several of `add`, `remove` and `set`.
  case oneOperation
  /// A change's path is not text.
  case notAChangePath
  /// `add` or `set` without a value (`set` clears an optional field with `null`).
  case valueRequired(set: Bool)
  /// `remove` with a value.
  case removeTakesNoValue

  // Applying a change file: what an operation's path does not find.

  /// `add` to a path that is not a list.
  case notAListAt(path: String)
  /// `add` of an entry whose id the list already has.
  case entryExists(path: String, id: String)
  /// `set` of a path that does not end in a field name.
  case setNeedsField(path: String)
  /// A path that leads into a value that is not an object (what it is).
  case cannotGoInto(Shape)
  /// No entry with that id in the list (`companies`, `locks`, ...).
  case noEntry(list: String, id: String)
  /// No entry at that index of the list.
  case noIndex(list: String, index: Int)
  /// No field of that name.
  case noField(String)
  /// No list of that name.
  case noList(String)
  /// `remove` of a path that names no entry or field.
  case notAnEntry(path: String)
  /// Not a path like `companies[aubo].slots`.
  case notAPath(String)
  /// A problem of the scenario the changes make, at the scenario's own path.
  indirect case afterChanges(path: String, ValidationProblem)

  // Reading a file's text, and plan files.

  /// The text is not valid JSON or YAML: where, and what was expected.
  case syntax(SyntaxError)
  /// A plan file's `format` that this version does not read (the formats it reads).
  case notAPlanFormat(String, readable: [Int])
  /// A value the field does not take.
  case invalidValue(String)

  // Beyond the scenario's own rules.

  /// More problems than are listed (the first ``listed`` are).
  case moreNotListed(count: Int, listed: Int)
  /// A sentence of the file reader that is not typed yet, shown as written (English).
  case written(String)
}

extension ValidationProblem {
  /// What a field holds, or must hold, in a scenario file.
  public enum Shape: String, Hashable, Sendable, CaseIterable {
    case null, boolean, number, string, list, object
    /// A list of strings.
    case strings
    /// A whole number of weeks.
    case weeks
    /// An object of company id to weeks.
    case companyWeeks
    /// A list of changes, or an object with `changes`.
    case changes
  }

  /// The case's name, a stable machine code (`minAboveMax`): for logs, JSON and tests.
  public var code: String {
    let mirror = Mirror(reflecting: self)
    if let label = mirror.children.first?.label { return label }
    return String(describing: self)
  }
}
