import Foundation

/// Charts drawn as inline SVG: bars and lines over the season's weeks, with a value axis on
/// the left (and one on the right for a second series), week numbers below.
public struct SeasonChart: Sendable {
  /// One series of values, one per week.
  public struct Series: Sendable {
    /// How it is drawn.
    public enum Kind: Sendable {
      /// Bars, on the left axis.
      case bars
      /// A line with dots, on the left axis.
      case line
      /// A dashed step line (a threshold such as break-even), on the left axis.
      case threshold
      /// A line on the right axis.
      case rightLine
    }
    /// Its legend.
    public var label: String
    /// How it is drawn.
    public var kind: Kind
    /// Its colour (CSS).
    public var colour: String
    /// One value per week.
    public var values: [Double]

    /// A series.
    public init(label: String, kind: Kind, colour: String, values: [Double]) {
      self.label = label
      self.kind = kind
      self.colour = colour
      self.values = values
    }
  }

  /// The chart's title (also its accessible name).
  public var title: String
  /// The week labels under the axis (`5`, `6`, ...).
  public var weeks: [String]
  /// The series.
  public var series: [Series]
  /// The drawing's size.
  public var width = 640.0
  /// The drawing's height.
  public var height = 220.0

  /// A chart.
  public init(title: String, weeks: [String], series: [Series]) {
    self.title = title
    self.weeks = weeks
    self.series = series
  }

  /// A round top for an axis holding `x`: 1, 2 or 5 times a power of ten, at least 1.
  static func niceTop(_ x: Double) -> Double {
    guard x > 0 else { return 1 }
    let p = pow(10, floor(log10(x)))
    for m in [1.0, 2, 5, 10] where m * p >= x { return m * p }
    return 10 * p
  }

  static func f(_ x: Double) -> String {
    let r = (x * 10).rounded() / 10
    return r == r.rounded() ? String(Int(r)) : String(r)
  }

  /// The SVG element.
  public func svg(number: (Double) -> String) -> String {
    let left = 44.0
    let right = series.contains { $0.kind == .rightLine } ? 48.0 : 12.0
    let top = 12.0
    let bottom = 46.0
    let plotW = width - left - right
    let plotH = height - top - bottom
    let n = max(weeks.count, 1)
    let step = plotW / Double(n)
    let leftMax = Self.niceTop(
      series.filter { $0.kind != .rightLine }.flatMap(\.values).max() ?? 0)
    let rightMax = Self.niceTop(
      series.filter { $0.kind == .rightLine }.flatMap(\.values).max() ?? 0)
    func y(_ v: Double, _ scaleTop: Double) -> Double { top + plotH - v / scaleTop * plotH }
    func x(_ i: Int) -> Double { left + step * (Double(i) + 0.5) }
    var s =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 \(Self.f(width)) \(Self.f(height))\" width=\"\(Self.f(width))\" height=\"\(Self.f(height))\" aria-label=\"\(HTMLText.escape(title))\">"
    s += "<title>\(HTMLText.escape(title))</title>"
    // Grid and left axis: whole steps where the top allows (5 = 5 x 1, 20 = 4 x 5).
    let ticks = [5, 4, 2].first { (leftMax / Double($0)).rounded() == leftMax / Double($0) } ?? 4
    for k in 0...ticks {
      let v = leftMax * Double(k) / Double(ticks)
      let yy = y(v, leftMax)
      s +=
        "<line x1=\"\(Self.f(left))\" y1=\"\(Self.f(yy))\" x2=\"\(Self.f(left + plotW))\" y2=\"\(Self.f(yy))\" stroke=\"#ddd\"/>"
      s +=
        "<text x=\"\(Self.f(left - 6))\" y=\"\(Self.f(yy + 4))\" text-anchor=\"end\" font-size=\"11\">\(number(v))</text>"
      if rightMax > 0 && series.contains(where: { $0.kind == .rightLine }) {
        let rv = rightMax * Double(k) / Double(ticks)
        s +=
          "<text x=\"\(Self.f(left + plotW + 6))\" y=\"\(Self.f(yy + 4))\" font-size=\"11\">\(number(rv))</text>"
      }
    }
    let every = max(1, Int((Double(n) / 13).rounded(.up)))
    for (i, w) in weeks.enumerated() where i % every == 0 {
      s +=
        "<text x=\"\(Self.f(x(i)))\" y=\"\(Self.f(top + plotH + 16))\" text-anchor=\"middle\" font-size=\"11\">\(HTMLText.escape(w))</text>"
    }
    for se in series {
      switch se.kind {
      case .bars:
        let bars = series.filter { $0.kind == .bars }
        let k = Double(bars.firstIndex { $0.label == se.label } ?? 0)
        let bw = step * 0.7 / Double(bars.count)
        for (i, v) in se.values.enumerated() {
          let yy = y(v, leftMax)
          s +=
            "<rect x=\"\(Self.f(x(i) - step * 0.35 + k * bw))\" y=\"\(Self.f(yy))\" width=\"\(Self.f(bw))\" height=\"\(Self.f(top + plotH - yy))\" fill=\"\(se.colour)\"><title>\(HTMLText.escape(weeks[safe: i] ?? "")): \(number(v))</title></rect>"
        }
      case .line, .rightLine:
        let topV = se.kind == .line ? leftMax : rightMax
        let pts = se.values.enumerated().map {
          "\(Self.f(x($0.offset))),\(Self.f(y($0.element, topV)))"
        }
        s +=
          "<polyline fill=\"none\" stroke=\"\(se.colour)\" stroke-width=\"2\" points=\"\(pts.joined(separator: " "))\"/>"
        for (i, v) in se.values.enumerated() {
          s +=
            "<circle cx=\"\(Self.f(x(i)))\" cy=\"\(Self.f(y(v, topV)))\" r=\"3\" fill=\"\(se.colour)\"><title>\(HTMLText.escape(weeks[safe: i] ?? "")): \(number(v))</title></circle>"
        }
      case .threshold:
        var d = ""
        for (i, v) in se.values.enumerated() {
          let yy = Self.f(y(v, leftMax))
          d +=
            (i == 0 ? "M" : "L")
            + "\(Self.f(left + step * Double(i))),\(yy)L\(Self.f(left + step * Double(i + 1))),\(yy)"
        }
        s +=
          "<path d=\"\(d)\" fill=\"none\" stroke=\"\(se.colour)\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
      }
    }
    // Legend.
    var lx = left
    for se in series {
      let ly = height - 10
      s +=
        "<rect x=\"\(Self.f(lx))\" y=\"\(Self.f(ly - 9))\" width=\"12\" height=\"10\" fill=\"\(se.colour)\"/>"
      s +=
        "<text x=\"\(Self.f(lx + 16))\" y=\"\(Self.f(ly))\" font-size=\"11\">\(HTMLText.escape(se.label))</text>"
      lx += 28 + Double(se.label.count) * 6.2
    }
    s += "</svg>"
    return s
  }
}

extension Array {
  subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}

/// Escaping for HTML text and attribute values.
public enum HTMLText {
  /// `&`, `<`, `>`, `"` and `'` as entities.
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.count)
    for ch in s {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(ch)
      }
    }
    return out
  }
}
