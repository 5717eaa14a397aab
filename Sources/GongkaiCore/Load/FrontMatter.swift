/// Splits a Markdown file into its YAML front matter (between two `---` lines at the top) and
/// its body, remembering on which line the body starts so that messages point at the file.
struct FrontMatter {
    /// The YAML text between the fences, or nil when the file has none.
    var yaml: String?
    /// The line (from 1) of the first YAML line in the file.
    var yamlFirstLine: Int
    var body: String

    static func split(_ file: TextFile, diagnostics: DiagnosticBag) -> FrontMatter? {
        // Any line break, "\r\n" as one (as Swift's Characters have it), not only "\n". Only the
        // lines up to the closing fence are split; the body is taken whole.
        var opened = false
        var yamlLines: [Substring] = []
        var bodyStart: String.Index?
        TextLines.forEach(in: file.text) { line, next in
            guard opened else {
                opened = line.trimmingTrailingSpaces() == "---"
                return opened
            }
            if line.trimmingTrailingSpaces() == "---" {
                bodyStart = next
                return false
            }
            yamlLines.append(line)
            return true
        }
        guard opened else {
            return FrontMatter(yaml: nil, yamlFirstLine: 1, body: file.text)
        }
        guard let bodyStart else {
            diagnostics.error(
                .frontMatterUnterminated, at: SourceLocation(file: file.path, line: 1, column: 1),
                "文件第 1 行以 --- 开始了前言，但后面没有结束它的 --- 行")
            return nil
        }
        return FrontMatter(
            yaml: yamlLines.joined(separator: "\n"), yamlFirstLine: 2, body: TextLines.joinedWithLineFeeds(file.text[bodyStart...]))
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
