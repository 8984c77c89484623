/// A calculator's parameters resolved for one calculation: every override checked against the parameter's valid
/// range (and, for years and counts, for being whole), then each value taken from the override or the default.
///
/// Values are read by `ParameterKey`, and only for parameters the descriptor declares: asking for another key throws
/// an `internal` error naming the calculator and the key, so a calculator's slip fails its first test run instead of
/// reading zero. Errors about the analyst's values carry no module; the registry's containment names the module
/// that registered the calculator.
///
/// Given a price base, a default in pounds is read in that year's prices: restated from the year its source gives
/// (its period) with HM Treasury's GDP deflator [S82], its range with it, as the resolver restates the profiles'
/// figures; the analyst's overrides are taken as money of the price base year.
public struct ResolvedParameters: Sendable {
    /// The calculator's metadata.
    public let descriptor: CalculatorDescriptor
    /// The overrides given.
    public let overrides: ParameterValues
    /// The price base year the defaults in pounds are restated in (nil: as their sources give them).
    public let priceBase: FinancialYear?
    /// The descriptor's defaults in pounds, restated once here (a restatement writes its method's text), by key.
    private let restated: [ParameterKey: Sourced<Double>]
    private let byKey: [ParameterKey: CalculatorParameter]

    /// Checks the overrides: unknown ids, values outside the valid range and fractional counts are errors naming the
    /// parameter, the value and the valid range.
    ///
    /// - Throws: `invalidArgument` for the first override (in name order) that is unknown or out of range.
    public init(_ descriptor: CalculatorDescriptor, _ overrides: ParameterValues, priceBase: FinancialYear? = nil) throws {
        self.descriptor = descriptor
        self.overrides = overrides
        self.priceBase = priceBase
        var restated: [ParameterKey: Sourced<Double>] = [:]
        if let priceBase {
            for parameter in descriptor.parameters {
                if let value = Self.restating(parameter, to: priceBase) { restated[parameter.key] = value }
            }
        }
        self.restated = restated
        var byKey: [ParameterKey: CalculatorParameter] = [:]
        for parameter in descriptor.parameters { byKey[parameter.key] = parameter }
        self.byKey = byKey
        for (id, value) in overrides.values.sorted(by: { $0.key < $1.key }) {
            guard let parameter = byKey[ParameterKey(id)] else {
                let names = descriptor.parameters.map { "--" + $0.id }
                var hint = "Its parameters are " + names.joined(separator: ", ") + "."
                if let near = Self.nearest(id, among: descriptor.parameters.map(\.id)) {
                    hint = "Did you mean '--\(near)'? " + hint
                }
                throw WorkbenchError(
                    .invalidArgument, "The calculator '\(descriptor.id)' has no parameter '--\(id)'.", hint: hint,
                    location: .init(argument: "--" + id))
            }
            try Self.check(value, against: parameter)
        }
    }

    /// Throws unless `value` is finite, within the parameter's valid range and whole where the unit counts.
    ///
    /// - Throws: `invalidArgument` quoting the value and naming the parameter and its valid range.
    public static func check(_ value: Double, against parameter: CalculatorParameter) throws {
        let whole = parameter.unit == .years || parameter.unit == .count
        let range = "\(Self.format(parameter.valid.lowerBound, parameter.unit)) to "
            + "\(Self.format(parameter.valid.upperBound, parameter.unit))"
        guard value.isFinite, parameter.valid.contains(value), !whole || value.rounded() == value else {
            throw WorkbenchError(
                .invalidArgument,
                "The value '\(Self.format(value, parameter.unit))' is invalid for '--\(parameter.id)': expected "
                    + (whole ? "a whole number from " : "a value from ") + range + ".",
                hint: "'--\(parameter.id)' is \(parameter.label.prefix(1).lowercased() + parameter.label.dropFirst()).",
                location: .init(argument: "--" + parameter.id))
        }
    }

    /// The declared parameter with a key.
    ///
    /// - Throws: `internal` when the calculator did not declare the key: a fault in the calculator, not the input.
    public func parameter(_ key: ParameterKey) throws -> CalculatorParameter {
        guard let parameter = byKey[key] else {
            throw WorkbenchError(
                .internal,
                "The calculator '\(descriptor.id)' reads the parameter '\(key.option)', which its descriptor does not "
                    + "declare.",
                hint: "Declare the parameter in the calculator's descriptor, or read one it declares.")
        }
        return parameter
    }

    /// Whether the descriptor declares a parameter with this key.
    public func declares(_ key: ParameterKey) -> Bool { byKey[key] != nil }

    /// The override of a declared parameter, if one was given.
    ///
    /// - Throws: `internal` for an undeclared key.
    public func override(_ key: ParameterKey) throws -> Double? {
        _ = try parameter(key)
        return overrides[key.id]
    }

    /// The override or the default value of a declared parameter.
    ///
    /// - Throws: `internal` for an undeclared key, or for a parameter with neither an override nor a default (its
    ///   value comes from the profile: read `override(_:)` and the profile instead).
    public func value(_ key: ParameterKey) throws -> Double { try sourced(key).value }

    /// The value with where it came from: the default's provenance, or the analyst's override.
    ///
    /// - Throws: `internal` for an undeclared key, or for a parameter with neither an override nor a default.
    public func sourced(_ key: ParameterKey) throws -> Sourced<Double> {
        let parameter = try parameter(key)
        if let given = overrides[key.id] {
            return Sourced(given, .estimate(method: "set by the analyst (--\(key.id) \(Self.format(given, parameter.unit)))"))
        }
        guard let value = defaultValue(of: parameter) else {
            throw WorkbenchError(
                .internal,
                "The calculator '\(descriptor.id)' reads a default for '\(key.option)', which has none: its value comes "
                    + "from the profile.",
                hint: "Read the parameter's override, and otherwise the borough's profile.")
        }
        return value
    }

    /// The uncertainty of a line proportional to this parameter: the ends of its range over the value used. When an
    /// override falls outside the range, the default's relative spread is kept around it. Nil when the parameter is
    /// not uncertain or its value is zero.
    ///
    /// - Throws: `internal` for an undeclared key.
    public func uncertainty(_ key: ParameterKey, shape: DistributionShape = .triangular) throws -> LineUncertainty? {
        let parameter = try parameter(key)
        guard let range = range(of: parameter) else { return nil }
        let used = try value(key)
        var reference = used
        if !range.contains(used) { reference = defaultValue(of: parameter)?.value ?? used }
        guard reference > 0 else { return nil }
        return LineUncertainty(
            input: key.id, low: range.lowerBound / reference, mostLikely: 1, high: range.upperBound / reference,
            shape: shape, independentByYear: false)
    }

    /// A parameter's default as this calculation reads it: in pounds, restated in the price base's prices (see the
    /// type's notes); otherwise as declared. Nil for a parameter without a default.
    public func defaultValue(of parameter: CalculatorParameter) -> Sourced<Double>? {
        if let value = restated[parameter.key], byKey[parameter.key] == parameter { return value }
        guard let base = priceBase else { return parameter.defaultValue }
        return Self.restating(parameter, to: base) ?? parameter.defaultValue
    }

    /// A default in pounds restated in `base`'s prices; nil for a parameter without one or in another unit.
    private static func restating(_ parameter: CalculatorParameter, to base: FinancialYear) -> Sourced<Double>? {
        guard let value = parameter.defaultValue, parameter.unit == .pounds || parameter.unit == .poundsEach else { return nil }
        let restated = PriceDeflator.hmTreasuryGDP.restating(value.value, value.provenance, to: base)
        return Sourced(restated.value, restated.provenance)
    }

    /// A parameter's range of uncertainty as this calculation reads it: scaled with its default when that is restated
    /// in the price base's prices. Nil when the parameter is not uncertain.
    public func range(of parameter: CalculatorParameter) -> ClosedRange<Double>? {
        guard let range = parameter.range else { return nil }
        guard let declared = parameter.defaultValue?.value, declared != 0, let used = defaultValue(of: parameter)?.value,
            used != declared
        else { return range }
        let factor = used / declared
        return (range.lowerBound * factor)...(range.upperBound * factor)
    }

    /// A number in a parameter's unit for messages: `£22,000`, `49.3%`, `39.0p`, `3`.
    public static func format(_ value: Double, _ unit: ParameterUnit) -> String {
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
