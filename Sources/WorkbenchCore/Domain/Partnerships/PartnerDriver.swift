/// One borough's driver for a partnership project (its library spend, stock spend or libraries), with where it came
/// from: a profile figure for a pilot, or an estimate from the comparator statistics for the others.
public struct PartnerDriver: Sendable, Hashable {
    /// The borough.
    public var id: BoroughID
    /// Its name.
    public var name: String
    /// The driver's value (pounds a year, or libraries).
    public var value: Double
    /// Its provenance; estimates state their method.
    public var provenance: Provenance

    /// Makes a driver.
    public init(id: BoroughID, name: String, value: Double, provenance: Provenance) {
        self.id = id
        self.name = name
        self.value = value
        self.provenance = provenance
    }
}
