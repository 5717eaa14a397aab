/// `lists/<slug>.yaml` + `lists/<slug>.csv`: any other list (小微权力清单, 社区工作事项清单…)
/// with the columns its YAML declares; the CSV must have exactly those columns.
enum CustomListDecoder {
    static func decode(_ raw: RawCustomList, diagnostics: DiagnosticBag) -> CustomList? {
        let yamlPath = "\(raw.folder)/\(raw.slug).yaml", csvPath = "\(raw.folder)/\(raw.slug).csv"
        guard Slug.isValid(raw.slug) else {
            diagnostics.error(
                .invalidSlug, at: SourceLocation(file: csvPath),
                "清单文件名“\(raw.slug)”不能用作网址，只能由小写英文字母、数字和连字符组成", hint: "例如 lists/xiaowei-quanli.csv。")
            return nil
        }
        guard let yaml = raw.yaml else { return nil }
        guard let table = raw.table else {
            diagnostics.error(.fileMissing, at: SourceLocation(file: csvPath), "清单 \(yamlPath) 缺少数据表 \(csvPath)")
            return nil
        }
        guard let reader = MappingReader(
            YAMLValue(yaml), allowed: ["title", "description", "columns"], diagnostics: diagnostics, what: "清单说明")
        else { return nil }
        let title = reader.string("title", required: true, label: "清单名称")
        let columns = reader.stringList("columns", label: "列名")
        if reader.node("columns") == nil {
            diagnostics.error(.missingField, at: reader.locationForMissing("columns"), "缺少必填字段 columns（清单的列名）")
        }
        guard let title, !columns.isEmpty else { return nil }
        let schema = TableSchema(
            title: title, columns: columns.enumerated().map { TableSchema.Column(key: "c\($0.offset)", header: $0.element, required: true) })
        guard let tableReader = TableReader(table, schema: schema, diagnostics: diagnostics) else { return nil }
        let rows = tableReader.rows.map { row in columns.indices.map { row.text("c\($0)") } }
        return CustomList(
            slug: raw.slug, title: title, description: reader.string("description", required: false, label: "清单说明"),
            columns: columns, rows: rows)
    }
}
