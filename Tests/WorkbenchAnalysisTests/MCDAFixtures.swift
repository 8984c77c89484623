import WorkbenchAnalysis
import XCTest

/// Small matrices shared by the MCDA tests.
enum MCDAFixtures {
    /// Three options; Cost is a cost, Reach a benefit, Quality the same for all.
    ///
    ///          Cost  Reach  Quality
    ///   A       100     50        3
    ///   B       200     80        3
    ///   C       150     20        3
    static func threeOptions() throws -> DecisionMatrix {
        try DecisionMatrix(
            options: ["A", "B", "C"], criteria: ["Cost", "Reach", "Quality"],
            values: [100, 50, 3, 200, 80, 3, 150, 20, 3])
    }

    /// Hwang & Yoon (1981), *Multiple Attribute Decision Making*, Springer, p. 133 (the fighter-aircraft example):
    /// maximum speed (Mach), ferry range (NM), maximum payload (lb), acquisition cost ($m, a cost), reliability and
    /// manoeuvrability (scored 1–9), weights 0.2, 0.1, 0.1, 0.1, 0.2, 0.3.
    static func fighterAircraft() throws -> DecisionMatrix {
        try DecisionMatrix(
            options: ["A1", "A2", "A3", "A4"],
            criteria: ["Speed", "Range", "Payload", "Cost", "Reliability", "Manoeuvrability"],
            values: [
                2.0, 1500, 20000, 5.5, 5, 9,
                2.5, 2700, 18000, 6.5, 3, 5,
                1.8, 2000, 21000, 4.5, 7, 7,
                2.2, 1800, 20000, 5.0, 5, 5,
            ])
    }
}

/// Compares arrays element by element.
func assertClose(_ actual: [Double], _ expected: [Double], accuracy: Double, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, "count \(message)", file: file, line: line)
    for (index, (a, e)) in zip(actual, expected).enumerated() {
        XCTAssertEqual(a, e, accuracy: accuracy, "element \(index) \(message)", file: file, line: line)
    }
}
