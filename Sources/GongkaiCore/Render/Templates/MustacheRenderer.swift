/// Renders parsed templates against `TemplateData`, into UTF-8 bytes. Names are looked up the
/// context stack from the innermost value outwards; a section over a list repeats for each item,
/// over `true` renders once, over any other present value renders once with that value on the
/// stack; `nil`, `false` and empty lists render inverted sections. Variables are HTML-escaped
/// unless written `{{{name}}}` or `{{&name}}`.
///
/// The templates are first flattened into one array of operations (`MustacheProgram`) whose
/// payloads are indexes: walking them copies no strings, arrays or nested nodes, which walking
/// the parsed tree did at every node of every page.
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
        var context = Context(stack: [data])
        render(range, into: &output, context: &context)
        return output
    }

    /// The state of one rendering: values entered by sections, the indentation of the partials
    /// being rendered, and the blocks inheriting templates filled in.
    private struct Context {
        var stack: [TemplateData]
        var indentation: [UInt8] = []
        var blocks: [String: Range<Int>] = [:]
    }

    /// Renders the operations of `range` that are at its own level (a section's or a block's
    /// body is rendered by the operation that opens it).
    private func render(_ range: Range<Int>, into output: inout [UInt8], context: inout Context) {
        var index = range.lowerBound
        guard !context.indentation.isEmpty else {
            while index < range.upperBound { index = render(at: index, into: &output, context: &context) }
            return
        }
        // Inside an indented partial, each piece that starts a line of this template's (or
        // section's) own output is indented.
        var local: [UInt8] = []
        var piece: [UInt8] = []
        while index < range.upperBound {
            piece.removeAll(keepingCapacity: true)
            index = render(at: index, into: &piece, context: &context)
            guard !piece.isEmpty else { continue }
            if local.last == 0x0A { local.append(contentsOf: context.indentation) }
            local.append(contentsOf: piece)
        }
        output.append(contentsOf: local)
    }

    /// Renders one operation and returns the index of the next one at the same level.
    private func render(at index: Int, into output: inout [UInt8], context: inout Context) -> Int {
        switch program.operations[index] {
        case let .text(text):
            output.append(contentsOf: program.texts[text])
        case let .variable(name, escaped):
            guard let value = lookUp(program.names[name], in: context.stack) else { break }
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
            renderSection(lookUp(program.names[name], in: context.stack), inverted: inverted, body: (index + 1)..<end, into: &output, context: &context)
            return end
        case let .partial(template, indentation, blocks):
            guard let template else { break }
            let savedIndentation = context.indentation
            let savedBlocks = context.blocks
            if let indentation { context.indentation += program.texts[indentation] }
            if let blocks {
                // The outermost template's blocks win over those of the templates it inherits.
                context.blocks.merge(program.blockTables[blocks]) { outer, _ in outer }
            }
            render(template, into: &output, context: &context)
            context.indentation = savedIndentation
            context.blocks = savedBlocks
        case let .block(name, end, indentation):
            let savedIndentation = context.indentation
            if let indentation { context.indentation += program.texts[indentation] }
            render(context.blocks[program.blockNames[name]] ?? (index + 1)..<end, into: &output, context: &context)
            context.indentation = savedIndentation
            return end
        }
        return index + 1
    }

    private func renderSection(
        _ value: TemplateData?, inverted: Bool, body: Range<Int>, into output: inout [UInt8], context: inout Context
    ) {
        guard let value else {
            if inverted { render(body, into: &output, context: &context) }
            return
        }
        switch value {
        case .null:
            if inverted { render(body, into: &output, context: &context) }
        case let .bool(flag):
            if flag != inverted { render(body, into: &output, context: &context) }
        case let .list(items):
            if inverted {
                if items.isEmpty { render(body, into: &output, context: &context) }
                return
            }
            for item in items {
                context.stack.append(item)
                render(body, into: &output, context: &context)
                context.stack.removeLast()
            }
        case .text, .object:
            guard !inverted else { return }
            context.stack.append(value)
            render(body, into: &output, context: &context)
            context.stack.removeLast()
        }
    }

    private func lookUp(_ name: MustacheName, in stack: [TemplateData]) -> TemplateData? {
        guard let first = name.path.first else { return stack.last }
        if name.anchored { return follow(name.path[...], from: stack[stack.count - 1]) }
        for value in stack.reversed() {
            if let found = value.child(named: first) {
                return follow(name.path.dropFirst(), from: found)
            }
        }
        return nil
    }

    private func follow(_ path: ArraySlice<String>, from value: TemplateData) -> TemplateData? {
        var current = value
        for key in path {
            guard let next = current.child(named: key) else { return nil }
            current = next
        }
        if case .null = current { return nil }
        return current
    }
}
