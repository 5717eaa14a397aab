/// Splits a Markdown file into its YAML front matter (between two `---` lines at the top) and
/// its body, remembering on which line the body starts so that messages point at the file.
struct FrontMatter {
    /// The YAML text between the fences, or nil when the file has none.
    var yaml: String?
    /// The line (from 1) of the first YAML line in the file.
    var yamlFirstLine: Int
    var body: String

    static func split(_ file: TextFile, diagnostics: DiagnosticBag) -> FrontMatter? {
        // Any line break, "\r\n" as one (as Swift's Characters have it), not only "\n".
        let lines = TextLines.of(file.text)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return FrontMatter(yaml: nil, yamlFirstLine: 1, body: file.text)
        }
        guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpaces() == "---" }) else {
            diagnostics.error(
                .frontMatterUnterminated, at: SourceLocation(file: file.path, line: 1, column: 1),
                "文件第 1 行以 --- 开始了前言，但后面没有结束它的 --- 行")
            return nil
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body)
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
