import Foundation

/// A linear axis scale with "nice" ticks (steps of 1, 2 or 5 times a power of ten) that covers a range of values,
/// and the compact tick labels both chart renderers use.
struct ChartScale: Equatable {
    /// The lowest value on the axis (a tick).
    let lower: Double
    /// The highest value on the axis (a tick).
    let upper: Double
    /// The distance between ticks.
    let step: Double

    /// A scale covering `low…high` with about `ticks` intervals. Equal ends are widened so the scale has extent.
    init(covering low: Double, _ high: Double, ticks: Int = 5) {
        var low = low.isFinite ? low : 0
        var high = high.isFinite ? high : 1
        if low > high { swap(&low, &high) }
        if low == high {
            let pad = low == 0 ? 1 : Swift.abs(low) * 0.1
            low -= pad
            high += pad
        }
        let raw = (high - low) / Double(Swift.max(1, ticks))
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        step = nice * magnitude
        lower = (low / step).rounded(.down) * step
        upper = (high / step).rounded(.up) * step
    }

    /// The tick values from `lower` to `upper`.
    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...Swift.max(0, count)).map { lower + Double($0) * step }
    }

    /// The position of a value as a fraction of the axis (0 at `lower`, 1 at `upper`).
    func fraction(_ value: Double) -> Double {
        upper > lower ? (value - lower) / (upper - lower) : 0
    }

    /// A tick label: compact with k or m for large values, decimals only as the step needs.
    func label(_ value: Double) -> String { ChartScale.format(value, step: step) }

    /// A number in the compact style of tick labels: `1.5m`, `250k`, `128`, `0.25`, `-40k`.
    static func format(_ value: Double, step: Double) -> String {
        let magnitude = Swift.max(Swift.abs(value), Swift.abs(step))
        let clean = Swift.abs(value) < step * 1e-9 ? 0 : value
        if clean == 0 { return "0" }
        func digits(_ scaled: Double, _ scaledStep: Double) -> String {
            var decimals = 0
            var s = scaledStep
            while decimals < 4, Swift.abs(s - s.rounded()) > 1e-9 {
                s *= 10
                decimals += 1
            }
            return String(format: "%.\(decimals)f", scaled)
        }
        if magnitude >= 1_000_000 { return digits(clean / 1_000_000, step / 1_000_000) + "m" }
        if magnitude >= 10_000 { return digits(clean / 1_000, step / 1_000) + "k" }
        return digits(clean, step)
    }
}
