/// Parsed templates flattened for rendering: every template's nodes in one array of operations,
/// a section's or a block's body right after the operation that opens it, the text of every
/// template in one array of bytes and the parts of every name in one array of keys, so that an
/// operation is a few integers and walking them copies nothing.
struct MustacheProgram: Sendable {
    /// A tag's name: its parts in `keys` (none for `.`), and whether it is read from the current
    /// value only (`.a.b`).
    struct Name: Sendable {
        var keys: Range<Int>
        var anchored: Bool
    }

    enum Operation: Sendable {
        /// Text as it is: `bytes[range]`.
        case text(Range<Int>)
        /// `{{name}}`.
        case variable(Name, escaped: Bool)
        /// `{{#name}}` or `{{^name}}`; its body runs up to `end`, where the next operation is.
        case section(Name, inverted: Bool, end: Int)
        /// A partial, found when the program was made (nil: no template of that name, which
        /// renders nothing); its indentation in `bytes`, the blocks it fills in in `blockTables`.
        case partial(Range<Int>?, indentation: Range<Int>?, blocks: Int?)
        /// `{{$name}}`: `blockNames[index]`; its default body runs up to `end`.
        case block(Int, end: Int, indentation: Range<Int>?)
    }

    private(set) var operations: [Operation] = []
    private(set) var bytes: [UInt8] = []
    private(set) var keys: [String] = []
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

    private mutating func text(_ text: String) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        return start..<bytes.count
    }

    private mutating func text(_ text: String?) -> Range<Int>? {
        guard let text else { return nil }
        return self.text(text)
    }

    private mutating func name(_ name: MustacheName) -> Name {
        let start = keys.count
        keys.append(contentsOf: name.path)
        return Name(keys: start..<keys.count, anchored: name.anchored)
    }
}
