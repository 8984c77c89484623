import Foundation
import WorkbenchCore
import WorkbenchWorkspace
import XCTest

/// Reading decision and pairwise matrices from CSV, and the errors that point at the bad cell.
final class MatrixFileTests: XCTestCase {
    func testDecisionMatrix() throws {
        let csv = "option,Cost,Reach\nHub,100,50\n\"Branch, north\",200,1/4\n"
        let matrix = try MatrixFile.decision(csv: csv, file: "m.csv")
        XCTAssertEqual(matrix.options, ["Hub", "Branch, north"])
        XCTAssertEqual(matrix.criteria, ["Cost", "Reach"])
        XCTAssertEqual(matrix.values, [100, 50, 200, 0.25])
    }

    func testNonNumberNamesFileLineColumnAndCriterion() {
        let csv = "option,Cost,Reach\nHub,100,50\nBranch,200,lots\n"
        XCTAssertThrowsError(try MatrixFile.decision(csv: csv, file: "m.csv")) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.message, "The score 'lots' of 'Branch' is not a number.")
            XCTAssertEqual(error?.location, .init(file: "m.csv", line: 3, column: 3, field: "Reach"))
            XCTAssertEqual(error?.description.hasPrefix("m.csv:3:3, field 'Reach': The score 'lots'"), true)
        }
        XCTAssertThrowsError(try MatrixFile.decision(csv: "option,Cost\nA,1\nB,\n", file: "m.csv")) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "The score of 'B' is missing.")
        }
        XCTAssertThrowsError(try MatrixFile.decision(csv: "option,Cost\nA,1\nB,2,3\n", file: "m.csv")) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "This line has 3 fields, but the header has 2.")
            XCTAssertEqual((error as? WorkbenchError)?.location?.line, 3)
        }
        XCTAssertThrowsError(try MatrixFile.decision(csv: "option,Cost\nA,1\n", file: "m.csv")) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "The file has 1 option row; at least two are needed to compare.")
        }
        XCTAssertThrowsError(try MatrixFile.decision(csv: "option,Cost,cost\nA,1,2\nB,2,3\n", file: "m.csv")) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "The criterion 'cost' appears twice in the header.")
        }
    }

    func testFractions() {
        XCTAssertEqual(MatrixFile.number("1/3"), 1.0 / 3)
        XCTAssertEqual(MatrixFile.number(" 2.5 / 10 "), 0.25)
        XCTAssertEqual(MatrixFile.number("-4"), -4)
        XCTAssertNil(MatrixFile.number("1/0"))
        XCTAssertNil(MatrixFile.number("a/3"))
        XCTAssertNil(MatrixFile.number(""))
    }

    func testPairwiseMatrix() throws {
        let csv = ",Cost,Reach,Quality\nCost,1,3,5\nReach,1/3,1,2\nQuality,0.2,1/2,1\n"
        let matrix = try MatrixFile.pairwise(csv: csv, file: "p.csv")
        XCTAssertEqual(matrix.labels, ["Cost", "Reach", "Quality"])
        XCTAssertEqual(matrix.values, [1, 3, 5, 1.0 / 3, 1, 2, 0.2, 0.5, 1])
    }

    func testNonReciprocalSaysWhichCellAndWhatItShouldBe() {
        let csv = ",Cost,Reach,Quality\nCost,1,3,5\nReach,1/3,1,2\nQuality,1/5,2,1\n"
        XCTAssertThrowsError(try MatrixFile.pairwise(csv: csv, file: "p.csv")) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(
                error?.message,
                "The comparison of 'Quality' with 'Reach' is 2, but 'Reach' with 'Quality' (line 3, column 4) is 2; the matrix must be reciprocal, so it should be 1/2 (0.5).")
            XCTAssertEqual(error?.location, .init(file: "p.csv", line: 4, column: 3, field: "Reach"))
        }
    }

    func testPairwiseShapeAndSignErrors() {
        XCTAssertThrowsError(try MatrixFile.pairwise(csv: ",a,b\na,1,2\n", file: "p.csv")) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "The matrix is not square: the header names 2 items but there is 1 row.")
        }
        XCTAssertThrowsError(try MatrixFile.pairwise(csv: ",a,b\nb,1,2\na,1/2,1\n", file: "p.csv")) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "Row 1 is labelled 'b', but column 1 of the header is 'a'.")
        }
        XCTAssertThrowsError(try MatrixFile.pairwise(csv: ",a,b\na,1,-2\nb,1/2,1\n", file: "p.csv")) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "The comparison of 'a' with 'b' is -2; comparisons must be positive.")
            XCTAssertEqual((error as? WorkbenchError)?.location?.column, 3)
        }
        XCTAssertThrowsError(try MatrixFile.pairwise(csv: ",a,b\na,2,2\nb,1/2,1\n", file: "p.csv")) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "The comparison of 'a' with itself is 2; it must be 1.")
        }
    }

    func testMissingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString).csv")
        XCTAssertThrowsError(try MatrixFile.text(at: url, file: "x.csv")) { error in
            XCTAssertEqual((error as? WorkbenchError)?.message, "There is no file 'x.csv'.")
        }
    }
}
