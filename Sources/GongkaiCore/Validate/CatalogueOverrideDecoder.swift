/// Checks the fields of a township's or village's `catalogue.yaml`: the lists `add`, `change`,
/// `disable` and `enable`. Whether the items they name exist is checked when they are
/// applied (`CatalogueResolver`).
enum CatalogueOverrideDecoder {
    static let lists = ["add", "change", "disable", "enable"]
    static let changeFields = ["id", "frequency", "deadline_day", "applies_to", "basis", "publisher", "reason"]

    static func decode(_ raw: RawCatalogueOverride, diagnostics: DiagnosticBag) -> CatalogueOverride? {
        let root = YAMLValue(raw.yaml)
        guard let reader = MappingReader(root, allowed: lists, diagnostics: diagnostics, what: "公开目录调整") else { return nil }
        var override = CatalogueOverride(
            file: raw.yaml.file, townshipID: raw.townshipID, villageID: raw.villageID,
            location: SourceLocation(file: raw.yaml.file, line: root.location.line, column: root.location.column))
        // Each item once per file, except that an item may be switched back on and changed.
        var seen: [String: Set<String>] = [:]
        func claim(_ id: String, in list: String, at location: SourceLocation) -> Bool {
            let earlier = seen[id, default: []]
            if earlier.isEmpty || earlier.union([list]) == ["enable", "change"] {
                seen[id, default: []].insert(list)
                return true
            }
            diagnostics.error(
                .duplicateID, at: location, "事项“\(id)”在这个文件中已经调整过一次",
                hint: "同一个事项在 add、change、disable、enable 中只能写一次（先 enable 恢复再 change 调整的除外），把对它的调整合在一处。")
            return false
        }
        for value in reader.list("add", required: false, label: "新增事项") ?? [] {
            guard let item = CatalogueDecoder.decodeItem(value, diagnostics: diagnostics) else { continue }
            let location = child(value, "id")?.location ?? value.location
            if claim(item.id, in: "add", at: location) { override.added.append(.init(item: item, location: location)) }
        }
        let fields = raw.villageID == nil ? changeFields : changeFields.filter { $0 != "applies_to" }
        for value in reader.list("change", required: false, label: "调整事项") ?? [] {
            guard let change = decodeChange(value, fields: fields, diagnostics: diagnostics) else { continue }
            if claim(change.id, in: "change", at: change.location) { override.changes.append(change) }
        }
        for value in reader.list("disable", required: false, label: "停用事项") ?? [] {
            guard let entry = decodeSwitch(value, what: "停用事项", diagnostics: diagnostics) else { continue }
            guard entry.reason != nil else {
                diagnostics.error(
                    .catalogueDisableWithoutReason, at: entry.location, "停用目录事项“\(entry.id)”没有写明原因",
                    hint: "写成 - id: \(entry.id) 并在下一行写 reason: 不公开的原因；原因会显示在村（社区）页面上。")
                continue
            }
            if claim(entry.id, in: "disable", at: entry.location) { override.switchedOff.append(entry) }
        }
        for value in reader.list("enable", required: false, label: "恢复事项") ?? [] {
            guard let entry = decodeSwitch(value, what: "恢复事项", diagnostics: diagnostics) else { continue }
            if claim(entry.id, in: "enable", at: entry.location) { override.switchedOn.append(entry) }
        }
        return override
    }

    private static func decodeChange(_ value: YAMLValue, fields: [String], diagnostics: DiagnosticBag) -> CatalogueOverride.Change? {
        guard let reader = MappingReader(value, allowed: fields, diagnostics: diagnostics, what: "调整事项"),
              let id = reader.string("id", required: true, label: "事项标识")
        else { return nil }
        var deadline = reader.integer("deadline_day", required: false, label: "期满后次月的公开期限（日）")
        if let day = deadline, !(1...31).contains(day) {
            CatalogueDecoder.reportDeadline(day, reader)
            deadline = nil
        }
        return CatalogueOverride.Change(
            id: id, location: reader.node("id")!.location,
            frequency: reader.optionalChoice("frequency", label: "公开频次", options: CatalogueItem.Frequency.allCases.map { ($0.rawValue, $0) }),
            frequencyLocation: reader.node("frequency")?.location,
            deadlineDay: deadline,
            appliesTo: CatalogueDecoder.appliesTo(reader), appliesToLocation: reader.node("applies_to")?.location,
            basis: reader.string("basis", required: false, label: "公开依据"),
            publisher: reader.string("publisher", required: false, label: "公开主体"),
            reason: reader.string("reason", required: false, label: "调整原因"),
            entryLocation: value.location)
    }

    /// `- id: x` with `reason: …`, or just `- x`.
    private static func decodeSwitch(_ value: YAMLValue, what: String, diagnostics: DiagnosticBag) -> CatalogueOverride.Switch? {
        if case .scalar = value.node, let id = value.scalarText {
            return .init(id: id, location: value.location, reason: nil)
        }
        guard let reader = MappingReader(value, allowed: ["id", "reason"], diagnostics: diagnostics, what: what),
              let id = reader.string("id", required: true, label: "事项标识")
        else { return nil }
        return .init(id: id, location: reader.node("id")!.location, reason: reader.string("reason", required: false, label: "原因"))
    }

    /// A field of a mapping, without reporting anything (the item decoder already did).
    private static func child(_ value: YAMLValue, _ key: String) -> YAMLValue? {
        guard case let .mapping(mapping) = value.node else { return nil }
        return mapping.first { $0.key.string == key }.map { value.child($0.value, key: key) }
    }
}
