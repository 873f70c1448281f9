import MilenModel

/// A number rounded to one decimal (printed as `1.2`, never `1.2000000000000002`).
func tenth(_ x: Double) -> Double { (x * 10).rounded() / 10 }

/// Integer counts proportional to `weights` that sum exactly to `total` (largest remainder;
/// ties go to the lower index).
func apportion(_ total: Int, weights: [Double]) -> [Int] {
  guard !weights.isEmpty else { return [] }
  let sum = weights.reduce(0, +)
  guard sum > 0, total > 0 else { return weights.map { _ in 0 } }
  let exact = weights.map { Double(total) * $0 / sum }
  var counts = exact.map { Int($0.rounded(.down)) }
  let order = exact.indices.sorted {
    let a = exact[$0] - Double(counts[$0])
    let b = exact[$1] - Double(counts[$1])
    return a != b ? a > b : $0 < $1
  }
  var left = total - counts.reduce(0, +)
  var k = 0
  while left > 0 {
    counts[order[k % order.count]] += 1
    left -= 1
    k += 1
  }
  return counts
}
