import Foundation

/// A content file read into memory: its path relative to the content folder (used in every
/// message) and its text, decoded as UTF-8 with any byte-order mark removed.
public struct TextFile: Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Reads `relativePath` under `folder`, reporting a missing, unreadable, empty or
    /// non-UTF-8 file to `diagnostics` and returning nil in those cases.
    static func read(
        _ relativePath: String,
        in folder: URL,
        required: Bool,
        diagnostics: DiagnosticBag
    ) -> TextFile? {
        read(relativePath, from: ContentFolder(folder), required: required, diagnostics: diagnostics)
    }

    /// Reads `relativePath` from `source`, as `read(_:in:required:diagnostics:)` does.
    static func read(_ relativePath: String, from source: some ContentSource, required: Bool, diagnostics: DiagnosticBag) -> TextFile? {
        let location = SourceLocation(file: relativePath)
        let data: Data
        switch source.read(relativePath) {
        case let .contents(contents):
            data = contents
        case .missing:
            if required {
                diagnostics.error(.fileMissing, at: location, "缺少文件 \(relativePath)")
            }
            return nil
        case let .tooLarge(size):
            ContentLimits.reportTooLarge(relativePath, size: size, diagnostics: diagnostics)
            return nil
        case let .unreadable(reason):
            diagnostics.error(.fileUnreadable, at: location, "无法读取文件：\(reason)")
            return nil
        }
        return decode(data, path: relativePath, diagnostics: diagnostics)
    }

    /// Decodes bytes as UTF-8 (with or without a BOM); reports the first invalid byte's line.
    static func decode(_ data: Data, path: String, diagnostics: DiagnosticBag) -> TextFile? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = firstInvalidUTF8Line(bytes)
            diagnostics.error(
                .fileNotUTF8, at: SourceLocation(file: path, line: line),
                "文件 \(path) 不是 UTF-8 编码（第 \(line) 行有无法识别的字节）")
            return nil
        }
        if text.allSatisfy(\.isWhitespace) {
            diagnostics.error(.fileEmpty, at: SourceLocation(file: path), "文件 \(path) 是空的")
            return nil
        }
        return TextFile(path: path, text: text)
    }

    /// The line (from 1) holding the first byte sequence that is not valid UTF-8.
    private static func firstInvalidUTF8Line(_ bytes: Data.SubSequence) -> Int {
        var line = 1
        var lineStart = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = bytes.index(after: index)
        }
        return line
    }
}
