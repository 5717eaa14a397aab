/// Reports an id used twice in one table (`GK204`), naming both lines.
struct UniqueIDChecker {
    private var lines: [String: Int] = [:]
    let what: String

    init(what: String) {
        self.what = what
    }

    /// True when `id` is new; otherwise reports it and returns false.
    mutating func accept(_ id: String, row: TableRow, key: String) -> Bool {
        if let first = lines[id] {
            row.diagnostics.error(.duplicateID, at: row.location(key), "\(what)编号“\(id)”在第 \(first) 行已经用过")
            return false
        }
        lines[id] = row.line
        return true
    }
}
