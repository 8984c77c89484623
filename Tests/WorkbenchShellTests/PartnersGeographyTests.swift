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
        for line in text.split(separator: "\n") where line.contains("+") && !line.hasPrefix("Basis:") {
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
        let any = try total("partners optimise shared-service --among \(Self.south) --max-size 3 --geography any")
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

    /// The total NPV in a reply's JSON.
    static func total(_ session: Session, _ line: String) throws -> Double {
        let json = ReplyRenderer.json(session.execute(line))
        let range = try #require(json.range(of: "\"total\":"), "\(json.prefix(400))")
        let tail = json[range.upperBound...].prefix { "0123456789.-e+".contains($0) }
        return try #require(Double(String(tail)))
    }

    @Test func contiguousIsTheDefault() throws {
        let session = try SessionFixture.session()
        let given = ReplyRenderer.text(session.execute("partners optimise shared-service --among \(Self.south) --max-size 3 --geography contiguous"))
        let byDefault = ReplyRenderer.text(session.execute("partners optimise shared-service --among \(Self.south) --max-size 3"))
        func withoutTime(_ text: String) -> String {
            text.replacingOccurrences(of: #"\d+\.\d\d s\."#, with: "T s.", options: .regularExpression)
        }
        #expect(withoutTime(given) == withoutTime(byDefault))
        // The list of groups is contiguous by default too: Camden borders none of the others.
        let list = ReplyRenderer.text(session.execute("partners shared-service --among \(Self.south) --max-size 3 --top all"))
        #expect(list.contains("contiguous groups (members connected by shared borders) of 2 to 3 evaluated"), "\(list)")
        #expect(!list.contains("camden+"))
        #expect(!list.contains("+camden"))
        #expect(list.contains("bexley+bromley"))
    }

    @Test func aKeptPartnershipIsHeldAndTheRestOptimised() throws {
        let session = try SessionFixture.session()
        let kept = try Self.total(session, "partners optimise shared-service --among \(Self.south) --max-size 3 --keep bromley+bexley")
        let rest = try Self.total(session, "partners optimise shared-service --among greenwich,lewisham,croydon,camden,sutton --max-size 3")
        let pair = try Self.total(session, "partners optimise shared-service --among bexley,bromley --max-size 2")
        #expect(abs(kept - (rest + pair)) <= 1e-6 * abs(kept), "kept \(kept) rest \(rest) pair \(pair)")
        let free = try Self.total(session, "partners optimise shared-service --among \(Self.south) --max-size 3")
        #expect(kept <= free + 1e-6)
        let text = ReplyRenderer.text(session.execute("partners optimise shared-service --among \(Self.south) --max-size 3 --keep bexley+bromley"))
        #expect(text.contains("\nbexley+bromley "), "\(text)")
        #expect(text.contains("Held fixed (--keep): bexley+bromley."))
        #expect(text.contains("keeping bexley+bromley"))
        #expect(text.contains("proven optimal"))
    }

    @Test func keptGroupsAreChecked() throws {
        let session = try SessionFixture.session()
        let unknown = SessionFixture.transcript(session, "partners optimise shared-service --among london --keep bexley+bromly")
        #expect(unknown.contains("'bromly'"), "\(unknown)")
        #expect(unknown.contains("Did you mean 'bromley'?"), "\(unknown)")
        let overlap = SessionFixture.transcript(session, "partners optimise shared-service --among london --keep bexley+bromley --keep bromley+croydon")
        #expect(overlap.contains("'bromley' is in two kept partnerships, 'bexley+bromley' and 'bromley+croydon'."), "\(overlap)")
        let outside = SessionFixture.transcript(session, "partners optimise shared-service --among \(Self.south) --keep bexley+barnet")
        #expect(outside.contains("'barnet' in --keep 'bexley+barnet' is not among the boroughs being split."), "\(outside)")
        let single = SessionFixture.transcript(session, "partners optimise shared-service --among london --keep bexley")
        #expect(single.contains("a kept partnership has two or more"), "\(single)")
        let listing = SessionFixture.transcript(session, "partners shared-service --keep bexley+bromley")
        #expect(listing.contains("--keep holds a partnership fixed in 'partners optimise'"), "\(listing)")
        // Not contiguous and larger than --max-size: kept all the same, and flagged.
        let apart = ReplyRenderer.text(session.execute("partners optimise shared-service --among \(Self.south) --max-size 2 --keep bexley+camden+sutton"))
        #expect(apart.contains("\nbexley+camden+sutton "), "\(apart)")
        #expect(apart.contains("Kept bexley+camden+sutton as given, though it has 3 members, more than --max-size 2 and its members do not form one connected piece of the border graph."), "\(apart)")
    }

    @Test func topAllListsEveryGroupValued() throws {
        let session = try SessionFixture.session()
        let reply = session.execute("partners optimise shared-service --among \(Self.south) --max-size 3 --keep bexley+bromley --top all")
        let json = ReplyRenderer.json(reply)
        let text = ReplyRenderer.text(reply)
        // groups_valued counts the solver's groups; the listing adds the kept partnership.
        let range = try #require(json.range(of: "\"groups_valued\":"))
        let valued = try #require(Int(String(json[range.upperBound...].prefix { $0.isNumber })))
        #expect(text.contains("Every group valued (\(valued + 1), singletons included), best NPV first"), "\(text)")
        let rows = text.split(separator: "\n").filter { $0.range(of: #"^\s*\d+\s+[a-z-]+(\+[a-z-]+)*\s+\d\s+\S*£"#, options: .regularExpression) != nil }
        #expect(rows.count == valued + 1, "\(rows)")
        // Every member of the split is marked, and the kept group as kept.
        #expect(text.contains(" kept"))
        let marked = rows.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasSuffix("yes") || $0.hasSuffix("kept") }.count
        let partitionGroups = try #require(json.range(of: "\"partition\":"))
        #expect(marked == json[partitionGroups.upperBound...].components(separatedBy: "\"members\":").count - 1 - (valued + 1))
        // A number is still accepted, and anything else refused.
        let five = ReplyRenderer.text(session.execute("partners optimise shared-service --among \(Self.south) --max-size 3 --top 5"))
        #expect(five.contains("The 5 best of"), "\(five)")
        let bad = SessionFixture.transcript(session, "partners shared-service --top some")
        #expect(bad.contains("expected a whole number from 1 to 1000, or 'all'"), "\(bad)")
    }
}
