import WorkbenchCore

/// Renders a report as one self-contained HTML file: inline CSS, charts as inline SVG, no scripts, fonts, images or
/// any other resource from outside the file. The page is well-formed XML (XHTML syntax) so it can be checked with an
/// XML parser, prints on A4 in grey, and shows: the title, the generated-by line, the assumptions in force, each
/// section's tables, notes, text and charts, and a Sources section with the title and address of every tag the
/// report cites. Rows whose evidence kind is `estimate` are shaded and marked ‡.
public enum HTMLReportRenderer {
    /// The page's style sheet: readable on screen and in grey print.
    static let style = """
        body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;font-size:14px;color:#111;margin:24px auto;max-width:1000px;padding:0 16px}
        h1{font-size:24px;margin-bottom:4px}h2{font-size:18px;margin-top:32px;border-bottom:2px solid #333;padding-bottom:4px}
        h3{font-size:15px;margin:18px 0 6px}p.generated{color:#444;margin-top:0}
        table{border-collapse:collapse;margin:8px 0 4px;font-size:13px}th,td{border:1px solid #999;padding:3px 7px;vertical-align:top}
        th{background:#e6e6e6;text-align:left}th .unit{display:block;font-weight:normal;font-size:11px;color:#444}
        td.num{text-align:right;font-variant-numeric:tabular-nums}tr.estimate td{background:#f2f2f2;font-style:italic}
        p.note,p.table-note{font-size:12px;color:#333;margin:4px 0}pre{background:#f7f7f7;border:1px solid #ccc;padding:8px;overflow-x:auto}
        figure{margin:12px 0}figure svg{max-width:100%;height:auto;border:1px solid #ccc}
        dl.sources dt{font-weight:bold;margin-top:6px}dl.sources dd{margin-left:24px}
        @media print{body{margin:0;max-width:none}figure{page-break-inside:avoid}a{color:#000}}
        """

    /// The whole page.
    public static func render(_ document: ReportDocument) -> String {
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(Markup.escape(document.title))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n"
        out += "<h1>\(Markup.escape(document.title))</h1>\n<p class=\"generated\">\(Markup.escape(document.generatedBy))</p>\n"
        if let assumptions = document.assumptions {
            out += "<h2>Assumptions in force</h2>\n" + table(assumptions)
        }
        var chartIndex = 0
        for section in document.sections {
            out += "<h2>\(Markup.escape(section.heading))</h2>\n"
            for block in section.blocks {
                switch block {
                case .text(let text): out += "<pre>\(Markup.escape(text))</pre>\n"
                case .note(let note): out += "<p class=\"note\">Note: \(Markup.escape(note))</p>\n"
                case .table(let value): out += table(value)
                case .chart(let chart):
                    chartIndex += 1
                    out += "<figure>\n" + SVGChartRenderer.render(chart, id: "chart\(chartIndex)") + "\n</figure>\n"
                case .map(let map):
                    chartIndex += 1
                    out += "<figure>\n" + SVGMapRenderer.render(map, id: "map\(chartIndex)") + "\n</figure>\n"
                }
            }
        }
        out += sources(document)
        out += "</body>\n</html>\n"
        return out
    }

    /// A table with its title, headers with units, and notes; estimate rows marked.
    static func table(_ table: ReportTable) -> String {
        var out = ""
        if let title = table.title { out += "<h3>\(Markup.escape(title))</h3>\n" }
        out += "<table>\n<thead><tr>"
        for column in table.columns {
            out += "<th scope=\"col\">\(Markup.escape(column.header))"
            if let unit = column.unit { out += "<span class=\"unit\">\(Markup.escape(unit))</span>" }
            out += "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            let estimate = ReportDocument.isEstimate(row)
            out += estimate ? "<tr class=\"estimate\">" : "<tr>"
            for (index, cell) in row.enumerated() {
                let mark = estimate && index == 0 ? "‡ " : ""
                out += cell.isNumeric ? "<td class=\"num\">" : "<td>"
                out += Markup.escape(mark + cell.text) + "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        for note in table.notes { out += "<p class=\"table-note\">\(Markup.escape(note))</p>\n" }
        if table.rows.contains(where: ReportDocument.isEstimate) {
            out += "<p class=\"table-note\">‡ An estimate, not a published figure: its method is stated above or in the module.</p>\n"
        }
        return out
    }

    /// The Sources section: each cited tag with its title and address, and any cited tag the list lacks.
    static func sources(_ document: ReportDocument) -> String {
        let cited = document.citedSources
        var out = "<h2>Sources</h2>\n"
        if cited.found.isEmpty, cited.unknown.isEmpty { return out + "<p>The report cites no source.</p>\n" }
        out += "<p>Every figure above carries a source tag in brackets or in a Src column. Published figures are as the source gives them; derived figures state their method; estimates are marked ‡ or say “estimate”.</p>\n<dl class=\"sources\">\n"
        for reference in cited.found {
            out += "<dt>[\(Markup.escape(reference.tag.rawValue))]</dt><dd>\(Markup.escape(reference.title))"
            if let address = reference.address {
                out += " — <a href=\"\(Markup.escape(address))\">\(Markup.escape(address))</a>"
            }
            out += "</dd>\n"
        }
        for tag in cited.unknown {
            out += "<dt>[\(Markup.escape(tag.rawValue))]</dt><dd>Not in the sources list of the loaded modules.</dd>\n"
        }
        return out + "</dl>\n"
    }
}
