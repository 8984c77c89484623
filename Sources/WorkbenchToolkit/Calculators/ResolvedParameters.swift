import WorkbenchCore

/// A calculator's parameters resolved for one calculation: every override checked against the parameter's valid
/// range (and, for years and counts, for being whole), then each value taken from the override or the default.
struct ResolvedParameters {
    /// The calculator's metadata.
    let descriptor: CalculatorDescriptor
    /// The overrides given.
    let overrides: ParameterValues
    private let byID: [String: CalculatorParameter]

    /// Checks the overrides: unknown ids, values outside the valid range and fractional counts are errors naming the
    /// parameter, the value and the valid range.
    init(_ descriptor: CalculatorDescriptor, _ overrides: ParameterValues) throws {
        self.descriptor = descriptor
        self.overrides = overrides
        var byID: [String: CalculatorParameter] = [:]
        for parameter in descriptor.parameters { byID[parameter.id] = parameter }
        self.byID = byID
        for (id, value) in overrides.values.sorted(by: { $0.key < $1.key }) {
            guard let parameter = byID[id] else {
                let names = descriptor.parameters.map { "--" + $0.id }
                var hint = "Its parameters are " + names.joined(separator: ", ") + "."
                if let near = Self.nearest(id, among: descriptor.parameters.map(\.id)) {
                    hint = "Did you mean '--\(near)'? " + hint
                }
                throw WorkbenchError(
                    .invalidArgument, "The calculator '\(descriptor.id)' has no parameter '--\(id)'.", hint: hint,
                    module: "toolkit", location: .init(argument: "--" + id))
            }
            try Self.check(value, against: parameter)
        }
    }

    /// Throws unless `value` is finite, within the parameter's valid range and whole where the unit counts.
    static func check(_ value: Double, against parameter: CalculatorParameter) throws {
        let whole = parameter.unit == .years || parameter.unit == .count
        let range = "\(Self.format(parameter.valid.lowerBound, parameter.unit)) to "
            + "\(Self.format(parameter.valid.upperBound, parameter.unit))"
        guard value.isFinite, parameter.valid.contains(value), !whole || value.rounded() == value else {
            throw WorkbenchError(
                .invalidArgument,
                "The value '\(Self.format(value, parameter.unit))' is invalid for '--\(parameter.id)': expected "
                    + (whole ? "a whole number from " : "a value from ") + range + ".",
                hint: "'--\(parameter.id)' is \(parameter.label.prefix(1).lowercased() + parameter.label.dropFirst()).",
                module: "toolkit", location: .init(argument: "--" + parameter.id))
        }
    }

    /// The parameter with an id; the calculator's own code asks only for ids it declared.
    func parameter(_ id: String) -> CalculatorParameter {
        byID[id] ?? CalculatorParameter(id: id, label: id, unit: .count, defaultValue: nil, valid: 0...0)
    }

    /// The override, if one was given.
    func override(_ id: String) -> Double? { overrides[id] }

    /// The override or the default value.
    func value(_ id: String) -> Double { overrides[id] ?? parameter(id).defaultValue?.value ?? 0 }

    /// The value with where it came from: the default's provenance, or the analyst's override.
    func sourced(_ id: String) -> Sourced<Double> {
        if let given = overrides[id] {
            return Sourced(given, .estimate(method: "set by the analyst (--\(id) \(Self.format(given, parameter(id).unit)))"))
        }
        return parameter(id).defaultValue ?? Sourced(0, .estimate(method: "no default"))
    }

    /// The uncertainty of a line proportional to this parameter: the ends of its range over the value used. When an
    /// override falls outside the range, the default's relative spread is kept around it. Nil when the parameter is
    /// not uncertain or its value is zero.
    func uncertainty(_ id: String, shape: DistributionShape = .triangular) -> LineUncertainty? {
        let parameter = parameter(id)
        guard let range = parameter.range else { return nil }
        let used = value(id)
        var reference = used
        if !range.contains(used) { reference = parameter.defaultValue?.value ?? used }
        guard reference > 0 else { return nil }
        return LineUncertainty(
            input: id, low: range.lowerBound / reference, mostLikely: 1, high: range.upperBound / reference,
            shape: shape, independentByYear: false)
    }

    /// A number in a parameter's unit for messages: `£22,000`, `49.3%`, `3`.
    static func format(_ value: Double, _ unit: ParameterUnit) -> String {
        switch unit {
        case .pounds, .poundsEach:
            return value.magnitude < 1 && value != 0 ? MoneyFormat.fixed(value * 100, decimals: 1) + "p" : MoneyFormat.whole(value)
        case .fraction: return Rate.formatPercent(value * 100)
        case .count, .years, .hours:
            return value.rounded() == value && value.magnitude < 1e15 ? String(Int64(value)) : MoneyFormat.fixed(value, decimals: 2)
        }
    }

    /// The closest id by edit distance, when it is close enough to suggest.
    static func nearest(_ text: String, among candidates: [String]) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var previous = Array(0...b.count)
            for (i, ca) in a.enumerated() {
                var current = [i + 1]
                for (j, cb) in b.enumerated() {
                    current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
                }
                previous = current
            }
            return previous[b.count]
        }
        let scored = candidates.map { ($0, distance(Array(text), Array($0))) }.min { $0.1 < $1.1 }
        guard let best = scored, best.1 <= Swift.max(2, text.count / 3) else { return nil }
        return best.0
    }
}
