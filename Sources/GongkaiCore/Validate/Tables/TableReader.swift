/// Reads the rows of a CSV table against its schema. Unknown headers (with the closest known
/// one), missing required columns, empty required cells and cells that do not parse are all
/// reported with the file, the row's line, the column number and the column's name.
struct TableReader {
    let table: CSVTable
    let schema: TableSchema
    let diagnostics: DiagnosticBag
    /// Column index in the file by schema key.
    private let indexByKey: [String: Int]

    init?(_ table: CSVTable, schema: TableSchema, diagnostics: DiagnosticBag) {
        self.table = table
        self.schema = schema
        self.diagnostics = diagnostics
        var index: [String: Int] = [:]
        var failed = false
        for (position, header) in table.header.enumerated() {
            let location = SourceLocation(file: table.file, line: 1, column: position + 1, field: header)
            guard let column = schema.column(forHeader: header) else {
                var message = "\(schema.title)没有“\(header)”这一列"
                let names = schema.columns.map(\.header)
                if let suggestion = Suggestion.closest(to: header, among: names) {
                    message += "，你是不是想写“\(suggestion)”？"
                }
                diagnostics.error(.csvUnknownColumn, at: location, message, hint: "\(schema.title)可用的列：\(names.joined(separator: "、"))。")
                failed = true
                continue
            }
            if index[column.key] != nil {
                diagnostics.error(.csvHeader, at: location, "“\(header)”与前面的列是同一列")
                failed = true
            }
            index[column.key] = position
        }
        for column in schema.columns where column.required && index[column.key] == nil {
            diagnostics.error(
                .csvMissingColumn, at: SourceLocation(file: table.file, line: 1, field: column.header),
                "\(schema.title)缺少必需的列“\(column.header)”", hint: "在表头加上“\(column.header)”一列并填写。")
            failed = true
        }
        guard !failed else { return nil }
        indexByKey = index
    }

    var rows: [TableRow] {
        table.rows.map { TableRow(row: $0, reader: self) }
    }

    func location(line: Int, key: String) -> SourceLocation {
        let header = schema.columns.first { $0.key == key }?.header
        let column = indexByKey[key].map { $0 + 1 }
        return SourceLocation(file: table.file, line: line, column: column, field: column.map { table.header[$0 - 1] } ?? header)
    }

    func cell(_ row: CSVTable.Row, _ key: String) -> String {
        guard let index = indexByKey[key], index < row.cells.count else { return "" }
        return row.cells[index]
    }
}

/// One data row of a table, read cell by cell.
struct TableRow {
    let row: CSVTable.Row
    let reader: TableReader

    var line: Int { row.line }
    var diagnostics: DiagnosticBag { reader.diagnostics }

    func location(_ key: String) -> SourceLocation { reader.location(line: row.line, key: key) }

    func text(_ key: String) -> String { reader.cell(row, key) }

    /// A cell that must not be empty.
    func required(_ key: String) -> String? {
        let value = text(key)
        if value.isEmpty {
            let name = reader.schema.columns.first { $0.key == key }?.header ?? key
            diagnostics.error(.csvEmptyCell, at: location(key), "第 \(line) 行的“\(name)”是空的", hint: "填写这一格，或删除整行。")
            return nil
        }
        return value
    }

    /// `2024-03-01`, `2024/3/1` (how Excel shows dates) or `2024年3月1日`; empty is nil.
    func date(_ key: String) -> (value: CalendarDate?, ok: Bool) {
        let value = text(key)
        if value.isEmpty { return (nil, true) }
        if let date = TableRow.parseDate(value) { return (date, true) }
        diagnostics.error(.invalidDate, at: location(key), "第 \(line) 行的日期“\(value)”无法识别", hint: "写成 2024-03-01 或 2024/3/1。")
        return (nil, false)
    }

    /// `/`, `.`, `年` and `月` read as `-`, and `日` dropped, in one pass over the text (five
    /// Foundation replacements through NSString were 2 % of a cold build: every list has dates).
    static func parseDate(_ text: String) -> CalendarDate? {
        var unified = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "/", ".", "年", "月": unified.append("-")
            case "日": continue
            default: unified.append(scalar)
            }
        }
        return CalendarDate(String(unified))
    }

    /// A non-negative amount such as `12.5`; empty is nil.
    func amount(_ key: String) -> (value: Amount?, ok: Bool) {
        let value = text(key)
        if value.isEmpty { return (nil, true) }
        let digits = String(String.UnicodeScalarView(value.unicodeScalars.filter { $0 != "," }))
        if let number = Double(digits), number >= 0, number.isFinite {
            return (Amount(text: value, value: number), true)
        }
        diagnostics.error(.invalidNumber, at: location(key), "第 \(line) 行的金额“\(value)”不是数字", hint: "只写数字，例如 12.5（单位见列名）。")
        return (nil, false)
    }

    /// `60%` or `60`, from 0 to 100; empty is nil.
    func percent(_ key: String) -> (value: Int?, ok: Bool) {
        let value = text(key)
        if value.isEmpty { return (nil, true) }
        let number = value.hasSuffix("%") || value.hasSuffix("％") ? String(value.dropLast()) : value
        guard let parsed = Double(number.trimmingWhitespace()), parsed.rounded() == parsed else {
            diagnostics.error(.invalidNumber, at: location(key), "第 \(line) 行的完成进度“\(value)”不是整数百分比", hint: "写成 0 到 100 之间的整数，例如 60%。")
            return (nil, false)
        }
        guard (0...100).contains(parsed) else {
            diagnostics.error(.percentOutOfRange, at: location(key), "第 \(line) 行的完成进度“\(value)”超出了 0%—100%")
            return (nil, false)
        }
        return (Int(parsed), true)
    }

    /// A cell holding several ids: `N1;N2`, `N1、N2`, `N1，N2` or separated by spaces.
    func idList(_ key: String) -> [String] {
        text(key).split(whereSeparator: { ";；,，、 \n".contains($0) }).map(String.init)
    }

    func choice<T>(_ key: String, options: [(String, T)]) -> T? {
        guard let value = required(key) else { return nil }
        if let match = options.first(where: { $0.0 == value }) { return match.1 }
        let name = reader.schema.columns.first { $0.key == key }?.header ?? key
        diagnostics.error(
            .invalidChoice, at: location(key),
            "第 \(line) 行的“\(name)”只能是 \(options.map(\.0).joined(separator: "、")) 之一，实际是“\(value)”")
        return nil
    }

    /// An id in a list: letters, digits and hyphens, 1 to 32 characters, used in addresses.
    func identifier(_ key: String) -> String? {
        guard let value = required(key) else { return nil }
        let valid = (1...32).contains(value.count)
            && value.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") }
        guard valid else {
            diagnostics.error(
                .invalidSlug, at: location(key), "第 \(line) 行的编号“\(value)”只能由英文字母、数字和连字符组成",
                hint: "例如 XQ-01、N1。")
            return nil
        }
        return value
    }
}

import Foundation
