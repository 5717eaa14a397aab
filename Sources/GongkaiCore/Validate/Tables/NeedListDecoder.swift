/// `needs.csv`: 居民需求, the first of the 三项/四项清单.
enum NeedListDecoder {
    static let schema = TableSchema(title: "居民需求清单", columns: [
        .init(key: "id", header: "编号", required: true),
        .init(key: "title", header: "需求", aliases: ["需求内容", "服务需求"], required: true),
        .init(key: "category", header: "类别", aliases: ["需求类别"]),
        .init(key: "source", header: "来源", aliases: ["需求来源", "提出方式"]),
        .init(key: "raisedOn", header: "提出日期", aliases: ["日期"]),
        .init(key: "people", header: "涉及人数", aliases: ["受益人数"]),
        .init(key: "note", header: "备注", aliases: ["说明"]),
    ])

    static func decode(_ table: CSVTable, diagnostics: DiagnosticBag) -> [Need] {
        guard let reader = TableReader(table, schema: schema, diagnostics: diagnostics) else { return [] }
        var ids = UniqueIDChecker(what: "需求")
        return reader.rows.compactMap { row in
            let id = row.identifier("id")
            let title = row.required("title")
            let raisedOn = row.date("raisedOn")
            guard let id, let title, raisedOn.ok, ids.accept(id, row: row, key: "id") else { return nil }
            return Need(
                id: id, line: row.line, title: title, category: row.text("category"), source: row.text("source"),
                raisedOn: raisedOn.value, people: row.text("people"), note: row.text("note"))
        }
    }
}
