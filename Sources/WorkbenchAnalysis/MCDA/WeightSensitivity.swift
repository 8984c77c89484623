import WorkbenchCore

/// How far each criterion's weight can move before the top option changes.
///
/// For each criterion j the weight wⱼ is moved to t while the other weights are rescaled in proportion,
/// wₖ(1 − t)/(1 − wⱼ), so the weights still sum to 1 (when wⱼ = 1 the others share 1 − t equally). The smallest
/// decrease and increase at which the set of options ranked first differs from the base is found by scanning t
/// across [0, wⱼ] and [wⱼ, 1] in `steps` steps and then bisecting the first step where it changes to 1e-9; nil means
/// the top option never changes in that direction. A change that reverses within one step can be missed.
public struct WeightSensitivity: Hashable, Sendable, Codable {
    /// Where the top option changes in one direction.
    public struct Threshold: Hashable, Sendable, Codable {
        /// The criterion's weight at the change.
        public var weight: Double
        /// The move from the base weight (negative for a decrease).
        public var change: Double
        /// The option or options ranked first just beyond the change.
        public var newTop: [String]
    }

    /// One criterion's thresholds.
    public struct Entry: Hashable, Sendable, Codable {
        /// The criterion.
        public var criterion: String
        /// Its base weight (normalised).
        public var weight: Double
        /// The smallest decrease that changes the top option, nil if none in [0, weight].
        public var decrease: Threshold?
        /// The smallest increase that changes the top option, nil if none in [weight, 1].
        public var increase: Threshold?
    }

    /// The method's name (`wsm`, `topsis`, `promethee`).
    public var method: String
    /// The option or options ranked first at the base weights.
    public var top: [String]
    /// One entry per criterion, in matrix order.
    public var entries: [Entry]
    /// Sentences for the reply.
    public var notes: [String]

    /// Analyses every criterion's weight.
    /// - Complexity: O(options × criteria) set-up, then O(options × steps) per criterion (`ShiftedScores` updates
    ///   the scores of a move without a whole scoring run): O(options × criteria × steps) in all, linear in criteria.
    public static func analyse(
        _ matrix: DecisionMatrix, weights: Weights, method: MCDAMethod, steps: Int = 200
    ) -> WeightSensitivity {
        // Never cancelled, so it never throws.
        (try? analyse(matrix, weights: weights, method: method, steps: steps, control: SimulationControl()))
            ?? WeightSensitivity(method: method.name, top: [], entries: [], notes: [])
    }

    /// Analyses every criterion's weight, checking `control` between criteria (and every few steps within one), so
    /// that Ctrl-C stops it at once.
    /// - Throws: `cancelled` when the control says so.
    public static func analyse(
        _ matrix: DecisionMatrix, weights: Weights, method: MCDAMethod, steps: Int = 200, control: SimulationControl
    ) throws -> WeightSensitivity {
        let base = weights.values
        let scores = ShiftedScores(method: method, matrix: matrix, base: base)
        let baseTop = Ranking.top(scores.exact(base))
        let m = matrix.criterionCount
        var notes: [String] = []
        if weights.wasNormalised { notes.append(WeightedSum.normalisationNote(weights, matrix.criteria)) }
        if baseTop.count > 1 {
            notes.append(
                "At the base weights \(baseTop.map { "'\(matrix.options[$0])'" }.joined(separator: " and ")) tie for first, so almost any move changes the top.")
        }
        if m == 1 { notes.append("With one criterion its weight is always 1; there is nothing to move.") }

        func topAt(_ j: Int, _ t: Double) -> [Int] { Ranking.top(scores.scores(j, at: t)) }

        func search(_ j: Int, towards end: Double) throws -> Threshold? {
            let start = base[j]
            guard m > 1, start != end else { return nil }
            var previous = start
            for k in 1...steps {
                if k % 32 == 0, control.isCancelled() { throw cancellation(j, m) }
                let t = start + (end - start) * Double(k) / Double(steps)
                let top = topAt(j, t)
                if top != baseTop {
                    var inside = previous
                    var outside = t
                    while Swift.abs(outside - inside) > 1e-9 {
                        let mid = (inside + outside) / 2
                        if topAt(j, mid) == baseTop { inside = mid } else { outside = mid }
                    }
                    let at = (inside + outside) / 2
                    // The new top half a step past the scan point, clear of any tie at the crossing itself
                    // (at the end of the range, the end itself).
                    let half = (end - start) / Double(2 * steps)
                    let probe = k < steps ? t + half : t
                    return Threshold(weight: at, change: at - start, newTop: topAt(j, probe).map { matrix.options[$0] })
                }
                previous = t
            }
            return nil
        }

        var entries: [Entry] = []
        entries.reserveCapacity(m)
        for j in 0..<m {
            if control.isCancelled() { throw cancellation(j, m) }
            entries.append(
                Entry(
                    criterion: matrix.criteria[j], weight: base[j], decrease: try search(j, towards: 0),
                    increase: try search(j, towards: 1)))
            control.progress?(Double(j + 1) / Double(m))
        }
        return WeightSensitivity(
            method: method.name, top: baseTop.map { matrix.options[$0] }, entries: entries, notes: notes)
    }

    /// The error of a cancelled analysis.
    private static func cancellation(_ done: Int, _ total: Int) -> WorkbenchError {
        WorkbenchError(
            .cancelled, "The sensitivity analysis was cancelled after \(done) of \(total) criteria.",
            hint: "Nothing was saved; run it again, or on fewer criteria.")
    }
}
