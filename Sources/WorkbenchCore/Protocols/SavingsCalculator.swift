/// The unit of a calculator parameter.
public enum ParameterUnit: String, Hashable, Sendable, Codable {
    /// Pounds.
    case pounds
    /// A fraction (entered as `7%` or `0.07`).
    case fraction
    /// A count (libraries, items, kiosks, posts).
    case count
    /// Years.
    case years
    /// Hours.
    case hours
    /// Pounds per unit (per item, per kiosk, per FTE).
    case poundsEach = "pounds-each"
}

/// A parameter a savings calculator takes, with its default and range, each sourced.
public struct CalculatorParameter: Hashable, Sendable, Codable {
    /// The parameter's name as typed (`back-office-share`, used as `--back-office-share`).
    public var id: String
    /// What it means.
    public var label: String
    /// Its unit.
    public var unit: ParameterUnit
    /// The most likely value, with its source; nil when it comes from the subject's profile.
    public var defaultValue: Sourced<Double>?
    /// The low and high ends of its uncertainty range, when it is uncertain.
    public var range: ClosedRange<Double>?
    /// The values that make sense at all; anything else is an error naming this range.
    public var valid: ClosedRange<Double>

    /// Makes a parameter.
    public init(
        id: String, label: String, unit: ParameterUnit, defaultValue: Sourced<Double>?,
        range: ClosedRange<Double>? = nil, valid: ClosedRange<Double>
    ) {
        self.id = id
        self.label = label
        self.unit = unit
        self.defaultValue = defaultValue
        self.range = range
        self.valid = valid
    }
}

/// Metadata of a savings calculator. Everything but the id has a default.
public struct CalculatorDescriptor: Hashable, Sendable {
    /// Stable id (`shared-service`).
    public var id: CalculatorID
    /// Title.
    public var title: String
    /// What it costs, in a sentence.
    public var summary: String
    /// The parameters it takes.
    public var parameters: [CalculatorParameter]

    /// Makes a descriptor; only the id is required.
    public init(id: CalculatorID, title: String? = nil, summary: String = "", parameters: [CalculatorParameter] = []) {
        self.id = id
        self.title = title ?? id.rawValue
        self.summary = summary
        self.parameters = parameters
    }
}

/// Overrides of a calculator's parameters, by parameter id.
public struct ParameterValues: Hashable, Sendable, Codable {
    /// The values given, by parameter id.
    public private(set) var values: [String: Double]

    /// Makes a set of overrides.
    public init(_ values: [String: Double] = [:]) { self.values = values }

    /// The override for a parameter, if any.
    public subscript(id: String) -> Double? {
        get { values[id] }
        set { values[id] = newValue }
    }
}

/// Turns a subject and parameters into a yearly cash-flow schedule with ranges and an optimism-bias category.
public protocol SavingsCalculator: Sendable {
    /// The calculator's metadata and parameters.
    static var descriptor: CalculatorDescriptor { get }
    /// Costs the subject. Throws a `missingFigure` error naming the figure when the profile lacks one it needs.
    func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule
}

extension SavingsCalculator {
    /// The calculator's metadata, reached from an instance.
    public var descriptor: CalculatorDescriptor { Self.descriptor }
}
