import MilenFormats
import Mustache

/// The printable week's Mustache templates (swift-mustache) and its A4 print style.
enum HTMLTemplates {
  static let css = Templates.text(PackageResources.week_css)

  static let document = Templates.text(PackageResources.document_mustache)

  static let overview = Templates.text(PackageResources.overview_mustache)

  /// The coordinator's own part: the programme's figures and break-even, every change with its
  /// reason, every shortfall with its reason, the waiting list in order, the moves to approve.
  static let coordinator = Templates.text(PackageResources.coordinator_mustache)

  static let company = Templates.text(PackageResources.company_mustache)

  static let mentor = Templates.text(PackageResources.mentor_mustache)

  static let participant = Templates.text(PackageResources.participant_mustache)

  /// The compiled templates; they are constants, so a parse error is a programming error.
  static let library: MustacheLibrary = {
    var templates: [String: MustacheTemplate] = [:]
    for (name, text) in [
      ("document", document), ("overview", overview), ("coordinator", coordinator),
      ("company", company), ("mentor", mentor),
      ("participant", participant),
    ] {
      templates[name] = try! MustacheTemplate(string: text)
    }
    return MustacheLibrary(templates: templates)
  }()
}
