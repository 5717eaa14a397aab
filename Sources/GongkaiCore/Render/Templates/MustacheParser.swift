/// Parses Mustache templates (https://mustache.github.io/mustache.5.html): variables, sections,
/// inverted sections, comments, partials, set delimiters, and template inheritance
/// (`{{<parent}}` with `{{$block}}`). Tags alone on their line ("standalone") take the line
/// with them, as the specification asks. Works on the UTF-8 bytes; positions in errors are
/// line and column in characters.
struct MustacheParser {
    private let bytes: [UInt8]
    private var position = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    /// What the parser is inside of.
    private struct Scope {
        /// The section, block or parent whose closing tag ends this scope.
        var sectionName: String?
        /// At the start of a line (so a tag here may stand alone).
        var atLineStart = true
        /// Inside `{{<parent}}…{{/parent}}`.
        var inParent = false
        /// Directly inside `{{<parent}}`, where only block definitions belong.
        var parentTopLevel = false
        /// The indentation of a block definition's first line, taken off the lines below it.
        var definitionIndent: Int?

        func entering(section name: String, atLineStart: Bool) -> Scope {
            var scope = self
            scope.sectionName = name
            scope.parentTopLevel = false
            scope.atLineStart = self.atLineStart && atLineStart
            return scope
        }

        func enteringParent(_ name: String) -> Scope {
            var scope = self
            scope.sectionName = name
            scope.atLineStart = true
            scope.inParent = true
            scope.parentTopLevel = true
            return scope
        }
    }

    static func parse(_ text: String) throws(MustacheSyntaxError) -> [MustacheNode] {
        var parser = MustacheParser(bytes: Array(text.utf8))
        var scope = Scope()
        return try parser.parseNodes(&scope)
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: The grammar

    private mutating func parseNodes(_ scope: inout Scope) throws(MustacheSyntaxError) -> [MustacheNode] {
        var nodes: [MustacheNode] = []
        var leadingSpace = ""
        func flushLeadingSpace() {
            if !leadingSpace.isEmpty { nodes.append(.text(leadingSpace)) }
            leadingSpace = ""
        }
        while position < bytes.count {
            if scope.atLineStart {
                let space = readSpacesAndTabs()
                if scope.inParent, !scope.parentTopLevel {
                    if let indent = scope.definitionIndent {
                        leadingSpace = String(space.dropFirst(indent))
                    } else {
                        scope.definitionIndent = space.count
                    }
                } else {
                    leadingSpace = space
                }
            }
            let text = readTextUntilTagOrNewline()
            if let newline = readNewline() {
                nodes.append(.text(leadingSpace + text + newline))
                scope.atLineStart = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(leadingSpace + text))
                leadingSpace = ""
                scope.atLineStart = false
            }
            guard position < bytes.count else { break }
            // The opening delimiter has been read: what follows says which tag this is.
            let tagStart = position - open.count
            var standalone = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName()
                standalone = takeLineIfStandalone(scope)
                if !standalone { flushLeadingSpace() }
                var inner = scope.entering(section: name, atLineStart: standalone)
                let body = try parseNodes(&inner)
                nodes.append(.section(MustacheName(name), inverted: inverted, body: body))
            case UInt8(ascii: "/"):
                position += 1
                let namePosition = position
                let name = try readName()
                guard name == scope.sectionName else {
                    position = namePosition
                    if let expected = scope.sectionName {
                        throw error("结束标签 {{/\(name)}} 与开始的 {{#\(expected)}} 不对应")
                    }
                    throw error("多余的结束标签 {{/\(name)}}：前面没有对应的 {{#\(name)}}")
                }
                if !takeLineIfStandalone(scope) { flushLeadingSpace() }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                try skipComment()
                standalone = takeLineIfStandalone(scope)
            case UInt8(ascii: "{"):
                flushLeadingSpace()
                position += 1
                let name = try readName()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                    throw error("{{{ 标签要用 }}} 结束")
                }
                position += 1
                nodes.append(.variable(MustacheName(name), escaped: false))
            case UInt8(ascii: "&"):
                flushLeadingSpace()
                position += 1
                nodes.append(.variable(MustacheName(try readName()), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                let name = try readPartialName()
                if !leadingSpace.isEmpty { nodes.append(.text(leadingSpace)) }
                standalone = takeLineIfStandalone(scope)
                nodes.append(.partial(name, indentation: standalone ? leadingSpace : nil, blocks: nil))
                leadingSpace = ""
            case UInt8(ascii: "<"):
                position += 1
                let name = try readPartialName()
                if !leadingSpace.isEmpty { nodes.append(.text(leadingSpace)) }
                standalone = takeLineIfStandalone(scope)
                var inner = scope.enteringParent(name)
                let body = try parseNodes(&inner)
                var blocks: [String: [MustacheNode]] = [:]
                for node in body {
                    switch node {
                    case let .block(blockName, defaultBody, _): blocks[blockName] = defaultBody
                    case .text: break
                    default:
                        position = tagStart
                        throw error("{{<\(name)}} 里只能写 {{$区块名}}…{{/区块名}}")
                    }
                }
                nodes.append(.partial(name, indentation: leadingSpace, blocks: blocks))
                leadingSpace = ""
            case UInt8(ascii: "$"):
                position += 1
                let name = try readName()
                if scope.parentTopLevel {
                    standalone = takeLineIfStandalone(scope)
                    var inner = scope.entering(section: name, atLineStart: standalone)
                    nodes.append(.block(name, defaultBody: try parseNodes(&inner), indentation: nil))
                } else {
                    if !leadingSpace.isEmpty { nodes.append(.text(leadingSpace)) }
                    standalone = takeLineIfStandalone(scope)
                    var inner = scope.entering(section: name, atLineStart: standalone)
                    nodes.append(.block(name, defaultBody: try parseNodes(&inner), indentation: leadingSpace))
                    leadingSpace = ""
                }
            case UInt8(ascii: "="):
                position += 1
                try readDelimiters()
                standalone = takeLineIfStandalone(scope)
            default:
                flushLeadingSpace()
                nodes.append(.variable(MustacheName(try readName()), escaped: true))
            }
            scope.atLineStart = standalone
        }
        if let name = scope.sectionName {
            throw error("区块 {{#\(name)}} 没有用 {{/\(name)}} 结束")
        }
        return nodes
    }

    // MARK: Reading

    private static let nameCharacters: Set<UInt8> = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*".utf8)
    private static let partialNameCharacters = nameCharacters.union("/".utf8)

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    private func isWhitespace(_ byte: UInt8) -> Bool { isSpace(byte) || byte == 0x0A || byte == 0x0D }

    private mutating func readSpacesAndTabs() -> String {
        let start = position
        while position < bytes.count, isSpace(bytes[position]) { position += 1 }
        return string(start..<position)
    }

    /// Text up to the next newline or opening delimiter; the delimiter is consumed.
    private mutating func readTextUntilTagOrNewline() -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x0A || byte == 0x0D { return string(start..<position) }
            if byte == open[0], matches(open) {
                let text = string(start..<position)
                position += open.count
                return text
            }
            position += 1
        }
        return string(start..<position)
    }

    /// Reads `\n`, `\r\n` or `\r` at the current position.
    private mutating func readNewline() -> String? {
        guard position < bytes.count else { return nil }
        if bytes[position] == 0x0A {
            position += 1
            return "\n"
        }
        guard bytes[position] == 0x0D else { return nil }
        if position + 1 < bytes.count, bytes[position + 1] == 0x0A {
            position += 2
            return "\r\n"
        }
        position += 1
        return "\r"
    }

    /// After a tag that began its line: if only spaces and a newline (or the end) follow, the
    /// line is the tag's alone and is consumed.
    private mutating func takeLineIfStandalone(_ scope: Scope) -> Bool {
        guard scope.atLineStart else { return false }
        guard position < bytes.count else { return true }
        let start = position
        while position < bytes.count, isSpace(bytes[position]) { position += 1 }
        if readNewline() != nil { return true }
        position = start
        return false
    }

    private mutating func readName() throws(MustacheSyntaxError) -> String {
        skipWhitespace()
        let start = position
        while position < bytes.count, Self.nameCharacters.contains(bytes[position]) { position += 1 }
        let name = string(start..<position)
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "(") {
            throw error("不支持标签里的转换函数（括号）：请只写字段名")
        }
        try expectClose()
        return name
    }

    private mutating func readPartialName() throws(MustacheSyntaxError) -> String {
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "*") {
            throw error("不支持动态模板名 {{>*…}}：请写出模板名")
        }
        let start = position
        while position < bytes.count, Self.partialNameCharacters.contains(bytes[position]) { position += 1 }
        let name = string(start..<position)
        skipWhitespace()
        try expectClose()
        return name
    }

    private mutating func expectClose() throws(MustacheSyntaxError) {
        guard matches(close) else {
            throw error("标签没有正确结束：名称只能由英文字母、数字和 . _ - 组成，并以 \(string(close)) 结束")
        }
        position += close.count
    }

    private mutating func skipComment() throws(MustacheSyntaxError) {
        let start = position
        while position < bytes.count {
            if matches(close) {
                position += close.count
                return
            }
            position += 1
        }
        position = start
        throw error("注释没有用 \(string(close)) 结束")
    }

    /// `{{=<% %>=}}`: new opening and closing delimiters for the rest of the template.
    private mutating func readDelimiters() throws(MustacheSyntaxError) {
        let tagStart = position
        func word() -> [UInt8] {
            let start = position
            while position < bytes.count, !isWhitespace(bytes[position]), bytes[position] != UInt8(ascii: "=") { position += 1 }
            return Array(bytes[start..<position])
        }
        skipWhitespace()
        let newOpen = word()
        skipWhitespace()
        let newClose = word()
        skipWhitespace()
        guard !newOpen.isEmpty, !newClose.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
            position = tagStart
            throw error("更换分隔符的写法是 {{=<% %>=}}")
        }
        position += 1
        try expectClose()
        open = newOpen
        close = newClose
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, isWhitespace(bytes[position]) { position += 1 }
    }

    private func matches(_ delimiter: [UInt8]) -> Bool {
        guard position + delimiter.count <= bytes.count else { return false }
        for (offset, byte) in delimiter.enumerated() where bytes[position + offset] != byte { return false }
        return true
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func string(_ delimiter: [UInt8]) -> String {
        String(decoding: delimiter, as: UTF8.self)
    }

    /// An error at the current position, with line and column counted in characters.
    private func error(_ message: String) -> MustacheSyntaxError {
        let end = min(position, bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
        return MustacheSyntaxError(message: message, line: line, column: column)
    }
}
