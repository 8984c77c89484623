#if canImport(FoundationXML)
public import FoundationXML
#endif
public import Foundation

/// Parses text as XML with Foundation's parser and counts the elements by name, for checking that the HTML reports
/// and SVG charts are well-formed.
public final class ReportXMLChecker: NSObject, XMLParserDelegate {
    /// Elements seen, by local name.
    public private(set) var counts: [String: Int] = [:]
    /// The text inside all elements, joined.
    public private(set) var text = ""

    /// The parse: the counts, or the parser's error with its line.
    public static func check(_ markup: String) -> (counts: [String: Int], text: String, error: String?) {
        let checker = ReportXMLChecker()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = checker
        let ok = parser.parse()
        let error = ok ? nil : "\(parser.parserError.map { "\($0)" } ?? "error") at line \(parser.lineNumber), column \(parser.columnNumber)"
        return (checker.counts, checker.text, error)
    }

    /// Counts an element by its local name.
    public func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        counts[local, default: 0] += 1
    }

    /// Collects text.
    public func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
