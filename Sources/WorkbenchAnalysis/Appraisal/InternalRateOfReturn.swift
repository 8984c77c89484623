public import WorkbenchCore
import Foundation

/// The internal rate of return: every real rate r > −100% at which the NPV of a stream of flows is zero.
///
/// Method: with x = 1/(1+r) the NPV is the polynomial P(x) = Σ flow(t) x^t, and each rate r > −1 is one x > 0.
/// 1. Flows large enough for Σ|flow| to overflow are scaled down by a power of two (exact; it keeps the search free
///    of overflow: `irr -1e308 1e308` becomes −c + c·x, root x = 1, 0%), tiny ones scaled up; ordinary flows are
///    used as given. Leading and trailing zero flows are dropped.
/// 2. Fujiwara's bounds, computed in logarithms so that no ratio of flows overflows, enclose every root:
///    x ≤ 2 max |c_{n−k}/c_n|^{1/k} and 1/x ≤ 2 max |c_k/c_0|^{1/k}. The search runs over ln x between them, clipped
///    only where a double cannot tell the rate apart from −100% (1+r < 2⁻⁵², about 2.2e-16) or from infinity. So a root
///    within 1e-9 of −100% (numpy-financial's gh-15 flows, root −0.9999999990596069) is inside the search.
/// 3. P is evaluated as P(x)/Σ|c_k|x^k, in powers of x for x ≤ 1 and of 1/x for x > 1, which cannot overflow.
/// 4. One sign change in the flows means exactly one root (Descartes' rule of signs), and P has opposite signs at
///    the two bounds: that root is bracketed by the bounds themselves and refined by bisection (in ln x, then in x,
///    to machine precision), so it is always found. Otherwise ln x is scanned in steps of 0.002; each sign change is
///    bracketed and bisected, and where the scaled NPV has a local minimum in magnitude without a sign change a
///    golden-section search looks for a dip (two close roots) or a touch (a repeated root, reported once).
///    Descartes' rule bounds the count: no more roots than sign changes in the flows.
///
/// Examples: −100, 110 gives 10%; −100, 230, −132 gives 10% and 20%; 100, 100 gives none.
public struct InternalRateOfReturn: Hashable, Sendable, Codable {
    /// What the search found.
    public enum Outcome: Hashable, Sendable {
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

    /// The JSON shape, the same as the `irr` command's: `{"outcome": "none"|"unique"|"multiple", "roots": [r…],
    /// "sign_changes": n, "explanation": "…"}`, never a Swift enum encoding.
    private enum CodingKeys: String, CodingKey {
        case outcome, roots, explanation
        case signChanges = "sign_changes"
    }

    /// The outcome's name in JSON: `none`, `unique` or `multiple`.
    public var outcomeName: String {
        switch outcome {
        case .none: return "none"
        case .unique: return "unique"
        case .multiple: return "multiple"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(outcomeName, forKey: .outcome)
        try container.encode(roots, forKey: .roots)
        try container.encode(signChanges, forKey: .signChanges)
        try container.encode(explanation, forKey: .explanation)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .outcome)
        let roots = try container.decode([Rate].self, forKey: .roots)
        switch (name, roots.count) {
        case ("none", 0): outcome = .none
        case ("unique", 1): outcome = .unique(roots[0])
        case ("multiple", 2...): outcome = .multiple(roots)
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .outcome, in: container,
                debugDescription: "Outcome '\(name)' with \(roots.count) roots: use none (0), unique (1) or multiple (2 or more).")
        }
        signChanges = try container.decode(Int.self, forKey: .signChanges)
        explanation = try container.decode(String.self, forKey: .explanation)
    }

    /// Every root found, ascending.
    public var roots: [Rate] {
        switch outcome {
        case .none: return []
        case .unique(let rate): return [rate]
        case .multiple(let rates): return rates
        }
    }

    /// Finds every real IRR of a stream of flows (index 0 is year 0).
    /// - Complexity: O(n × g), with n flows and g grid points (g is about 500 × the width of the bounds in ln x; the
    ///   one-sign-change case needs no grid).
    public static func solve(_ flows: [Double]) -> InternalRateOfReturn {
        if let bad = flows.firstIndex(where: { !$0.isFinite }) {
            return InternalRateOfReturn(
                outcome: .none, signChanges: 0,
                explanation: "The flow in year \(bad) is \(flows[bad]), not a finite number: no rate of return can be computed.")
        }
        let nonZero = flows.indices.filter { flows[$0] != 0 }
        guard let first = nonZero.first, let last = nonZero.last else {
            return InternalRateOfReturn(
                outcome: .none, signChanges: 0,
                explanation: "Every flow is zero, so every rate gives an NPV of zero: no rate of return is defined.")
        }
        // Scaling down can turn a subnormal end flow (below 2^-1040) into zero; drop such ends again.
        var coefficients = scaledForSearch(Array(flows[first...last]))
        while coefficients.first == 0 { coefficients.removeFirst() }
        while coefficients.last == 0 { coefficients.removeLast() }
        let changes = signChanges(in: coefficients)
        guard changes > 0 else {
            return InternalRateOfReturn(
                outcome: .none, signChanges: 0,
                explanation: "The flows never change sign (all costs or all savings), so no rate makes the NPV zero: "
                    + "there is no internal rate of return.")
        }
        let search = positiveRoots(coefficients, signChanges: changes)
        var unique: [Double] = []
        for x in search.roots.filter({ $0 > 0 && $0.isFinite }).sorted(by: >)
        where unique.last.map({ Swift.abs($0 - x) > 1e-9 * Swift.max($0, x) }) ?? true {
            unique.append(x)
        }
        let rates = unique.map { (1 - $0) / $0 }.filter { $0 > -1 && $0.isFinite }
        let plural = changes == 1 ? "once" : "\(changes) times"
        var beyond = ""
        let which = rates.isEmpty ? "A root" : "A further root"
        if search.missedNearMinusOne {
            beyond = " \(which) lies within 2.2e-16 of -100%, closer than a double-precision number can tell apart from -100%."
        }
        if search.missedHuge {
            beyond += " \(which) lies above 10^308%, beyond what a double-precision number can hold."
        }
        switch rates.count {
        case 0:
            if changes % 2 == 1 || !beyond.isEmpty {
                return InternalRateOfReturn(
                    outcome: .none, signChanges: changes,
                    explanation: "The flows change sign \(plural), so some rate above -100% makes the NPV zero, but none that "
                        + "double precision can represent:" + beyond + " Judge the option on its NPV.")
            }
            return InternalRateOfReturn(
                outcome: .none, signChanges: changes,
                explanation: "The flows change sign \(plural), but no rate above -100% makes the NPV zero: "
                    + "there is no internal rate of return. Judge the option on its NPV.")
        case 1:
            let rate = Rate(fraction: rates[0])
            return InternalRateOfReturn(
                outcome: .unique(rate), signChanges: changes,
                explanation: "One rate makes the NPV zero: \(format(rate))."
                    + (changes > 1 ? " The flows change sign \(plural), but only this root is real." : "") + beyond)
        default:
            let list = rates.map { format(Rate(fraction: $0)) }
            let joined = list.dropLast().joined(separator: ", ") + " and " + list.last!
            return InternalRateOfReturn(
                outcome: .multiple(rates.map { Rate(fraction: $0) }), signChanges: changes,
                explanation: "The flows change sign \(plural), and \(rates.count) rates make the NPV zero: \(joined). "
                    + "With more than one root the IRR is no guide to the decision; use the NPV at the discount rate." + beyond)
        }
    }

    /// A rate for explanations: a percentage to four decimal places, trailing zeros dropped.
    static func format(_ rate: Rate) -> String { display(rate, decimals: 4) }

    /// A rate as a percentage to `decimals` places, trailing zeros dropped: `15.1%`, `10%`. A rate above −100% that
    /// would round to `-100%` gets as many places as it takes to show that it is above (`-99.99999990596%`), so
    /// that a root within 1e-9 of −100% never reads as −100% itself.
    public static func display(_ rate: Rate, decimals: Int) -> String {
        func trimmed(_ places: Int) -> String {
            var text = MoneyFormat.fixed(rate.percent, decimals: places)
            while text.contains("."), text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text + "%"
        }
        let text = trimmed(decimals)
        let gap = (1 + rate.fraction) * 100
        guard text == "-100%", rate.fraction > -1, gap > 0 else { return text }
        let places = Swift.min(15, Swift.max(decimals, Int((-log10(gap)).rounded(.up)) + 4))
        return trimmed(places)
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

    /// The flows multiplied by a power of two, only where needed: when the largest is so large that Σ|c_k| could
    /// overflow (above about 2^990: `-1e308 1e308`), it is brought down to that level, and when it is below 2^-900
    /// it is brought up to between 1 and 2. A power of two is exact, and scaling down by at most 2^34 can only touch
    /// flows that are already subnormal; ordinary flows are left bit for bit as given.
    static func scaledForSearch(_ c: [Double]) -> [Double] {
        let largest = c.map { Swift.abs($0) }.max() ?? 0
        guard largest > 0, largest.isFinite else { return c }
        let exponent = Int(largest.exponent)
        let cap = 1_000 - (Int.bitWidth - c.count.leadingZeroBitCount) - 2
        let shift: Int
        if exponent > cap {
            shift = exponent - cap
        } else if exponent < -900 {
            shift = exponent
        } else {
            return c
        }
        return c.map { Double(sign: .plus, exponent: -shift, significand: $0) }
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

    /// The largest ln x searched: beyond it 1 + r < 2⁻⁵² and r = 1/x − 1 cannot be told apart from −1.
    static let highestLogX = 52 * log(2.0)
    /// The smallest ln x searched: below it r = 1/x − 1 is not a finite double.
    static let lowestLogX = -709.0

    /// What the root search found.
    struct Search {
        /// The positive roots x found (unsorted, possibly with near-duplicates).
        var roots: [Double]
        /// Whether P changes sign beyond the largest x searched: a root with 1 + r below 2⁻⁵².
        var missedNearMinusOne = false
        /// Whether P changes sign below the smallest x searched: a root with r above the largest double.
        var missedHuge = false
    }

    /// Fujiwara's bounds on the moduli of the roots of Σ c_k x^k, as ln x (lower, upper), computed from logarithms so
    /// that no ratio of coefficients overflows or underflows. `c` has non-zero first and last entries.
    static func logBounds(_ c: [Double]) -> (lower: Double, upper: Double) {
        let n = c.count - 1
        let logs = c.map { $0 == 0 ? -Double.infinity : log(Swift.abs($0)) }
        var upper = -Double.infinity
        for k in 0..<n where c[k] != 0 { upper = Swift.max(upper, (logs[k] - logs[n]) / Double(n - k)) }
        var lowerInverse = -Double.infinity
        for k in 1...n where c[k] != 0 { lowerInverse = Swift.max(lowerInverse, (logs[k] - logs[0]) / Double(k)) }
        return (-(log(2.0) + lowerInverse), log(2.0) + upper)
    }

    /// The positive real roots of Σ c_k x^k, where c_0 and the last coefficient are non-zero and have been scaled by
    /// `scaledForSearch`.
    static func positiveRoots(_ c: [Double], signChanges changes: Int) -> Search {
        let degree = c.count - 1
        guard degree >= 1 else { return Search(roots: []) }
        let bounds = logBounds(c)
        let lnLow = Swift.max(bounds.lower - 0.01, lowestLogX)
        let lnHigh = Swift.min(bounds.upper + 0.01, highestLogX)
        let f: (Double) -> Double = { scaled(c, $0) }
        let lowSign = c[0] < 0 ? -1.0 : 1.0
        let highSign = c[degree] < 0 ? -1.0 : 1.0
        var search = Search(roots: [])
        guard lnLow < lnHigh else {
            // The whole bracket lies beyond what a double can hold; say which way if a root must exist.
            if lowSign != highSign {
                if bounds.lower > highestLogX { search.missedNearMinusOne = true } else { search.missedHuge = true }
            }
            return search
        }
        let xLow = exp(lnLow)
        let xHigh = exp(lnHigh)
        let fLow = f(xLow)
        let fHigh = f(xHigh)
        if lnHigh < bounds.upper + 0.01, fHigh != 0, (fHigh < 0 ? -1.0 : 1.0) != highSign { search.missedNearMinusOne = true }
        if lnLow > bounds.lower - 0.01, fLow != 0, (fLow < 0 ? -1.0 : 1.0) != lowSign { search.missedHuge = true }

        if changes == 1 {
            // Exactly one root (Descartes). Bracketed by the bounds whenever it lies inside the representable range.
            if fLow == 0 { return Search(roots: [xLow]) }
            if fHigh == 0 { return Search(roots: [xHigh]) }
            if (fLow < 0) != (fHigh < 0) { search.roots = [refine(f, lnLow, lnHigh)] }
            return search
        }

        let step = 0.002
        let count = Swift.max(1, Int(((lnHigh - lnLow) / step).rounded(.up)))
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
        search.roots = roots
        return search
    }

    /// Refines a sign change bracketed in ln x: bisection in ln x until the bracket is narrow (so that a bracket
    /// spanning hundreds of orders of magnitude converges), then bisection in x to machine precision.
    static func refine(_ f: (Double) -> Double, _ lnA: Double, _ lnB: Double) -> Double {
        var low = lnA
        var high = lnB
        let lowNegative = f(exp(low)) < 0
        for _ in 0..<200 where high - low > 1e-3 {
            let mid = (low + high) / 2
            let value = f(exp(mid))
            if value == 0 { return exp(mid) }
            if (value < 0) == lowNegative { low = mid } else { high = mid }
        }
        return bisect(f, exp(low), exp(high))
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
