import Foundation
import WorkbenchCatalog
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace
import XCTest

/// Containment: an error thrown inside a module's calculator is reported as that module's error, numeric trouble
/// (NaN, infinity) is reported rather than printed as a number, and the session goes on.
///
/// A test-only module, `faulty`, registers three calculators that fail in the three ways a module can.
final class ContainmentTests: XCTestCase {
    private var session: Session!

    override func setUpWithError() throws {
        let workspace = try Workspace(folder: try SessionFixture.copyOfDefaultWorkspace())
        session = try Session(workspace: workspace, modules: Catalog.modules + [FaultyModule()])
    }

    override func tearDownWithError() throws {
        if let session { try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent()) }
    }

    /// Runs a failing line, then checks the session still answers a good one.
    private func failing(_ line: String) -> WorkbenchError? {
        let reply = session.execute(line)
        XCTAssertEqual(reply.status, .error, "\(line) should fail: \(ReplyRenderer.text(reply))")
        let after = session.execute("npv 3.5% -100 60 60")
        XCTAssertEqual(after.status, .ok, "the session goes on after '\(line)'")
        return reply.error
    }

    func testAWorkbenchErrorFromAModuleNamesTheModule() throws {
        let error = try XCTUnwrap(failing("savings faulty-refuses bromley"))
        XCTAssertEqual(error.message, "The faulty calculator refuses on purpose.")
        XCTAssertEqual(error.module, "faulty")
        XCTAssertEqual(
            error.description,
            "[faulty] The faulty calculator refuses on purpose.")
    }

    func testAnyOtherErrorFromAModuleIsThatModulesError() throws {
        let error = try XCTUnwrap(failing("savings faulty-crashes bromley"))
        XCTAssertEqual(error.code, .module)
        XCTAssertEqual(error.module, "faulty")
        XCTAssertEqual(
            error.description,
            "[faulty] The module 'faulty' failed in the calculator 'faulty-crashes': Broken().\n"
            + "This is a fault in that module; the session goes on.")
    }

    func testNonFiniteFiguresAreReportedNotPrinted() throws {
        let error = try XCTUnwrap(failing("savings faulty-nan bromley"))
        XCTAssertEqual(error.code, .numeric)
        XCTAssertEqual(error.module, "faulty")
        XCTAssertEqual(
            error.description,
            "[faulty] The calculator 'faulty-nan' produced nan for 'Saving' in year 1, for the subject 'bromley' with its default "
            + "parameters. No figure is shown.\nCheck the inputs above; a zero divisor or a missing figure is the usual cause.")
        XCTAssertTrue(error.message.contains("faulty-nan"), error.message)
    }
}

/// A module whose calculators fail on purpose.
struct FaultyModule: WorkbenchModule {
    static let descriptor = ModuleDescriptor(id: "faulty", summary: "Test-only: calculators that fail.", kind: .toolkit)

    func register(in registrar: inout Registrar) throws {
        registrar.register(calculator: RefusingCalculator())
        registrar.register(calculator: CrashingCalculator())
        registrar.register(calculator: NotANumberCalculator())
    }
}

/// Throws a `WorkbenchError` that does not say which module it came from.
struct RefusingCalculator: SavingsCalculator {
    static let descriptor = CalculatorDescriptor(id: "faulty-refuses")
    func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        throw WorkbenchError(.invalidArgument, "The faulty calculator refuses on purpose.")
    }
}

/// Throws an error of its own type.
struct CrashingCalculator: SavingsCalculator {
    struct Broken: Error {}
    static let descriptor = CalculatorDescriptor(id: "faulty-crashes")
    func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule { throw Broken() }
}

/// Returns a schedule with a NaN and an infinity in it.
struct NotANumberCalculator: SavingsCalculator {
    static let descriptor = CalculatorDescriptor(id: "faulty-nan")
    func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        let line = CashFlowLine("Saving", kind: .saving, amounts: [0, .nan, .infinity], provenance: Provenance(.estimate, []))
        return CashFlowSchedule(
            title: "Faulty", origin: "faulty", baseYear: FinancialYear(startYear: 2010), horizon: 2, lines: [line],
            optimismBias: nil)
    }
}
