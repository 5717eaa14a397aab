import Foundation

/// A list as a plain table: what a list page shows and what its CSV and JSON downloads hold,
/// so the three can never disagree.
struct DataTable {
    /// The list's name, e.g. 服务清单.
    var title: String
    /// The download files' name without extension, e.g. `services`.
    var fileBase: String
    var columns: [String]
    var rows: [[String]]

    /// The table as the templates see it (`table.mustache`).
    var view: DataTableView {
        DataTableView(
            title: title, columns: columns,
            rows: rows.map { DataTableView.Row(cells: $0.enumerated().map { DataTableView.Cell(text: $1, isFirst: $0 == 0) }) },
            isEmpty: rows.isEmpty, csvHref: fileBase + ".csv", jsonHref: fileBase + ".json", rowCount: rows.count)
    }

    /// The downloads, placed in `folder` beside the page.
    func files(in folder: String, village: String) -> [OutputFile] {
        [
            OutputFile(path: folder + fileBase + ".csv", contents: OpenData.csv(columns: columns, rows: rows)),
            OutputFile(path: folder + fileBase + ".json", contents: OpenData.json(title: title, village: village, columns: columns, rows: rows)),
        ]
    }
}

struct DataTableView {
    struct Cell {
        var text: String
        var isFirst: Bool
    }

    struct Row {
        var cells: [Cell]
    }

    var title: String
    var columns: [String]
    var rows: [Row]
    var isEmpty: Bool
    var csvHref: String
    var jsonHref: String
    var rowCount: Int
}

extension DataTableView: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 7)
        fields.add("title", title)
        fields.add("columns", columns)
        fields.add("rows", rows)
        fields.add("isEmpty", isEmpty)
        fields.add("csvHref", csvHref)
        fields.add("jsonHref", jsonHref)
        fields.add("rowCount", rowCount)
        return fields.data
    }
}

extension DataTableView.Cell: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 2)
        fields.add("text", text)
        fields.add("isFirst", isFirst)
        return fields.data
    }
}

extension DataTableView.Row: TemplateValue {
    var templateData: TemplateData {
        var fields = TemplateFields(capacity: 1)
        fields.add("cells", cells)
        return fields.data
    }
}
