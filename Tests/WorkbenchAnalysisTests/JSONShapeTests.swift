import Foundation
import Testing
import WorkbenchAnalysis
import WorkbenchCore

/// The JSON shapes of the analysis results that are enums in Swift: never a Swift enum encoding (`{"unique":{"_0":…}}`),
/// and each reads back as it was written.
@Suite("JSON shapes of analysis results")
struct JSONShapeTests {
    static func object(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("An IRR has the irr command's shape and round-trips", arguments: [[-100.0, 110], [-100, 230, -132], [100, 100]])
    func irrShape(_ flows: [Double]) throws {
        let irr = InternalRateOfReturn.solve(flows)
        let json = try Self.object(irr)
        #expect(Set(json.keys) == ["outcome", "roots", "sign_changes", "explanation"])
        #expect(json["outcome"] as? String == irr.outcomeName)
        #expect((json["roots"] as? [Double])?.count == irr.roots.count)
        let back = try JSONDecoder().decode(InternalRateOfReturn.self, from: try JSONEncoder().encode(irr))
        #expect(back == irr)
    }

    @Test("An IRR whose outcome disagrees with its roots is refused")
    func irrMismatchRefused() {
        let text = #"{"outcome":"unique","roots":[],"sign_changes":1,"explanation":""}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(InternalRateOfReturn.self, from: Data(text.utf8)) }
    }

    @Test("A preference function is an object with its kind and thresholds")
    func preferenceShape() throws {
        let linear = try PreferenceFunction(name: "linear", q: 1, p: 3, s: nil)
        let json = try Self.object(linear)
        #expect(json["kind"] as? String == "linear")
        #expect(json["q"] as? Double == 1)
        #expect(json["p"] as? Double == 3)
        #expect(json["s"] == nil)
        #expect(try JSONDecoder().decode(PreferenceFunction.self, from: try JSONEncoder().encode(linear)) == linear)
        #expect(try Self.object(PreferenceFunction.usual).keys.sorted() == ["kind"])
    }

    @Test("A distribution is an object with its kind, low, mode and high")
    func distributionShape() throws {
        let range = LineUncertainty(input: "cost-per-post", low: 0.86, high: 1.42)
        let json = try Self.object(range)
        #expect(json["kind"] as? String == "triangular")
        #expect(json["low"] as? Double == 0.86)
        #expect(json["mode"] as? Double == 1)
        #expect(json["high"] as? Double == 1.42)
        #expect(json["independent_by_year"] as? Bool == true)
        #expect(try JSONDecoder().decode(LineUncertainty.self, from: try JSONEncoder().encode(range)) == range)
    }
}
