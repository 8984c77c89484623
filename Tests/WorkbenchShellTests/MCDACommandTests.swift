import Foundation
import WorkbenchCore
import WorkbenchReports
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace
import XCTest

/// Transcripts of `mcda`, `ahp`, `sensitivity weights` and `bench mcda` on small matrices written to a temporary
/// folder (and one into the workspace, to check that relative paths resolve there first).
final class MCDACommandTests: XCTestCase {
    var session: Session!
    var folder: URL!

    /// The matrix of the weighted-sum hand computation (MCDAWeightedSumTests): with weights 2,1,1 and Cost a cost,
    /// A scores 0.625 and B and C tie on 0.25; Quality is constant.
    static let options = "option,Cost,Reach,Quality\nA,100,50,3\nB,200,80,3\nC,150,20,3\n"
    /// A consistent 3 × 3 matrix (priorities 4/7, 2/7, 1/7).
    static let consistent = ",Cost,Reach,Quality\nCost,1,2,4\nReach,1/2,1,2\nQuality,1/4,1/2,1\n"
    /// A 2:1 cycle: λmax 3.5, CI 0.25, CR 0.431 with Saaty 1980.
    static let cycle = ",a,b,c\na,1,2,1/2\nb,1/2,1,2\nc,2,1/2,1\n"

    override func setUpWithError() throws {
        session = try SessionFixture.session()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mcda-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.options.write(to: folder.appendingPathComponent("options.csv"), atomically: true, encoding: .utf8)
        try Self.consistent.write(to: folder.appendingPathComponent("consistent.csv"), atomically: true, encoding: .utf8)
        try Self.cycle.write(to: folder.appendingPathComponent("cycle.csv"), atomically: true, encoding: .utf8)
        try "option,Cost\nA,1\nB,lots\n".write(to: folder.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        try ",a,b\na,1,3\nb,1/2,1\n".write(to: folder.appendingPathComponent("nonreciprocal.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.removeItem(at: session.context.workspace.folder.deletingLastPathComponent())
    }

    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    private func run(_ line: String) -> String { SessionFixture.transcript(session, line) }

    private func json(_ line: String) -> JSONValue { ReplyRenderer.jsonValue(session.execute(line)) }

    /// Writes the options matrix into the workspace, so that a relative path finds it there.
    private func optionsInWorkspace() throws -> String {
        let url = session.context.workspace.folder.appendingPathComponent("inputs/mcda-options.csv")
        try Self.options.write(to: url, atomically: true, encoding: .utf8)
        return "inputs/mcda-options.csv"
    }

    func testWeightedSumWithCostConstantTieAndNormalisedWeights() throws {
        // By hand (MCDAWeightedSumTests): Cost (200 − x)/100 → 1, 0, 0.5; Reach (x − 20)/60 → 0.5, 1, 0; Quality
        // constant → 0. Weights 2,1,1 → 0.5, 0.25, 0.25: A 0.625, B 0.25, C 0.25 (tied second).
        let file = try optionsInWorkspace()
        XCTAssertEqual(run("mcda wsm \(file) --weights 2,1,1 --cost Cost"), """
            3 options × 3 criteria from inputs/mcda-options.csv; weights Cost 0.5, Reach 0.25, Quality 0.25; cost: Cost.

            Weighted sum
            Rank  Option   Score
            ----  ------  ------
               1  A       0.6250
               2  B       0.2500
               2  C       0.2500

            Min-max normalised scores (0 worst, 1 best)
            Option    Cost   Reach  Quality
            ------  ------  ------  -------
            A       1.0000  0.5000   0.0000
            B       0.0000  1.0000   0.0000
            C       0.5000  0.0000   0.0000

            note: Weights 2, 1, 1 sum to 4, not 1: normalised to 0.5, 0.25, 0.25.

            note: Every option scores 3 on 'Quality', so it cannot separate them and contributes nothing (its weight 0.25 is not shared out).
            """)
    }

    func testSwingWeightsSayWhatEachSwingIsWorth() {
        let text = run("mcda wsm \(path("options.csv")) --weights 100,50,0 --cost 1 --swing")
        XCTAssertTrue(text.contains("Weighted sum (swing weights)"))
        // A = 2/3 × 1 + 1/3 × 0.5 = 0.8333.
        XCTAssertTrue(text.contains("   1  A       0.8333"))
        XCTAssertTrue(text.contains("note: Swing: moving 'Cost' from 200 (worst) to 100 (best) is worth 100, weight 0.6667."))
        XCTAssertTrue(text.contains("note: Swing: moving 'Reach' from 20 (worst) to 80 (best) is worth 50, weight 0.3333."))
    }

    func testTOPSIS() {
        // Cost norm √(100² + 200² + 150²) = √72,500 = 269.26, so r = 0.3714, 0.7428, 0.5571; Reach norm √9,300 = 96.44,
        // r = 0.5185, 0.8296, 0.2074. Weighted (0.5, 0.25): A (0.1857, 0.1296), ideal (0.1857, 0.2074), anti-ideal
        // (0.3714, 0.0519): D⁺ = 0.0778, D⁻ = √(0.1857² + 0.0778²) = 0.2013, closeness 0.2013/0.2791 = 0.7213.
        XCTAssertEqual(run("mcda topsis \(path("options.csv")) --weights 0.5,0.25,0.25 --cost 1"), """
            3 options × 3 criteria from \(path("options.csv")); weights Cost 0.5, Reach 0.25, Quality 0.25; cost: Cost.

            TOPSIS
            Rank  Option  Closeness  D+ (ideal)  D- (anti-ideal)
            ----  ------  ---------  ----------  ---------------
               1  A          0.7213      0.0778           0.2013
               2  B          0.4558      0.1857           0.1555
               3  C          0.3389      0.1811           0.0928

            Vector-normalised scores (before weighting)
            Option    Cost   Reach  Quality
            ------  ------  ------  -------
            A       0.3714  0.5185   0.5774
            B       0.7428  0.8296   0.5774
            C       0.5571  0.2074   0.5774

            note: Every option scores 3 on 'Quality', so its ideal and anti-ideal coincide and it contributes nothing.
            """)
        let reply = json("mcda topsis \(path("options.csv")) --weights 0.5,0.25,0.25 --cost 1 --json")
        XCTAssertEqual(reply["result"]?["ranks"], .array([1, 2, 3].map { JSONValue.number($0) }))
        XCTAssertEqual(reply["result"]?["method"], .string("topsis"))
    }

    func testPROMETHEEWithALinearPreference() {
        // Cost (a cost) linear q=10 p=60: A beats B by 100 → 1, A beats C by 50 → (50 − 10)/50 = 0.8, C beats B by
        // 50 → 0.8; single-criterion flows A (1 + 0.8)/2 = 0.9, B −0.9, C 0. Reach usual: B 1, A 0, C −1.
        // Net = 0.5 × Cost + 0.25 × Reach: A 0.45, B −0.2, C −0.25.
        XCTAssertEqual(run("mcda promethee \(path("options.csv")) --weights 0.5,0.25,0.25 --cost Cost --preference cost=linear:q=10:p=60"), """
            3 options × 3 criteria from \(path("options.csv")); weights Cost 0.5, Reach 0.25, Quality 0.25; cost: Cost.

            PROMETHEE II (Cost linear q=10 p=60; Reach usual; Quality usual)
            Rank  Option  Net flow   Flow+   Flow-
            ----  ------  --------  ------  ------
               1  A         0.4500  0.5750  0.1250
               2  B        -0.2000  0.2500  0.4500
               3  C        -0.2500  0.2000  0.4500

            Single-criterion net flows
            Option     Cost    Reach  Quality
            ------  -------  -------  -------
            A        0.9000   0.0000   0.0000
            B       -0.9000   1.0000   0.0000
            C        0.0000  -1.0000   0.0000

            note: Every option scores 3 on 'Quality', so no option is preferred on it and it contributes nothing.
            """)
    }

    func testAHPConsistentMatrix() {
        // aᵢⱼ = wᵢ/wⱼ for w = 4/7, 2/7, 1/7: λmax 3, CI 0, CR 0.
        XCTAssertEqual(run("ahp \(path("consistent.csv"))"), """
            3 items from \(path("consistent.csv"))

            AHP priorities (principal eigenvector)
            Rank  Item     Priority
            ----  -------  --------
               1  Cost       0.5714
               2  Reach      0.2857
               3  Quality    0.1429

            λmax 3, CI 0, RI(3) 0.58 [Saaty (1980)], CR 0 — acceptable (below 0.10)

            Column-normalised matrix
            Item       Cost   Reach  Quality
            -------  ------  ------  -------
            Cost     0.5714  0.5714   0.5714
            Reach    0.2857  0.2857   0.2857
            Quality  0.1429  0.1429   0.1429
            """)
    }

    func testAHPInconsistentMatrixWarns() {
        // A 2:1 cycle: w = ⅓ each, λmax = 1 + 2 + ½ = 3.5, CI = 0.25; CR = 0.25/0.58 = 0.431 (Saaty 1980) or
        // 0.25/0.52 = 0.4808 (Saaty 2005).
        let text = run("ahp \(path("cycle.csv"))")
        XCTAssertTrue(text.contains("λmax 3.5, CI 0.25, RI(3) 0.58 [Saaty (1980)], CR 0.431 — inconsistent (0.10 or more)"))
        XCTAssertTrue(text.contains("note: Warning: the consistency ratio is 0.431, at or above Saaty's limit of 0.10"))
        XCTAssertTrue(run("ahp \(path("cycle.csv")) --random-index saaty2005").contains("RI(3) 0.52 [Saaty (2005), as reproduced by AHPy], CR 0.4808"))
        XCTAssertEqual(
            run("ahp \(path("cycle.csv")) --random-index saaty2006"),
            "error: The value 'saaty2006' is invalid for '--random-index'. Did you mean 'saaty2005'?\nTables: saaty1980, saaty2005, donegan-dodd, alonso-lamata.")
        let reply = json("ahp \(path("cycle.csv")) --json")
        XCTAssertEqual(reply["result"]?["inconsistent"], .bool(true))
    }

    func testAHPNonReciprocalSaysWhichCell() {
        XCTAssertEqual(run("ahp \(path("nonreciprocal.csv"))"), """
            error: \(path("nonreciprocal.csv")):3:2, field 'a': The comparison of 'b' with 'a' is 1/2, but 'a' with 'b' (line 2, column 3) is 3; the matrix must be reciprocal, so it should be 1/3 (0.3333).
            Make each entry below the diagonal the reciprocal of its mirror above it.
            """)
    }

    func testErrors() {
        let file = path("options.csv")
        XCTAssertEqual(
            run("mcda topsys \(file) --weights 1,1,1"),
            "error: Unknown method 'topsys'. Did you mean 'topsis'?\nMethods: wsm (weighted sum), topsis, promethee.")
        XCTAssertEqual(
            run("mcda wsm \(file)"),
            "error: The option '--weights' is required.\nGive one weight per criterion in column order: --weights 1,1,1 (criteria: Cost, Reach, Quality).")
        XCTAssertEqual(
            run("mcda wsm \(file) --weights 1,1,1 --cost Price"),
            "error: No criterion is named or numbered 'Price'.\nName a criterion or give its number (1 = the first criterion column): 1 Cost, 2 Reach, 3 Quality.")
        XCTAssertEqual(run("mcda wsm \(file) --weights 1,1"), "error: 2 weights were given for 3 criteria.\nGive one weight per criterion, in column order: Cost, Reach, Quality.")
        XCTAssertEqual(run("mcda topsis \(file) --weights 1,1,1 --swing"), "error: --swing applies to the weighted sum (wsm) only.\nDrop --swing, or use 'wsm'.")
        XCTAssertEqual(
            run("mcda promethee \(file) --weights 1,1,1 --preference 1=linear:q=5:p=5"),
            "error: The 'linear' function needs p > q ≥ 0; it has q=5 and p=5.\nMake the preference threshold p larger than the indifference threshold q.")
        XCTAssertEqual(
            run("mcda wsm \(path("bad.csv")) --weights 1"),
            "error: \(path("bad.csv")):3:2, field 'Cost': The score 'lots' of 'B' is not a number.\nWrite each score as a number such as 12.5 or a fraction such as 1/3; a matrix cannot have gaps.")
        XCTAssertEqual(
            run("mcda wsm missing.csv --weights 1"),
            "error: missing.csv: There is no file 'missing.csv'.\nRelative paths are looked up in the workspace folder first, then the current directory.")
    }

    func testWeightSensitivity() throws {
        // WSM scores with Cost at t and the others at (1 − t)/2: A = t + 0.25(1 − t), B = 0.5(1 − t): equal at t = 0.2.
        // Reach at t, Cost (2/3)(1 − t), Quality (1/3)(1 − t): A = (2/3)(1 − t) + 0.5t, B = t: equal at t = 4/7.
        // Quality only matters at t = 1, where every option scores 0.
        let file = try optionsInWorkspace()
        XCTAssertEqual(run("sensitivity weights wsm \(file) --weights 2,1,1 --cost 1"), """
            3 options × 3 criteria from inputs/mcda-options.csv; weights Cost 0.5, Reach 0.25, Quality 0.25; cost: Cost.

            Weight sensitivity (wsm); top option: A
            Criterion  Weight  Can fall to   Change  Then top  Can rise to  Change  Then top
            ---------  ------  -----------  -------  --------  -----------  ------  --------
            Cost       0.5000       0.2000  -0.3000  B                   –       –  –
            Reach      0.2500            –        –  –              0.5714  0.3214  B
            Quality    0.2500            –        –  –              1.0000  0.7500  A, B, C
            – means the top option stays the same over the whole range in that direction.

            note: Weights 2, 1, 1 sum to 4, not 1: normalised to 0.5, 0.25, 0.25.
            """)
        XCTAssertEqual(
            run("sensitivity weight wsm \(file) --weights 2,1,1"),
            "error: Unknown sensitivity analysis 'weight'. Did you mean 'weights'?\nKinds: weights.")
    }

    func testBenchMCDAReportsEachCase() {
        let reply = json("bench mcda --repeat 1 --json")
        guard case .array(let cases)? = reply["cases"] else { return XCTFail("no cases in \(reply.serialized())") }
        // The 1,000,000-option PROMETHEE case runs in a release build only; the tests run a debug build.
        XCTAssertEqual(cases.prefix(6).map { $0["case"] }, [
            "topsis (arithmetic)", "topsis (with ranks)", "wsm (with ranks)", "promethee (with ranks)",
            "promethee all pairs (reference)", "promethee (with ranks)",
        ].map { JSONValue.string($0) })
        XCTAssertEqual(cases.first?["size"], .string("10,000 × 8"))
        XCTAssertEqual(cases.dropFirst(3).map { $0["size"] }, (["300 × 8", "300 × 8", "30,000 × 8"] + (reply["build"] == .string("release") ? ["1,000,000 × 8"] : [])).map { JSONValue.string($0) })
        XCTAssertEqual(reply["cores"], .number(Double(ProcessInfo.processInfo.activeProcessorCount)))
        XCTAssertTrue(run("bench mcdaa").hasPrefix("error: Unknown workload 'mcdaa'. Did you mean 'mcda'?\nWorkloads: mcda"))
    }
}
