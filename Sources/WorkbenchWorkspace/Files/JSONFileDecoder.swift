public import Foundation
import WorkbenchCore

/// Decodes a JSON file into a typed value and turns every failure into an error naming the file, the line and
/// column where it could be found, and the field.
public enum JSONFileDecoder {
    /// The largest JSON file the workbench reads (hostile input must not exhaust memory).
    public static let maxBytes = 16 * 1024 * 1024

    /// Decodes `data` (the contents of `file`) as `T`.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws -> T {
        guard data.count <= maxBytes else {
            throw WorkbenchError(
                .invalidFile, "The file is \(data.count) bytes, more than the \(maxBytes) a JSON file may have.",
                location: .init(file: file))
        }
        let text = String(decoding: data, as: UTF8.self)
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, text: text, file: file)
        } catch {
            throw WorkbenchError(.invalidFile, "The file is not valid JSON: \(error.localizedDescription).",
                                 location: .init(file: file))
        }
    }

    static func describe(_ error: DecodingError, text: String, file: String) -> WorkbenchError {
        func path(_ codingPath: [any CodingKey]) -> String {
            var out = ""
            for key in codingPath {
                if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
            }
            return out
        }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let (detail, line, column) = syntaxError(in: text)
                return WorkbenchError(
                    .invalidFile, "The file is not valid JSON: \(detail)",
                    hint: "Fix the syntax at that place (a missing comma, quote or brace is the usual cause).",
                    location: .init(file: file, line: line, column: column))
            }
            let field = path(context.codingPath)
            return WorkbenchError(
                .invalidFile, "The value of '\(field)' is invalid: \(context.debugDescription)",
                location: .init(file: file, line: line(of: context.codingPath, in: text), field: field))
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            return WorkbenchError(
                .invalidFile, "The field '\(field)' is missing.",
                hint: "Add \"\(key.stringValue)\" to the object" + (context.codingPath.isEmpty ? "." : " '\(path(context.codingPath))'."),
                location: .init(file: file, line: line(of: context.codingPath, in: text), field: field))
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let field = path(context.codingPath)
            return WorkbenchError(
                .invalidFile, "The value of '\(field)' should be \(describe(type)).",
                location: .init(file: file, line: line(of: context.codingPath, in: text), field: field))
        @unknown default:
            return WorkbenchError(.invalidFile, "The file could not be read: \(error).", location: .init(file: file))
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Double.Type, is Float.Type: return "a number"
        case is Int.Type, is UInt64.Type, is Int64.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a value of type \(name)"
        }
    }

    /// The line of the last named key of a coding path, found by searching for `"key"` in order through the text.
    static func line(of codingPath: [any CodingKey], in text: String) -> Int? {
        var searchStart = text.startIndex
        var found: String.Index?
        for key in codingPath where key.intValue == nil {
            guard let range = text.range(of: "\"\(key.stringValue)\"", range: searchStart..<text.endIndex) else { break }
            found = range.lowerBound
            searchStart = range.upperBound
        }
        guard let found else { return nil }
        return text[..<found].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// Where a syntax error is: the parser's message and, from its "around character N", the line and column.
    static func syntaxError(in text: String) -> (message: String, line: Int?, column: Int?) {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            return ("the data could not be read as the expected JSON.", nil, nil)
        } catch {
            let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            if let (line, column) = lineAndColumn(in: message), let line { return (message, line, column) }
            let words = message.replacingOccurrences(of: ".", with: " ").split(separator: " ")
            guard let index = words.firstIndex(of: "character"), index + 1 < words.count, let offset = Int(words[index + 1]) else {
                return (message, nil, nil)
            }
            var line = 1
            var column = 1
            for (position, byte) in text.utf8.enumerated() {
                if position >= offset { break }
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return (message, line, column)
        }
    }

    /// Reads "line N, column M" out of a parser's message.
    static func lineAndColumn(in message: String) -> (Int?, Int?)? {
        let words = message.replacingOccurrences(of: ",", with: " ").replacingOccurrences(of: ".", with: " ")
            .split(separator: " ").map(String.init)
        var line: Int?
        var column: Int?
        for (index, word) in words.enumerated() where index + 1 < words.count {
            if word == "line" { line = Int(words[index + 1]) }
            if word == "column" { column = Int(words[index + 1]) }
        }
        return line == nil ? nil : (line, column)
    }
}
