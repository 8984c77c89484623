/// The typed name of a calculator parameter (`--years`, `--running-cost-per-library`).
///
/// A calculator declares each parameter with a key and reads its resolved value by the same key, so a misspelt
/// name fails to compile (the key is a static member) and a key the calculator did not declare is a thrown
/// `internal` error, never a silent zero. Keys shared by many calculators are declared here; a module declares its
/// own keys in an extension (`extension ParameterKey { static let kioskCost = ParameterKey("kiosk-cost") }`).
public struct ParameterKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The parameter's name as typed, without the leading `--`.
    public let id: String

    /// Makes a key from the name the analyst types (`kiosk-cost`).
    public init(_ id: String) { self.id = id }

    /// The key of a parameter whose default comes from each borough's profile figure of the same name.
    public init(figure key: ProfileFigure.Key) { self.id = key.rawValue }

    /// The option as typed: `--kiosk-cost`.
    public var option: String { "--" + id }

    /// The name as typed, without the leading `--`.
    public var description: String { id }

    /// Orders keys by name, as `calculators` lists parameters in messages.
    public static func < (lhs: ParameterKey, rhs: ParameterKey) -> Bool { lhs.id < rhs.id }
}

extension ParameterKey {
    /// `--years`: the years after year 0 a schedule covers.
    public static let years = ParameterKey("years")
    /// `--start-year`: the appraisal year a change starts.
    public static let startYear = ParameterKey("start-year")
    /// `--ramp-up-years`: the years until the full saving arrives.
    public static let rampUpYears = ParameterKey("ramp-up-years")
    /// `--libraries`: how many libraries a change covers.
    public static let libraries = ParameterKey("libraries")
    /// `--running-cost-per-library`: the running cost of one branch a year, the one name every calculator that
    /// costs branches uses, so that one option sets it for all of them.
    public static let runningCostPerLibrary = ParameterKey("running-cost-per-library")
    /// `--transition-cost-share`: a one-off transition cost as a share of a year's saving.
    public static let transitionCostShare = ParameterKey("transition-cost-share")
}

extension CalculatorParameter {
    /// The parameter's typed key.
    public var key: ParameterKey { ParameterKey(id) }

    /// Makes a parameter from its typed key.
    public init(
        _ key: ParameterKey, label: String, unit: ParameterUnit, defaultValue: Sourced<Double>?,
        range: ClosedRange<Double>? = nil, valid: ClosedRange<Double>
    ) {
        self.init(id: key.id, label: label, unit: unit, defaultValue: defaultValue, range: range, valid: valid)
    }
}
