import Testing
import WorkbenchCore

/// The shared `ArgumentValue` readers: every type an analyst types reads numbers through `NumberArgument`.
@Suite("Argument values")
struct ArgumentValueTests {
    @Test("Whole numbers: grouped, shortened, refused when fractional or mis-grouped")
    func integers() {
        #expect(Int(argument: "1,000,000") == 1_000_000)
        #expect(Int(argument: "10k") == 10_000)
        #expect(Int(argument: "1m") == 1_000_000)
        #expect(Int(argument: "-3") == -3)
        #expect(Int(argument: "2.5") == nil)
        #expect(Int(argument: "1,5") == nil)
        #expect(Int(argument: "3%") == nil)
        #expect(Int(argument: "£3") == nil)
    }

    @Test("Seeds keep every digit up to 2^64 − 1")
    func seeds() {
        #expect(UInt64(argument: "18446744073709551615") == UInt64.max)
        #expect(UInt64(argument: "2,010") == 2010)
        #expect(UInt64(argument: "-1") == nil)
        #expect(UInt64(argument: "18446744073709551616") == nil)
    }

    @Test("Reading in a range quotes the text and names the argument")
    func readInRange() throws {
        #expect(try Int.read("1,000", argument: "--k", in: 1...1_000, expected: "x") == 1_000)
        do {
            _ = try Int.read("1k1", argument: "--k", in: 1...200, expected: Int.rangeText(1...200))
            Issue.record("1k1 was read")
        } catch let error as WorkbenchError {
            #expect(error.message == "The value '1k1' is invalid for '--k': expected a whole number from 1 to 200.")
        }
        #expect(try Rate.read("3.5%", argument: "--rate").fraction == 0.035)
        #expect(try Money.read("-£180,000", argument: "<flow>").pounds == -180_000)
        #expect(try FinancialYear.read("2010/11", argument: "price-base-year").startYear == 2010)
        #expect(try Subject.read("bexley+bromley", argument: "--apply-to").boroughs.count == 2)
        #expect(throws: WorkbenchError.self) { try Subject.read("Bexley!", argument: "--apply-to") }
    }

    @Test("Calculator parameters read through the one reader: 25,000, £25k, 1.2m; 7.5% for fractions")
    func calculatorParameters() throws {
        let pounds = CalculatorParameter(id: "cost-per-post", label: "Cost", unit: .pounds, defaultValue: nil, valid: 0...1e9)
        for text in ["25000", "25,000", "£25,000", "25k", "£25k"] {
            #expect(try CalculatorParameterCheck.parse(text, for: pounds) == 25_000, "\(text)")
        }
        #expect(try CalculatorParameterCheck.parse("1.2m", for: pounds) == 1_200_000)
        #expect(throws: WorkbenchError.self) { try CalculatorParameterCheck.parse("25,00", for: pounds) }
        #expect(throws: WorkbenchError.self) { try CalculatorParameterCheck.parse("25%", for: pounds) }
        let share = CalculatorParameter(id: "share", label: "Share", unit: .fraction, defaultValue: nil, valid: 0...1)
        #expect(try CalculatorParameterCheck.parse("7.5%", for: share) == 0.075)
        #expect(try CalculatorParameterCheck.parse("0.075", for: share) == 0.075)
    }
}
