public import WorkbenchAnalysis
import WorkbenchCore

extension ComparisonFilter {
    /// The longest condition read; anything longer is refused before it is looked at.
    static let maximumLength = 200

    /// What `help` says a condition is.
    static let accepts = "field, comparison (=, !=, <, <=, >, >=, ~) and value, such as population>300000 or region=london"

    /// Reads one condition as typed after `--where`: `population>300000`, `hours <= 100`, `region=london`,
    /// `name~upon`. Numbers are read as every number is (`300,000`, `300k`).
    /// - Throws: `invalidArgument` quoting the condition, with a hint: empty or over-long text, control characters,
    ///   no comparison, an unknown field (with "Did you mean"), an unknown comparison, a missing value, text for a
    ///   numeric field, `<` or `>` on text, or a region the datasets do not give.
    public static func read(_ text: String, argument: String = "--where") throws -> ComparisonFilter {
        let fields = Field.allCases.map(\.rawValue)
        func refuse(_ why: String, hint: String? = nil, suggestion: String = "") -> WorkbenchError {
            let shown = text.count > 60 ? String(text.prefix(57)) + "…" : text
            return WorkbenchError(
                .invalidArgument, "The condition '\(shown)' for '\(argument)' \(why)." + suggestion,
                hint: hint ?? "Write field, comparison and value, such as population>300000 or region=london. Fields: "
                    + fields.joined(separator: ", ") + ".",
                location: .init(argument: argument))
        }
        guard text.count <= maximumLength else { throw refuse("is longer than \(maximumLength) characters") }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw refuse("holds a control character")
        }
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw refuse("is empty") }
        let operatorCharacters: Set<Character> = ["<", ">", "=", "!", "~"]
        guard let start = trimmed.firstIndex(where: { operatorCharacters.contains($0) }) else {
            throw refuse("has no comparison")
        }
        let end = trimmed[start...].firstIndex(where: { !operatorCharacters.contains($0) }) ?? trimmed.endIndex
        let name = trimmed[..<start].trimmingWhitespace().lowercased()
        let symbol = String(trimmed[start..<end])
        let value = trimmed[end...].trimmingWhitespace()
        guard !name.isEmpty else { throw refuse("has no field before '\(symbol)'") }
        guard let field = Field(rawValue: name) else {
            throw refuse(
                "tests '\(name)', which is not a field", hint: "Fields: " + fields.joined(separator: ", ") + ".",
                suggestion: Suggestions.didYouMean(name, in: fields))
        }
        guard let comparison = Comparison(rawValue: symbol == "==" ? "=" : symbol) else {
            throw refuse("compares with '\(symbol)'", hint: "Comparisons: =, !=, <, <=, >, >=, and ~ (text contains).")
        }
        guard !value.isEmpty else { throw refuse("has no value after '\(symbol)'") }
        guard field.isNumeric else {
            guard [.equal, .notEqual, .contains].contains(comparison) else {
                throw refuse("compares the text field '\(name)' with '\(symbol)'", hint: "Text fields (region, id, name) take =, != or ~.")
            }
            let wanted = value.lowercased()
            if field == .region, comparison != .contains, !regions.contains(wanted) {
                throw refuse(
                    "asks for the region '\(value)', which the datasets do not give",
                    hint: "The datasets give no regions but London (ONS codes E09): use region=london or region=outside-london.")
            }
            return ComparisonFilter(field, comparison, .text(wanted))
        }
        guard comparison != .contains else {
            throw refuse("compares the number field '\(name)' with '~'", hint: "Numbers take =, !=, <, <=, > or >=.")
        }
        guard let number = NumberArgument(value)?.value, number.isFinite else {
            throw refuse("compares '\(name)' with '\(value)', which is not a number", hint: "Give a number such as 300000, 300,000 or 300k.")
        }
        return ComparisonFilter(field, comparison, .number(number))
    }
}

extension Option where Value == ComparisonFilter {
    /// `--where condition`, repeatable (every condition must hold), read by `ComparisonFilter.read`.
    public static func filter(_ help: String) -> Self {
        Self(
            "--where", value: "condition", help, accepts: ComparisonFilter.accepts, repeatable: true,
            completion: .values(ComparisonFilter.Field.allCases.map(\.rawValue))
        ) { try ComparisonFilter.read($0) }
    }
}
