import MilenReports
import Mustache

/// The planning page's Mustache templates (swift-mustache). Every `{{value}}` is HTML-escaped
/// (`& < > " '`); the only unescaped insertion is the rendered app fragment into the document.
enum PageTemplates {
  static let document = Templates.text(PackageResources.page_document_mustache)

  static let app = Templates.text(PackageResources.page_app_mustache)

  /// Every audience's download links, fetched when *everyone* is unfolded (`GET
  /// /api/audiences`): at L they were 1.5 MB of the page.
  static let audiences = Templates.text(PackageResources.page_audiences_mustache)

  static let grid = Templates.text(PackageResources.page_grid_mustache)

  /// A large week's pager: the search, the pages, and the first page's rows in the view the
  /// other pages replace (issue 22).
  static let pager = Templates.text(PackageResources.page_pager_mustache)

  /// What `GET /api/grid` answers: a line saying which people are shown, and their rows.
  static let gridview = Templates.text(PackageResources.page_gridview_mustache)

  static let whatif = Templates.text(PackageResources.page_whatif_mustache)

  /// The compiled templates; they are constants, so a parse error is a programming error.
  static let library: MustacheLibrary = {
    var templates: [String: MustacheTemplate] = [:]
    for (name, text) in [
      ("document", document), ("app", app), ("grid", grid), ("whatif", whatif),
      ("audiences", audiences), ("pager", pager), ("gridview", gridview),
    ] {
      templates[name] = try! MustacheTemplate(string: text)
    }
    return MustacheLibrary(templates: templates)
  }()
}
