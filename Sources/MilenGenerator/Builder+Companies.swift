import MilenModel

extension Builder {
  /// The town's local firms: mostly small, a few large; 1-4 placement slots, sometimes fewer
  /// on a weekday; some subsidised staff already there; a few requirements and
  /// accommodations offered.
  mutating func makeCompanies(in t: Int) {
    let town = towns[t]
    var usedNames: Set<String> = []
    for _ in 0..<town.companyCount {
      let sector = Catalogue.sectors[rng.weighted(Catalogue.sectors.map(\.weight))]
      var name = companyName(sector, town: town.name)
      var tries = 0
      while usedNames.contains(name) && tries < 6 {
        name = companyName(sector, town: town.name)
        tries += 1
      }
      if usedNames.contains(name) { name += " & Søn" }
      if usedNames.contains(name) { name += " \(usedNames.count)" }
      usedNames.insert(name)
      let base = name.hasPrefix(town.name) ? slug(name) : "\(town.slug)-\(slug(name))"
      let id = ids.claim(base)

      let employees = employeeCount()
      var slots = rng.weightedPick([(1, 0.4), (2, 0.35), (3, 0.15), (4, 0.1)])
      if employees >= 80 { slots = max(slots, rng.int(2...4)) }
      let taskCount = min(sector.tasks.count, rng.int(2...4))
      let tasks = rng.sample(sector.tasks, taskCount)
      let open = openingHours(sector)
      var slotsPerDay: [Weekday: Int] = [:]
      if slots >= 2 && rng.chance(0.25) {
        let openDays = Weekday.workdays.filter { open[$0] != nil }
        for d in rng.sample(openDays, rng.int(1...2)) { slotsPerDay[d] = rng.int(1...(slots - 1)) }
      }
      let subsidised = rng.weightedPick([(0, 0.6), (1, 0.3), (2, 0.1)])
      var requirements = Requirements()
      requirements.drivingLicence = rng.chance(sector.licence)
      if rng.chance(sector.minimumAge) { requirements.minimumAge = 18 }
      let accommodations = Catalogue.accommodations.filter { _ in rng.chance(0.35) }
      let company = Company(
        id: id, name: name, sector: sector.name, tasks: tasks, open: open, slots: slots,
        slotsPerDay: slotsPerDay, ordinaryEmployees: employees, subsidisedStaff: subsidised,
        requirements: requirements, accommodations: accommodations,
        location: rng.point(near: town.centre, radius: Builder.companyRadius), town: town.name)
      towns[t].companies.append(scenario.companies.count)
      scenario.companies.append(company)
    }
  }

  /// Ordinary employees of a local firm: mostly 3-25, some up to 150, a few big.
  mutating func employeeCount() -> Int {
    switch rng.weighted([0.62, 0.24, 0.11, 0.03]) {
    case 0: return rng.int(3...25)
    case 1: return rng.int(26...80)
    case 2: return rng.int(81...150)
    default: return rng.int(151...600)
    }
  }

  mutating func companyName(_ sector: Catalogue.Sector, town: String) -> String {
    let noun = rng.pick(sector.nouns)
    switch rng.below(3) {
    case 0: return "\(rng.pick(Catalogue.surnames))s \(noun)"
    case 1: return "\(town) \(noun)"
    default: return "\(noun) \(rng.pick(["Midt", "Vest", "Nord", "Syd", "Centrum", "Øst"]))"
    }
  }

  /// Open Monday to Friday in the sector's usual hours, Friday sometimes shorter, now and
  /// then closed one weekday.
  mutating func openingHours(_ sector: Catalogue.Sector) -> [Weekday: TimeWindow] {
    let usual = window(rng.pick(sector.open))
    var open: [Weekday: TimeWindow] = [:]
    for d in Weekday.workdays { open[d] = usual }
    if rng.chance(0.5) {
      let shorter = TimeOfDay(minutes: max(usual.start.minutes + 240, usual.end.minutes - 150))
      open[.fri] = TimeWindow(start: usual.start, end: min(usual.end, shorter))
    }
    if rng.chance(0.08) { open[rng.pick(Weekday.workdays)] = nil }
    return open
  }
}
