import MilenReports

/// The planning page's script and style, served as files of their own so that the page's
/// Content-Security-Policy can forbid every inline script.
enum PageAssets {
  /// Sends each action as JSON and puts the page the server answers in place. Nothing here
  /// builds HTML from data: the server renders (and escapes) every fragment.
  static let script = Templates.text(PackageResources.page_js)

  /// A calm screen layout; the week's colours are the printable week's.
  static let style = Templates.text(PackageResources.page_css)
}
