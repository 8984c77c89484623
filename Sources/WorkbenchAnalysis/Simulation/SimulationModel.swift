import WorkbenchCore

/// An option compiled for simulation: the certain part of each year's net flow, and each uncertain input with its
/// sampler and the signed amounts by year that its multiplier scales. NPV is linear in the multipliers:
/// net(t) = base(t) + Σᵢ weightᵢ(t) × multiplierᵢ(t), NPV = Σₜ D(t) × net(t).
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
        /// Signed amounts (after optimism bias) by year that the multiplier scales.
        var weights: [Double]
        /// The years with a non-zero weight.
        var activeYears: [Int]
    }

    /// The option's title.
    var title: String
    /// Years after year 0.
    var years: Int
    /// Net flow of the certain lines, by year.
    var base: [Double]
    /// The uncertain inputs in order of first appearance.
    var inputs: [Input]
    /// Discount factors, years 0…years.
    var factors: [Double]
    /// Remarks for the summary.
    var notes: [String]

    /// Compiles an option: optimism bias applied to each schedule by its own category, exactly as the deterministic
    /// appraisal does (`OptimismBiasTable.adjusted`), before the multipliers.
    /// - Throws: `invalidArgument` for an invalid uncertainty, `numeric` for a non-finite amount, `missingFigure`
    ///   for an option without schedules.
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
        base = [Double](repeating: 0, count: horizon + 1)
        inputs = []
        notes = []
        let qualify = option.schedules.count > 1
        var index: [String: Int] = [:]
        for schedule in option.schedules {
            let adjusted = OptimismBiasTable.adjusted(schedule, policy: policy)
            for line in adjusted.lines {
                for amount in line.amounts where !amount.isFinite {
                    throw WorkbenchError(
                        .numeric, "Line '\(line.label)' of '\(schedule.title)' has a non-finite amount (\(amount)).",
                        hint: "Check the calculator's parameters.")
                }
                guard let uncertainty = line.uncertainty else {
                    for year in 0...horizon { base[year] += line.signedAmount(year: year) }
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
                            weights: [Double](repeating: 0, count: horizon + 1), activeYears: []))
                }
                let i = index[name]!
                for year in 0...horizon { inputs[i].weights[year] += line.signedAmount(year: year) }
            }
        }
        for i in inputs.indices {
            inputs[i].activeYears = (0...horizon).filter { inputs[i].weights[$0] != 0 }
        }
    }

    /// The exact mean NPV: each multiplier at its mean.
    var exactMeanNPV: Double {
        var total = 0.0
        for year in 0...years {
            var net = base[year]
            for input in inputs { net += input.weights[year] * input.distribution.mean }
            total += factors[year] * net
        }
        return total
    }

    /// The NPV of the amounts as scheduled (every multiplier 1), as the deterministic appraisal reports it.
    var baseNPV: Double {
        var total = 0.0
        for year in 0...years {
            var net = base[year]
            for input in inputs { net += input.weights[year] }
            total += factors[year] * net
        }
        return total
    }

    /// Simulates `count` iterations with one stream: fills the yearly net flows for the block in `net`
    /// (year-major, `rowStride` apart), then writes each iteration's NPV and simple payback year
    /// (`Payback.period`; +∞ for none). `flows` is scratch space for one iteration's flows.
    func simulateBlock(
        count: Int, rng: inout Xoshiro256StarStar, net: UnsafeMutablePointer<Double>, rowStride: Int,
        draws: UnsafeMutablePointer<Double>, flows: inout [Double], npv: UnsafeMutablePointer<Double>,
        payback: UnsafeMutablePointer<Float>
    ) {
        let normal = NormalSampler.shared
        for year in 0...years {
            let row = net + year * rowStride
            let value = base[year]
            for k in 0..<count { row[k] = value }
        }
        for input in inputs {
            if input.independentByYear {
                for year in input.activeYears {
                    input.sampler.fill(draws, count: count, &rng, normal: normal)
                    let row = net + year * rowStride
                    let weight = input.weights[year]
                    for k in 0..<count { row[k] += weight * draws[k] }
                }
            } else if !input.activeYears.isEmpty {
                input.sampler.fill(draws, count: count, &rng, normal: normal)
                for year in input.activeYears {
                    let row = net + year * rowStride
                    let weight = input.weights[year]
                    for k in 0..<count { row[k] += weight * draws[k] }
                }
            }
        }
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
