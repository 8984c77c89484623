import WorkbenchCore

/// One unit a calculator costs: a borough with its own figure, or a whole group when the analyst gave the group's
/// total as an override.
struct CostingUnit {
    /// `Bexley`, or `bexley+bromley` for a group total.
    let name: String
    /// The figure's value.
    let value: Double
    /// Where it came from.
    let provenance: Provenance
}
