import Foundation
import WorkbenchCore
import WorkbenchWorkspace
import XCTest

/// Proposal files: the shipped illustrative examples, evidence rules and errors that name the file and field.
final class ProposalStoreTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("proposals-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("inputs/proposals"), withIntermediateDirectories: true)
        try "{\"formatVersion\": 1, \"name\": \"t\", \"description\": \"\", \"modules\": [], \"assumptions\": {\"discountRate\": 0.035, \"decliningSchedule\": true, \"horizonYears\": 10, \"optimismBias\": \"upper-bound\", \"randomSeed\": 1, \"iterations\": 100, \"priceBaseYear\": \"2010/11\"}, \"objectives\": [], \"successFactors\": []}"
            .write(to: folder.appendingPathComponent("workspace.json"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testShippedProposalsAreIllustrativeAndOneLacksFunds() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let proposals = try ProposalStore.load(from: try Workspace(folder: root.appendingPathComponent("Workspaces/london-2010")))
        XCTAssertEqual(proposals.map(\.id), ["bexley-bromley-shared-service", "camden-enfield-rfid", "merton-stock-consortium"])
        XCTAssertTrue(proposals.allSatisfy { $0.illustrative?.contains("not a real 2010 proposal") == true })
        XCTAssertEqual(proposals.map(\.evidencesOwnFunds), [true, false, true])
        XCTAssertEqual(proposals.map(\.evidencesCapacity), [true, false, true])
        XCTAssertEqual(proposals[0].savingsClaimedPerYear, Money(pounds: 700_000))
    }

    func testFundsNeedBothAnAmountAndEvidence() {
        var proposal = Proposal(
            id: "p", title: "P", group: ["bexley", "bromley"], project: "shared-service",
            savingsClaimedPerYear: Money(pounds: 1), ownFundsCommitted: Money(pounds: 10_000))
        XCTAssertFalse(proposal.evidencesOwnFunds, "an amount without evidence")
        proposal.evidence = [Proposal.Evidence(kind: .funds, description: "Cabinet report")]
        XCTAssertTrue(proposal.evidencesOwnFunds)
        proposal.ownFundsCommitted = .zero
        XCTAssertFalse(proposal.evidencesOwnFunds, "evidence without an amount")
    }

    func testMismatchedIDNamesTheFileAndField() throws {
        try "{\"id\": \"other\", \"title\": \"T\", \"group\": [\"bexley\"], \"project\": \"shared-service\", \"savingsClaimedPerYear\": 1, \"ownFundsCommitted\": 0, \"staffCapacity\": {}, \"evidence\": [], \"timetable\": []}"
            .write(to: folder.appendingPathComponent("inputs/proposals/mine.json"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ProposalStore.load(from: try Workspace(folder: folder))) { error in
            let error = error as? WorkbenchError
            XCTAssertEqual(error?.location?.file, "inputs/proposals/mine.json")
            XCTAssertEqual(error?.location?.field, "id")
        }
    }
}
