/// The list tables of a new village (服务清单 and the 三项/四项清单): the header row with
/// every column and one example row showing how each cell is written. The example rows
/// refer to each other (需求 N1 is answered by 资源 R1, 项目 P1 and 责任 D1), so the village
/// builds as it is.
enum VillageTablesScaffold {
    static let exampleNote = "示例行：请改成实际内容，或删去这一行"

    static func files(for lists: ListSystem) -> [ScaffoldFile] {
        var files = [
            ScaffoldFile(path: "services.csv", csvRows: [
                header(ServiceListDecoder.schema),
                ["低保申请受理", "为民", "村便民服务室", "周一至周五 8:30—17:00", "", "身份证、户口簿", "受理后3个工作日内报乡镇（街道）", exampleNote],
            ]),
            ScaffoldFile(path: "needs.csv", csvRows: [
                header(NeedListDecoder.schema),
                ["N1", "留守老人日间照料", "养老服务", "入户走访", "2025-01-15", "30", exampleNote],
            ]),
            ScaffoldFile(path: "resources.csv", csvRows: [
                header(ResourceListDecoder.schema),
                ["R1", "村卫生室", "场地设施", "本村", "1处", "", "N1", exampleNote],
            ]),
            ScaffoldFile(path: "projects.csv", csvRows: [
                header(ProjectListDecoder.schema),
                ["P1", "日间照料室改造", "计划", "2025-05-01", "2025-09-30", "10.0", "0", "0%", "N1", "村民委员会", exampleNote],
            ]),
        ]
        if lists == .four {
            files.append(ScaffoldFile(path: "responsibilities.csv", csvRows: [
                header(ResponsibilityListDecoder.schema),
                ["D1", "督促日间照料室改造按期完工", "村民委员会", "", "2025-09-30", "N1", exampleNote],
            ]))
        }
        return files
    }

    /// Every column of the table, under the name the format documentation uses.
    private static func header(_ schema: TableSchema) -> [String] {
        schema.columns.map(\.header)
    }
}
