import WorkbenchReports

extension Reply {
    /// The reply with a compact text chart after each chart block, for `--chart` on a terminal; a note when the
    /// command draws no chart. Errors are returned unchanged.
    /// - Parameter width: the most columns a chart line may take.
    public func withTextCharts(width: Int = 78) -> Reply {
        guard status == .ok else { return self }
        var copy = self
        var blocks: [ReplyBlock] = []
        var charts = 0
        for block in self.blocks {
            blocks.append(block)
            if case .chart(let chart) = block {
                charts += 1
                blocks.append(.text(TextChartRenderer.render(chart, width: width)))
            }
        }
        if charts == 0 { blocks.append(.note("'\(command)' draws no chart; --chart has nothing to show.")) }
        copy.blocks = blocks
        return copy
    }
}
