import Foundation
import Testing
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// `access`, `import locations` and `import catchments` from the user's side: the London geography the default
/// workspace ships, library names completed and corrected, a failed import that leaves the previous files byte for
/// byte, England imported from the real files (skipped with the reason printed when `../shared/data` is absent), and
/// the measured access the options framework, the portfolio and `partners --geography within:<km>` now use.
@Suite struct AccessCommandTests {
    static let sharedData = SessionFixture.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    static let hasData: Bool = {
        let found = ["libraries_geo.csv", "libraries_distances.csv", "authorities.csv"]
            .allSatisfy { FileManager.default.fileExists(atPath: sharedData.appendingPathComponent($0).path) }
        if !found { print("Skipping the England access tests: the datasets are not in ../shared/data.") }
        return found
    }()

    @Test func shippedLondonGeographyWasMadeByTheImporters() throws {
        let libraries = try #require(try LocationsFile.load(from: SessionFixture.defaultWorkspace))
        let catchments = try #require(try CatchmentsFile.load(from: SessionFixture.defaultWorkspace))
        #expect(Set(libraries.map(\.authorityID)).count == 33)
        #expect(libraries.count == 381)
        #expect(libraries.allSatisfy { $0.source == "S72" })
        // Each London borough's 2016 statutory catchments add up to its mid-2015 population (authorities.csv).
        let people = Dictionary(uniqueKeysWithValues: catchments.map { ($0.libraryID, $0.total) })
        let bexley = libraries.filter { $0.authorityID.rawValue == "bexley" && $0.statutory2016 }
        #expect(bexley.reduce(0) { $0 + (people[$1.id] ?? 0) } == 242_142)
    }

    @Test func accessStatesTheMethodAndTheFigures() throws {
        let session = try SessionFixture.session()
        let text = SessionFixture.transcript(session, "access bexley --close crayford-library --hand-over welling-library")
        #expect(text.contains("6 statutory in July 2016, 242,142 people"), "\(text)")
        #expect(text.contains("nearest-library catchments"))
        #expect(text.contains("at most the distance between the two libraries"))
        #expect(text.contains("Crayford Library  closed"))
        #expect(text.contains("handed over"))
        #expect(text.contains("-56,607"))
        #expect(!text.contains("--56,607"))
    }

    @Test func libraryNamesCompleteAndBadNamesAreCorrected() throws {
        let session = try SessionFixture.session()
        #expect(session.completions(line: "access bexley --close cray", cursor: 26) == ["crayford-library"])
        let line = "access bexley --close crayford-library,we"
        #expect(session.completions(line: line, cursor: line.count) == ["crayford-library,welling-library"])
        let reply = session.execute("access bexley --close crayfrd-library")
        #expect(reply.status != .ok)
        #expect(ReplyRenderer.text(reply).contains("Did you mean 'crayford-library'?"))
        // By name in any case, or by dataset id, works too.
        #expect(session.execute("access bexley --close \"CRAYFORD LIBRARY\"").status == .ok)
    }

    @Test func aFailedImportLeavesThePreviousFilesByteForByte() throws {
        let folder = try SessionFixture.copyOfDefaultWorkspace()
        let session = try SessionFixture.session(workspace: try Workspace(folder: folder), packageRoot: nil)
        let locations = folder.appendingPathComponent(LocationsFile.path)
        let catchments = folder.appendingPathComponent(CatchmentsFile.path)
        let before = (try Data(contentsOf: locations), try Data(contentsOf: catchments))
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try "authority_id,name\n6,Bexley\n".write(to: data.appendingPathComponent("authorities.csv"), atomically: true, encoding: .utf8)
        try "name,id,authority_id,lat,lng,statutory2010,statutory2016\nUpside Down,1,6,151,0.1,t,t\n"
            .write(to: data.appendingPathComponent("geo.csv"), atomically: true, encoding: .utf8)
        try "id,population,distance\n1,x,0.0\n".write(to: data.appendingPathComponent("d.csv"), atomically: true, encoding: .utf8)
        let failed = session.execute("import locations data/geo.csv")
        #expect(failed.status != .ok)
        #expect(ReplyRenderer.text(failed).contains("line 2"), "\(ReplyRenderer.text(failed))")
        #expect(session.execute("import catchments data/d.csv").status != .ok)
        #expect(try Data(contentsOf: locations) == before.0)
        #expect(try Data(contentsOf: catchments) == before.1)
        #expect(session.execute("access bexley").status == .ok)
    }

    @Test func measuredAccessReplacesTheJudgedScoreAndSaysSo() throws {
        let session = try SessionFixture.session()
        let options = SessionFixture.transcript(session, "options bromley")
        #expect(options.contains("Access measured, not judged: 'network-change'"), "\(options)")
        #expect(options.contains("Mottingham Library"))
        let inputs = try session.context.frameworkInputs("bromley")
        let measured = try #require(inputs.measuredService[OptionID(rawValue: "network-change")])
        // Closing Mottingham (6,674 people, 1.39 miles from Chislehurst) may take all 6,674 beyond a mile: 2.05%.
        #expect(measured.score == 1)
        #expect(inputs.measuredService[OptionID(rawValue: "community-managed")]?.score == 2)
        #expect(AccessEvidence.score(leavingOneMileShare: 0.009) == 2)
        #expect(AccessEvidence.score(leavingOneMileShare: 0.049) == 1)
        #expect(AccessEvidence.score(leavingOneMileShare: 0.05) == 0)
    }

    @Test func withinUsesLibraryWeightedCentres() throws {
        let session = try SessionFixture.session()
        let text = SessionFixture.transcript(
            session, "partners optimise shared-service --among bexley,bromley,greenwich --max-size 3 --geography within:10")
        #expect(text.contains("Centres: each authority's statutory libraries"), "\(text)")
    }

    @Test(.enabled(if: hasData, "the datasets are not in ../shared/data"))
    func englandIsOneImportAway() throws {
        let folder = try SessionFixture.copyOfDefaultWorkspace()
        let session = try SessionFixture.session(workspace: try Workspace(folder: folder), packageRoot: nil)
        let path = Self.sharedData.path
        let locations = session.execute("import locations \(path)/libraries_geo.csv")
        #expect(locations.status == .ok, "\(ReplyRenderer.text(locations))")
        let catchments = session.execute("import catchments \(path)/libraries_distances.csv")
        #expect(catchments.status == .ok, "\(ReplyRenderer.text(catchments))")
        #expect(ReplyRenderer.text(catchments).contains("3,227"))
        let text = SessionFixture.transcript(session, "access cumbria")
        #expect(text.contains("Access to statutory libraries in Cumbria"), "\(text)")
        // Across boundaries, Bexley's libraries can go to Greenwich's or Bromley's.
        #expect(session.execute("access bexley --close thamesmead-library --across-boundaries").status == .ok)
    }
}
