/// Finds the figures a calculator needs in the subject's profiles, or in the analyst's override, and says exactly
/// which figure is missing and how to add it when neither has it.
public enum SubjectFigures {
    /// The figure for each borough of the subject, or the override as one unit for the whole subject. The
    /// calculator declares the figure with `CalculatorParameters.figure(_:label:unit:)`.
    ///
    /// - Throws: `missingFigure` naming the first borough without the figure, the figure's key and the override;
    ///   `internal` when the descriptor does not declare the figure.
    public static func units(
        _ key: ProfileFigure.Key, what: String, inputs: SubjectInputs, parameters: ResolvedParameters
    ) throws -> [CostingUnit] {
        let parameter = ParameterKey(figure: key)
        if let given = try parameters.override(parameter) {
            return [CostingUnit(name: unitName(inputs), value: given, provenance: try parameters.sourced(parameter).provenance)]
        }
        return try inputs.profiles.map { profile in
            guard let figure = profile.figure(key) else {
                throw missing(key, what: what, borough: profile.name, calculator: parameters.descriptor.id)
            }
            return CostingUnit(name: profile.name, value: figure.value, provenance: figure.provenance)
        }
    }

    /// Each borough's own figure, or nil for a borough without it (no override considered).
    public static func figure(_ key: ProfileFigure.Key, in profile: BoroughProfile) -> CostingUnit? {
        profile.figure(key).map { CostingUnit(name: profile.name, value: $0.value, provenance: $0.provenance) }
    }

    /// The April 2010 statutory library count of each borough [S71], or the `--libraries` override for the subject.
    /// The calculator declares `CalculatorParameters.libraries`.
    ///
    /// - Throws: `missingFigure` naming the first borough without a count; `internal` when `--libraries` is not
    ///   declared.
    public static func libraries(inputs: SubjectInputs, parameters: ResolvedParameters) throws -> [CostingUnit] {
        if let given = try parameters.override(.libraries) {
            return [CostingUnit(name: unitName(inputs), value: given, provenance: try parameters.sourced(.libraries).provenance)]
        }
        return try inputs.profiles.map { profile in
            if let count = profile.statistics.libraries2010 {
                return CostingUnit(name: profile.name, value: Double(count.value), provenance: count.provenance)
            }
            let statutory = profile.libraries.filter(\.statutory2010).count
            guard statutory > 0 else {
                throw WorkbenchError(
                    .missingFigure,
                    "\(profile.name)'s profile has no count of libraries (April 2010), which the "
                        + "'\(parameters.descriptor.id)' calculator needs.",
                    hint: "Add `libraries2010` to the borough's statistics or its branch list, or pass --libraries.",
                    location: .init(field: "libraries2010", argument: "--libraries"))
            }
            return CostingUnit(name: profile.name, value: Double(statutory), provenance: profile.librariesSource)
        }
    }

    /// The missing-figure error: which borough, which figure, and the two ways to supply it.
    public static func missing(_ key: ProfileFigure.Key, what: String, borough: String, calculator: CalculatorID) -> WorkbenchError {
        WorkbenchError(
            .missingFigure,
            "\(borough)'s profile has no `\(key.rawValue)` figure (\(what)), which the '\(calculator)' calculator needs.",
            hint: "Add a `\(key.rawValue)` figure to the borough's profile, or pass --\(key.rawValue).",
            location: .init(field: key.rawValue, argument: "--" + key.rawValue))
    }

    /// The name of the subject as one unit: the borough's name, or `bexley+bromley`.
    public static func unitName(_ inputs: SubjectInputs) -> String {
        inputs.profiles.count == 1 ? inputs.profiles[0].name : inputs.subject.description
    }

    /// A combined provenance: an estimate when any part is one; otherwise entered when any part is the analyst's
    /// entered figure (so a figure built on it stays marked "entered"), and derived when every part is published or
    /// derived; sources merged in order without repeats; the method is the arithmetic.
    public static func combine(_ parts: [Provenance], method: String, period: String? = nil) -> Provenance {
        var tags: [SourceTag] = []
        for tag in parts.flatMap(\.sources) where !tags.contains(tag) { tags.append(tag) }
        let isEstimate = parts.contains { $0.kind == .estimate || $0.kind == .toBeFilled }
        let kind: EvidenceKind = isEstimate ? .estimate : parts.contains { $0.kind == .entered } ? .entered : .derived
        var combined = Provenance(kind, tags, period: period ?? parts.compactMap(\.period).first, method: method)
        // Money restated in the price base stays marked so: the combination is in the same prices.
        combined.prices = parts.compactMap(\.prices).first
        return combined
    }

    /// The note a calculator gives about the year of a budget it scales: `Bexley's budget figure refers to 2020,
    /// restated in 2010/11 prices with HM Treasury's GDP deflator [S82].`, or, for a figure of the base year or of no
    /// single year, that the schedule treats it as at the price base; nil without a period.
    public static func budgetPeriodNote(name: String, _ provenance: Provenance) -> String? {
        guard let period = provenance.period else { return nil }
        if let prices = provenance.prices {
            return "\(name)'s budget figure refers to \(period), restated in \(prices) prices with HM Treasury's GDP deflator [S82]."
        }
        return "\(name)'s budget figure refers to \(period); the schedule treats it as at the price base."
    }
}
