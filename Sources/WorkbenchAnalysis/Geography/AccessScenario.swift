import WorkbenchCore

/// A change to an authority's statutory libraries for `access`: libraries closed, libraries handed over to run
/// outside the statutory service (a community library stays at the address), and whether people may be reassigned to
/// a library of another authority.
public struct AccessScenario: Hashable, Sendable {
    /// The dataset ids of the libraries closed.
    public var closed: [Int]
    /// The dataset ids of the libraries handed over.
    public var handedOver: [Int]
    /// Reassign to the nearest remaining statutory library of any authority (otherwise of the same authority).
    public var acrossBoundaries: Bool

    /// Makes a scenario; no change by default.
    public init(closed: [Int] = [], handedOver: [Int] = [], acrossBoundaries: Bool = false) {
        self.closed = closed
        self.handedOver = handedOver
        self.acrossBoundaries = acrossBoundaries
    }

    /// Whether it changes anything.
    public var isEmpty: Bool { closed.isEmpty && handedOver.isEmpty }
}
