import Benchmark
import Foundation
import MilenGenerator
import MilenFormats
import MilenReports
import MilenWorkflow
import MilenModel
import MilenSolver

// Deterministic work counters: the CI guard (thresholds in Thresholds/) fails when one of them
// regresses by more than 10 %; wall-clock time has a generous 3x tolerance (2-core shared
// machines are noisy). See docs/performance.md.
let simplexIterations = BenchmarkMetric.custom("simplexIterations", polarity: .prefersSmaller, useScalingFactor: false)
let nodes = BenchmarkMetric.custom("branchAndBoundNodes", polarity: .prefersSmaller, useScalingFactor: false)
let columns = BenchmarkMetric.custom("columns", polarity: .prefersSmaller, useScalingFactor: false)
let rows = BenchmarkMetric.custom("rows", polarity: .prefersSmaller, useScalingFactor: false)
/// The LP relaxation's gap to the plan on the work and wishes levels, in parts per million.
let lpGapWork = BenchmarkMetric.custom("lpGapWorkPPM", polarity: .prefersSmaller, useScalingFactor: false)
let lpGapWishes = BenchmarkMetric.custom("lpGapWishesPPM", polarity: .prefersSmaller, useScalingFactor: false)

let counters: [BenchmarkMetric] = [simplexIterations, nodes, columns, rows, lpGapWork, lpGapWishes]

/// Per town of the M week (its 8 independent parts, in `Planner.independentParts` order): the
/// simplex iterations and branch-and-bound nodes of that town's plan, so a regression in one
/// town is not hidden by another's improvement.
let townCount = 8
let townIterations = (1...townCount).map {
  BenchmarkMetric.custom("town\($0)SimplexIterations", polarity: .prefersSmaller, useScalingFactor: false)
}
let townNodes = (1...townCount).map {
  BenchmarkMetric.custom("town\($0)Nodes", polarity: .prefersSmaller, useScalingFactor: false)
}

func counterThreshold() -> BenchmarkThresholds {
  BenchmarkThresholds(relative: [.p25: 10, .p50: 10, .p75: 10, .p90: 10, .p99: 10, .p100: 10])
}

func record(_ b: Benchmark, _ plan: Plan) {
  b.measurement(simplexIterations, plan.solver.simplexIterations)
  b.measurement(nodes, plan.solver.nodes)
  b.measurement(columns, plan.solver.variables)
  b.measurement(rows, plan.solver.constraints)
  for (metric, name) in [(lpGapWork, "work"), (lpGapWishes, "wishesAndStability")] {
    guard let g = plan.solver.goals.first(where: { $0.name == name }), let lp = g.lpRelaxation else { continue }
    b.measurement(metric, Int((abs(lp - g.objective) / max(1e-9, abs(g.objective)) * 1e6).rounded()))
  }
}

func generated(_ size: ScenarioSize, seed: UInt64 = 1) -> Scenario {
  ScenarioGenerator(seed: seed, counts: .preset(size)).generate()
}

let benchmarks: @Sendable () -> Void = {
  var thresholds: [BenchmarkMetric: BenchmarkThresholds] = [
    .wallClock: BenchmarkThresholds(relative: [.p50: 200, .p90: 200, .p100: 200]),
    .mallocCountTotal: counterThreshold(),
    .peakMemoryResident: BenchmarkThresholds(relative: [.p50: 50, .p90: 50, .p100: 50]),
  ]
  for c in counters { thresholds[c] = counterThreshold() }
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal] + counters,
    timeUnits: .milliseconds,
    warmupIterations: 0,
    maxDuration: .seconds(30),
    maxIterations: 3,
    thresholds: thresholds
  )

  // The Aulum week, end to end as `milen plan` does it: read the embedded file, plan.
  Benchmark("PlanAulum", configuration: .init(maxIterations: 5)) { b in
    for _ in b.scaledIterations {
      let s = try BuiltIn.aulum()
      let r = try Planner.plan(s)
      record(b, r.plan)
      blackHole(PlanReport.render(r.plan, format: .table))
    }
  }

  // Replanning the Aulum week from its own plan (continuity, warm start from last week).
  Benchmark("ReplanAulum", configuration: .init(maxIterations: 5)) { b in
    let s = try BuiltIn.aulum()
    let last = try Planner.plan(s).plan
    b.startMeasurement()
    for _ in b.scaledIterations {
      let r = try Planner.plan(s, options: PlanningOptions(previous: last))
      record(b, r.plan)
    }
  }

  // A what-if: the Aulum week with and without a new company, on two cores.
  Benchmark("WhatIfAulum", configuration: .init(maxIterations: 5)) { b in
    let s = try BuiltIn.aulum()
    var variant = s
    variant.companies.append(
      Company(
        id: "bench-new", name: "New company", open: s.companies[0].open, slots: 2,
        ordinaryEmployees: 14, accommodations: ["quietPlace", "shortDays"],
        location: s.companies[0].location))
    b.startMeasurement()
    for _ in b.scaledIterations {
      let plans = try Planner.planAll([s, variant]).map { try $0.get().plan }
      blackHole(WhatIf.compare(base: plans[0], variant: plans[1], label: "new company"))
    }
  }

  // S: a generated Aulum-size week.
  Benchmark("PlanS", configuration: .init(maxIterations: 5)) { b in
    let s = generated(.s)
    b.startMeasurement()
    for _ in b.scaledIterations {
      record(b, try Planner.plan(s).plan)
    }
  }

  // M: Herning municipality, about 400 participants in 8 towns.
  Benchmark("BuildM") { b in
    let s = generated(.m)
    b.startMeasurement()
    for _ in b.scaledIterations {
      let size = Planner.modelSize(s)
      b.measurement(columns, size.columns)
      b.measurement(rows, size.rows)
    }
  }

  // The default path, as `milen plan m.json` runs it: the scenario's own time limit (60 s),
  // the node limit deciding where each level stops.
  Benchmark("PlanM", configuration: .init(maxDuration: .seconds(120), maxIterations: 1)) { b in
    let s = generated(.m)
    b.startMeasurement()
    for _ in b.scaledIterations {
      record(b, try Planner.plan(s).plan)
    }
  }

  // The same M week town by town (each part as `plan` solves it, as `split` writes it and
  // `merge` joins it): the counters of every town.
  var townThresholds: [BenchmarkMetric: BenchmarkThresholds] = [
    .wallClock: BenchmarkThresholds(relative: [.p50: 200, .p90: 200, .p100: 200])
  ]
  for m in townIterations + townNodes { townThresholds[m] = counterThreshold() }
  Benchmark(
    "PlanMTowns",
    configuration: .init(
      metrics: [.wallClock] + townIterations + townNodes, timeUnits: .milliseconds,
      maxDuration: .seconds(180), maxIterations: 1, thresholds: townThresholds)
  ) { b in
    let towns = Planner.independentParts(generated(.m))
    b.startMeasurement()
    for _ in b.scaledIterations {
      for (i, town) in towns.prefix(townCount).enumerated() {
        let plan = try Planner.plan(town).plan
        b.measurement(townIterations[i], plan.solver.simplexIterations)
        b.measurement(townNodes[i], plan.solver.nodes)
      }
    }
  }

  // L: 2,500 participants in 40 towns (not in CI: minutes).
  Benchmark("PlanL", configuration: .init(maxDuration: .seconds(900), maxIterations: 1)) { b in
    let s = generated(.l)
    b.startMeasurement()
    for _ in b.scaledIterations {
      record(b, try Planner.plan(s, options: PlanningOptions(timeLimit: 900)).plan)
    }
  }
}
