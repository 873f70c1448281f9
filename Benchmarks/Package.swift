// swift-tools-version: 6.1
// Milen's benchmarks: a separate package, so that `swift build` and `swift test` of the main
// package never build package-benchmark. Run from this folder: `swift package benchmark`.
import PackageDescription

let package = Package(
  name: "MilenBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "Milen", path: ".."),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "PlanBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "MilenSolver", package: "Milen"),
        .product(name: "MilenFormats", package: "Milen"),
        .product(name: "MilenReports", package: "Milen"),
        .product(name: "MilenWorkflow", package: "Milen"),
        .product(name: "MilenModel", package: "Milen"),
        .product(name: "MilenGenerator", package: "Milen"),
      ],
      path: "Benchmarks/PlanBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ],
  swiftLanguageModes: [.v6]
)
