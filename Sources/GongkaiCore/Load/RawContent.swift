import Yams

/// The content folder as parsed files, before any field is checked: what the load stage hands
/// to the validate stage. Nodes keep their line and column.
struct RawContent {
    var site: ParsedYAML?
    var plan: ParsedYAML?
    var indicators: ParsedYAML?
    var columns: ParsedYAML?
    var tasks: ParsedYAML?
    var pages: [RawPage]
}

/// One YAML document and the file it came from.
struct ParsedYAML {
    var file: String
    var node: Node
    /// Added to libyaml's line numbers (front matter starts below the file's first line).
    var lineOffset: Int = 0
}

/// A Markdown page: its front matter (if any) and its body.
struct RawPage {
    var file: String
    var frontMatter: ParsedYAML?
    var body: String
    var bodyFirstLine: Int
}
