import Foundation
import WorkbenchCatalog
import WorkbenchCore
import WorkbenchReports
import Synchronization
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace
import XCTest

/// Transcripts of `simulate` and `bench montecarlo|startup|compare`, with small iteration counts. A test module adds
/// a calculator with hand-checkable figures, so the figures do not depend on the toolkit's calculators.
final class SimulationTranscriptTests: XCTestCase {
    private var session: Session!
    private var environment: ShellEnvironment!

    override func setUpWithError() throws {
        environment = ShellEnvironment()
        let workspace = try Workspace(folder: try SessionFixture.copyOfDefaultWorkspace())
        session = try Session(
            workspace: workspace, modules: Catalog.modules + [RiskTestModule()], environment: environment)
    }

    private func run(_ line: String) -> String { SessionFixture.transcript(session, line) }
    private func json(_ line: String) -> JSONValue { ReplyRenderer.jsonValue(session.execute(line)) }

    private func number(_ value: JSONValue?) -> Double? {
        if case .number(let x)? = value { return x }
        return nil
    }

    func testSimulateACalculatorGivesTheExactMeanWithinTolerance() throws {
        // Exact mean: −100,000 × 1.083333 + 30,000 × 1.016667 × 8.316605 = £145,323.1 (no optimism-bias category).
        let reply = json("simulate test-risk bromley --iterations 20000 --seed 7 --json")
        XCTAssertEqual(reply["status"], .string("ok"), reply.serialized())
        XCTAssertEqual(reply["iterations"], .number(20_000))
        XCTAssertEqual(reply["seed"], .number(7))
        guard case .array(let options)? = reply["options"], let option = options.first else {
            return XCTFail("no options in \(reply.serialized())")
        }
        let npv = option["npv"]
        let exact = try XCTUnwrap(number(npv?["exact_mean"]))
        XCTAssertEqual(exact, 145_323.1, accuracy: 0.5)
        let mean = try XCTUnwrap(number(npv?["mean"]))
        let sd = try XCTUnwrap(number(npv?["sd"]))
        XCTAssertEqual(mean, exact, accuracy: 5 * sd / 20_000.0.squareRoot())
        let p5 = try XCTUnwrap(number(npv?["p5"])), p50 = try XCTUnwrap(number(npv?["p50"])), p95 = try XCTUnwrap(number(npv?["p95"]))
        XCTAssert(p5 < p50 && p50 < p95)
        // −100,000 × up to 1.6 against at least 21,000 a year: payback by year 8 at worst, so every iteration pays back.
        XCTAssertEqual(option["payback"]?["share_without_payback"], .number(0))
    }

    func testSimulateTextShowsTheTableAndStatesThePercentileDefinition() {
        let text = run("simulate test-risk bromley --iterations 1000 --seed 3")
        XCTAssertTrue(text.contains("Monte Carlo risk for bromley: 1,000 iterations, seed 3"), text)
        XCTAssertTrue(text.contains("Risk test project"), text)
        XCTAssertTrue(text.contains("type 7 (linear interpolation between order statistics"), text)
        XCTAssertTrue(text.contains("exact mean NPV £145k"), text)
        // The same seed gives the same transcript; another seed does not.
        XCTAssertEqual(run("simulate test-risk bromley --iterations 1000 --seed 3"), text)
        XCTAssertNotEqual(run("simulate test-risk bromley --iterations 1000 --seed 4"), text)
    }

    func testSimulateRejectsBadArgumentsBeforeRunning() {
        XCTAssertTrue(
            run("simulate test-risk bromley --iterations 5").hasPrefix(
                "error: The value '5' is invalid for '--iterations': expected a whole number from 10 to 1000000."))
        XCTAssertTrue(
            run("simulate test-risk bromley --seed -3").contains("The value '-3' is invalid for '--seed'"))
        XCTAssertTrue(run("simulate test-risk nowhere").hasPrefix("error: Unknown borough 'nowhere'."))
        let reply = json("simulate no-such-thing bromley --json")
        XCTAssertEqual(reply["status"], .string("error"))
        guard case .string(let message)? = reply["error"]?["message"] else { return XCTFail(reply.serialized()) }
        XCTAssertTrue(
            message.contains("'no-such-thing' is neither a calculator nor an option on the short list")
                || message.contains("No options framework is registered"), message)
    }

    func testCtrlCCancelsTheRunAndTheShellCarriesOn() {
        environment.cancelled.store(true, ordering: .relaxed)
        let reply = json("simulate test-risk bromley --iterations 100000 --json")
        XCTAssertEqual(reply["error"]?["code"], .string("cancelled"))
        environment.cancelled.store(false, ordering: .relaxed)
        XCTAssertEqual(json("simulate test-risk bromley --iterations 100 --json")["status"], .string("ok"))
    }

    func testSimulateShortlistCostsEachShortListedOption() throws {
        guard !session.context.registry.frameworks.isEmpty else {
            throw XCTSkip("The toolkit registers no options framework yet.")
        }
        let reply = json("simulate shortlist bromley --iterations 500 --json")
        XCTAssertEqual(reply["status"], .string("ok"), reply.serialized())
        guard case .array(let options)? = reply["options"] else { return XCTFail(reply.serialized()) }
        for option in options {
            XCTAssertNotNil(number(option["npv"]?["mean"]))
            XCTAssertNotNil(number(option["npv"]?["exact_mean"]))
        }
    }

    func testBenchMonteCarloReportsRateMemoryAndPercentiles() throws {
        let reply = json("bench montecarlo --options 2 --iterations 1000 --years 3 --repeat 1 --json")
        XCTAssertEqual(reply["status"], .string("ok"), reply.serialized())
        XCTAssertEqual(reply["options"], .number(2))
        XCTAssertEqual(reply["years"], .number(3))
        XCTAssertGreaterThan(try XCTUnwrap(number(reply["option_iterations_per_second"])), 0)
        guard case .array(let percentiles)? = reply["percentiles"] else { return XCTFail(reply.serialized()) }
        XCTAssertEqual(percentiles.count, 2)
        // Option 1, 3 years: exact mean −50,000 × 1.083333 + 20,000 × 1.016667 × 2.801637 = £2,800.9; with
        // 1,000 iterations the median lies within £2,000 of it (sd about £6k, the shapes nearly symmetric here).
        let median = try XCTUnwrap(number(percentiles[0]["p50"]))
        XCTAssertEqual(median, 2_800.9, accuracy: 2_000)
        let text = run("bench montecarlo --options 2 --iterations 1000 --years 3 --repeat 1")
        XCTAssertTrue(text.contains("bench montecarlo: 2 options × 1,000 iterations × 3 years"), text)
        if FileManager.default.fileExists(atPath: "/proc/self/status") {
            XCTAssertTrue(text.contains("Peak resident memory of the process (VmHWM)"), text)
        }
    }

    func testBenchStartupAndCompareRun() {
        let startup = json("bench startup --repeat 2 --json")
        XCTAssertEqual(startup["status"], .string("ok"), startup.serialized())
        let compare = run("bench compare --repeat 2")
        XCTAssertTrue(compare.contains("compare --all"), compare)
        XCTAssertTrue(
            run("bench mcda --iterations 1000").hasPrefix("error: The option '--iterations' applies only to 'bench montecarlo'."))
    }
}

/// A module with one calculator whose figures can be worked by hand: £100,000 one-off in year 0 (PERT 0.9–1–1.6)
/// and £30,000 a year saved in years 1–10 (triangular 0.7–1–1.35, drawn each year).
struct RiskTestModule: WorkbenchModule {
    static let descriptor = ModuleDescriptor(id: "risk-test", kind: .toolkit)

    func register(in registrar: inout Registrar) throws {
        registrar.register(calculator: RiskTestCalculator())
    }
}

/// The test module's calculator.
struct RiskTestCalculator: SavingsCalculator {
    static let descriptor = CalculatorDescriptor(id: "test-risk", title: "Risk test project")

    func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        let test = Provenance.estimate(method: "test figure")
        return CashFlowSchedule(
            title: "Risk test project", origin: "test-risk", baseYear: inputs.assumptions.priceBaseYear, horizon: 10,
            lines: [
                CashFlowLine(
                    "Capital", kind: .oneOffCost, amounts: [100_000],
                    uncertainty: LineUncertainty(input: "capital", low: 0.9, high: 1.6, shape: .pert), provenance: test),
                CashFlowLine(
                    "Saving", kind: .saving, amounts: [0] + Array(repeating: 30_000, count: 10),
                    uncertainty: LineUncertainty(input: "saving", low: 0.7, high: 1.35), provenance: test),
            ],
            optimismBias: nil)
    }
}
