/// How the planning page draws the week grid: whole up to ``threshold`` people (the Aulum
/// week's 29 rows come at once, as always), a page of ``pageSize`` people at a time above it.
/// At L (2,750 people) the whole grid was 3.3 MB of a 4.0 MB page and took the browser 2.4 s
/// and more to draw (issue 22); the other pages come from `GET /api/grid?page=N`, and a
/// search over every person's name and id from `GET /api/grid?q=TEXT`.
public struct GridPaging: Sendable, Hashable {
  /// The most people drawn in one grid; a week with more is paged.
  public var threshold: Int
  /// The people on one page of a paged grid (and the most a search shows).
  public var pageSize: Int

  /// Paged above 200 people, 100 a page.
  public static let standard = GridPaging(threshold: 200, pageSize: 100)

  /// Paging of its parts; both are at least 1.
  public init(threshold: Int, pageSize: Int) {
    self.threshold = max(1, threshold)
    self.pageSize = max(1, pageSize)
  }

  /// Whether a week of `people` rows is drawn a page at a time.
  public func isPaged(_ people: Int) -> Bool { people > threshold }

  /// How many pages `people` rows make (at least one, for an empty week).
  public func pages(_ people: Int) -> Int { max(1, (people + pageSize - 1) / pageSize) }

  /// The rows (indices into the plan's people) of page `page`, counted from 1; empty when
  /// there is no such page.
  public func rows(page: Int, of people: Int) -> Range<Int> {
    guard page >= 1, page <= pages(people) else { return 0..<0 }
    let start = (page - 1) * pageSize
    return min(start, people)..<min(start + pageSize, people)
  }
}
