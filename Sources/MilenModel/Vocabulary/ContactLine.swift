/// Whom to call and where to go, as a hand-out says it: the contact of a company, activity,
/// mentor or the coordinator, and a place. Held by id; rendered per language by the report
/// layer (`Kontakt hos Aubo: Jens H., tlf. 20 00 00 01`).
public enum ContactLine: Hashable, Sendable, Codable {
  /// The contact alone, for a table cell or a calendar's CONTACT
  /// (`Jens H., tlf. 20 00 00 01, e-mail jens@aubo.example`).
  case contact(Contact)
  /// The supervisor at a company (by id).
  case company(String, Contact)
  /// Whom to call about an activity (by id).
  case activity(String, Contact)
  /// A mentor (by id) and how to reach them.
  case mentor(String, Contact)
  /// Whom to call with questions: the coordinator, by name and number when the scenario gives
  /// them (else the programme's coordinator in general).
  case coordinator(Contact?)
  /// A mentee's (by id) own phone: on their mentor's hand-out only.
  case menteePhone(String, phone: String)
  /// Where to meet.
  case place(String)
}
