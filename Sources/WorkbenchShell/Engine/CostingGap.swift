public import WorkbenchCore

/// The parts of an option that could not be costed, each with the error its calculator gave.
public struct CostingGap: Sendable {
    /// What was being costed.
    public let title: String
    /// The subject.
    public let subject: Subject
    /// The calculators that could not cost their part, with their errors, in the option's order.
    public let parts: [(calculator: CalculatorID, error: WorkbenchError)]
    /// The calculators that could.
    public let costed: [CalculatorID]

    /// The missing parts for a table cell: `missing: trust-or-provider`.
    public var cell: String { "not costed, missing: " + parts.map(\.calculator.rawValue).joined(separator: ", ") }

    /// Each missing part with its reason, for notes and JSON.
    public var reasons: [String] { parts.map { "\($0.calculator): \($0.error.message)" } }

    /// The refusal every command gives: the option and each missing part named, the first part's hint and location.
    public var error: WorkbenchError {
        let first = parts[0].error
        // A single calculator's own refusal is the whole story: nothing else was costed.
        if parts.count == 1, costed.isEmpty { return first }
        var error = WorkbenchError(
            .missingFigure,
            "'\(title)' cannot be fully costed for \(subject), so it is not reported in part: "
                + reasons.joined(separator: " ")
                + (costed.isEmpty ? "" : " (costed: \(costed.map(\.rawValue).joined(separator: ", ")))"),
            hint: first.hint, module: first.module, location: first.location)
        error.cause = first.cause
        return error
    }
}
