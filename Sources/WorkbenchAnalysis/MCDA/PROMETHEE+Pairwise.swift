import WorkbenchCore

extension PROMETHEE {
    /// The flows by comparing every pair of options on every criterion, exactly as the definition reads: the
    /// reference that the sorted method (`compute`) is tested against, kept public so that tests and benchmarks can
    /// call it. Same arguments and results as `compute`.
    /// - Complexity: O(n² × criteria) time, O(n × criteria) memory.
    public static func pairwiseFlows(
        _ matrix: DecisionMatrix, weights: [Double], directions: [CriterionDirection], preferences: [PreferenceFunction]
    ) -> Flows {
        let n = matrix.optionCount
        let m = matrix.criterionCount
        var positive = [Double](repeating: 0, count: n)
        var negative = [Double](repeating: 0, count: n)
        var unicriterion = [Double](repeating: 0, count: n * m)
        let scale = 1 / Double(n - 1)
        for a in 0..<n {
            for b in (a + 1)..<n {
                var piAB = 0.0
                var piBA = 0.0
                for j in 0..<m {
                    var d = matrix.values[a * m + j] - matrix.values[b * m + j]
                    if directions[j] == .cost { d = -d }
                    let pAB = preferences[j].preference(d)
                    let pBA = preferences[j].preference(-d)
                    piAB += weights[j] * pAB
                    piBA += weights[j] * pBA
                    unicriterion[a * m + j] += (pAB - pBA) * scale
                    unicriterion[b * m + j] += (pBA - pAB) * scale
                }
                positive[a] += piAB * scale
                negative[b] += piAB * scale
                positive[b] += piBA * scale
                negative[a] += piBA * scale
            }
        }
        let net = (0..<n).map { positive[$0] - negative[$0] }
        return (positive, negative, net, unicriterion)
    }

    /// One criterion's unweighted preference sums by comparing every pair: `plus[a] = Σ_b P(y_a − y_b)` and
    /// `minus[a] = Σ_b P(y_b − y_a)`, for a preference function with no sorted form (the Gaussian). Rows are
    /// independent, so blocks of rows run on `threads` worker threads; each row sums in the same order whatever the
    /// number of threads, so the results do not depend on it.
    /// - Parameter y: the criterion's values, already turned so that higher is better.
    /// - Complexity: O(n²) time (n − 1 evaluations of the function per row), O(1) extra memory.
    static func pairwiseSums(
        _ y: [Double], _ function: PreferenceFunction, plus: inout [Double], minus: inout [Double],
        threads: Int = MonteCarloEngine.defaultThreads
    ) {
        let n = y.count
        // About a quarter of a million evaluations per task: small matrices run inline on the calling thread.
        let rowsPerTask = max(1, (1 << 18) / max(1, n))
        let tasks = (n + rowsPerTask - 1) / rowsPerTask
        plus.withUnsafeMutableBufferPointer { plusBuffer in
            minus.withUnsafeMutableBufferPointer { minusBuffer in
                let plusOut = SharedPointer(base: plusBuffer.baseAddress!)
                let minusOut = SharedPointer(base: minusBuffer.baseAddress!)
                // Never cancelled, so the run cannot throw.
                try? ParallelBlocks.run(
                    tasks: tasks, threads: tasks == 1 ? 1 : threads, control: SimulationControl(), makeScratch: { () },
                    body: { task, _ in
                        y.withUnsafeBufferPointer { values in
                            for a in (task * rowsPerTask)..<min(n, (task + 1) * rowsPerTask) {
                                let ya = values[a]
                                var toward = 0.0
                                var against = 0.0
                                for b in 0..<n {
                                    let d = ya - values[b]
                                    if d > 0 {
                                        toward += function.preference(d)
                                    } else if d < 0 {
                                        against += function.preference(values[b] - ya)
                                    }
                                }
                                plusOut.base[a] = toward
                                minusOut.base[a] = against
                            }
                        }
                    })
            }
        }
    }
}
