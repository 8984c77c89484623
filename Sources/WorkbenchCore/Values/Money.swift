/// An amount of money in pounds sterling at the workspace's price base.
///
/// Stored as `Double` pounds because appraisal, discounting and simulation need floating point; round only for
/// display, and always say the unit.
public struct Money: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The amount in pounds.
    public var pounds: Double

    /// Makes an amount from pounds.
    public init(pounds: Double) { self.pounds = pounds }
    /// Makes an amount from thousands of pounds.
    public init(thousands: Double) { self.pounds = thousands * 1_000 }
    /// Makes an amount from millions of pounds.
    public init(millions: Double) { self.pounds = millions * 1_000_000 }

    /// No money.
    public static let zero = Money(pounds: 0)

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pounds < rhs.pounds }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(pounds: lhs.pounds + rhs.pounds) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(pounds: lhs.pounds - rhs.pounds) }
    public static prefix func - (value: Money) -> Money { Money(pounds: -value.pounds) }
    public static func * (lhs: Money, rhs: Double) -> Money { Money(pounds: lhs.pounds * rhs) }
    public static func / (lhs: Money, rhs: Double) -> Money { Money(pounds: lhs.pounds / rhs) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.pounds += rhs.pounds }

    public init(from decoder: any Decoder) throws {
        pounds = try decoder.singleValueContainer().decode(Double.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(pounds)
    }

    /// The amount with a unit chosen for its size: `£412`, `£35.2k`, `£1.11m`.
    public var description: String { MoneyFormat.compact(pounds) }
}

/// Display rules for money, shared by every renderer so that the same amount always reads the same.
public enum MoneyFormat {
    /// `£412`, `£35.2k`, `£1.11m`, `-£2.40m`: three significant figures with the unit in the text.
    public static func compact(_ pounds: Double) -> String {
        guard pounds.isFinite else { return "n/a" }
        let sign = pounds < 0 ? "-" : ""
        let magnitude = Swift.abs(pounds)
        if magnitude >= 999_500 { return sign + "£" + significant(magnitude / 1_000_000) + "m" }
        if magnitude >= 10_000 { return sign + "£" + significant(magnitude / 1_000) + "k" }
        return sign + "£" + grouped(magnitude.rounded())
    }

    /// Whole pounds with thousands separators: `£1,107,000`.
    public static func whole(_ pounds: Double) -> String {
        guard pounds.isFinite else { return "n/a" }
        return (pounds < 0 ? "-£" : "£") + grouped(Swift.abs(pounds).rounded())
    }

    /// Magnitudes from which `Int64` conversion would trap; larger values print in Swift's own notation (`1e+308`).
    static let int64Limit = 9.0e18

    /// A non-negative whole number with comma separators.
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        // Beyond Int64 a conversion would trap (found by the shell soak test): print such a value as Swift does.
        guard Swift.abs(value) < int64Limit else { return "\(value)" }
        let digits = String(Int64(value.rounded()))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    /// Three significant figures without trailing zeros beyond one decimal place where useful.
    static func significant(_ value: Double) -> String {
        if value >= int64Limit { return "\(value)" }
        if value >= 100 { return String(Int64(value.rounded())) }
        if value >= 10 { return fixed(value, decimals: 1) }
        return fixed(value, decimals: 2)
    }

    /// A fixed-point rendering that does not depend on the C locale.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (Swift.abs(value) * scale).rounded()
        guard scaled < int64Limit else { return "\(value)" }
        let negative = value < 0 && scaled != 0
        let integer = Int64(scaled / scale)
        let fraction = Int64(scaled - Double(integer) * scale)
        var text = String(integer)
        if decimals > 0 {
            var fractionText = String(fraction)
            while fractionText.count < decimals { fractionText = "0" + fractionText }
            text += "." + fractionText
        }
        return (negative ? "-" : "") + text
    }
}
