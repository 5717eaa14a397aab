import Foundation

/// A CSV file read as a table: the header row and the data rows, each row remembering its line.
/// Trailing empty columns (which Excel leaves after a column was cleared) and blank rows are
/// dropped; a row may be shorter than the header (missing cells are empty) but not longer.
struct CSVTable {
    struct Row {
        var line: Int
        var cells: [String]
    }

    var file: String
    var encoding: TextEncodingDetector.Encoding
    var header: [String]
    var rows: [Row]

    /// Reads and checks `relativePath` under `folder`; problems go to `diagnostics`.
    static func read(_ relativePath: String, in folder: URL, diagnostics: DiagnosticBag) -> CSVTable? {
        read(relativePath, from: ContentFolder(folder), diagnostics: diagnostics)
    }

    /// Reads and checks `relativePath` from `source`.
    static func read(_ relativePath: String, from source: some ContentSource, diagnostics: DiagnosticBag) -> CSVTable? {
        switch source.read(relativePath) {
        case let .contents(data):
            return parse(data, file: relativePath, diagnostics: diagnostics)
        case let .tooLarge(size):
            ContentLimits.reportTooLarge(relativePath, size: size, diagnostics: diagnostics)
        case .missing, .unreadable:
            diagnostics.error(.fileUnreadable, at: SourceLocation(file: relativePath), "无法读取文件 \(relativePath)")
        }
        return nil
    }

    static func parse(_ data: Data, file: String, diagnostics: DiagnosticBag) -> CSVTable? {
        let decoded: TextEncodingDetector.Decoded
        switch TextEncodingDetector.decode(data) {
        case let .success(value):
            decoded = value
        case let .failure(.undecodable(line)):
            diagnostics.error(
                .fileNotUTF8, at: SourceLocation(file: file, line: line),
                "文件 \(file) 既不是 UTF-8 也不是 GB18030 编码（第 \(line) 行有无法识别的字节）",
                hint: "在 Excel 中“另存为”，文件类型选“CSV UTF-8（逗号分隔）”。")
            return nil
        }
        let records: [CSVParser.Record]
        switch CSVParser.parse(decoded.text) {
        case let .success(value):
            records = value
        case let .failure(failure):
            let message = switch failure.reason {
            case .unterminatedQuote: "第 \(failure.line) 行第 \(failure.column) 列的双引号没有结束"
            case .textAfterClosingQuote: "第 \(failure.line) 行第 \(failure.column) 列在结束的双引号后面还有文字"
            case .quoteInUnquotedField: "第 \(failure.line) 行第 \(failure.column) 列中间出现了双引号，但这一格不是以双引号开头的"
            }
            diagnostics.error(.csvMalformed, at: SourceLocation(file: file, line: failure.line, column: failure.column), message)
            return nil
        }
        let nonBlank = records.filter { $0.fields.contains { !$0.isBlank() } }
        guard let headerRecord = nonBlank.first else {
            diagnostics.error(.fileEmpty, at: SourceLocation(file: file), "表格 \(file) 没有表头行")
            return nil
        }
        var header = headerRecord.fields.map { $0.trimmingWhitespace(newlines: true) }
        while header.last == "" { header.removeLast() }
        var failed = false
        for (index, name) in header.enumerated() {
            let location = SourceLocation(file: file, line: headerRecord.line, column: index + 1)
            if name.isEmpty {
                diagnostics.error(.csvHeader, at: location, "表头第 \(index + 1) 列是空的", hint: "给这一列写上列名，或删除这一整列。")
                failed = true
            } else if header[..<index].contains(name) {
                // A header has a few columns: comparing them costs less than hashing them.
                diagnostics.error(.csvHeader, at: location, "表头中“\(name)”出现了不止一次", hint: "删除或改名重复的那一列。")
                failed = true
            }
        }
        var rows: [Row] = []
        for record in nonBlank.dropFirst() {
            var cells = record.fields
            if cells.count > header.count {
                let extra = cells[header.count...]
                if let firstFilled = extra.firstIndex(where: { !$0.isBlank() }) {
                    diagnostics.error(
                        .csvTooManyCells, at: SourceLocation(file: file, line: record.line, column: firstFilled + 1),
                        "第 \(record.line) 行有 \(cells.count) 列，比表头多（表头只有 \(header.count) 列），第 \(firstFilled + 1) 列“\(cells[firstFilled])”没有对应的列名",
                        hint: "检查这一行是否多写了逗号；内容中含逗号的格子要用英文双引号括起来。")
                    failed = true
                    continue
                }
                cells.removeLast(cells.count - header.count)
            }
            while cells.count < header.count { cells.append("") }
            rows.append(Row(line: record.line, cells: cells.map { $0.trimmingWhitespace() }))
        }
        return failed ? nil : CSVTable(file: file, encoding: decoded.encoding, header: header, rows: rows)
    }
}
