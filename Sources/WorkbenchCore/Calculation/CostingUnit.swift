/// One unit a calculator costs: a borough with its own figure, or a whole group when the analyst gave the group's
/// total as an override.
public struct CostingUnit: Hashable, Sendable {
    /// `Bexley`, or `bexley+bromley` for a group total.
    public let name: String
    /// The figure's value.
    public let value: Double
    /// Where it came from.
    public let provenance: Provenance

    /// Makes a unit.
    public init(name: String, value: Double, provenance: Provenance) {
        self.name = name
        self.value = value
        self.provenance = provenance
    }
}
