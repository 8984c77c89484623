/// How wide text output may be and which columns the reader asked to keep: the terminal's width on a terminal, none
/// (full width) for pipes, files and `--wide`, or the width `--width N` names.
public struct TextLayout: Hashable, Sendable {
    /// The most columns a line may take, or nil for the full width (every column, nothing wrapped).
    public var width: Int?
    /// Columns to keep on screen before any other (`--columns evidence,method`), by key or header, any case.
    public var keptColumns: [String]

    /// The narrowest width honoured: narrower requests are laid out at this width.
    public static let minimumWidth = 40

    /// Full width: every table as wide as its content.
    public static let full = TextLayout()

    /// Makes a layout.
    public init(width: Int? = nil, keptColumns: [String] = []) {
        self.width = width.map { max($0, TextLayout.minimumWidth) }
        self.keptColumns = keptColumns
    }

    /// Whether a column is named in `keptColumns`.
    func keeps(_ column: ReportColumn) -> Bool {
        keptColumns.contains { $0.lowercased() == column.key.lowercased() || $0.lowercased() == column.header.lowercased() }
    }
}
