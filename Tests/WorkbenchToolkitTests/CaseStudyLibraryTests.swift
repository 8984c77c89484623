import Foundation
import WorkbenchCore
import WorkbenchToolkit
import XCTest

/// The shared case library: every case well-formed and sourced, and the Bexley–Bromley figures as published.
final class CaseStudyLibraryTests: XCTestCase {
    func testLibraryHoldsTheIssuesCases() {
        let ids = Set(CaseLibrary.shared.map(\.id.rawValue))
        for id in [
            "bexley-bromley-shared-service", "tri-borough-libraries", "london-libraries-consortium",
            "lewisham-asset-transfer", "hounslow-outsourcing", "solihull-rfid",
        ] {
            XCTAssertTrue(ids.contains(id), "missing case \(id)")
        }
        XCTAssertEqual(ids.count, CaseLibrary.shared.count, "case ids repeat")
        XCTAssertEqual(CaseStudyComponents.caseStudies.map(\.id), CaseLibrary.shared.map(\.id))
        XCTAssertEqual(CaseStudyComponents.evaluators.map(\.descriptor.id), ["standard"])
    }

    func testEveryFigureIsSourcedWithKnownTags() {
        for c in CaseLibrary.shared {
            XCTAssertTrue(CaseStudyID.isValid(c.id.rawValue), "\(c.id)")
            XCTAssertFalse(c.partners.isEmpty, "\(c.id) has no partners")
            for partner in c.partners { XCTAssertTrue(BoroughID.isValid(partner.rawValue), "\(c.id): \(partner)") }
            var provenances = (c.planned + c.reported + c.scale).map { ("\($0.measure)", $0.provenance) }
            provenances += c.measures.map { ($0.measure, $0.provenance) }
            if let dates = c.datesProvenance { provenances.append(("dates", dates)) }
            for (what, provenance) in provenances {
                XCTAssertFalse(provenance.sources.isEmpty, "\(c.id) \(what) cites no source")
                if provenance.kind != .published {
                    XCTAssertNotNil(provenance.method, "\(c.id) \(what) is \(provenance.kind) without a method")
                }
            }
            for tag in c.citedSources {
                XCTAssertTrue(SourceList.tags.contains(tag), "\(c.id) cites \(tag), which is not in the sources list")
            }
            // Narrative tags written inline as [Sxx] must be real too.
            for text in c.changes + c.lessons + c.notes {
                for tag in Self.inlineTags(text) {
                    XCTAssertTrue(SourceList.tags.contains(tag), "\(c.id) text cites \(tag): \(text)")
                }
            }
        }
    }

    func testBexleyBromleyFiguresAndSources() throws {
        let c = try XCTUnwrap(CaseLibrary.caseStudy("bexley-bromley-shared-service"))
        XCTAssertEqual(c.partners, ["bexley", "bromley"])
        XCTAssertEqual(c.decided, 2011)
        XCTAssertEqual(c.started, 2012)
        XCTAssertEqual(c.ended, 2017)
        let bexley = try XCTUnwrap(c.reported.first { $0.measure == "annual-saving" && $0.partner == "bexley" })
        XCTAssertEqual(bexley.value, 400_000)
        XCTAssertEqual(bexley.provenance.sources, ["S14"])
        XCTAssertEqual(bexley.provenance.kind, .published)
        let bromley = try XCTUnwrap(c.reported.first { $0.measure == "annual-saving" && $0.partner == "bromley" })
        XCTAssertEqual(bromley.value, 370_000)
        XCTAssertEqual(bromley.provenance.sources, ["S14"])
        let before = try XCTUnwrap(c.planned.first { $0.measure == "posts-before" && $0.partner == nil })
        let after = try XCTUnwrap(c.planned.first { $0.measure == "posts-after" })
        XCTAssertEqual(before.value, 71)
        XCTAssertEqual(after.value, 36)
        XCTAssertTrue(before.provenance.sources.contains("S16"))
        // The conflicting account is kept beside it: "35 lost" [S19].
        let lost = try XCTUnwrap(c.reported.first { $0.measure == "posts-lost" })
        XCTAssertEqual(lost.value, 35)
        XCTAssertEqual(lost.provenance.sources, ["S19"])
    }

    func testCaseStudiesRoundTripThroughJSONAndOldJSONDecodes() throws {
        let c = try XCTUnwrap(CaseLibrary.caseStudy("bexley-bromley-shared-service"))
        let data = try JSONEncoder().encode(c)
        XCTAssertEqual(try JSONDecoder().decode(CaseStudy.self, from: data), c)
        // A case written before the added fields (no scale, notes, sources, ended) still decodes.
        let old = #"{"id":"old-case","title":"Old","kind":"community","partners":["camden"],"changes":[],"planned":[],"reported":[],"measures":[{"measure":"Hours","before":1,"after":2,"provenance":{"kind":"published","sources":["S71"]}}],"lessons":[]}"#
        let decoded = try JSONDecoder().decode(CaseStudy.self, from: Data(old.utf8))
        XCTAssertEqual(decoded.scale, [])
        XCTAssertEqual(decoded.measures.first?.higherIsBetter, true)
    }

    /// `[S14]`, `[S47b]` tags in a text.
    static func inlineTags(_ text: String) -> [SourceTag] {
        var tags: [SourceTag] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "]") else { break }
            let inner = after[..<close]
            if inner.hasPrefix("S") { tags.append(SourceTag(String(inner))) }
            rest = after[after.index(after: close)...]
        }
        return tags
    }
}
