/// Checks `catalogue.yaml`, the disclosure catalogue (公开目录).
enum CatalogueDecoder {
    static let fields = ["id", "title", "category", "basis", "frequency", "deadline_day", "applies_to", "publisher"]

    static func decode(_ parsed: ParsedYAML, diagnostics: DiagnosticBag) -> DisclosureCatalogue? {
        guard let reader = MappingReader(YAMLValue(parsed), allowed: ["items"], diagnostics: diagnostics, what: "公开目录") else { return nil }
        var items: [CatalogueItem] = []
        var seen: Set<String> = []
        for value in reader.list("items", required: true, label: "目录事项") ?? [] {
            guard let item = decodeItem(value, diagnostics: diagnostics) else { continue }
            guard seen.insert(item.id).inserted else {
                diagnostics.error(.duplicateID, at: value.location, "目录事项标识“\(item.id)”重复")
                continue
            }
            items.append(item)
        }
        return DisclosureCatalogue(items: items)
    }

    /// One item, as written in `catalogue.yaml` or in the `add` list of an adjustment.
    static func decodeItem(_ value: YAMLValue, diagnostics: DiagnosticBag) -> CatalogueItem? {
        guard let reader = MappingReader(value, allowed: fields, diagnostics: diagnostics, what: "目录事项") else { return nil }
        let id = reader.string("id", required: true, label: "事项标识")
        if let id, !Slug.isValid(id) {
            diagnostics.error(.invalidSlug, at: reader.node("id")!.location, "事项标识“\(id)”只能由小写英文字母、数字和连字符组成")
        }
        let title = reader.string("title", required: true, label: "事项名称")
        let category = reader.choice("category", label: "公开类别", options: Disclosure.Category.allCases.map { ($0.rawValue, $0) })
        let frequency = reader.choice("frequency", label: "公开频次", options: CatalogueItem.Frequency.allCases.map { ($0.rawValue, $0) })
        var deadline = reader.integer("deadline_day", required: frequency != nil && frequency != .perMatter, label: "期满后次月的公开期限（日）") ?? 0
        if frequency != .perMatter, !(1...31).contains(deadline) {
            if reader.node("deadline_day") != nil { reportDeadline(deadline, reader) }
            deadline = 0
        }
        let kinds = appliesTo(reader) ?? Set(Village.Kind.allCases)
        guard let id, Slug.isValid(id), let title, let category, let frequency, frequency == .perMatter || deadline > 0 else { return nil }
        return CatalogueItem(
            id: id, title: title, category: category, basis: reader.string("basis", required: false, label: "公开依据"),
            frequency: frequency, deadlineDay: deadline, appliesTo: kinds,
            publisher: reader.string("publisher", required: false, label: "公开主体"))
    }

    static func reportDeadline(_ day: Int, _ reader: MappingReader) {
        reader.diagnostics.error(.invalidNumber, at: reader.node("deadline_day")!.location, "公开期限应是 1 到 31 之间的日子，实际是 \(day)")
    }

    /// `applies_to: [村, 社区]`; nil when the field is left out.
    static func appliesTo(_ reader: MappingReader) -> Set<Village.Kind>? {
        guard let node = reader.node("applies_to") else { return nil }
        var kinds: Set<Village.Kind> = []
        for text in reader.stringList("applies_to", label: "适用范围") {
            if let kind = Village.Kind(rawValue: text) {
                kinds.insert(kind)
            } else {
                reader.diagnostics.error(.invalidChoice, at: node.location, "适用范围只能是 村 或 社区，实际是“\(text)”")
            }
        }
        return kinds
    }
}
