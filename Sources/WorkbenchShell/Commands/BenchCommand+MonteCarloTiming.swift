import WorkbenchAnalysis
import WorkbenchCore

extension BenchCommand {
    /// One timed run of the Monte Carlo benchmark: the pure figures from the analysis layer and the wall time of
    /// each phase, measured here because the analysis layer reads no clock.
    struct MonteCarloRun {
        /// The figures the run produced.
        var outcome: MonteCarloBenchmark.Outcome
        /// Wall time of the whole run, seconds.
        var seconds: Double
        /// Wall time of the sampling phase (draws and NPVs), seconds.
        var samplingSeconds: Double
        /// Wall time of the percentile phase, seconds.
        var percentileSeconds: Double

        /// The 5th, 50th and 95th percentiles of NPV, by option.
        var percentiles: [(p5: Money, p50: Money, p95: Money)] { outcome.percentiles }
        /// The mean NPV by option.
        var means: [Money] { outcome.means }

        /// Option-iterations per second over the whole run.
        var optionIterationsPerSecond: Double {
            Double(outcome.workload.options * outcome.workload.iterations) / seconds
        }
    }

    /// Runs the Monte Carlo benchmark once, timing its sampling and percentile phases with the continuous clock
    /// (the workload is checked before the clock starts).
    /// - Throws: as `MonteCarloBenchmark.sample`.
    static func timedMonteCarlo(_ workload: MonteCarloBenchmark.Workload, control: SimulationControl) throws -> MonteCarloRun {
        try MonteCarloBenchmark.validate(workload)
        let clock = ContinuousClock()
        let start = clock.now
        let draws = try MonteCarloBenchmark.sample(workload, control: control)
        let sampled = clock.now
        let outcome = try MonteCarloBenchmark.summarise(draws)
        let end = clock.now
        func seconds(_ d: Duration) -> Double {
            Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        return MonteCarloRun(
            outcome: outcome, seconds: seconds(end - start), samplingSeconds: seconds(sampled - start),
            percentileSeconds: seconds(end - sampled))
    }
}
