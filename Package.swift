// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Milen",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "milen", targets: ["milen"]),
    .library(name: "GLPK", targets: ["GLPK"]),
    .library(name: "MilenModel", targets: ["MilenModel"]),
    .library(name: "MilenSolver", targets: ["MilenSolver"]),
    .library(name: "MilenCheck", targets: ["MilenCheck"]),
    .library(name: "MilenFormats", targets: ["MilenFormats"]),
    .library(name: "MilenReports", targets: ["MilenReports"]),
    .library(name: "MilenWorkflow", targets: ["MilenWorkflow"]),
    .library(name: "MilenGenerator", targets: ["MilenGenerator"]),
    .library(name: "MilenServe", targets: ["MilenServe"]),
    .library(name: "MilenSeason", targets: ["MilenSeason"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    // SHA-256 for fingerprints (already in the graph through Hummingbird's dependencies).
    .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
    .package(
      url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1",
      traits: ["FullFoundation"]),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // GLPK's C API, from Debian's libglpk-dev (no pkg-config file is shipped).
    .systemLibrary(name: "CGLPK", path: "Sources/CGLPK", providers: [.apt(["libglpk-dev"])]),
    // A last-resort guard: GLPK's fatal-error hook with setjmp/longjmp, which Swift cannot do.
    .target(name: "CGLPKGuard", dependencies: ["CGLPK"], path: "Sources/CGLPKGuard"),
    // The safe Swift binding: the only Swift code that imports CGLPK.
    .target(name: "GLPK", dependencies: ["CGLPK", "CGLPKGuard"]),
    // Domain types and scenario validation.
    .target(name: "MilenModel"),
    .target(name: "MilenGenerator", dependencies: ["MilenModel"]),
    // The independent plan checker: shares no code with the formulation.
    .target(name: "MilenCheck", dependencies: ["MilenModel"]),
    // Formulation, plan decoding, explanations.
    .target(name: "MilenSolver", dependencies: ["GLPK", "MilenModel"]),
    // File formats: scenarios (JSON, YAML, change files), plan files, the spreadsheet template,
    // calendars, fingerprints and the atomic writing of files and folders.
    .target(
      name: "MilenFormats",
      dependencies: [
        "MilenModel", "MilenSolver", "Yams",
        .product(name: "CSV", package: "CSV.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // What people read: the vocabulary rendered per language, reports, views, hand-outs, HTML.
    .target(
      name: "MilenReports",
      dependencies: [
        "MilenModel", "MilenSolver", "MilenCheck", "MilenFormats",
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      // The printable week's templates, embedded into the binary (no bundle to ship).
      resources: [
        .embedInCode("HTML/Templates/week.css"),
        .embedInCode("HTML/Templates/document.mustache"),
        .embedInCode("HTML/Templates/overview.mustache"),
        .embedInCode("HTML/Templates/coordinator.mustache"),
        .embedInCode("HTML/Templates/company.mustache"),
        .embedInCode("HTML/Templates/mentor.mustache"),
        .embedInCode("HTML/Templates/participant.mustache"),
      ]
    ),
    // The weekly workflow: checked planning, rolling a week forward, what-if and simulation.
    .target(
      name: "MilenWorkflow",
      dependencies: ["MilenModel", "MilenSolver", "MilenCheck", "MilenFormats", "MilenReports"]
    ),
    // The season: a history of weeks in SQLite (GRDB), its evaluation and business case.
    .target(
      name: "MilenSeason",
      dependencies: [
        "MilenFormats", "MilenReports", "MilenWorkflow", "MilenModel",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      // The season report's style, embedded into the binary.
      resources: [.embedInCode("Templates/season.css")]
    ),
    // The local planning page (`milen serve`): a Hummingbird server over the layers below.
    .target(
      name: "MilenServe",
      dependencies: [
        "MilenFormats", "MilenReports", "MilenWorkflow", "MilenSolver", "MilenModel",
        "MilenSeason", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      // The page's templates, script and style, embedded into the binary (no bundle to ship).
      resources: [
        .embedInCode("Templates/page-document.mustache"),
        .embedInCode("Templates/page-app.mustache"),
        .embedInCode("Templates/page-audiences.mustache"),
        .embedInCode("Templates/page-grid.mustache"),
        .embedInCode("Templates/page-gridview.mustache"),
        .embedInCode("Templates/page-pager.mustache"),
        .embedInCode("Templates/page-whatif.mustache"),
        .embedInCode("Templates/page.js"),
        .embedInCode("Templates/page.css"),
      ]
    ),
    .executableTarget(
      name: "milen",
      dependencies: [
        "MilenFormats", "MilenReports", "MilenWorkflow", "MilenSolver", "MilenCheck",
        "MilenModel", "MilenGenerator", "MilenServe", "MilenSeason",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "GLPKTests", dependencies: ["GLPK"]),
    .testTarget(name: "MilenCheckTests", dependencies: ["MilenCheck", "MilenModel"]),
    .testTarget(
      name: "MilenFormatsTests",
      dependencies: ["MilenFormats", "MilenReports", "MilenModel", "MilenSolver"]),
    .testTarget(
      name: "MilenReportsTests",
      dependencies: [
        "MilenReports", "MilenFormats", "MilenWorkflow", "MilenModel", "MilenSolver",
        "MilenGenerator", "MilenCheck",
      ]),
    .target(
      name: "MilenTestSupport", dependencies: ["MilenModel", "MilenSolver", "MilenCheck"],
      path: "Tests/MilenTestSupport"),
    .testTarget(
      name: "MilenSolverTests",
      dependencies: [
        "MilenSolver", "MilenModel", "MilenCheck", "MilenFormats", "MilenReports", "MilenWorkflow",
        "MilenTestSupport", "MilenGenerator",
        "GLPK",
      ]),
    .testTarget(
      name: "MilenCLITests",
      dependencies: [
        "milen", "MilenFormats", "MilenReports", "MilenWorkflow", "MilenModel", "MilenTestSupport",
        "MilenSeason", "MilenSolver",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      exclude: ["Golden"]),
    .testTarget(
      name: "MilenServeTests",
      dependencies: [
        "MilenServe", "MilenFormats", "MilenReports", "MilenWorkflow", "MilenModel", "MilenSolver",
        "MilenCheck", "MilenTestSupport", "MilenGenerator",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]),
    .testTarget(
      name: "MilenSeasonTests",
      dependencies: [
        "MilenSeason", "MilenFormats", "MilenReports", "MilenWorkflow", "MilenModel", "MilenSolver",
        "MilenCheck", "MilenGenerator",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "MilenGeneratorTests",
      dependencies: [
        "MilenGenerator", "MilenModel", "MilenFormats", "MilenReports", "MilenWorkflow",
        "MilenSolver", "MilenCheck",
      ]),
  ],
  swiftLanguageModes: [.v6]
)
