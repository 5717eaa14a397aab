/// A chart as a page shows it: the inline SVG, a link to the same chart as a file, a caption,
/// and a table with the same figures (templates render it with `chart.mustache`).
struct ChartFigure {
    struct Row {
        var cells: [String]
        var header: String { cells.first ?? "" }
        var rest: [String] { Array(cells.dropFirst()) }
    }

    var id: String
    var svg: String
    /// The standalone file's name, relative to the page.
    var fileHref: String
    var caption: String
    var columns: [String]
    var rows: [TableRowView]

    struct TableRowView {
        var header: String
        var cells: [String]
    }

    init(chart: RenderedChart, fileName: String, caption: String, columns: [String], rows: [[String]]) {
        id = chart.id
        svg = chart.svg
        fileHref = fileName
        self.caption = caption
        self.columns = columns
        self.rows = rows.map { TableRowView(header: $0.first ?? "", cells: Array($0.dropFirst())) }
    }

    /// The chart as a file beside the page in `folder`.
    static func file(_ chart: RenderedChart, named name: String, in folder: String) -> OutputFile {
        OutputFile(path: folder + name, text: chart.standaloneFile)
    }
}

extension ChartFigure: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 6)
        fields.add("id", id)
        fields.add("svg", svg)
        fields.add("fileHref", fileHref)
        fields.add("caption", caption)
        fields.add("columns", columns)
        fields.add("rows", rows)
        return fields.data
    }
}

extension ChartFigure.Row: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 1)
        fields.add("cells", cells)
        return fields.data
    }
}

extension ChartFigure.TableRowView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("header", header)
        fields.add("cells", cells)
        return fields.data
    }
}
