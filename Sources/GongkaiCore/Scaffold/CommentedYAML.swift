/// Builds a YAML file (or a front matter) line by line, with a Chinese comment after each
/// field, the comments lined up in one column.
struct CommentedYAML {
    private(set) var lines: [String] = []
    /// The display column where field comments start (a Chinese character is two columns wide).
    var commentColumn = 34

    /// A whole-line comment.
    mutating func note(_ text: String, indent: Int = 0) {
        lines.append(String(repeating: " ", count: indent) + "# " + text)
    }

    mutating func blank() {
        lines.append("")
    }

    /// A line of YAML, with `comment` after it when given.
    mutating func field(_ text: String, _ comment: String? = nil) {
        guard let comment else {
            lines.append(text)
            return
        }
        let padding = max(1, commentColumn - CommentedYAML.displayWidth(text))
        lines.append(text + String(repeating: " ", count: padding) + "# " + comment)
    }

    /// A raw line, such as the line of a block scalar's text.
    mutating func raw(_ text: String) {
        lines.append(text)
    }

    var text: String { lines.joined(separator: "\n") + "\n" }

    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
    }
}
