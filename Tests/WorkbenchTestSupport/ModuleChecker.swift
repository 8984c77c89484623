public import WorkbenchCore
import WorkbenchToolkit
import XCTest

/// Checks a borough module against the rules every borough must keep, failing the calling test with one clear
/// message per problem. Reusable for a borough made from the `new-borough` template, whose figures are
/// `.toBeFilled`: placeholders need no source and are not range-checked.
///
/// It checks that the descriptor id is a valid id equal to the profile's id; that `register(in:)` succeeds; that the
/// April 2010 and July 2016 library counts equal the branches marked statutory then, and the weekly hours the sum
/// of the statutory 2016 branches' hours; that every statistic, figure, arrangement and the branch list cite a
/// source unless they are to be filled; that derived figures and estimates state a method; that every tag cited is
/// in the toolkit's sources list (or one the module registers itself); that populations and areas are positive;
/// and that branch weekly hours lie between 0 and 168. Case studies the module registers are held to the same
/// source and method rules, its calculators to `checkSavingsCalculator` and its evaluators to `checkEvaluator`.
/// Swift Testing suites run the same rules one by one: `@Test(arguments: BoroughModuleConformance.allCases)`.
public func checkBoroughModule(_ module: some BoroughModule, file: StaticString = #filePath, line: UInt = #line) {
    for problem in boroughModuleProblems(module) {
        XCTFail("\(type(of: module)): \(problem)", file: file, line: line)
    }
}

/// The problems `checkBoroughModule` reports, as sentences; empty when the module keeps every rule.
public func boroughModuleProblems(_ module: some BoroughModule) -> [String] {
    BoroughModuleConformance.allCases.flatMap { $0.problems(module) }
}
