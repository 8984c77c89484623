import WorkbenchCore
import WorkbenchSampling

/// An option compiled for simulation: the certain part of each year's net flow, and each uncertain input with its
/// sampler and the signed amounts by year that its multiplier scales. Given the delivery draws, NPV is linear in the
/// multipliers: net(t) = base(t) + Σᵢ weightᵢ(t) × multiplierᵢ(t), NPV = Σₜ D(t) × net(t).
///
/// Flows are kept in rows of years 0…years, one set of rows per channel: channel 0 holds what falls as scheduled;
/// channel c ≥ 1 holds the lines of one schedule whose delivery may slip (its savings and recurring costs, under
/// `deliveries[c − 1]`), which each iteration moves in time by its own delay and ramp-up draws before adding them to
/// channel 0 (`applyDelivery`). Row r = channel × (years + 1) + year.
struct SimulationModel: Sendable {
    /// One uncertain input.
    struct Input: Sendable {
        /// Its name (a calculator parameter id, `origin:id` when the option has several schedules).
        var name: String
        /// Its distribution.
        var distribution: SamplingDistribution
        /// The compiled sampler.
        var sampler: Sampler
        /// Whether each year gets its own draw.
        var independentByYear: Bool
        /// Signed amounts (after optimism bias) by row (channel × (years + 1) + year) that the multiplier scales.
        var weights: [Double]
        /// The years with a non-zero weight in some channel.
        var activeYears: [Int]
        /// For each active year (in the order of `activeYears`), the rows with a non-zero weight and their weights:
        /// one draw (per iteration, or per year) feeds every channel.
        var targets: [[(row: Int, weight: Double)]] = []
    }

    /// The option's title.
    var title: String
    /// Years after year 0.
    var years: Int
    /// Net flow of the certain lines, by row (channel × (years + 1) + year).
    var base: [Double]
    /// The schedules whose delivery may slip, channel c ≥ 1 being `deliveries[c − 1]`.
    var deliveries: [Delivery] = []
    /// Rows per iteration: (deliveries + 1) × (years + 1).
    var rowCount: Int { (deliveries.count + 1) * (years + 1) }
    /// The uncertain inputs in order of first appearance.
    var inputs: [Input]
    /// Discount factors, years 0…years.
    var factors: [Double]
    /// Remarks for the summary.
    var notes: [String]

    /// Compiles an option: optimism bias applied to each schedule by its own category, exactly as the deterministic
    /// appraisal does (`OptimismBiasTable.adjusted`), before the multipliers; the savings and recurring costs of a
    /// schedule with an effective delivery risk (`option.delivery[schedule.origin]`) go to a channel of their own.
    /// - Throws: `invalidArgument` for an invalid uncertainty or delivery risk, `numeric` for a non-finite amount,
    ///   `missingFigure` for an option without schedules.
    init(option: SimulationOption, years: Int?, discount: DiscountSchedule, policy: OptimismBiasPolicy) throws {
        guard !option.schedules.isEmpty else {
            throw WorkbenchError(
                .missingFigure, "There is nothing to simulate for '\(option.title)': no cash-flow schedule was given.",
                hint: "Name a calculator, or an option whose short-list entry lists calculators.")
        }
        let horizon = years ?? option.schedules.map(\.horizon).max() ?? 0
        guard (1...300).contains(horizon) else {
            throw WorkbenchError(
                .invalidArgument, "The horizon \(horizon) of '\(option.title)' is outside 1–300 years.",
                hint: "Give the schedule a horizon of 1 to 300 years.")
        }
        title = option.title
        self.years = horizon
        factors = discount.factors(through: horizon)
        inputs = []
        notes = []
        var channelOf: [Int] = []
        for schedule in option.schedules {
            guard let risk = option.delivery[schedule.origin], risk.isEffective else {
                channelOf.append(0)
                continue
            }
            deliveries.append(try Delivery(risk, schedule: schedule.title, origin: schedule.origin))
            channelOf.append(deliveries.count)
        }
        let rowsPerChannel = horizon + 1
        let rows = (deliveries.count + 1) * rowsPerChannel
        base = [Double](repeating: 0, count: rows)
        let qualify = option.schedules.count > 1
        var index: [String: Int] = [:]
        for (s, schedule) in option.schedules.enumerated() {
            let adjusted = OptimismBiasTable.adjusted(schedule, policy: policy)
            for line in adjusted.lines {
                // One-off costs fall as planned; the change's savings and recurring costs slip with its delivery.
                let offset = (line.kind == .oneOffCost ? 0 : channelOf[s]) * rowsPerChannel
                for amount in line.amounts where !amount.isFinite {
                    throw WorkbenchError(
                        .numeric, "Line '\(line.label)' of '\(schedule.title)' has a non-finite amount (\(amount)).",
                        hint: "Check the calculator's parameters.")
                }
                guard let uncertainty = line.uncertainty else {
                    for year in 0...horizon { base[offset + year] += line.signedAmount(year: year) }
                    continue
                }
                let distribution = SamplingDistribution(uncertainty)
                try distribution.validate("line '\(line.label)' of '\(schedule.title)'")
                var name = qualify ? "\(schedule.origin):\(uncertainty.input)" : uncertainty.input
                if let existing = index[name],
                    inputs[existing].distribution != distribution
                        || inputs[existing].independentByYear != uncertainty.independentByYear
                {
                    notes.append(
                        "Line '\(line.label)' gives input '\(name)' a different range or shape from an earlier line; it was drawn separately.")
                    name += " (\(line.label))"
                }
                if index[name] == nil {
                    index[name] = inputs.count
                    inputs.append(
                        Input(
                            name: name, distribution: distribution, sampler: Sampler(distribution),
                            independentByYear: uncertainty.independentByYear,
                            weights: [Double](repeating: 0, count: rows), activeYears: []))
                }
                let i = index[name]!
                for year in 0...horizon { inputs[i].weights[offset + year] += line.signedAmount(year: year) }
            }
        }
        let channels = deliveries.count + 1
        for i in inputs.indices {
            let weights = inputs[i].weights
            inputs[i].activeYears = (0...horizon).filter { year in
                (0..<channels).contains { weights[$0 * rowsPerChannel + year] != 0 }
            }
            inputs[i].targets = inputs[i].activeYears.map { year in
                (0..<channels).map { $0 * rowsPerChannel + year }.filter { weights[$0] != 0 }.map { (row: $0, weight: weights[$0]) }
            }
        }
        for c in deliveries.indices {
            deliveries[c].locate(channel: c + 1, base: base, inputs: inputs, years: horizon)
            notes.append(deliveries[c].note)
        }
    }

    /// The mean NPV: each multiplier at its mean (NPV is linear in them); the channels that slip averaged over their
    /// delivery draws by quadrature (`Delivery.meanPresentValue`), exact when no schedule's delivery may slip.
    var exactMeanNPV: Double {
        var total = 0.0
        for year in 0...years {
            var net = base[year]
            for input in inputs { net += input.weights[year] * input.distribution.mean }
            total += factors[year] * net
        }
        for delivery in deliveries {
            let offset = delivery.channel * (years + 1)
            let flows = (0...years).map { year in
                inputs.reduce(base[offset + year]) { $0 + $1.weights[offset + year] * $1.distribution.mean }
            }
            total += delivery.meanPresentValue(flows, factors: factors)
        }
        return total
    }

    /// Whether the mean is exact (no schedule's delivery may slip) rather than by quadrature.
    var meanIsExact: Bool { deliveries.isEmpty }

    /// The NPV of the amounts as scheduled (every multiplier 1, delivered on time), as the deterministic appraisal
    /// reports it.
    var baseNPV: Double {
        var total = 0.0
        for channel in 0...deliveries.count {
            let offset = channel * (years + 1)
            for year in 0...years {
                var net = base[offset + year]
                for input in inputs { net += input.weights[offset + year] }
                total += factors[year] * net
            }
        }
        return total
    }

    /// Simulates `count` iterations with four streams side by side, iteration k drawing from lane k mod 4: fills
    /// the yearly net flows for the block in `net` (year-major, `rowStride` apart), then writes each iteration's NPV
    /// and simple payback year (`Payback.period`; +∞ for none). `draws` holds `count` rounded up to a multiple of 4;
    /// `flows` is scratch space for one iteration's flows.
    func simulateBlock(
        count: Int, rng: inout Xoshiro256StarStarX4, net: UnsafeMutablePointer<Double>, rowStride: Int,
        draws: UnsafeMutablePointer<Double>, flows: inout [Double], npv: UnsafeMutablePointer<Double>,
        payback: UnsafeMutablePointer<Float>
    ) {
        let normal = NormalSampler.shared
        for r in 0..<rowCount {
            let row = net + r * rowStride
            let value = base[r]
            for k in 0..<count { row[k] = value }
        }
        for input in inputs {
            if input.independentByYear {
                for targets in input.targets {
                    input.sampler.fill(draws, count: count, &rng, normal: normal)
                    for target in targets {
                        let row = net + target.row * rowStride
                        let weight = target.weight
                        for k in 0..<count { row[k] += weight * draws[k] }
                    }
                }
            } else if !input.activeYears.isEmpty {
                input.sampler.fill(draws, count: count, &rng, normal: normal)
                for targets in input.targets {
                    for target in targets {
                        let row = net + target.row * rowStride
                        let weight = target.weight
                        for k in 0..<count { row[k] += weight * draws[k] }
                    }
                }
            }
        }
        // Channels that slip: each iteration's flows moved by its delivery draws into channel 0 (after every
        // multiplier's draws, so an option without delivery risk draws exactly as before).
        if !deliveries.isEmpty { applyDelivery(count: count, rng: &rng, net: net, rowStride: rowStride) }
        for k in 0..<count { npv[k] = net[k] }
        for year in stride(from: 1, through: years, by: 1) {
            let row = net + year * rowStride
            let factor = factors[year]
            for k in 0..<count { npv[k] += factor * row[k] }
        }
        // Simple payback by the appraisal's own function, so the convention is the same by construction; the flows
        // array is reused, not reallocated.
        if flows.count != years + 1 { flows = [Double](repeating: 0, count: years + 1) }
        for k in 0..<count {
            for year in 0...years { flows[year] = net[year * rowStride + k] }
            payback[k] = Payback.period(flows).map(Float.init) ?? .infinity
        }
    }
}
