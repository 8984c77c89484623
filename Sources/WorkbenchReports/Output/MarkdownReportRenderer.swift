import WorkbenchCore

/// Renders a report as Markdown: pipe tables with units in the headers, notes as paragraphs, charts as compact text
/// charts in fenced blocks (Markdown has no portable way to hold SVG), and the Sources section. Estimate rows are
/// marked ‡.
public enum MarkdownReportRenderer {
    /// The whole document.
    public static func render(_ document: ReportDocument) -> String {
        var out = "# \(inline(document.title))\n\n_\(inline(document.generatedBy))_\n\n"
        if let assumptions = document.assumptions { out += "## Assumptions in force\n\n" + table(assumptions) }
        for section in document.sections {
            out += "## \(inline(section.heading))\n\n"
            for block in section.blocks {
                switch block {
                case .text(let text): out += fenced(text)
                case .note(let note): out += "> Note: \(inline(note))\n\n"
                case .table(let value): out += table(value)
                case .chart(let chart): out += fenced(TextChartRenderer.render(chart, width: 78))
                case .map(let map):
                    out += "**\(inline(map.title))** (a map in the HTML form; its legend here)\n\n"
                    out += map.legend.map { "- \(inline($0.label))" }.joined(separator: "\n") + "\n\n"
                }
            }
        }
        out += "## Sources\n\n"
        let cited = document.citedSources
        if cited.found.isEmpty, cited.unknown.isEmpty { out += "The report cites no source.\n" }
        for reference in cited.found {
            out += "- **[\(reference.tag.rawValue)]** \(inline(reference.title))"
            if let address = reference.address { out += " — <\(address)>" }
            out += "\n"
        }
        for tag in cited.unknown { out += "- **[\(tag.rawValue)]** not in the sources list of the loaded modules.\n" }
        return out
    }

    /// A pipe table with its title and notes.
    static func table(_ table: ReportTable) -> String {
        var out = ""
        if let title = table.title { out += "**\(inline(title))**\n\n" }
        out += "| " + table.columns.map { column in
            cell(column.unit.map { "\(column.header) (\($0))" } ?? column.header)
        }.joined(separator: " | ") + " |\n"
        let numeric = table.columns.indices.map { index in table.rows.contains { index < $0.count && $0[index].isNumeric } }
        out += "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for row in table.rows {
            let estimate = ReportDocument.isEstimate(row)
            out += "| " + row.enumerated().map { index, value in
                cell((estimate && index == 0 ? "‡ " : "") + value.text)
            }.joined(separator: " | ") + " |\n"
        }
        out += "\n"
        for note in table.notes { out += "\(inline(note))\n\n" }
        if table.rows.contains(where: ReportDocument.isEstimate) { out += "‡ An estimate, not a published figure.\n\n" }
        return out
    }

    /// Text in a fenced block whose fence is longer than any run of backticks inside.
    static func fenced(_ text: String) -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = Swift.max(longest, run)
        }
        let fence = String(repeating: "`", count: Swift.max(3, longest + 1))
        return "\(fence)\n\(text)\n\(fence)\n\n"
    }

    /// A table cell: pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        inline(text).replacingAll("|", with: "\\|")
    }

    /// Inline text: line breaks as spaces and HTML-significant `<` `&` escaped, so text never turns into markup.
    static func inline(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\n", "\r", "\r\n": out += " "
            case "<": out += "&lt;"
            case "&": out += "&amp;"
            default: out.append(character)
            }
        }
        return out
    }
}

extension String {
    /// The string with every occurrence of one character replaced.
    fileprivate func replacingAll(_ character: Character, with replacement: String) -> String {
        var out = ""
        for each in self { if each == character { out += replacement } else { out.append(each) } }
        return out
    }
}
