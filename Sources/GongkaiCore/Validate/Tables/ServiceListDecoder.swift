/// `services.csv`: the 服务清单 of a village's service station.
enum ServiceListDecoder {
    static let schema = TableSchema(title: "服务清单", columns: [
        .init(key: "name", header: "服务事项", aliases: ["事项", "服务项目"], required: true),
        .init(key: "category", header: "类别", aliases: ["服务类别"]),
        .init(key: "place", header: "办理地点", aliases: ["地点"]),
        .init(key: "hours", header: "办理时间", aliases: ["时间", "服务时间"]),
        .init(key: "contact", header: "联系电话", aliases: ["联系方式", "咨询电话"]),
        .init(key: "materials", header: "所需材料", aliases: ["材料", "申请材料"]),
        .init(key: "timeLimit", header: "承诺时限", aliases: ["办理时限", "时限"]),
        .init(key: "note", header: "备注", aliases: ["说明"]),
    ])

    static func decode(_ table: CSVTable, diagnostics: DiagnosticBag) -> [ServiceItem] {
        guard let reader = TableReader(table, schema: schema, diagnostics: diagnostics) else { return [] }
        return reader.rows.compactMap { row in
            guard let name = row.required("name") else { return nil }
            return ServiceItem(
                line: row.line, name: name, category: row.text("category"), place: row.text("place"),
                hours: row.text("hours"), contact: row.text("contact"), materials: row.text("materials"),
                timeLimit: row.text("timeLimit"), note: row.text("note"))
        }
    }
}
