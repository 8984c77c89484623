public import WorkbenchCore
import Foundation

/// The internal rate of return: every real rate r > −100% at which the NPV of a stream of flows is zero.
///
/// Method: with x = 1/(1+r) the NPV is the polynomial P(x) = Σ flow(t) x^t, and each rate r > −1 is one x > 0. The
/// positive roots lie between Cauchy's bounds; the method scans ln x over them (capped to rates from −99.9999999% to
/// 10⁹ a year) in steps of 0.002, evaluating P/Σ|flow(t)|x^t in a form that cannot overflow, brackets each sign change
/// and refines it by bisection to machine precision. Between grid points where the scaled NPV has a local minimum in
/// magnitude without a sign change it searches for a dip (two close roots) or a touch (a repeated root, reported once).
/// Descartes' rule of signs bounds the count: no more roots than sign changes in the flows.
///
/// Examples: −100, 110 gives 10%; −100, 230, −132 gives 10% and 20%; 100, 100 gives none.
public struct InternalRateOfReturn: Hashable, Sendable, Codable {
    /// What the search found.
    public enum Outcome: Hashable, Sendable, Codable {
        /// No rate makes the NPV zero.
        case none
        /// Exactly one rate does.
        case unique(Rate)
        /// More than one rate does, in ascending order: the IRR is then no guide to the decision.
        case multiple([Rate])
    }

    /// What the search found.
    public let outcome: Outcome
    /// A sentence or two saying what was found and what it means.
    public let explanation: String
    /// Sign changes in the flows (an upper bound on the number of roots, by Descartes' rule of signs).
    public let signChanges: Int

    /// Every root found, ascending.
    public var roots: [Rate] {
        switch outcome {
        case .none: return []
        case .unique(let rate): return [rate]
        case .multiple(let rates): return rates
        }
    }

    /// Finds every real IRR of a stream of flows (index 0 is year 0).
    /// - Complexity: O(n × g), with n flows and g grid points (at most about 20,000).
    public static func solve(_ flows: [Double]) -> InternalRateOfReturn {
        let nonZero = flows.indices.filter { flows[$0] != 0 }
        guard let first = nonZero.first, let last = nonZero.last else {
            return InternalRateOfReturn(
                outcome: .none, signChanges: 0,
                explanation: "Every flow is zero, so every rate gives an NPV of zero: no rate of return is defined.")
        }
        let coefficients = Array(flows[first...last])
        let changes = signChanges(in: coefficients)
        guard changes > 0 else {
            return InternalRateOfReturn(
                outcome: .none, signChanges: 0,
                explanation: "The flows never change sign (all costs or all savings), so no rate makes the NPV zero: "
                    + "there is no internal rate of return.")
        }
        let xs = positiveRoots(coefficients)
        let rates = xs.map { 1 / $0 - 1 }.filter { $0 > -1 && $0.isFinite }.sorted()
        var unique: [Double] = []
        for rate in rates where unique.last.map({ Swift.abs($0 - rate) > 1e-9 * max(1, Swift.abs(rate)) }) ?? true {
            unique.append(rate)
        }
        let plural = changes == 1 ? "once" : "\(changes) times"
        switch unique.count {
        case 0:
            return InternalRateOfReturn(
                outcome: .none, signChanges: changes,
                explanation: "The flows change sign \(plural), but no rate above -100% makes the NPV zero: "
                    + "there is no internal rate of return. Judge the option on its NPV.")
        case 1:
            let rate = Rate(fraction: unique[0])
            return InternalRateOfReturn(
                outcome: .unique(rate), signChanges: changes,
                explanation: "One rate makes the NPV zero: \(format(rate))."
                    + (changes > 1 ? " The flows change sign \(plural), but only this root is real." : ""))
        default:
            let list = unique.map { format(Rate(fraction: $0)) }
            let joined = list.dropLast().joined(separator: ", ") + " and " + list.last!
            return InternalRateOfReturn(
                outcome: .multiple(unique.map { Rate(fraction: $0) }), signChanges: changes,
                explanation: "The flows change sign \(plural), and \(unique.count) rates make the NPV zero: \(joined). "
                    + "With more than one root the IRR is no guide to the decision; use the NPV at the discount rate.")
        }
    }

    /// A rate for explanations: a percentage to four decimal places, trailing zeros dropped.
    static func format(_ rate: Rate) -> String {
        var text = MoneyFormat.fixed(rate.percent, decimals: 4)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "%"
    }

    init(outcome: Outcome, signChanges: Int, explanation: String) {
        self.outcome = outcome
        self.signChanges = signChanges
        self.explanation = explanation
    }

    // MARK: - The search

    /// Sign changes in a sequence, zeros skipped.
    static func signChanges(in values: [Double]) -> Int {
        var count = 0
        var previous = 0.0
        for value in values where value != 0 {
            if previous != 0, (previous < 0) != (value < 0) { count += 1 }
            previous = value
        }
        return count
    }

    /// P(x) / Σ|c_k| x^k for x > 0: the same sign as P, between −1 and 1, computed in powers of x for x ≤ 1 and
    /// of 1/x for x > 1 so that nothing overflows.
    static func scaled(_ c: [Double], _ x: Double) -> Double {
        var value = 0.0
        var magnitude = 0.0
        if x <= 1 {
            for k in stride(from: c.count - 1, through: 0, by: -1) {
                value = value * x + c[k]
                magnitude = magnitude * x + Swift.abs(c[k])
            }
        } else {
            let y = 1 / x
            for k in 0..<c.count {
                value = value * y + c[k]
                magnitude = magnitude * y + Swift.abs(c[k])
            }
        }
        return magnitude > 0 ? value / magnitude : 0
    }

    /// The positive real roots of Σ c_k x^k, where c_0 and the last coefficient are non-zero.
    static func positiveRoots(_ c: [Double]) -> [Double] {
        let degree = c.count - 1
        guard degree >= 1 else { return [] }
        // Cauchy bounds on the magnitudes of the roots, and of the reciprocal polynomial's roots.
        let upper = 1 + c.dropLast().map { Swift.abs($0 / c[degree]) }.max()!
        let lower = 1 / (1 + c.dropFirst().map { Swift.abs($0 / c[0]) }.max()!)
        let lnLow = Swift.max(log(lower) - 0.01, log(1e-9))
        let lnHigh = Swift.min(log(upper) + 0.01, log(1e9))
        guard lnLow < lnHigh else { return [] }
        let step = 0.002
        let count = Int(((lnHigh - lnLow) / step).rounded(.up))
        let f: (Double) -> Double = { scaled(c, $0) }

        var grid: [(x: Double, v: Double)] = []
        grid.reserveCapacity(count + 1)
        for i in 0...count {
            let x = exp(lnLow + Double(i) * (lnHigh - lnLow) / Double(count))
            grid.append((x, f(x)))
        }
        var roots: [Double] = []
        for i in grid.indices {
            let (x, v) = grid[i]
            if v == 0 {
                roots.append(x)
                continue
            }
            guard i > 0 else { continue }
            let previous = grid[i - 1]
            if previous.v != 0, (previous.v < 0) != (v < 0) {
                roots.append(bisect(f, previous.x, x))
            } else if i + 1 < grid.count, previous.v != 0, grid[i + 1].v != 0,
                (grid[i + 1].v < 0) == (v < 0), (previous.v < 0) == (v < 0),
                Swift.abs(v) <= Swift.abs(previous.v), Swift.abs(v) < Swift.abs(grid[i + 1].v)
            {
                // A local minimum of |P| with no sign change: look for a dip through zero or a touch.
                roots += dipRoots(f, previous.x, grid[i + 1].x, sign: v < 0 ? -1 : 1)
            }
        }
        return roots
    }

    /// Bisection on a bracketed sign change, to machine precision.
    static func bisect(_ f: (Double) -> Double, _ a: Double, _ b: Double) -> Double {
        var low = a
        var high = b
        let lowNegative = f(low) < 0
        for _ in 0..<200 {
            let mid = (low + high) / 2
            guard mid > low, mid < high else { break }
            let value = f(mid)
            if value == 0 { return mid }
            if (value < 0) == lowNegative { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }

    /// Minimises sign × f on [a, b] by golden-section search; returns two roots if f dips through zero there, one
    /// if it touches zero (a repeated root), none otherwise.
    static func dipRoots(_ f: (Double) -> Double, _ a: Double, _ b: Double, sign: Double) -> [Double] {
        func g(_ x: Double) -> Double { sign * f(x) }
        let ratio = (5.0.squareRoot() - 1) / 2
        var low = a
        var high = b
        var c = high - ratio * (high - low)
        var d = low + ratio * (high - low)
        var gc = g(c)
        var gd = g(d)
        for _ in 0..<200 {
            if gc <= 0 || gd <= 0 { break }
            if high - low <= 1e-15 * high { break }
            if gc < gd {
                high = d; d = c; gd = gc
                c = high - ratio * (high - low); gc = g(c)
            } else {
                low = c; c = d; gc = gd
                d = low + ratio * (high - low); gd = g(d)
            }
        }
        let (xMin, gMin) = gc < gd ? (c, gc) : (d, gd)
        if gMin < 0 {
            return [bisect(f, a, xMin), bisect(f, xMin, b)]
        }
        return gMin <= 1e-10 ? [xMin] : []
    }
}
