import WorkbenchCore
public import WorkbenchReports

/// Renders replies as text for people or as one-line JSON objects (JSON Lines) for programs.
public enum ReplyRenderer {
    /// The reply as text: blocks separated by blank lines; an error as `error: …` with its hint.
    public static func text(_ reply: Reply) -> String {
        text(reply, layout: .full)
    }

    /// The reply as text laid out for a width: tables fitted by column priority (see
    /// `TextTableRenderer.render(_:layout:)`), text, notes and errors wrapped at word boundaries. With no width
    /// in the layout it is exactly `text(_:)`.
    public static func text(_ reply: Reply, layout: TextLayout) -> String {
        var parts: [String] = []
        for block in reply.blocks {
            switch block {
            case .text(let text): parts.append(wrapped(text, layout))
            case .table(let table): parts.append(TextTableRenderer.render(table, layout: layout))
            case .note(let note): parts.append(wrapped("note: " + note, layout))
            case .chart: break
            }
        }
        if let error = reply.error { parts.append(wrapped("error: " + error.description, layout)) }
        return escapingControlCharacters(parts.joined(separator: "\n\n"))
    }

    /// The reply as text for an output `terminalWidth` columns wide (nil for a pipe or a file), honouring the
    /// reply's `--wide`, `--columns` and `--width`.
    public static func text(_ reply: Reply, terminalWidth: Int?) -> String {
        text(reply, layout: reply.display.layout(terminalWidth: terminalWidth))
    }

    /// Text wrapped at word boundaries to the layout's width, or unchanged with none.
    private static func wrapped(_ text: String, _ layout: TextLayout) -> String {
        guard let width = layout.width else { return text }
        return WordWrap.block(text, width: width)
    }

    /// The text with control characters other than line feed and tab shown as `\u{1B}`, so that nothing typed or
    /// read from a file can send escape codes to the analyst's terminal.
    static func escapingControlCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The reply as one JSON object on one line:
    /// `{"command": …, "status": "ok"|"error", "blocks": […], …data, "error": {"code", "message", …}}`.
    public static func json(_ reply: Reply) -> String {
        jsonValue(reply).serialized()
    }

    /// The reply as a JSON value.
    public static func jsonValue(_ reply: Reply) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("command", .string(reply.command)), ("status", .string(reply.status.rawValue))]
        if let error = reply.error {
            var errorPairs: [(String, JSONValue)] = [
                ("code", .string(error.code.name)), ("message", .string(error.message)),
            ]
            if let hint = error.hint { errorPairs.append(("hint", .string(hint))) }
            if let module = error.module { errorPairs.append(("module", .string(module))) }
            if let location = error.location {
                var where_: [(String, JSONValue)] = []
                if let file = location.file { where_.append(("file", .string(file))) }
                if let line = location.line { where_.append(("line", .number(Double(line)))) }
                if let column = location.column { where_.append(("column", .number(Double(column)))) }
                if let field = location.field { where_.append(("field", .string(field))) }
                if let argument = location.argument { where_.append(("argument", .string(argument))) }
                errorPairs.append(("location", .object(where_)))
            }
            pairs.append(("error", .object(errorPairs)))
        }
        pairs.append(("blocks", .array(reply.blocks.map { block in
            switch block {
            case .text(let text): return .object([("type", .string("text")), ("text", .string(text))])
            case .table(let table): return table.json
            case .note(let note): return .object([("type", .string("note")), ("text", .string(note))])
            case .chart(let chart): return chart.json
            }
        })))
        pairs += reply.data
        return .object(pairs)
    }
}
