import Foundation
import Testing
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport

/// Transcripts of the numerical edges fixed for issues 15 and 16: the declining schedule for the chosen base, roots
/// just above −100%, flows near ±1e308, and decision matrices with scores near ±1e308.
@Suite struct AppraisalEdgeTranscriptTests {
    let session: Session

    init() throws { session = try SessionFixture.session() }

    func run(_ line: String) -> String { SessionFixture.transcript(session, line) }

    func line(_ text: String, startingWith prefix: String) -> String? {
        text.split(separator: "\n").map(String.init).first { $0.hasPrefix(prefix) }
    }

    @Test("discount-factors 2% 40 --declining falls to 1.71% in year 31 (it rose to 3% before) and says it is scaled")
    func scaledDecliningSchedule() {
        let text = run("discount-factors 2% 40 --declining")
        // D(30) = 1.02^−30 = 0.5521; D(31) = 0.5521 / (1 + 2% × 3/3.5) = 0.5428.
        #expect(line(text, startingWith: "  30  2.00%  0.5521") != nil, "\(text)")
        #expect(line(text, startingWith: "  31  1.71%  0.5428") != nil, "\(text)")
        #expect(text.contains(
            "note: Discounting: 2% in years 1–30, 1.71% in years 31–40 (Green Book standard declining schedule scaled by 2%/3.5%, rates rounded for display only, factors chained year by year) [S53]; year 0 undiscounted."),
            "\(text)")
    }

    @Test("discount-factors 1.5% 80 --declining follows the reduced schedule for health and life values [S53b]")
    func reducedDecliningSchedule() {
        let text = run("discount-factors 1.5% 80 --declining")
        // D(31) = 1.015^−30 / 1.0129 = 0.6316; D(76) = 0.3556 at 1.07%.
        #expect(line(text, startingWith: "  31  1.29%  0.6316") != nil, "\(text)")
        #expect(line(text, startingWith: "  76  1.07%  0.3556") != nil, "\(text)")
        #expect(text.contains("[S53b]"))
    }

    @Test("discount-factors 3.5% 31 --declining is unchanged")
    func standardScheduleUnchanged() {
        let text = run("discount-factors 3.5% 31 --declining")
        #expect(line(text, startingWith: "  30  3.5%  0.3563") != nil, "\(text)")
        #expect(line(text, startingWith: "  31  3.0%  0.3459") != nil, "\(text)")
    }

    @Test("npv at 2% with --declining discounts year 31 at 1.71%, not 3%")
    func npvScaled() {
        let zeros = Array(repeating: "0", count: 31).joined(separator: " ")
        // £1,000 in year 31: 1,000 × 0.542766 = £543 (at 3% in year 31 it would be £536).
        #expect(run("npv 2% \(zeros) 1000 --declining").hasPrefix("NPV £543 at 2% over years 0–31"))
    }

    @Test("irr -1e308 1e308 is the single root 0% (it reported 227 roots)")
    func irrHugeFlows() {
        #expect(run("irr -1e308 1e308").hasPrefix("IRR 0%\n"))
        let reply = ReplyRenderer.jsonValue(session.execute("irr -1e308 1e308 --json"))
        #expect(reply["outcome"] == .string("unique"))
        #expect(reply["roots"] == .array([.number(0)]))
    }

    @Test("irr finds numpy-financial's gh-15 root just above −100% and shows that it is above")
    func irrNearMinusOneHundredPercent() {
        let flows = IRRFlows.gh15.map { "\($0)" }.joined(separator: " ")
        let text = run("irr \(flows)")
        #expect(text.hasPrefix("IRR -99.999999905961%"), "\(text)")
        #expect(text.contains("One rate makes the NPV zero"))
    }

    @Test("The calculators read numbers with the one reader: -£180,000, £36kx10, 1.2m, 25,000")
    func numbersAsWritten() {
        let plain = run("npv 3.5% -180000 36000x10")
        #expect(run("npv 3.5% -£180,000 £36kx10") == plain)
        #expect(run("npv 3.5% -180,000 36,000x10") == plain)
        #expect(run("irr -£180,000 36kx10") == run("irr -180000 36000x10"))
        #expect(run("payback -£1.2m 400kx4").hasPrefix("Simple payback: 3 years"))
        #expect(run("discount-factors 3.5% 1e1") == run("discount-factors 3.5% 10"))
        #expect(run("npv 3.5% -180000 lots").hasPrefix("error: The value 'lots' is invalid for '<flows>'"))
    }

    @Test("mcda wsm and topsis on a matrix with ±1e308 rank the options instead of failing")
    func mcdaHugeScores() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mcda-edge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.csv")
        try "option,Size,Reach\nA,1e308,10\nB,-1e308,20\nC,0,30\n".write(to: file, atomically: true, encoding: .utf8)
        let wsm = run("mcda wsm \(file.path) --weights 0.5,0.5")
        #expect(!wsm.hasPrefix("error"), "\(wsm)")
        #expect(!wsm.contains("nan"), "\(wsm)")
        #expect(line(wsm, startingWith: "   1  C") != nil, "\(wsm)")
        let json = ReplyRenderer.jsonValue(session.execute("mcda wsm \(file.path) --weights 0.5,0.5 --json"))
        #expect(json["status"] == .string("ok"), "\(json.serialized())")
        let topsis = run("mcda topsis \(file.path) --weights 0.5,0.5")
        #expect(!topsis.hasPrefix("error"), "\(topsis)")
        #expect(!topsis.contains("identical"), "\(topsis)")
        let topsisJSON = ReplyRenderer.jsonValue(session.execute("mcda topsis \(file.path) --weights 0.5,0.5 --json"))
        #expect(topsisJSON["status"] == .string("ok"), "\(topsisJSON.serialized())")
    }
}

/// Flow lists shared by the edge transcripts.
enum IRRFlows {
    /// numpy-financial's gh-15 flows (tests/test_financial.py): one sign change, root −0.9999999990596069.
    static let gh15: [Double] = [
        -3000.0, 2.3926932267015667e-07, 4.1672087103345505e-16, 5.3965110036378706e-25, 5.1962551071806174e-34,
        3.7202955645436402e-43, 1.9804961711632469e-52, 7.8393517651814181e-62, 2.3072565113911438e-71,
        5.0491839233308912e-81, 8.2159177668499263e-91, 9.9403244366963527e-101, 8.942410813633967e-111,
        5.9816122646481191e-121, 2.9750309031844241e-131, 1.1002067043497954e-141, 3.0252876563518021e-152,
        6.1854121948207909e-163, 9.4032980015353301e-174, 1.0629218520017728e-184, 8.9337141847171845e-196,
        5.5830607698467935e-207, 2.5943122036622652e-218, 8.9635842466507006e-230, 2.3027710094332358e-241,
        4.3987510596745562e-253, 6.2476630372575209e-265, 6.598046841695288e-277, 5.1811095266842017e-289,
        3.0250999925830644e-301, Double("1.3133070599585015e-313")!,  // a subnormal: parsed at run time, as numpy does
    ]
}
