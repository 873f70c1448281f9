import MilenModel

/// Fixed word lists the generator draws from. Every person is invented: a first name and an
/// initial. Town names beyond the first sixteen are invented from syllables.
enum Catalogue {
  /// Danish first names (participants and mentors).
  static let firstNames = [
    "Emil", "Mikkel", "Laura", "Jakob", "Sofie", "Mathias", "Ida", "Frederik", "Emma", "Oliver",
    "Freja", "Lucas", "Clara", "William", "Anna", "Noah", "Mathilde", "Magnus", "Alberte",
    "Victor", "Karla", "Oscar", "Josefine", "Malthe", "Julie", "Tobias", "Caroline", "Rasmus",
    "Sara", "Sebastian", "Maja", "Christian", "Cecilie", "Andreas", "Nanna", "Jonas", "Signe",
    "Mads", "Line", "Kasper", "Camilla", "Nikolaj", "Mette", "Simon", "Louise", "Anders",
    "Katrine", "Daniel", "Amalie", "Alexander", "Astrid", "Marcus", "Liv", "Elias", "Sille",
    "Theis", "Asta", "Bjørn", "Ellen", "Søren", "Birgitte", "Hanne", "Jesper", "Lone", "Kim",
    "Tove", "Henrik", "Pia", "Morten", "Rikke", "Niels", "Dorte", "Jens", "Gitte", "Ahmad",
    "Yasmin", "Ali", "Leyla", "Omar", "Mira",
  ]

  /// Surname initials.
  static let initials = [
    "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "R", "S",
    "T", "U", "V", "W", "Ø", "Å",
  ]

  /// Surnames for company names ("Kjærs Tømrerfirma").
  static let surnames = [
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
    "Kjær", "Lund", "Holm", "Bach", "Møller", "Dahl", "Skov", "Vestergaard", "Bruun", "Krogh",
  ]

  /// Real town names in and around Herning Municipality (places, not people).
  static let townNames = [
    "Aulum", "Herning", "Sunds", "Kibæk", "Vildbjerg", "Gjellerup", "Lind", "Hammerum",
    "Sørvad", "Haderup", "Ørnhøj", "Arnborg", "Fasterholt", "Tjørring", "Skarrild", "Timring",
  ]

  /// Syllables for invented town names.
  static let townStems = [
    "Ål", "Bre", "Dam", "Eg", "Fas", "Gud", "Hol", "Is", "Kir", "Lun", "Mo", "Nør", "Od", "Ry",
    "Sk", "Tå", "Ul", "Ve", "Vin", "Øs", "Bal", "Gri", "Hjer", "Tor",
  ]

  /// Endings for invented town names.
  static let townEndings = [
    "bjerg", "by", "rup", "sted", "lund", "høj", "strup", "holm", "bæk", "skov", "drup", "lev",
    "um", "ring",
  ]

  /// Leisure interests (tags, matched against activity tags).
  static let interests = [
    "fitness", "football", "gaming", "music", "cooking", "crafts", "boardgames", "coffee",
    "books", "cars", "plants", "animals", "volunteering", "handball", "drawing", "fishing",
  ]

  /// Competences a mentor may have and a participant may need, with how often they are needed.
  static let competences: [(String, Double)] = [
    ("anxiety", 0.45), ("housingTraining", 0.3), ("addiction", 0.12), ("language", 0.13),
  ]

  /// Workplace accommodations.
  static let accommodations = ["quietPlace", "noHeavyLifting", "shortDays", "fixedSupervisor"]

  /// A line of business: its tasks, usual hours, typical names and requirements.
  struct Sector: Sendable {
    var name: String
    var nouns: [String]
    var tasks: [String]
    /// Usual opening hours, Monday to Thursday (Friday may close earlier).
    var open: [String]
    var licence: Double
    var minimumAge: Double
    var weight: Double
  }

  /// The sectors of local firms.
  static let sectors: [Sector] = [
    Sector(
      name: "kitchen manufacturing", nouns: ["Køkkener", "Snedkeri"],
      tasks: ["production", "assembly", "woodwork", "warehouse"],
      open: ["07:00-15:30", "07:00-15:00"], licence: 0.02, minimumAge: 0.4, weight: 0.6),
    Sector(
      name: "webshop and logistics", nouns: ["Logistik", "Webshop", "Fragt"],
      tasks: ["packing", "warehouse", "customerService", "office"],
      open: ["08:00-16:00", "07:00-15:00"], licence: 0.05, minimumAge: 0.1, weight: 1),
    Sector(
      name: "plants and garden products", nouns: ["Planteskole", "Havecenter", "Gartneri"],
      tasks: ["plants", "gardening", "packing"], open: ["07:00-15:00", "08:00-16:00"],
      licence: 0.05, minimumAge: 0, weight: 0.8),
    Sector(
      name: "metal and machinery", nouns: ["Maskinfabrik", "Smedie", "Stål"],
      tasks: ["metalwork", "welding", "warehouse"], open: ["07:00-15:00", "06:30-14:30"],
      licence: 0.05, minimumAge: 0.5, weight: 0.8),
    Sector(
      name: "building and construction", nouns: ["Tømrerfirma", "Byg", "Murerfirma"],
      tasks: ["building", "carpentry"], open: ["07:00-15:00"], licence: 0.6, minimumAge: 0.4,
      weight: 0.8),
    Sector(
      name: "car repair and service", nouns: ["Auto", "Autoværksted", "Bilpleje"],
      tasks: ["mechanics", "carCare", "cleaning"], open: ["07:30-16:00", "08:00-16:30"],
      licence: 0.2, minimumAge: 0.2, weight: 0.8),
    Sector(
      name: "bakery", nouns: ["Bageri", "Brød & Kage"], tasks: ["baking", "sales", "cleaning"],
      open: ["06:00-13:00", "06:00-14:00"], licence: 0, minimumAge: 0, weight: 0.6),
    Sector(
      name: "supermarket", nouns: ["Købmand", "Dagligvarer", "Minimarked"],
      tasks: ["sales", "shelving", "warehouse", "customerService"],
      open: ["07:00-19:00", "08:00-18:00"], licence: 0, minimumAge: 0.1, weight: 1),
    Sector(
      name: "care home", nouns: ["Plejecenter", "Bofællesskab"],
      tasks: ["care", "cleaning", "cooking"], open: ["07:00-15:00", "08:00-16:00"],
      licence: 0.05, minimumAge: 0.5, weight: 0.6),
    Sector(
      name: "kindergarten", nouns: ["Børnehave", "Vuggestue"],
      tasks: ["childcare", "cooking", "cleaning"], open: ["06:30-16:30", "07:00-16:00"],
      licence: 0, minimumAge: 0.3, weight: 0.5),
    Sector(
      name: "farm", nouns: ["Gård", "Landbrug", "Kvægbrug"],
      tasks: ["animals", "agriculture", "driving"], open: ["06:00-15:00", "07:00-16:00"],
      licence: 0.5, minimumAge: 0.2, weight: 0.6),
    Sector(
      name: "café and restaurant", nouns: ["Café", "Kro", "Spisehus"],
      tasks: ["cooking", "serving", "cleaning"], open: ["10:00-20:00", "09:00-17:00"],
      licence: 0, minimumAge: 0.2, weight: 0.8),
    Sector(
      name: "office and IT", nouns: ["Data", "Regnskab", "IT"],
      tasks: ["office", "it", "customerService"], open: ["08:00-16:00"], licence: 0,
      minimumAge: 0, weight: 0.5),
    Sector(
      name: "cleaning", nouns: ["Rengøring", "Service"], tasks: ["cleaning", "driving"],
      open: ["06:00-14:00", "07:00-15:00"], licence: 0.5, minimumAge: 0.1, weight: 0.5),
    Sector(
      name: "furniture workshop", nouns: ["Møbler", "Polstring"],
      tasks: ["woodwork", "upholstery", "assembly"], open: ["07:00-15:00"], licence: 0,
      minimumAge: 0.2, weight: 0.4),
    Sector(
      name: "second-hand shop", nouns: ["Genbrug", "Genbrugsbutik"],
      tasks: ["sales", "sorting", "customerService"], open: ["10:00-17:30", "09:30-17:00"],
      licence: 0, minimumAge: 0, weight: 0.5),
  ]

  /// Outside employers for the job track when the town has no company in the scenario.
  static let outsideEmployers = [
    "Kommunens materielgård", "Egnens Købmand", "Regionens Vaskeri", "Egnens Transport",
  ]

  /// A social activity beyond the town's fixed programme.
  struct Extra: Sendable {
    var slug: String
    var name: String
    var kind: ActivityKind
    var tags: [String]
    var times: [String]
  }

  /// Extra sessions a town can offer.
  static let extras: [Extra] = [
    Extra(
      slug: "fodbold", name: "Fodbold i idrætsforeningen", kind: .club,
      tags: ["football", "fitness", "club"], times: ["17:00-18:30", "18:00-19:30"]),
    Extra(
      slug: "madklub", name: "Madklubben", kind: .club, tags: ["cooking", "friends"],
      times: ["16:30-18:30", "17:00-19:00"]),
    Extra(
      slug: "braetspil", name: "Brætspilscafé", kind: .club,
      tags: ["boardgames", "gaming", "coffee"],
      times: ["16:00-18:00", "18:00-20:00"]),
    Extra(
      slug: "genbrug", name: "Frivillig i genbrugsbutikken", kind: .club,
      tags: ["volunteering", "crafts"], times: ["10:00-12:00", "13:00-15:00"]),
    Extra(
      slug: "gaatur", name: "Gåtur med snak", kind: .training,
      tags: ["fitness", "health", "friends"],
      times: ["10:00-11:30", "15:00-16:30"]),
    Extra(
      slug: "musik", name: "Musikværkstedet", kind: .club, tags: ["music", "friends"],
      times: ["17:00-19:00", "16:00-18:00"]),
    Extra(
      slug: "haandbold", name: "Håndbold for begyndere", kind: .training,
      tags: ["handball", "fitness", "club"], times: ["17:30-19:00"]),
    Extra(
      slug: "kreativ", name: "Kreativt værksted", kind: .club, tags: ["crafts", "drawing"],
      times: ["13:00-15:00", "16:00-18:00"]),
    Extra(
      slug: "fiskeklub", name: "Lystfiskerklubben", kind: .club, tags: ["fishing", "club"],
      times: ["16:00-18:00", "09:00-11:00"]),
    Extra(
      slug: "hverdag", name: "Hverdagsliv: økonomi og bolig", kind: .teaching,
      tags: ["housing", "economy"], times: ["10:00-12:00", "13:00-14:30"]),
  ]
}
