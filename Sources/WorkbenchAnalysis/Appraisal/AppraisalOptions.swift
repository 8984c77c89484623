public import WorkbenchCore

/// What an appraisal may override in the workspace's assumptions, as `appraise` takes them from its options.
public struct AppraisalOptions: Hashable, Sendable, Codable {
    /// Years after year 0 to appraise (`--years`, 1…300); nil means the schedule's own horizon.
    public var years: Int?
    /// The discount rate (`--rate`, above −99% and at most 100%); nil means the workspace's rate.
    public var rate: Rate?
    /// The optimism-bias policy; nil means the workspace's; `.none` for `--no-optimism-bias`.
    public var optimismBias: OptimismBiasPolicy?
    /// Whether years beyond 30 follow the declining schedule; nil means the workspace's setting.
    public var declining: Bool?

    /// Makes options; every override is optional.
    public init(years: Int? = nil, rate: Rate? = nil, optimismBias: OptimismBiasPolicy? = nil, declining: Bool? = nil) {
        self.years = years
        self.rate = rate
        self.optimismBias = optimismBias
        self.declining = declining
    }
}
