extension PROMETHEE {
    /// A preference function in the form the sorted method reads: steps `height × [d > threshold]`, or a ramp
    /// `[d ≥ p] + [q < d < p] (d − q)/(p − q)`. The forms restate `PreferenceFunction.preference` case by case,
    /// with its boundaries (`d ≤ q` gives 0; `level` is ½ up to and including p; the ramps reach 1 at p).
    enum SortedForm {
        /// Σ heights of the steps whose threshold d exceeds.
        case steps([(threshold: Double, height: Double)])
        /// 0 for d ≤ q, (d − q)/(p − q) for q < d < p, 1 for d ≥ p.
        case ramp(q: Double, p: Double)

        /// The form of a function, or nil for the Gaussian, whose sums have no exact sorted form.
        init?(_ function: PreferenceFunction) {
            switch function {
            case .usual: self = .steps([(0, 1)])
            case let .uShape(q): self = .steps([(q, 1)])
            case let .level(q, p): self = .steps([(q, 0.5), (p, 0.5)])
            // v-shape p is linear with q = 0: (d − 0)/(p − 0) is d/p exactly.
            case let .vShape(p): self = .ramp(q: 0, p: p)
            case let .linear(q, p): self = .ramp(q: q, p: p)
            case .gaussian: return nil
            }
        }
    }

    /// Arrays reused from one criterion to the next by the sorted method: O(n) memory in all.
    struct SortedScratch {
        /// The values in ascending order, with their rows.
        var order = ValueOrder()
        /// The prefix sums of the sorted values (n + 1 of them) as double-doubles: high parts.
        var prefixHigh: [Double] = []
        /// The low parts of the prefix sums.
        var prefixLow: [Double] = []
        /// Per sorted position: Σ_b P(y_a − y_b).
        var plus: [Double] = []
        /// Per sorted position: Σ_b P(y_b − y_a).
        var minus: [Double] = []
    }

    /// One criterion's unweighted preference sums, `plus[a] = Σ_b P(y_a − y_b)` and `minus[a] = Σ_b P(y_b − y_a)`,
    /// by sorting the values once. With the values ascending, the differences y_a − y_b that pass a threshold are a
    /// prefix of the options below a, and those y_b − y_a that pass it a suffix above; both bounds only move up as a
    /// moves up, so one sweep per threshold finds them. Each bound is tested on the same rounded difference the
    /// pairwise definition computes, so the boundaries (ties, d = q, d = p) fall exactly where they do there. A
    /// ramp's partial band is read from double-double prefix sums: Σ (y_a − y_b − q) = k·y_a − Σ y_b − k·q.
    /// - Returns: false, leaving the outputs untouched, when the values are too large for the prefix sums (|y| × n
    ///   beyond 1e300); the caller then compares pairs.
    /// - Complexity: O(n log n) time for the sort, O(n) for the sweeps.
    static func sortedSums(
        _ y: [Double], _ form: SortedForm, plus: inout [Double], minus: inout [Double], scratch: inout SortedScratch
    ) -> Bool {
        let n = y.count
        if case .ramp = form {
            let largest = y.reduce(0) { max($0, abs($1)) }
            guard largest * Double(n) < 1e300 else { return false }
        }
        scratch.order.sort(y)
        scratch.plus = [Double](repeating: 0, count: n)
        scratch.minus = [Double](repeating: 0, count: n)
        switch form {
        case let .steps(steps):
            for step in steps {
                sweepStep(scratch.order.sorted, threshold: step.threshold, height: step.height, plus: &scratch.plus, minus: &scratch.minus)
            }
        case let .ramp(q, p):
            fillPrefixSums(&scratch)
            sweepRamp(q: q, p: p, &scratch)
        }
        scratch.order.rows.withUnsafeBufferPointer { rows in
            scratch.plus.withUnsafeBufferPointer { sortedPlus in
                scratch.minus.withUnsafeBufferPointer { sortedMinus in
                    plus.withUnsafeMutableBufferPointer { plus in
                        minus.withUnsafeMutableBufferPointer { minus in
                            for position in 0..<n {
                                let row = Int(rows[position])
                                plus[row] = sortedPlus[position]
                                minus[row] = sortedMinus[position]
                            }
                        }
                    }
                }
            }
        }
        return true
    }

    /// Adds `height × #{b : v_a − v_b > t}` to `plus` and `height × #{b : v_b − v_a > t}` to `minus` for each position
    /// a of the ascending values v (t ≥ 0, so an option never passes against itself or an equal value).
    private static func sweepStep(
        _ sorted: [Double], threshold t: Double, height: Double, plus: inout [Double], minus: inout [Double]
    ) {
        let n = sorted.count
        sorted.withUnsafeBufferPointer { v in
            plus.withUnsafeMutableBufferPointer { plus in
                minus.withUnsafeMutableBufferPointer { minus in
                    var below = 0  // v[0..<below] are beaten by more than t
                    var above = 0  // v[above..<n] beat by more than t
                    for a in 0..<n {
                        let x = v[a]
                        while below < n, x - v[below] > t { below += 1 }
                        while above < n, !(v[above] - x > t) { above += 1 }
                        plus[a] += height * Double(below)
                        minus[a] += height * Double(n - above)
                    }
                }
            }
        }
    }

    /// The prefix sums of the sorted values, `Σ_{b<k} v_b` for k = 0…n, as double-doubles (cascaded TwoSum).
    private static func fillPrefixSums(_ scratch: inout SortedScratch) {
        let n = scratch.order.sorted.count
        scratch.prefixHigh = [Double](repeating: 0, count: n + 1)
        scratch.prefixLow = [Double](repeating: 0, count: n + 1)
        scratch.order.sorted.withUnsafeBufferPointer { v in
            scratch.prefixHigh.withUnsafeMutableBufferPointer { high in
                scratch.prefixLow.withUnsafeMutableBufferPointer { low in
                    for k in 0..<n {
                        let s = DoubleDouble.twoSum(high[k], v[k])
                        high[k + 1] = s.hi
                        low[k + 1] = low[k] + s.lo
                    }
                }
            }
        }
    }

    /// Sets `plus` and `minus` for the ramp `[d ≥ p] + [q < d < p] (d − q)/(p − q)` from the sorted values and their
    /// prefix sums.
    private static func sweepRamp(q: Double, p: Double, _ scratch: inout SortedScratch) {
        let n = scratch.order.sorted.count
        let width = p - q
        scratch.order.sorted.withUnsafeBufferPointer { v in
            scratch.prefixHigh.withUnsafeBufferPointer { high in
                scratch.prefixLow.withUnsafeBufferPointer { low in
                    scratch.plus.withUnsafeMutableBufferPointer { plus in
                        scratch.minus.withUnsafeMutableBufferPointer { minus in
                            func prefix(_ k: Int) -> DoubleDouble { DoubleDouble(high[k], low[k]) }
                            // Below a: v[0..<fullBelow] have d ≥ p, v[fullBelow..<bandBelow] q < d < p.
                            var fullBelow = 0
                            var bandBelow = 0
                            // Above a: v[bandAbove..<fullAbove] have q < d < p, v[fullAbove..<n] d ≥ p.
                            var bandAbove = 0
                            var fullAbove = 0
                            for a in 0..<n {
                                let x = v[a]
                                while fullBelow < n, x - v[fullBelow] >= p { fullBelow += 1 }
                                while bandBelow < n, x - v[bandBelow] > q { bandBelow += 1 }
                                while bandAbove < n, !(v[bandAbove] - x > q) { bandAbove += 1 }
                                while fullAbove < n, !(v[fullAbove] - x >= p) { fullAbove += 1 }
                                var toward = Double(fullBelow)
                                let k = bandBelow - fullBelow
                                if k > 0 {
                                    // Σ (x − v_b − q) = k·x − Σ v_b − k·q over the band below.
                                    let band = prefix(bandBelow) - prefix(fullBelow)
                                    let excess = DoubleDouble.twoProduct(Double(k), x) - band - DoubleDouble.twoProduct(Double(k), q)
                                    toward += excess.value / width
                                }
                                var against = Double(n - fullAbove)
                                let l = fullAbove - bandAbove
                                if l > 0 {
                                    // Σ (v_b − x − q) = Σ v_b − l·x − l·q over the band above.
                                    let band = prefix(fullAbove) - prefix(bandAbove)
                                    let excess = band - DoubleDouble.twoProduct(Double(l), x) - DoubleDouble.twoProduct(Double(l), q)
                                    against += excess.value / width
                                }
                                plus[a] = toward
                                minus[a] = against
                            }
                        }
                    }
                }
            }
        }
    }
}
