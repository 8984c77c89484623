/// A score of a choice on the criteria that ask about access to libraries (an objective or factor whose words are
/// about access, service, opening or reach), measured from the workspace's geography instead of judged: the options
/// framework takes it, with its reason, in place of the choice's judged service score.
public struct MeasuredServiceScore: Hashable, Sendable {
    /// The score, 0 to 3 as the framework scores.
    public var score: Int
    /// How it was measured, with figures and sources.
    public var reason: String

    /// Makes a measured score.
    public init(score: Int, reason: String) {
        self.score = score
        self.reason = reason
    }
}
