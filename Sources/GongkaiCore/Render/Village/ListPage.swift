/// A page that shows one list as a table with its CSV and JSON downloads: the 服务清单
/// (`villages/<id>/services/`) and every custom list (`villages/<id>/lists/<slug>/`).
enum ListPage {
    struct Context {
        var frame: PageFrame
        var village: VillageSummaryView
        var title: String
        var descriptionHTML: String?
        var table: DataTableView
    }

    static func services(_ village: Village, in township: Township, figures: VillageFigures, frames: FrameBuilder, templates: TemplateLibrary) -> [OutputFile] {
        let table = DataTable(
            title: "服务清单", fileBase: "services",
            columns: ["服务事项", "类别", "办理地点", "办理时间", "联系电话", "所需材料", "承诺时限", "备注"],
            rows: village.services.map { [$0.name, $0.category, $0.place, $0.hours, $0.contact, $0.materials, $0.timeLimit, $0.note] })
        return render(table, description: nil, folder: SitePaths.services(village.id), village: village, township: township, figures: figures, frames: frames, templates: templates)
    }

    static func custom(_ list: CustomList, of village: Village, in township: Township, figures: VillageFigures, frames: FrameBuilder, templates: TemplateLibrary) -> [OutputFile] {
        let table = DataTable(title: list.title, fileBase: list.slug, columns: list.columns, rows: list.rows)
        return render(
            table, description: list.description, folder: SitePaths.customList(village.id, list.slug),
            village: village, township: township, figures: figures, frames: frames, templates: templates)
    }

    private static func render(
        _ table: DataTable, description: String?, folder: String, village: Village, township: Township,
        figures: VillageFigures, frames: FrameBuilder, templates: TemplateLibrary
    ) -> [OutputFile] {
        let frame = frames.frame(
            title: "\(village.name)\(table.title)", folder: folder, crumbs: Crumbs.village(village, in: township) + [(table.title, nil)],
            print: PrintInfo(village, in: township))
        let context = Context(
            frame: frame, village: VillageSummaryView(figures, root: frame.root), title: table.title,
            descriptionHTML: description.map(MarkdownRenderer.html), table: table.view)
        return [templates.page(folder + "index.html", context, template: "list")]
            + table.files(in: folder, village: village.name)
    }
}

extension ListPage.Context: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 5)
        fields.add("frame", frame)
        fields.add("village", village)
        fields.add("title", title)
        fields.add("descriptionHTML", descriptionHTML)
        fields.add("table", table)
        return fields.data
    }
}
