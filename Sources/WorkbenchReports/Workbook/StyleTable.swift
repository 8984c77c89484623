/// The styles part of a workbook: every distinct cell style used, numbered in `cellXfs` order (0 is the default),
/// with the custom number formats numbered from 164 as the format reserves the lower ids for built-ins.
struct StyleTable {
    /// The styles in index order; index 0 is `.plain`.
    let styles: [WorkbookStyle]
    /// The custom number formats with their ids.
    let formats: [(id: Int, code: String)]
    private let indices: [WorkbookStyle: Int]
    private let formatIDs: [String: Int]

    init(_ workbook: Workbook) {
        var styles: [WorkbookStyle] = [.plain]
        var indices: [WorkbookStyle: Int] = [.plain: 0]
        var formats: [(Int, String)] = []
        var formatIDs: [String: Int] = [:]
        for sheet in workbook.sheets {
            for row in sheet.cells.keys.sorted() {
                for column in sheet.cells[row]!.keys.sorted() {
                    let style = sheet.cells[row]![column]!.style
                    if indices[style] == nil {
                        indices[style] = styles.count
                        styles.append(style)
                    }
                    if let code = style.format.code, formatIDs[code] == nil {
                        formatIDs[code] = 164 + formats.count
                        formats.append((164 + formats.count, code))
                    }
                }
            }
        }
        self.styles = styles
        self.indices = indices
        self.formats = formats
        self.formatIDs = formatIDs
    }

    /// The `cellXfs` index of a style.
    func index(of style: WorkbookStyle) -> Int { indices[style] ?? 0 }

    /// The styles part.
    var xml: String {
        var xml = XLSXWriter.header + "<styleSheet xmlns=\"\(XLSXWriter.mainNamespace)\">"
        if !formats.isEmpty {
            xml += "<numFmts count=\"\(formats.count)\">"
            for format in formats { xml += "<numFmt numFmtId=\"\(format.id)\" formatCode=\"\(XMLText.escape(format.code))\"/>" }
            xml += "</numFmts>"
        }
        xml += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        xml += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        xml += "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        xml += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(styles.count)\">"
        for style in styles {
            let format = style.format.code.flatMap { formatIDs[$0] } ?? 0
            var attributes = "numFmtId=\"\(format)\" fontId=\"\(style.bold ? 1 : 0)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
            if format != 0 { attributes += " applyNumberFormat=\"1\"" }
            if style.bold { attributes += " applyFont=\"1\"" }
            if style.quotePrefix { attributes += " quotePrefix=\"1\"" }
            xml += "<xf \(attributes)/>"
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return xml + "</styleSheet>"
    }
}
