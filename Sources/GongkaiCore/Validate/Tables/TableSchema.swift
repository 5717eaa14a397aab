/// The columns a built-in list table has: the Chinese header a webmaster writes in Excel,
/// other headers accepted for it, and whether it must be there.
struct TableSchema {
    struct Column {
        var key: String
        var header: String
        var aliases: [String] = []
        var required = false
    }

    /// The list's name, e.g. 服务清单.
    var title: String
    var columns: [Column]

    func column(forHeader header: String) -> Column? {
        if let exact = columns.first(where: { $0.header == header || $0.aliases.contains(header) }) { return exact }
        let normalized = TableSchema.normalize(header)
        return columns.first { column in
            ([column.header] + column.aliases).contains { TableSchema.normalize($0) == normalized }
        }
    }

    /// Full-width brackets and spaces do not make a different header: 预算（万元） = 预算(万元).
    static func normalize(_ header: String) -> String {
        guard header.contains(where: { $0 == "（" || $0 == "）" || $0 == " " || $0 == "\u{3000}" }) else { return header }
        return String(header.compactMap { character -> Character? in
            switch character {
            case "（": "("
            case "）": ")"
            case " ", "\u{3000}": nil
            default: character
            }
        })
    }
}
