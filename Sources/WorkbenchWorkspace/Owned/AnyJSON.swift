/// Any JSON document, decoded only to prove it parses (`check` reads JSON files it has no schema for). It walks
/// the document as the reports' `JSONValue` does, so a file fails here exactly when it would fail there.
struct AnyJSON: Decodable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            while !array.isAtEnd { _ = try array.decode(AnyJSON.self) }
            return
        }
        if let object = try? decoder.container(keyedBy: Key.self) {
            for key in object.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                _ = try object.decode(AnyJSON.self, forKey: key)
            }
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() || (try? single.decode(Bool.self)) != nil || (try? single.decode(Double.self)) != nil { return }
        _ = try single.decode(String.self)
    }
}
