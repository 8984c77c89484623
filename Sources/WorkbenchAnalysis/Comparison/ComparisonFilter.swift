import WorkbenchCore

/// One condition on the rows of a comparison, such as `population>300000` or `region=london`: a field, a comparison
/// and a value. A row whose field is missing never matches, so a filter never treats a missing figure as zero.
public struct ComparisonFilter: Sendable, Hashable, CustomStringConvertible {
    /// What a condition can test: the comparison's measures, the 2016 library count, and three descriptive fields.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        /// Population (ONS mid-2015).
        case population
        /// Statutory libraries in April 2010.
        case libraries
        /// Statutory libraries in July 2016.
        case libraries2016 = "libraries-2016"
        /// People per library.
        case peoplePerLibrary = "people-per-library"
        /// Annual opening hours per 1,000 people.
        case hours
        /// Change in statutory libraries 2010–2016.
        case change
        /// IMD 2015 score.
        case deprivation
        /// Spend per head.
        case spend
        /// People per hectare.
        case density
        /// `london` or `outside-london`: the only region the datasets give (London's ONS codes start E09).
        case region
        /// The authority's id.
        case id
        /// The authority's name.
        case name

        /// Whether the field holds a number (otherwise text, compared with `=`, `!=` or `~`).
        public var isNumeric: Bool { ![.region, .id, .name].contains(self) }
    }

    /// How the field is compared with the value.
    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        /// Equal (text ignores case).
        case equal = "="
        /// Not equal.
        case notEqual = "!="
        /// Less than.
        case less = "<"
        /// At most.
        case lessOrEqual = "<="
        /// More than.
        case greater = ">"
        /// At least.
        case greaterOrEqual = ">="
        /// Text contains (ignoring case).
        case contains = "~"
    }

    /// The value compared against.
    public enum Operand: Sendable, Hashable {
        /// A number, for numeric fields.
        case number(Double)
        /// Text, for text fields, in lower case.
        case text(String)
    }

    /// The regions `region` can be compared with.
    public static let regions = ["london", "outside-london"]

    /// The field tested.
    public var field: Field
    /// The comparison.
    public var comparison: Comparison
    /// The value.
    public var operand: Operand

    /// Makes a condition. The parser (`--where` in the shell) checks that the comparison suits the field.
    public init(_ field: Field, _ comparison: Comparison, _ operand: Operand) {
        self.field = field
        self.comparison = comparison
        self.operand = operand
    }

    /// The row's value of a numeric field, if known.
    public static func number(_ field: Field, of row: ComparisonRow) -> Double? {
        switch field {
        case .population: row.value(of: .population)
        case .libraries: row.value(of: .libraries)
        case .libraries2016: row.statistics.libraries2016.map { Double($0.value) }
        case .peoplePerLibrary: row.value(of: .peoplePerLibrary)
        case .hours: row.value(of: .hours)
        case .change: row.value(of: .change)
        case .deprivation: row.value(of: .deprivation)
        case .spend: row.value(of: .spend)
        case .density: row.value(of: .density)
        case .region, .id, .name: nil
        }
    }

    /// The row's value of a text field, in lower case.
    public static func text(_ field: Field, of row: ComparisonRow) -> String? {
        switch field {
        case .region: row.statistics.isLondon ? "london" : "outside-london"
        case .id: row.statistics.id.rawValue.lowercased()
        case .name: row.statistics.name.lowercased()
        default: nil
        }
    }

    /// Whether a row meets the condition; a row whose field is missing does not.
    public func matches(_ row: ComparisonRow) -> Bool {
        switch operand {
        case .number(let wanted):
            guard let value = Self.number(field, of: row) else { return false }
            switch comparison {
            case .equal: return value == wanted
            case .notEqual: return value != wanted
            case .less: return value < wanted
            case .lessOrEqual: return value <= wanted
            case .greater: return value > wanted
            case .greaterOrEqual: return value >= wanted
            case .contains: return false
            }
        case .text(let wanted):
            guard let value = Self.text(field, of: row) else { return false }
            switch comparison {
            case .equal: return value == wanted
            case .notEqual: return value != wanted
            case .contains: return value.contains(wanted)
            default: return false
            }
        }
    }

    /// The condition as it can be typed again: `population>300000`, `region=london`.
    public var description: String {
        let value: String
        switch operand {
        case .number(let number): value = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .text(let text): value = text
        }
        return field.rawValue + comparison.rawValue + value
    }
}
