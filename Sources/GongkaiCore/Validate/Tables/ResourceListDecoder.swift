/// `resources.csv`: 服务资源, each saying which needs it answers.
enum ResourceListDecoder {
    static let schema = TableSchema(title: "服务资源清单", columns: [
        .init(key: "id", header: "编号", required: true),
        .init(key: "title", header: "资源", aliases: ["资源名称", "服务资源"], required: true),
        .init(key: "category", header: "类别", aliases: ["资源类别"]),
        .init(key: "provider", header: "提供方", aliases: ["提供单位"]),
        .init(key: "quantity", header: "数量", aliases: ["规模"]),
        .init(key: "contact", header: "联系电话", aliases: ["联系方式"]),
        .init(key: "answers", header: "对应需求", aliases: ["对接需求", "满足需求"]),
        .init(key: "note", header: "备注", aliases: ["说明"]),
    ])

    static func decode(_ table: CSVTable, diagnostics: DiagnosticBag) -> [Resource] {
        guard let reader = TableReader(table, schema: schema, diagnostics: diagnostics) else { return [] }
        var ids = UniqueIDChecker(what: "资源")
        return reader.rows.compactMap { row in
            let id = row.identifier("id")
            let title = row.required("title")
            guard let id, let title, ids.accept(id, row: row, key: "id") else { return nil }
            return Resource(
                id: id, line: row.line, title: title, category: row.text("category"), provider: row.text("provider"),
                quantity: row.text("quantity"), contact: row.text("contact"), answers: row.idList("answers"),
                note: row.text("note"))
        }
    }
}
