import Foundation
import WorkbenchCore

/// The six usual PROMETHEE preference functions (Brans & Vincke, 1985), mapping the difference d between two
/// options on one criterion (in the criterion's units, already turned so that positive favours the first option)
/// to a degree of preference in 0…1. `q` is the indifference threshold, `p` the preference threshold and `s` the
/// Gaussian threshold.
public enum PreferenceFunction: Hashable, Sendable, Codable {
    /// Type I: any advantage is full preference. P = 0 if d ≤ 0, else 1.
    case usual
    /// Type II (quasi-criterion): P = 0 if d ≤ q, else 1.
    case uShape(q: Double)
    /// Type III (linear preference without indifference): P = 0 if d ≤ 0, d/p if 0 < d ≤ p, else 1.
    case vShape(p: Double)
    /// Type IV (level criterion): P = 0 if d ≤ q, ½ if q < d ≤ p, else 1.
    case level(q: Double, p: Double)
    /// Type V (linear with indifference): P = 0 if d ≤ q, (d − q)/(p − q) if q < d ≤ p, else 1.
    case linear(q: Double, p: Double)
    /// Type VI: P = 0 if d ≤ 0, else 1 − exp(−d²/(2s²)).
    case gaussian(s: Double)

    /// The JSON shape: `{"kind": "linear", "q": 1, "p": 3}` (only the thresholds the function takes).
    private enum CodingKeys: String, CodingKey { case kind, q, p, s }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .kind)
        switch self {
        case .usual: break
        case let .uShape(q): try container.encode(q, forKey: .q)
        case let .vShape(p): try container.encode(p, forKey: .p)
        case let .level(q, p), let .linear(q, p):
            try container.encode(q, forKey: .q)
            try container.encode(p, forKey: .p)
        case let .gaussian(s): try container.encode(s, forKey: .s)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            name: try container.decode(String.self, forKey: .kind), q: try container.decodeIfPresent(Double.self, forKey: .q),
            p: try container.decodeIfPresent(Double.self, forKey: .p), s: try container.decodeIfPresent(Double.self, forKey: .s))
    }

    /// The names typed in `--preference`.
    public static let names = ["usual", "u-shape", "v-shape", "level", "linear", "gaussian"]

    /// The function's name as typed.
    public var name: String {
        switch self {
        case .usual: "usual"
        case .uShape: "u-shape"
        case .vShape: "v-shape"
        case .level: "level"
        case .linear: "linear"
        case .gaussian: "gaussian"
        }
    }

    /// `linear q=1 p=3`, for replies.
    public var summary: String {
        switch self {
        case .usual: "usual"
        case let .uShape(q): "u-shape q=\(WeightedSum.format(q))"
        case let .vShape(p): "v-shape p=\(WeightedSum.format(p))"
        case let .level(q, p): "level q=\(WeightedSum.format(q)) p=\(WeightedSum.format(p))"
        case let .linear(q, p): "linear q=\(WeightedSum.format(q)) p=\(WeightedSum.format(p))"
        case let .gaussian(s): "gaussian s=\(WeightedSum.format(s))"
        }
    }

    /// Makes a function from its name and thresholds, checking that it has the thresholds it needs and no others,
    /// and that they make sense (q ≥ 0; p > 0; p > q for level and linear; s > 0).
    /// - Parameter argument: the option being parsed, for errors.
    public init(name: String, q: Double?, p: Double?, s: Double?, argument: String = "--preference") throws {
        func fail(_ message: String, _ hint: String) -> WorkbenchError {
            WorkbenchError(.invalidArgument, message, hint: hint, location: .init(argument: argument))
        }
        func only(_ allowed: Set<String>) throws {
            let given = [("q", q), ("p", p), ("s", s)].filter { $0.1 != nil }.map(\.0)
            if let extra = given.first(where: { !allowed.contains($0) }) {
                let needs = allowed.isEmpty ? "no thresholds" : allowed.sorted().map { "\($0)=…" }.joined(separator: " and ")
                throw fail("The '\(name)' preference function takes no '\(extra)' threshold.", "Give '\(name)' \(needs).")
            }
        }
        func need(_ value: Double?, _ key: String) throws -> Double {
            guard let value else {
                throw fail("The '\(name)' preference function needs a '\(key)' threshold.", "Write it as \(name):\(key)=<number>, in the criterion's units.")
            }
            guard value.isFinite, value >= 0 else {
                throw fail("The threshold \(key)=\(value) of '\(name)' is negative.", "Thresholds are differences in the criterion's units, zero or more.")
            }
            return value
        }
        switch name.lowercased() {
        case "usual":
            try only([])
            self = .usual
        case "u-shape":
            try only(["q"])
            self = .uShape(q: try need(q, "q"))
        case "v-shape":
            try only(["p"])
            let p = try need(p, "p")
            guard p > 0 else { throw fail("The 'v-shape' function needs p > 0; it has p=0.", "Use 'usual' for a step at zero, or give p > 0.") }
            self = .vShape(p: p)
        case "level", "linear":
            try only(["q", "p"])
            let q = try need(q, "q")
            let p = try need(p, "p")
            guard p > q else {
                throw fail(
                    "The '\(name)' function needs p > q ≥ 0; it has q=\(WeightedSum.format(q)) and p=\(WeightedSum.format(p)).",
                    "Make the preference threshold p larger than the indifference threshold q.")
            }
            self = name.lowercased() == "level" ? .level(q: q, p: p) : .linear(q: q, p: p)
        case "gaussian":
            try only(["s"])
            let s = try need(s, "s")
            guard s > 0 else { throw fail("The 'gaussian' function needs s > 0; it has s=0.", "Give s > 0, in the criterion's units.") }
            self = .gaussian(s: s)
        default:
            throw fail(
                "No preference function is named '\(name)'.",
                "Use one of \(PreferenceFunction.names.joined(separator: ", ")).")
        }
    }

    /// The degree of preference for a difference d (positive favours the first option).
    ///
    /// `PROMETHEE.SortedForm` restates these boundaries for the sorted method (d ≤ q gives 0, `level` is ½ up to
    /// and including p, the ramps reach 1 at p); change both together, and the sorted-flow tests compare them.
    public func preference(_ d: Double) -> Double {
        switch self {
        case .usual: return d > 0 ? 1 : 0
        case let .uShape(q): return d > q ? 1 : 0
        case let .vShape(p): return d <= 0 ? 0 : (d >= p ? 1 : d / p)
        case let .level(q, p): return d <= q ? 0 : (d <= p ? 0.5 : 1)
        case let .linear(q, p): return d <= q ? 0 : (d >= p ? 1 : (d - q) / (p - q))
        case let .gaussian(s): return d <= 0 ? 0 : 1 - exp(-(d * d) / (2 * s * s))
        }
    }
}
