import MilenFormats
import MilenModel

extension ScenarioSheets {
  /// What each setting of `indstillinger.csv` means, in Danish: the explanation the Danish
  /// sheets and the template print beside it (a test requires one for every setting).
  static let danishSettingDocs: [String: String] = {
    var docs: [String: String] = [
      "uge": "ugen som ISO-uge, fx 2026-W02",
      "koordinator_timer": "koordinatorens timer om ugen",
      "faste_timer": "faste timer til netværk, virksomheder og ledelse",
      "koordinator_navn": "koordinatorens navn, på alle udleveringer",
      "koordinator_telefon": "koordinatorens telefon, på alle udleveringer",
      "koordinator_email": "koordinatorens e-mail, på alle udleveringer",
      "koordinator_adresse": "koordinatorens kontor eller projektets mødested",
      "rejsetid_min": "minutter mellem besøg to forskellige steder i koordinatorens kalender"
        + " (tom = 15)",
      "break_even": "antal deltagere, hvor projektet løber rundt",
      "mål": "ønsket antal deltagere",
      "stillingspris": "prisen for én stilling om året, kr.",
      "stillinger": "antal stillinger",
      "besparelse_pr_deltager":
        "besparelse om året pr. person ude af ydelse, kr., i stedet for satserne og refusionen"
        + " (tom = beregnet af dem)",
      "ydelse_pr_måned": "ydelse om måneden, under 30, ikke hjemmeboende, kr. (tom = 7.200)",
      "ydelse_hjemmeboende_pr_måned":
        "ydelse om måneden, under 30, hjemmeboende, kr. (tom = 2.900)",
      "refusion":
        "statens refusion efter uger på ydelse: 4: 80 % / 26: 40 % / 52: 30 % / 20 % (tom = disse)",
      "uger_på_ydelse_ukendt": "uger på ydelse, når det ikke er oplyst (tom = 52)",
      "afgang_varer_uger": "uger en afgang fra ydelse tælles med (tom = 52)",
      "vejleder_pris": "en almindelig vejleders pris om året, kr. (tom = 500.000)",
      "vejleder_unge": "antal unge, en almindelig vejleder har (tom = 15)",
      "sociale_pr_uge": "ønskede sociale aktiviteter om ugen",
      "tidsgrænse_s": "beregningens tidsgrænse i sekunder",
      "gap": "tilladt afstand til det bedst mulige (0 = bevis det bedste)",
      "korteste_dag":
        "korteste arbejdsdag i timer, medmindre ugens aftalte timer er færre (tom = 3)",
      "korteste_korte_dag":
        "korteste arbejdsdag i timer for den, der har brug for korte dage (tom = 2)",
      "max_skift":
        "højst så mange frivillige skift af virksomhed eller mentor (tom = ingen grænse)",
      "rullet_fra_uge":
        "ugen for sidste uges plan, som denne uge er rullet videre fra (milen next; med"
        + " rullet_fra_plan)",
      "rullet_fra_plan": "den plans fingeraftryk (med rullet_fra_uge)",
    ]
    for t in Track.allCases {
      let word = Localizer.danish.track(t).lowercased()
      docs["opfølgning_\(word.replacingOccurrences(of: " ", with: "_"))"] =
        "opfølgningstimer om ugen pr. deltager i forløbet \(word)"
    }
    return docs
  }()
}
