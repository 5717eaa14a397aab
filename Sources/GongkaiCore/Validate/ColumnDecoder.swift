/// Checks `plan/columns.yaml`: the 专栏 with their numbered actions and quantified targets.
enum ColumnDecoder {
    static func decode(_ parsed: ParsedYAML, period: YearRange?, sections: [TaskSection], diagnostics: DiagnosticBag) -> [ActionColumn] {
        guard let reader = MappingReader(YAMLValue(parsed), allowed: ["columns"], diagnostics: diagnostics, what: "专栏文件") else {
            return []
        }
        var columns: [ActionColumn] = []
        var seen: [String: Int] = [:]
        for value in reader.list("columns", required: true, label: "专栏列表") ?? [] {
            guard let column = decodeColumn(value, period: period, sections: sections, diagnostics: diagnostics) else { continue }
            if let line = seen[column.number] {
                diagnostics.error(.duplicateNumber, at: value.location, "专栏序号 \(column.number) 已在第 \(line) 行用过")
                continue
            }
            seen[column.number] = value.location.line ?? 0
            columns.append(column)
        }
        return columns
    }

    private static func decodeColumn(_ value: YAMLValue, period: YearRange?, sections: [TaskSection], diagnostics: DiagnosticBag) -> ActionColumn? {
        guard let reader = MappingReader(value, allowed: ["number", "title", "section", "items"], diagnostics: diagnostics, what: "专栏")
        else { return nil }
        let number = reader.string("number", required: true, label: "专栏序号")
        let title = reader.string("title", required: true, label: "专栏标题")
        let section = reader.string("section", required: false, label: "所属章节")
        if let section, !sections.isEmpty, !sections.contains(where: { $0.number == section }) {
            var message = "所属章节“\(section)”在 plan/tasks.yaml 中不存在"
            if let suggestion = Suggestion.closest(to: section, among: sections.map(\.number)) {
                message += "，你是不是想写“\(suggestion)”？"
            }
            diagnostics.error(.invalidChoice, at: reader.node("section")!.location, message,
                              hint: "填写 plan/tasks.yaml 中某个章节的 number，照原样写。")
        }
        var items: [ActionItem] = []
        var seen: Set<String> = []
        for itemValue in reader.list("items", required: true, label: "专栏条目") ?? [] {
            guard let item = decodeItem(itemValue, period: period, diagnostics: diagnostics) else { continue }
            if !seen.insert(item.number).inserted {
                diagnostics.error(.duplicateNumber, at: itemValue.location, "专栏条目编号 \(item.number) 重复")
                continue
            }
            items.append(item)
        }
        guard let number, let title else { return nil }
        return ActionColumn(number: number, title: title, section: section, items: items)
    }

    private static func decodeItem(_ value: YAMLValue, period: YearRange?, diagnostics: DiagnosticBag) -> ActionItem? {
        guard let reader = MappingReader(value, allowed: ["number", "title", "text", "targets"], diagnostics: diagnostics, what: "专栏条目")
        else { return nil }
        let number = reader.string("number", required: true, label: "条目编号")
        let title = reader.string("title", required: true, label: "条目名称")
        let text = reader.string("text", required: true, label: "条目正文")
        let targets = (reader.list("targets", required: false, label: "量化目标") ?? []).compactMap {
            decodeTarget($0, period: period, diagnostics: diagnostics)
        }
        guard let number, let title, let text else { return nil }
        return ActionItem(number: number, title: title, text: text, targets: targets)
    }

    private static func decodeTarget(_ value: YAMLValue, period: YearRange?, diagnostics: DiagnosticBag) -> QuantifiedTarget? {
        guard let reader = MappingReader(value, allowed: ["year", "text", "value"], diagnostics: diagnostics, what: "量化目标")
        else { return nil }
        let year = reader.integer("year", required: true, label: "目标年份")
        if let year, let period, !(period.start...period.end).contains(year) {
            diagnostics.error(.yearOutsidePeriod, at: reader.node("year")!.location, "目标年份 \(year) 不在规划期 \(period.chinese) 内")
        }
        let text = reader.string("text", required: true, label: "原文表述")
        let target = IndicatorValueReader.read("value", from: reader, label: "目标数值", required: true)
        if let target, target.isNone {
            diagnostics.error(.indicatorTargetMissing, at: reader.node("value")!.location, "目标数值不能是“\(target)”")
            return nil
        }
        guard let year, let text, let target else { return nil }
        return QuantifiedTarget(year: year, text: text, value: target)
    }
}
