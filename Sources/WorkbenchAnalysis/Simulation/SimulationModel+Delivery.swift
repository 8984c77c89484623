import WorkbenchCore
import WorkbenchSampling

extension SimulationModel {
    /// A triangular or uniform spread of a delivery quantity (years of delay, or a ramp-up multiplier), sampled by its
    /// inverse CDF so that each draw takes one uniform.
    struct Spread: Sendable, Hashable {
        let low: Double
        let mode: Double
        let high: Double
        let uniform: Bool

        init(_ uncertainty: LineUncertainty) {
            low = uncertainty.low
            mode = uncertainty.mostLikely
            high = uncertainty.high
            uniform = uncertainty.shape == .uniform
        }

        /// Whether every draw is the same value (`low`).
        var isConstant: Bool { !(high > low) }

        /// The inverse CDF at u in [0, 1): uniform low + (high − low)u; triangular low + √(u(high − low)(mode − low))
        /// below the mode's CDF, high − √((1 − u)(high − low)(high − mode)) above it.
        func quantile(_ u: Double) -> Double {
            guard high > low else { return low }
            if uniform { return low + (high - low) * u }
            let width = high - low
            if u < (mode - low) / width { return low + (u * width * (mode - low)).squareRoot() }
            return high - ((1 - u) * width * (high - mode)).squareRoot()
        }
    }

    /// One schedule whose delivery may slip: its channel of rows, the year before its first flow (the point its time
    /// is stretched from) and its draws.
    struct Delivery: Sendable {
        /// The schedule's title and origin (calculator id).
        let schedule: String
        let origin: String
        /// The risk as stated.
        let risk: DeliveryRisk
        /// The delay in years and the ramp-up multiplier.
        let delay: Spread
        let stretch: Spread
        /// The probability the change is not delivered within the horizon.
        let failure: Double
        /// The channel (≥ 1) holding the schedule's lines that slip.
        var channel = 0
        /// The year before the channel's first non-zero flow (−1 when it flows from year 0).
        var start = -1.0

        /// Checks and compiles a risk.
        /// - Throws: `invalidArgument` when the delay is not a triangular or uniform spread of years from 0 up, the
        ///   ramp-up multiplier is below 1, or the failure probability is outside 0…1.
        init(_ risk: DeliveryRisk, schedule: String, origin: String) throws {
            func fail(_ detail: String) -> WorkbenchError {
                WorkbenchError(
                    .invalidArgument, "The delivery risk of '\(schedule)' (\(risk.kind)) is invalid: \(detail).",
                    hint: "Give a delay of 0 ≤ low ≤ most likely ≤ high years, a ramp-up multiplier of 1 or more and a failure probability from 0 to 1.")
            }
            for (what, spread, floor) in [("delay", risk.delay, 0.0), ("ramp-up multiplier", risk.rampUpStretch, 1.0)] {
                guard spread.shape == .triangular || spread.shape == .uniform else {
                    throw fail("the \(what) is \(spread.shape.rawValue); only triangular or uniform are sampled")
                }
                guard spread.low.isFinite, spread.mostLikely.isFinite, spread.high.isFinite,
                    spread.low <= spread.mostLikely, spread.mostLikely <= spread.high, spread.low >= floor
                else {
                    throw fail("the \(what) \(spread.low)–\(spread.mostLikely)–\(spread.high) is out of order or below \(floor)")
                }
            }
            guard risk.failure.isFinite, (0...1).contains(risk.failure) else {
                throw fail("the failure probability \(risk.failure) is outside 0 to 1")
            }
            self.schedule = schedule
            self.origin = origin
            self.risk = risk
            delay = Spread(risk.delay)
            stretch = Spread(risk.rampUpStretch)
            failure = risk.failure
        }

        /// Records the channel and the year before its first non-zero flow (certain or uncertain).
        mutating func locate(channel: Int, base: [Double], inputs: [Input], years: Int) {
            self.channel = channel
            let offset = channel * (years + 1)
            let first = (0...years).first { year in
                base[offset + year] != 0 || inputs.contains { $0.weights[offset + year] != 0 }
            }
            start = Double((first ?? 0) - 1)
        }

        /// The assumption in words, for the summary's notes.
        var note: String {
            "Delivery of '\(schedule)' (\(origin)): \(risk.summary) (\(risk.provenance.description)"
                + (risk.provenance.method.map { ": \($0)" } ?? "") + "). Its savings and recurring costs start later and "
                + "ramp up more slowly by these draws, one per iteration; its one-off costs fall as planned"
                + (failure > 0 ? "; when it is not delivered its savings and recurring costs never come." : ".")
        }

        /// One iteration's draws, in a fixed order (failure, delay, ramp-up), each only when it can vary: nil when the
        /// change is not delivered, else the delay and the stretch.
        @inline(__always)
        func draw(_ rng: inout Xoshiro256StarStar) -> (delay: Double, stretch: Double)? {
            if failure > 0, rng.unit() < failure { return nil }
            let d = delay.isConstant ? delay.low : delay.quantile(rng.unit())
            let s = stretch.isConstant ? stretch.low : stretch.quantile(rng.unit())
            return (d, s)
        }

        /// The channel's flow moved in time, at year t: the scheduled flows `a` read as a piecewise-linear function of
        /// time A (zero up to `start`), evaluated at x = start + (t − start − delay) ÷ stretch; zero when x ≤ start.
        /// Because stretch ≥ 1 and delay ≥ 0, x ≤ t, so nothing is read beyond the horizon.
        @inline(__always)
        func warped(year t: Int, delay d: Double, stretch s: Double, _ a: (Int) -> Double) -> Double {
            let x = start + (Double(t) - start - d) / s
            guard x > start else { return 0 }
            let i = Int(x.rounded(.down))
            let f = x - Double(i)
            let left = Double(i) <= start ? 0 : a(i)
            return f == 0 ? left : (1 - f) * left + f * a(i + 1)
        }

        /// The expected present value of the channel's flows (`flows`, years 0…horizon) over the delivery draws:
        /// (1 − failure) × the mean over a 256-point midpoint rule in the delay's and the stretch's quantiles (each
        /// only when it varies). The flows are piecewise linear in the draws, so the rule converges fast.
        func meanPresentValue(_ flows: [Double], factors: [Double]) -> Double {
            let points = 256
            let delays = delay.isConstant ? [delay.low] : (0..<points).map { delay.quantile((Double($0) + 0.5) / Double(points)) }
            let stretches = stretch.isConstant
                ? [stretch.low] : (0..<points).map { stretch.quantile((Double($0) + 0.5) / Double(points)) }
            var total = 0.0
            for d in delays {
                for s in stretches {
                    for t in flows.indices { total += factors[t] * warped(year: t, delay: d, stretch: s) { flows[$0] } }
                }
            }
            return (1 - failure) * total / Double(delays.count * stretches.count)
        }
    }

    /// Moves each iteration's flows of every channel that slips by that iteration's delivery draws and adds them to
    /// channel 0 (rows 0…years), which then holds the iteration's whole net flow. Iteration k draws from lane k mod 4.
    func applyDelivery(count: Int, rng: inout Xoshiro256StarStarX4, net: UnsafeMutablePointer<Double>, rowStride: Int) {
        let span = years + 1
        var lanes = [rng.lane(0), rng.lane(1), rng.lane(2), rng.lane(3)]
        defer { rng = Xoshiro256StarStarX4(lanes: lanes) }
        for delivery in deliveries {
            let channel = net + delivery.channel * span * rowStride
            for k in 0..<count {
                guard let draw = delivery.draw(&lanes[k & 3]) else { continue }
                for year in 0...years {
                    net[year * rowStride + k] += delivery.warped(year: year, delay: draw.delay, stretch: draw.stretch) {
                        channel[$0 * rowStride + k]
                    }
                }
            }
        }
    }
}
