import Testing
import WorkbenchCore

/// The one reader for numbers (issue 15): every accepted form, every refused one, and what Money, Rate and counts
/// make of them.
@Suite struct NumberArgumentTests {
    /// Text, value, unit.
    static let accepted: [(String, Double, NumberArgument.Unit)] = [
        ("25000", 25_000, .plain), ("25,000", 25_000, .plain), ("£25,000", 25_000, .pounds),
        ("-£180,000", -180_000, .pounds), ("£-180,000", -180_000, .pounds), ("-180000", -180_000, .plain),
        ("+3", 3, .plain), ("25k", 25_000, .plain), ("25K", 25_000, .plain), ("1.2m", 1_200_000, .plain),
        ("1.2M", 1_200_000, .plain), ("£1.2m", 1_200_000, .pounds), ("-36k", -36_000, .plain),
        ("-£36k", -36_000, .pounds), ("3.5%", 3.5, .percent), ("-1%", -1, .percent), ("0.035", 0.035, .plain),
        (".5", 0.5, .plain), ("5.", 5, .plain), ("1,250.50", 1_250.5, .plain), ("1,000,000", 1_000_000, .plain),
        ("  42  ", 42, .plain), ("1e6", 1_000_000, .plain), ("2.39e-07", 2.39e-07, .plain), ("1E3", 1_000, .plain),
        ("-1e308", -1e308, .plain), ("0", 0, .plain), ("25,000%", 25_000, .percent), ("£0.5k", 500, .pounds),
    ]

    @Test("Accepted forms read as the number meant", arguments: accepted.indices)
    func acceptedForms(index: Int) throws {
        let (text, value, unit) = Self.accepted[index]
        let number = try #require(NumberArgument(text), "'\(text)' should be read")
        #expect(number.value == value, "'\(text)'")
        #expect(number.unit == unit, "'\(text)'")
    }

    static let refused = [
        "", " ", "abc", "£", "%", "k", "-", "--5", "-£-5", "£3.5%", "3.5k%", "25kk", "1,5", "1,0000", ",000", "1,,000",
        "12,34,567", "1.2.3", "1e", "1e5k", "1,000e3", "0x10", "inf", "-inf", "nan", "1e400", "1_000", "25 000",
        "£ 25", "25£", "3.5 %", "٣", "1.5b", "$25", "two",
    ]

    @Test("Refused forms are not numbers", arguments: refused)
    func refusedForms(text: String) {
        #expect(NumberArgument(text) == nil, "'\(text)' should be refused")
    }

    @Test("Money takes amounts, not percentages")
    func money() {
        #expect(Money(argument: "-£180,000") == Money(pounds: -180_000))
        #expect(Money(argument: "1.2m") == Money(pounds: 1_200_000))
        #expect(Money(argument: "25,000") == Money(pounds: 25_000))
        #expect(Money(argument: "3.5%") == nil)
        #expect(Money(argument: "lots") == nil)
    }

    @Test("Rate takes 3.5% or the fraction 0.035, not amounts; values are exactly as before")
    func rate() {
        #expect(Rate(argument: "3.5%") == Rate(fraction: 0.035))
        #expect(Rate(argument: "3.5%")?.fraction == 3.5 / 100)
        #expect(Rate(argument: "0.035") == Rate(fraction: 0.035))
        #expect(Rate(argument: "1.5%") == Rate(fraction: 0.015))
        #expect(Rate(argument: "-1%") == Rate(fraction: -0.01))
        // 3.5 without % is the fraction 3.5 (350%): callers range-check it and hint "did you mean 3.5%?".
        #expect(Rate(argument: "3.5") == Rate(fraction: 3.5))
        #expect(Rate(argument: "£3.5") == nil)
        #expect(Rate(argument: "3k") == nil)
        #expect(Rate(argument: "three") == nil)
    }

    @Test("Counts are whole numbers without units")
    func counts() {
        #expect(NumberArgument.count("10000") == 10_000)
        #expect(NumberArgument.count("1,000,000") == 1_000_000)
        #expect(NumberArgument.count("10k") == 10_000)
        #expect(NumberArgument.count("1m") == 1_000_000)
        #expect(NumberArgument.count("1.5k") == 1_500)
        #expect(NumberArgument.count("-3") == -3)
        #expect(NumberArgument.count("1.5") == nil)
        #expect(NumberArgument.count("£10") == nil)
        #expect(NumberArgument.count("10%") == nil)
        #expect(NumberArgument.count("1e19") == nil)
        #expect(NumberArgument.count("ten") == nil)
    }
}
