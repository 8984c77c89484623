/// A score of a choice on the criteria that ask about access to libraries (an objective or factor whose words are
/// about access, service, opening or reach), measured from the workspace's geography instead of judged: the options
/// framework takes it, with its reason, in place of the choice's judged service score.
public struct MeasuredServiceScore: Hashable, Sendable {
    /// The score, 0 to 3 as the framework scores.
    public var score: Int
    /// How it was measured, with figures and sources.
    public var reason: String
    /// The measured figure alone, for the position table (`22,321 people (3.9%) may leave a mile of a statutory
    /// library`); empty when the measure gives none apart from its reason.
    public var figure: String
    /// The rule that turned the figure into the score, in words (`under 1% scores 2, …`); empty when not given.
    public var rule: String

    /// Makes a measured score.
    /// - Parameters:
    ///   - score: the score, 0 to 3.
    ///   - reason: the assessment's reason, with figures and sources.
    ///   - figure: the measured figure alone, for tables.
    ///   - rule: the scoring rule in words.
    public init(score: Int, reason: String, figure: String = "", rule: String = "") {
        self.score = score
        self.reason = reason
        self.figure = figure
        self.rule = rule
    }
}
