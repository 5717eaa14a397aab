/// Renders parsed templates against `TemplateData`. Names are looked up the context stack from
/// the innermost value outwards; a section over a list repeats for each item, over `true`
/// renders once, over any other present value renders once with that value on the stack;
/// `nil`, `false` and empty lists render inverted sections. Variables are HTML-escaped unless
/// written `{{{name}}}` or `{{&name}}`.
struct MustacheRenderer: Sendable {
    let templates: [String: [MustacheNode]]

    func render(_ name: String, with data: TemplateData) -> String? {
        guard let nodes = templates[name] else { return nil }
        var output = ""
        // A page is 10–20 KB: one allocation instead of a copy at every doubling.
        output.reserveCapacity(16 * 1024)
        var context = Context(stack: [data])
        render(nodes, into: &output, context: &context)
        return output
    }

    /// The state of one rendering: values entered by sections, the indentation of the partials
    /// being rendered, and the blocks inheriting templates filled in.
    private struct Context {
        var stack: [TemplateData]
        var indentation = ""
        var blocks: [String: [MustacheNode]] = [:]
    }

    private func render(_ nodes: [MustacheNode], into output: inout String, context: inout Context) {
        guard !context.indentation.isEmpty else {
            for node in nodes { render(node, into: &output, context: &context) }
            return
        }
        // Inside an indented partial, each piece that starts a line of this template's (or
        // section's) own output is indented.
        var local = ""
        for node in nodes {
            var piece = ""
            render(node, into: &piece, context: &context)
            guard !piece.isEmpty else { continue }
            if local.utf8.last == 0x0A { local += context.indentation }
            local += piece
        }
        output += local
    }

    private func render(_ node: MustacheNode, into output: inout String, context: inout Context) {
        switch node {
        case let .text(text):
            output += text
        case let .variable(name, escaped):
            guard let value = lookUp(name, in: context.stack) else { return }
            switch value {
            case let .text(text):
                if escaped {
                    HTMLEscaping.append(text, to: &output)
                } else {
                    output += text
                }
            case let .bool(flag):
                output += flag ? "true" : "false"
            case .list, .object, .null:
                break
            }
        case let .section(name, inverted, body):
            renderSection(lookUp(name, in: context.stack), inverted: inverted, body: body, into: &output, context: &context)
        case let .partial(name, indentation, blocks):
            guard let nodes = templates[name] else { return }
            let savedIndentation = context.indentation
            let savedBlocks = context.blocks
            if let indentation { context.indentation += indentation }
            if let blocks {
                // The outermost template's blocks win over those of the templates it inherits.
                context.blocks.merge(blocks) { outer, _ in outer }
            }
            render(nodes, into: &output, context: &context)
            context.indentation = savedIndentation
            context.blocks = savedBlocks
        case let .block(name, defaultBody, indentation):
            let savedIndentation = context.indentation
            if let indentation { context.indentation += indentation }
            render(context.blocks[name] ?? defaultBody, into: &output, context: &context)
            context.indentation = savedIndentation
        }
    }

    private func renderSection(
        _ value: TemplateData?, inverted: Bool, body: [MustacheNode], into output: inout String, context: inout Context
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
