import Yams

/// Parses YAML text into a node tree that keeps the line and column of every value.
/// Syntax errors become a `GK101` (or `GK105` for a repeated key) at the place libyaml names.
///
/// Every value is read as the text it is written as (`MappingReader` checks numbers, dates and
/// yes/no itself), so no scalar's YAML type is worked out: the basic resolver tags every one as a
/// string. Yams compares keys by text and type when it looks for repeated ones, and with the
/// default resolver that ran its regular expressions on every key, about 60 % of parsing. Keys
/// are read by their text alone, so two keys with the same text are now always the same key
/// (`null` and `"null"` were not).
enum YAMLDocument {
    static func parse(_ file: TextFile, lineOffset: Int = 0, diagnostics: DiagnosticBag) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: file.text, .basic, .default, .utf8) else {
                diagnostics.error(.fileEmpty, at: SourceLocation(file: file.path), "文件 \(file.path) 没有内容")
                return nil
            }
            return node
        } catch let error as YamlError {
            diagnostics.add(diagnostic(for: error, file: file.path, text: file.text, lineOffset: lineOffset))
            return nil
        } catch {
            diagnostics.error(.yamlSyntax, at: SourceLocation(file: file.path), "YAML 无法解析：\(error)")
            return nil
        }
    }

    /// The next line after `first` where `key:` starts at the same column: the repeated key.
    private static func repeatedKey(_ key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = TextLines.of(text)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        for index in first.line..<lines.count {
            let line = lines[index]
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            let body = rest.hasPrefix("- ") && first.column > indent + 1 ? rest.dropFirst(2) : rest
            let column = indent + (rest.count - body.count) + 1
            if column == first.column, body.hasPrefix(key + ":") || body.hasPrefix("\"\(key)\":") {
                return (index + 1, column)
            }
        }
        return nil
    }

    private static func diagnostic(for error: YamlError, file: String, text: String, lineOffset: Int) -> Diagnostic {
        func location(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return SourceLocation(file: file) }
            return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "YAML 语法错误：\(YAMLProblemText.translate(problem))"
            // A quote or bracket left open is only noticed at the end of the file; the place
            // to fix is where it was opened.
            if let context, problem.hasPrefix("found unexpected end of stream") {
                message += "（\(YAMLProblemText.translate(context.text))，这里开始的引号或括号没有结束）"
                return Diagnostic(.yamlSyntax, at: location(context.mark), message: message)
            }
            if let context {
                message += "（\(YAMLProblemText.translate(context.text))，起于第 \(context.mark.line + lineOffset) 行）"
            }
            return Diagnostic(.yamlSyntax, at: location(mark), message: message)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.joined(separator: "、")
            // libyaml marks the first of the keys; the one to remove is the repeat.
            var place = location(context.mark)
            if let repeated = duplicates.first.flatMap({ repeatedKey($0, after: context.mark, in: text) }) {
                place = SourceLocation(file: file, line: repeated.line + lineOffset, column: repeated.column)
            }
            return Diagnostic(.duplicateKey, at: place, message: "字段 \(keys) 在同一层里出现了不止一次")
        case let .reader(problem, _, _, _):
            return Diagnostic(.fileNotUTF8, at: location(nil), message: "文件无法读取：\(problem)")
        default:
            return Diagnostic(.yamlSyntax, at: location(nil), message: "YAML 无法解析：\(error)")
        }
    }
}

/// libyaml's messages in plain Chinese, for the ones a webmaster is likely to meet.
enum YAMLProblemText {
    private static let known: [(String, String)] = [
        ("found character that cannot start any token", "这里出现了不能开头的字符（例如 Tab、@ 或 `），请改用空格缩进，或给文字加上英文双引号"),
        ("mapping values are not allowed in this context", "这里不能出现“冒号加空格”，若是文字的一部分，请给整段文字加上英文双引号"),
        ("did not find expected key", "缩进没有对齐，或少了“字段名: ”"),
        ("could not find expected ':'", "缺少冒号“:”，或上一行的引号没有结束"),
        ("did not find expected '-' indicator", "列表项应以“- ”开头，且缩进对齐"),
        ("found unexpected end of stream", "文件在引号或括号结束之前就结束了"),
        ("found a tab character that violates indentation", "缩进里有 Tab 字符，请改用空格"),
        ("found undefined alias", "引用了没有定义的锚点（*名称）"),
        ("block sequence entries are not allowed in this context", "这里不能开始列表，检查“- ”的缩进"),
        ("found unknown escape character", "双引号里的反斜杠 \\ 后面跟了无法识别的字符"),
        ("while scanning a simple key", "扫描字段名时"),
        ("while parsing a block mapping", "解析字段时"),
        ("while parsing a block collection", "解析列表时"),
        ("while scanning a quoted scalar", "扫描引号中的文字时"),
        ("while parsing a flow sequence", "解析方括号 [ ] 列表时"),
        ("while parsing a flow mapping", "解析花括号 { } 时"),
    ]

    static func translate(_ problem: String) -> String {
        for (english, chinese) in known where problem.hasPrefix(english) {
            return chinese
        }
        return problem
    }
}
