/// Renders parsed templates against `TemplateData`, into UTF-8 bytes. Names are looked up the
/// context stack from the innermost value outwards; a section over a list repeats for each item,
/// over `true` renders once, over any other present value renders once with that value on the
/// stack; `nil`, `false` and empty lists render inverted sections. Variables are HTML-escaped
/// unless written `{{{name}}}` or `{{&name}}`.
///
/// The templates are first flattened into one array of operations (`MustacheProgram`), which a
/// rendering walks through buffer pointers: no node, string or array of the templates is copied
/// or retained while a page is rendered, which walking the parsed tree did at every node.
struct MustacheRenderer: Sendable {
    private let program: MustacheProgram

    init(templates: [String: [MustacheNode]]) {
        program = MustacheProgram(templates)
    }

    func render(_ name: String, with data: TemplateData) -> [UInt8]? {
        guard let range = program.templates[name] else { return nil }
        var output: [UInt8] = []
        // A page is 10–20 KB: one allocation instead of a copy at every doubling.
        output.reserveCapacity(16 * 1024)
        program.operations.withUnsafeBufferPointer { operations in
            program.bytes.withUnsafeBufferPointer { bytes in
                program.keys.withUnsafeBufferPointer { keys in
                    var walk = Walk(program: program, operations: operations, bytes: bytes, keys: keys, stack: [data])
                    walk.render(range, into: &output)
                }
            }
        }
        return output
    }
}

/// One rendering: the program's parts, the values entered by sections, the indentation of the
/// partials being rendered, and the blocks inheriting templates filled in.
private struct Walk {
    let program: MustacheProgram
    let operations: UnsafeBufferPointer<MustacheProgram.Operation>
    let bytes: UnsafeBufferPointer<UInt8>
    let keys: UnsafeBufferPointer<String>
    var stack: [TemplateData]
    var indentation: [UInt8] = []
    var blocks: [String: Range<Int>] = [:]

    init(
        program: MustacheProgram, operations: UnsafeBufferPointer<MustacheProgram.Operation>, bytes: UnsafeBufferPointer<UInt8>,
        keys: UnsafeBufferPointer<String>, stack: [TemplateData]
    ) {
        self.program = program
        self.operations = operations
        self.bytes = bytes
        self.keys = keys
        self.stack = stack
    }

    /// Renders the operations of `range` that are at its own level (a section's or a block's
    /// body is rendered by the operation that opens it).
    mutating func render(_ range: Range<Int>, into output: inout [UInt8]) {
        var index = range.lowerBound
        guard !indentation.isEmpty else {
            while index < range.upperBound { index = render(at: index, into: &output) }
            return
        }
        // Inside an indented partial, each piece that starts a line of this template's (or
        // section's) own output is indented.
        var local: [UInt8] = []
        var piece: [UInt8] = []
        while index < range.upperBound {
            piece.removeAll(keepingCapacity: true)
            index = render(at: index, into: &piece)
            guard !piece.isEmpty else { continue }
            if local.last == 0x0A { local.append(contentsOf: indentation) }
            local.append(contentsOf: piece)
        }
        output.append(contentsOf: local)
    }

    /// Renders one operation and returns the index of the next one at the same level.
    private mutating func render(at index: Int, into output: inout [UInt8]) -> Int {
        switch operations[index] {
        case let .text(range):
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        case let .variable(name, escaped):
            guard let value = lookUp(name) else { break }
            switch value {
            case let .text(text):
                if escaped {
                    HTMLEscaping.append(text, to: &output)
                } else {
                    output.append(contentsOf: text.utf8)
                }
            case let .bool(flag):
                output.append(contentsOf: flag ? "true".utf8 : "false".utf8)
            case .list, .object, .null:
                break
            }
        case let .section(name, inverted, end):
            renderSection(lookUp(name), inverted: inverted, body: (index + 1)..<end, into: &output)
            return end
        case let .partial(template, indentation, blocks):
            guard let template else { break }
            let savedIndentation = self.indentation
            let savedBlocks = self.blocks
            if let indentation { self.indentation.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[indentation])) }
            if let blocks {
                // The outermost template's blocks win over those of the templates it inherits.
                self.blocks.merge(program.blockTables[blocks]) { outer, _ in outer }
            }
            render(template, into: &output)
            self.indentation = savedIndentation
            self.blocks = savedBlocks
        case let .block(name, end, indentation):
            let savedIndentation = self.indentation
            if let indentation { self.indentation.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[indentation])) }
            render(blocks[program.blockNames[name]] ?? (index + 1)..<end, into: &output)
            self.indentation = savedIndentation
            return end
        }
        return index + 1
    }

    private mutating func renderSection(_ value: TemplateData?, inverted: Bool, body: Range<Int>, into output: inout [UInt8]) {
        guard let value else {
            if inverted { render(body, into: &output) }
            return
        }
        switch value {
        case .null:
            if inverted { render(body, into: &output) }
        case let .bool(flag):
            if flag != inverted { render(body, into: &output) }
        case let .list(items):
            if inverted {
                if items.isEmpty { render(body, into: &output) }
                return
            }
            for item in items {
                stack.append(item)
                render(body, into: &output)
                stack.removeLast()
            }
        case .text, .object:
            guard !inverted else { return }
            stack.append(value)
            render(body, into: &output)
            stack.removeLast()
        }
    }

    private func lookUp(_ name: MustacheProgram.Name) -> TemplateData? {
        guard !name.keys.isEmpty else { return stack.last }
        if name.anchored { return follow(name.keys, from: stack[stack.count - 1]) }
        let first = keys[name.keys.lowerBound]
        var index = stack.count
        while index > 0 {
            index -= 1
            if let found = stack[index].child(named: first) {
                return follow(name.keys.dropFirst(), from: found)
            }
        }
        return nil
    }

    private func follow(_ path: Range<Int>, from value: TemplateData) -> TemplateData? {
        var current = value
        for key in path {
            guard let next = current.child(named: keys[key]) else { return nil }
            current = next
        }
        if case .null = current { return nil }
        return current
    }
}
