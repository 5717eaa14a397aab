/// `responsibilities.csv`: 服务责任, the fourth of the 四项清单.
enum ResponsibilityListDecoder {
    static let schema = TableSchema(title: "服务责任清单", columns: [
        .init(key: "id", header: "编号", required: true),
        .init(key: "task", header: "责任事项", aliases: ["事项"], required: true),
        .init(key: "unit", header: "责任主体", aliases: ["责任单位"], required: true),
        .init(key: "person", header: "责任人"),
        .init(key: "deadline", header: "完成时限", aliases: ["时限"]),
        .init(key: "answers", header: "对应需求", aliases: ["对接需求"]),
        .init(key: "note", header: "备注", aliases: ["说明"]),
    ])

    static func decode(_ table: CSVTable, diagnostics: DiagnosticBag) -> [Responsibility] {
        guard let reader = TableReader(table, schema: schema, diagnostics: diagnostics) else { return [] }
        var ids = UniqueIDChecker(what: "责任")
        return reader.rows.compactMap { row in
            let id = row.identifier("id")
            let task = row.required("task")
            let unit = row.required("unit")
            guard let id, let task, let unit, ids.accept(id, row: row, key: "id") else { return nil }
            return Responsibility(
                id: id, line: row.line, task: task, unit: unit, person: row.text("person"),
                deadline: row.text("deadline"), answers: row.idList("answers"), note: row.text("note"))
        }
    }
}
