/// Parsed templates flattened for rendering: every template's nodes in one array of operations,
/// a section's or a block's body right after the operation that opens it, and every string in
/// a table of its own, so that an operation is a few integers.
struct MustacheProgram: Sendable {
    enum Operation: Sendable {
        /// Text as it is: `texts[index]`.
        case text(Int)
        /// `{{name}}`: `names[index]`.
        case variable(Int, escaped: Bool)
        /// `{{#name}}` or `{{^name}}`: `names[index]`; its body runs up to `end`, where the next
        /// operation is.
        case section(Int, inverted: Bool, end: Int)
        /// A partial, found when the program was made (nil: no template of that name, which
        /// renders nothing); its indentation in `texts`, the blocks it fills in in `blockTables`.
        case partial(Range<Int>?, indentation: Int?, blocks: Int?)
        /// `{{$name}}`: `blockNames[index]`; its default body runs up to `end`.
        case block(Int, end: Int, indentation: Int?)
    }

    private(set) var operations: [Operation] = []
    private(set) var texts: [[UInt8]] = []
    private(set) var names: [MustacheName] = []
    private(set) var blockNames: [String] = []
    /// The blocks each `{{<name}}…{{/name}}` fills in, by block name.
    private(set) var blockTables: [[String: Range<Int>]] = []
    /// Each template's operations.
    private(set) var templates: [String: Range<Int>] = [:]

    /// Partials whose template is found once every template is placed.
    private var partials: [(operation: Int, template: String)] = []
    /// Blocks filled in by an inheriting template, placed after every template so that they
    /// are never run where they were written.
    private var blockBodies: [(table: Int, block: String, nodes: [MustacheNode])] = []

    init(_ parsed: [String: [MustacheNode]]) {
        // In a fixed order, so that the program is the same in every process.
        for name in parsed.keys.sorted() {
            let start = operations.count
            append(parsed[name] ?? [])
            templates[name] = start..<operations.count
        }
        while !blockBodies.isEmpty {
            let (table, block, nodes) = blockBodies.removeFirst()
            let start = operations.count
            append(nodes)
            blockTables[table][block] = start..<operations.count
        }
        for (operation, template) in partials {
            guard case let .partial(_, indentation, blocks) = operations[operation] else { continue }
            operations[operation] = .partial(templates[template], indentation: indentation, blocks: blocks)
        }
        partials = []
    }

    private mutating func append(_ nodes: [MustacheNode]) {
        for node in nodes {
            switch node {
            case let .text(text):
                operations.append(.text(self.text(text)))
            case let .variable(name, escaped):
                operations.append(.variable(self.name(name), escaped: escaped))
            case let .section(name, inverted, body):
                let opening = operations.count
                let name = self.name(name)
                operations.append(.section(name, inverted: inverted, end: opening + 1))
                append(body)
                operations[opening] = .section(name, inverted: inverted, end: operations.count)
            case let .partial(template, indentation, blocks):
                var table: Int?
                if let blocks {
                    table = blockTables.count
                    blockTables.append([:])
                    for block in blocks.keys.sorted() {
                        blockBodies.append((blockTables.count - 1, block, blocks[block] ?? []))
                    }
                }
                partials.append((operations.count, template))
                operations.append(.partial(nil, indentation: text(indentation), blocks: table))
            case let .block(name, defaultBody, indentation):
                let opening = operations.count
                blockNames.append(name)
                let block = blockNames.count - 1
                let indentation = text(indentation)
                operations.append(.block(block, end: opening + 1, indentation: indentation))
                append(defaultBody)
                operations[opening] = .block(block, end: operations.count, indentation: indentation)
            }
        }
    }

    private mutating func text(_ text: String) -> Int {
        texts.append(Array(text.utf8))
        return texts.count - 1
    }

    private mutating func text(_ text: String?) -> Int? {
        guard let text else { return nil }
        return self.text(text)
    }

    private mutating func name(_ name: MustacheName) -> Int {
        names.append(name)
        return names.count - 1
    }
}
