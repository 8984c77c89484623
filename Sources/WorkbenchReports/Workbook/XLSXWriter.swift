public import Foundation

/// Writes a `Workbook` as an Office Open XML spreadsheet (`.xlsx`, ECMA-376): the content types, the package and
/// workbook relationships, `xl/workbook.xml` with the sheets, defined names and a request to recalculate on load,
/// `xl/styles.xml` with the number formats and bold font the cells use, and one `xl/worksheets/sheetN.xml` per sheet
/// with inline strings, formulas with their cached values, frozen panes and column widths; all in a ZIP archive of
/// stored entries. No third-party code.
public enum XLSXWriter {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// The parts of the package, path and text, in the order they are stored.
    public static func parts(_ workbook: Workbook) -> [(path: String, text: String)] {
        let styles = StyleTable(workbook)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(workbook)),
            ("_rels/.rels", packageRelationships),
            ("docProps/app.xml", application),
            ("xl/workbook.xml", workbookPart(workbook)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(workbook)),
            ("xl/styles.xml", styles.xml),
        ]
        for (index, sheet) in workbook.sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet, styles: styles, selected: index == 0)))
        }
        return parts
    }

    /// The `.xlsx` file's bytes.
    /// - Throws: `writeFailed` when the package is too large for a plain ZIP archive.
    public static func data(_ workbook: Workbook) throws -> Data {
        var archive = ZipArchive()
        for part in parts(workbook) { archive.add(part.path, text: part.text) }
        return try archive.data()
    }

    // MARK: Package parts

    static func contentTypes(_ workbook: Workbook) -> String {
        var xml = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        xml += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        for index in workbook.sheets.indices {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    static let packageRelationships = header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    static let application = header
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>London Library Change Programme workbench</Application></Properties>"

    static func workbookPart(_ workbook: Workbook) -> String {
        var xml = header + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, sheet) in workbook.sheets.enumerated() {
            xml += "<sheet name=\"\(XMLText.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        if !workbook.definedNames.isEmpty {
            xml += "<definedNames>"
            for name in workbook.definedNames {
                let comment = name.comment.map { " comment=\"\(XMLText.escape($0))\"" } ?? ""
                xml += "<definedName name=\"\(XMLText.escape(name.name))\"\(comment)>\(XMLText.escape(name.reference))</definedName>"
            }
            xml += "</definedNames>"
        }
        return xml + "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>"
    }

    static func workbookRelationships(_ workbook: Workbook) -> String {
        var xml = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in workbook.sheets.indices {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(workbook.sheets.count + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        return xml + "</Relationships>"
    }

    // MARK: Worksheets

    static func worksheet(_ sheet: Worksheet, styles: StyleTable, selected: Bool) -> String {
        var xml = header + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if sheet.frozenRows > 0 || sheet.frozenColumns > 0 {
            let pane = sheet.frozenRows > 0 ? (sheet.frozenColumns > 0 ? "bottomRight" : "bottomLeft") : "topRight"
            let split = (sheet.frozenColumns > 0 ? " xSplit=\"\(sheet.frozenColumns)\"" : "") + (sheet.frozenRows > 0 ? " ySplit=\"\(sheet.frozenRows)\"" : "")
            let topLeft = CellReference.cell(row: sheet.frozenRows + 1, column: sheet.frozenColumns + 1)
            xml += "<pane\(split) topLeftCell=\"\(topLeft)\" activePane=\"\(pane)\" state=\"frozen\"/>"
            xml += "<selection pane=\"\(pane)\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        let widths = sheet.widths()
        if !widths.isEmpty {
            xml += "<cols>"
            for (index, width) in widths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(number(width))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for row in sheet.cells.keys.sorted() {
            xml += "<row r=\"\(row)\">"
            for column in sheet.cells[row]!.keys.sorted() {
                xml += cell(sheet.cells[row]![column]!, at: CellReference.cell(row: row, column: column), styles: styles)
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    static func cell(_ cell: WorkbookCell, at reference: String, styles: StyleTable) -> String {
        let style = styles.index(of: cell.style)
        let s = style == 0 ? "" : " s=\"\(style)\""
        if let formula = cell.formula {
            let formulaXML = "<f>\(XMLText.escape(formula))</f>"
            switch cell.value {
            case .number(let value): return "<c r=\"\(reference)\"\(s)>\(formulaXML)<v>\(number(value))</v></c>"
            case .text(let text): return "<c r=\"\(reference)\"\(s) t=\"str\">\(formulaXML)<v>\(XMLText.escape(text))</v></c>"
            case .empty: return "<c r=\"\(reference)\"\(s)>\(formulaXML)</c>"
            }
        }
        switch cell.value {
        case .number(let value): return "<c r=\"\(reference)\"\(s)><v>\(number(value))</v></c>"
        case .text(let text):
            return "<c r=\"\(reference)\"\(s) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>"
        case .empty: return style == 0 ? "" : "<c r=\"\(reference)\"\(s)/>"
        }
    }

    /// A number as XML Schema's `double` writes it: the shortest text that reads back to the same value.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), Swift.abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
