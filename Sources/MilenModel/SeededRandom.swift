/// A tiny seeded pseudo-random generator (SplitMix64): the same seed gives the same stream
/// on every platform, so a generated scenario repeats byte for byte. Deliberately not a
/// `RandomNumberGenerator` conformance, so no standard-library API can draw from it in a way
/// that might change between Swift versions.
public struct SeededRandom: Sendable {
  private var state: UInt64

  /// A stream from its seed.
  public init(seed: UInt64) { state = seed }

  /// A stream derived from a seed and a salt (independent of the parent stream's position).
  public init(seed: UInt64, salt: UInt64) {
    var mixer = SeededRandom(seed: seed ^ (salt &* 0xD1B5_4A32_D192_ED03))
    state = mixer.next()
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer below `bound` (> 0), without modulo bias (Lemire's method).
  public mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "empty range")
    let n = UInt64(bound)
    let threshold = (0 &- n) % n
    while true {
      let (high, low) = next().multipliedFullWidth(by: n)
      if low >= threshold { return Int(high) }
    }
  }

  /// A uniform integer in the range.
  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }

  /// A uniform number in [0, 1), from 53 random bits.
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// A uniform number in the range.
  public mutating func double(_ range: ClosedRange<Double>) -> Double {
    range.lowerBound + unit() * (range.upperBound - range.lowerBound)
  }

  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// One element, uniformly.
  public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// An index drawn with the given (non-negative) weights.
  public mutating func weighted(_ weights: [Double]) -> Int {
    let total = weights.reduce(0, +)
    var r = unit() * total
    for (i, w) in weights.enumerated() {
      if r < w { return i }
      r -= w
    }
    return weights.count - 1
  }

  /// One element, drawn with weights.
  public mutating func weightedPick<T>(_ items: [(T, Double)]) -> T {
    items[weighted(items.map(\.1))].0
  }

  /// The items in a uniformly random order (Fisher-Yates).
  public mutating func shuffled<T>(_ items: [T]) -> [T] {
    var a = items
    var i = a.count
    while i > 1 {
      let j = below(i)
      i -= 1
      a.swapAt(i, j)
    }
    return a
  }

  /// `k` distinct items (all if fewer), kept in their original order.
  public mutating func sample<T>(_ items: [T], _ k: Int) -> [T] {
    guard k < items.count else { return items }
    let chosen = shuffled(Array(items.indices)).prefix(max(0, k)).sorted()
    return chosen.map { items[$0] }
  }

  /// A point uniformly inside a disc around `centre`, rounded to 0.1 km. Rejection sampling
  /// (no trigonometry), so every platform computes the same point.
  public mutating func point(near centre: Location, radius: Double) -> Location {
    while true {
      let x = unit() * 2 - 1
      let y = unit() * 2 - 1
      if x * x + y * y <= 1 {
        func tenth(_ v: Double) -> Double { (v * 10).rounded() / 10 }
        return Location(x: tenth(centre.x + radius * x), y: tenth(centre.y + radius * y))
      }
    }
  }
}
