import WorkbenchCatalog
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace
import XCTest

/// A calculator whose schedule is worked by hand: £100,000 capital in year 0 (standard buildings, ×0.9 to ×1.5) and
/// £30,000 a year saved in years 1…horizon (×0.6 to ×1.1), whatever the subject.
private struct HandWorkedCalculator: SavingsCalculator {
    static let descriptor = CalculatorDescriptor(
        id: "hand-worked", title: "Hand-worked test calculator",
        parameters: [CalculatorParameter(id: "saving", label: "Saving a year", unit: .pounds, defaultValue: nil, valid: 0...1e6)])

    func schedule(for inputs: SubjectInputs, parameters: ParameterValues) throws -> CashFlowSchedule {
        let horizon = inputs.assumptions.horizonYears
        let saving = parameters["saving"] ?? 30_000
        let test = Provenance.estimate(method: "test figure")
        return CashFlowSchedule(
            title: "Hand-worked for \(inputs.subject)", origin: "hand-worked", baseYear: inputs.assumptions.priceBaseYear,
            horizon: horizon,
            lines: [
                CashFlowLine(
                    "Capital", kind: .oneOffCost, amounts: [100_000],
                    uncertainty: LineUncertainty(input: "capital", low: 0.9, high: 1.5), provenance: test),
                CashFlowLine(
                    "Staff saving", kind: .saving, amounts: [0] + Array(repeating: saving, count: horizon),
                    uncertainty: LineUncertainty(input: "staff", low: 0.6, high: 1.1), provenance: test),
            ],
            optimismBias: .standardBuildings)
    }
}

/// A framework whose short list is business as usual, and a preferred option costed by the hand-worked calculator.
private struct HandWorkedFramework: OptionsFramework {
    static let descriptor = FrameworkDescriptor(id: "hand-worked")

    func appraise(_ inputs: FrameworkInputs, rules: [any OptionsRule]) throws -> OptionsAppraisal {
        OptionsAppraisal(
            subject: inputs.subject.subject, recognised: [], longList: [],
            shortList: [
                ShortListedOption(id: "business-as-usual", role: .businessAsUsual, title: "Business as usual", choices: [], calculators: [], rationale: "baseline"),
                ShortListedOption(id: "preferred", role: .preferred, title: "Preferred way", choices: [], calculators: ["hand-worked"], rationale: "test"),
            ])
    }
}

private struct HandWorkedModule: WorkbenchModule {
    static let descriptor = ModuleDescriptor(id: "hand-worked", kind: .toolkit)
    func register(in registrar: inout Registrar) throws {
        registrar.register(calculator: HandWorkedCalculator())
        registrar.register(framework: HandWorkedFramework())
    }
}

/// Transcripts of `appraise` on a calculator and short list worked by hand (the borough modules supply the subjects;
/// the toolkit is left out so that the hand-worked framework is the one used).
final class AppraiseTranscriptTests: XCTestCase {
    private var session: Session!

    override func setUpWithError() throws {
        let workspace = try Workspace(folder: try SessionFixture.copyOfDefaultWorkspace())
        let boroughs = Catalog.modules.filter { $0.descriptor.kind == .borough }
        session = try Session(workspace: workspace, modules: [HandWorkedModule()] + boroughs)
    }

    private func run(_ line: String) -> String { SessionFixture.transcript(session, line) }

    /// The transcript with runs of spaces squeezed to one, so assertions do not depend on column widths.
    private func squeezed(_ line: String) -> String {
        var out = ""
        for character in run(line) where !(character == " " && out.last == " ") { out.append(character) }
        return out
    }

    private func json(_ line: String) -> JSONValue { ReplyRenderer.jsonValue(session.execute(line)) }

    func testCalculatorWithoutOptimismBias() {
        // Five years at 3.5%: NPV = −100,000 + 30,000 × 4.515052 = £35,452; NPC £100,000; BCR 1.35;
        // payback 3 + 10,000/30,000 = 3.33 years; EAC = 100,000 / 4.515052 = £22,148.
        let text = squeezed("appraise hand-worked bexley+bromley --years 5 --no-optimism-bias")
        XCTAssertTrue(text.hasPrefix("Hand-worked for bexley+bromley: appraisal over years 0–5 (2010/11 to 2015/16, 2010/11 prices)"), text)
        for expected in [
            "Net present value £35,452 savings exceed costs", "Net present cost £100,000", "Benefit-cost ratio 1.35",
            "Simple payback 3.33 years", "Discounted payback 3.61 years", "Equivalent annual cost £22,148 a year",
            "Internal rate of return 15.24%", " 5 2015/16 0 0 30,000 30,000 0.8420 25,259 35,452",
            "note: Discounting: 3.5% in years 1–5 (the declining schedule starts only in year 31) [S53]; year 0 undiscounted.",
            "note: Optimism bias for 'Hand-worked for bexley+bromley': standard-buildings: not applied",
        ] {
            XCTAssertTrue(text.contains(expected), "missing '\(expected)' in\n\(text)")
        }
        // Sensitivity: staff swing 0.5 × 135,451.57 = 67,726 before capital's 0.6 × 100,000 = 60,000.
        let sensitivity = text.split(separator: "\n").filter { $0.hasPrefix("staff") || $0.hasPrefix("capital") }.map(String.init)
        XCTAssertEqual(sensitivity.count, 4, text)
        // Staff: low 35,451.57 − 0.4 × 135,451.57 = −18,729; high 35,451.57 + 0.1 × 135,451.57 = 48,997.
        XCTAssertEqual(sensitivity[2], "staff ×0.60 ×1.10 -18,729 48,997 67,726")
        XCTAssertEqual(sensitivity[3], "capital ×0.90 ×1.50 45,452 -14,548 60,000")
        // Switching values: staff at 1 − 35,451.57/135,451.57 = ×0.738 (−26.2%); capital at 1 + 0.3545 = ×1.355.
        XCTAssertEqual(sensitivity[0], "staff 135,452 ×0.60–×1.10 ×0.738 -26.2% yes")
        XCTAssertEqual(sensitivity[1], "capital -100,000 ×0.90–×1.50 ×1.355 35.5% yes")
    }

    func testCalculatorWithUpperBoundOptimismBias() {
        // Standard buildings upper bound 24%: capital £124,000; NPV = 135,451.57 − 124,000 = £11,452.
        let reply = json("appraise hand-worked bromley --years 5 --json")
        guard case .number(let npv)? = reply["appraisal"]?["net_present_value"] else { return XCTFail(reply.serialized()) }
        XCTAssertEqual(npv, 11_451.57, accuracy: 0.01)
        // A parameter of the calculator: £40,000 a year over the workspace's 10 years at 3.5%, no optimism bias:
        // −100,000 + 40,000 × 8.316605 = £232,664.
        XCTAssertTrue(squeezed("appraise hand-worked bromley --saving 40000 --no-optimism-bias").contains("Net present value £232,664"))
    }

    func testShortList() {
        let text = squeezed("appraise shortlist bexley+bromley --years 5 --no-optimism-bias")
        XCTAssertTrue(text.hasPrefix("Short list for bexley+bromley"), text)
        let rows = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(rows.contains { $0.hasPrefix("business-as-usual business-as-usual baseline") }, text)
        XCTAssertTrue(rows.contains { $0.hasPrefix("preferred") && $0.contains("35,452") && $0.contains("3.33") }, text)
        XCTAssertTrue(squeezed("appraise preferred bexley --years 5 --no-optimism-bias").contains("Net present value £35,452"))
        XCTAssertTrue(run("appraise business-as-usual bexley").contains("is the baseline"))
    }

    func testErrors() {
        XCTAssertEqual(
            run("appraise hand-worked bromley --rate 150%"),
            // The discount-rate setting's one range (issue 15): the same as 'set discount-rate'.
            "error: The value '150%' is invalid for '--rate': expected a rate from 0% to 100%, such as 3.5% or 0.035.")
        XCTAssertEqual(
            run("appraise hand-worked bromley --years -1"),
            "error: The value '-1' is invalid for '--years': expected a whole number of years from 1 to 300.\n"
                + "Give '--years' as the number of years after year 0 to appraise, for example 10.")
        XCTAssertTrue(run("appraise hand-workd bromley").hasPrefix(
            "error: 'hand-workd' is neither a calculator nor an option on the short list for bromley. Did you mean 'hand-worked'?"))
        XCTAssertTrue(run("appraise hand-worked bromley --savings 1").hasPrefix(
            "error: No calculator appraised here has a parameter '--savings'. Did you mean 'saving'?"))
        XCTAssertTrue(run("appraise hand-worked bromly").hasPrefix("error: Unknown borough 'bromly'."))
        // The calculator's own range check applies: 'saving' is valid from 0 to 1,000,000.
        let range = session.execute("appraise hand-worked bromley --saving 2000000")
        XCTAssertEqual(range.error?.location?.argument, "--saving")
        XCTAssertTrue(range.error?.message.contains("is invalid for '--saving'") ?? false, "\(String(describing: range.error))")
    }
}
