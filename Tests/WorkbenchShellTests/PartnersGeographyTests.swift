import Foundation
import Testing
import WorkbenchAnalysis
import WorkbenchCore
import WorkbenchShell
import WorkbenchTestSupport
import WorkbenchWorkspace

/// `partners optimise … --geography`: the exact solver over contiguous or nearby groups, from the user's side.
@Suite struct PartnersGeographyTests {
    static let south = "bexley,bromley,greenwich,lewisham,croydon,camden,sutton"

    @Test func contiguousPartitionIsProvenAndConnected() throws {
        let session = try SessionFixture.session()
        let reply = session.execute("partners optimise shared-service --among \(Self.south) --max-size 3 --geography contiguous")
        let text = ReplyRenderer.text(reply)
        #expect(text.contains("proven optimal"), "\(text)")
        #expect(text.contains("a river counts as a border"))
        // Camden borders none of the others, so it stands alone; no group joins boroughs without a border.
        #expect(text.contains("\ncamden "))
        #expect(!text.contains("camden+"))
        #expect(!text.contains("+camden"))
        let boundaries = try #require(try BoundariesFile.load(from: SessionFixture.defaultWorkspace))
        let graph = Borders.compute(boundaries)
        for line in text.split(separator: "\n") where line.contains("+") {
            let ids = line.split(separator: " ")[0].split(separator: "+").map { BoroughID(rawValue: String($0)) }
            let sub = graph.restricted(to: ids)
            #expect(ConnectedGroups.enumerate(adjacency: sub.neighbours, maxSize: ids.count).contains(Array(ids.indices)), "\(line)")
        }
    }

    @Test func contiguousNeverBeatsAnyAndMatchesExhaustiveSearch() throws {
        let session = try SessionFixture.session()
        func total(_ line: String) throws -> Double {
            let json = ReplyRenderer.json(session.execute(line))
            let range = try #require(json.range(of: "\"total\":"))
            let tail = json[range.upperBound...].prefix { "0123456789.-e+".contains($0) }
            return try #require(Double(String(tail)))
        }
        let any = try total("partners optimise shared-service --among \(Self.south) --max-size 3")
        let contiguous = try total("partners optimise shared-service --among \(Self.south) --max-size 3 --geography contiguous")
        let everywhere = try total("partners optimise shared-service --among \(Self.south) --max-size 3 --geography within:1000")
        // With geography the groups also pay the project's cost per km between each pair's centres, which 'any'
        // (no geography) does not: allowing every group within 1,000 km can only lose that cost against 'any', and
        // it allows every contiguous group, each valued the same way.
        #expect(contiguous <= everywhere + 1e-6)
        #expect(everywhere <= any + 1e-6)
        #expect(everywhere > 0.95 * any)
    }

    @Test func badGeographyIsExplained() throws {
        let session = try SessionFixture.session()
        let text = SessionFixture.transcript(session, "partners optimise shared-service --geography contiguos")
        #expect(text.contains("The value 'contiguos' is invalid for '--geography'."))
        #expect(text.contains("Did you mean 'contiguous'?"))
    }
}
