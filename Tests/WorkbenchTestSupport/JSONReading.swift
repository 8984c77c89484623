public import WorkbenchReports

/// Reading figures out of a reply's JSON data in tests, where the JSON contract may have renamed a camelCase key to
/// snake_case: one definition for every suite that checks numbers in replies.
public enum JSONReading {
    /// A number under the first of several keys present.
    public static func number(_ object: JSONValue?, _ keys: String...) -> Double? {
        for key in keys { if case .number(let x)? = object?[key] { return x } }
        return nil
    }

    /// The number a value holds.
    public static func scalar(_ value: JSONValue?) -> Double? {
        if case .number(let x)? = value { return x }
        return nil
    }

    /// The array in a value, or none.
    public static func array(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let items)? = value { return items }
        return []
    }
}
