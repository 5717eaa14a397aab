extension TableSchema {
    /// Where a cell of a table already read is: its line and the column holding `key`
    /// (by any of the column's accepted headers), for checks made after the rows are decoded.
    func location(in table: CSVTable, line: Int, key: String) -> SourceLocation {
        let index = table.header.firstIndex { column(forHeader: $0)?.key == key }
        let header = columns.first { $0.key == key }?.header
        return SourceLocation(file: table.file, line: line, column: index.map { $0 + 1 }, field: index.map { table.header[$0] } ?? header)
    }
}

extension TableSchema {
    /// Every non-empty cell of the column holding `key`, as written (also in rows that did not
    /// decode), to tell a reference to a faulty row from one to nothing at all.
    func values(in table: CSVTable, key: String) -> Set<String> {
        guard let index = table.header.firstIndex(where: { column(forHeader: $0)?.key == key }) else { return [] }
        return Set(table.rows.compactMap { index < $0.cells.count && !$0.cells[index].isEmpty ? $0.cells[index] : nil })
    }
}
