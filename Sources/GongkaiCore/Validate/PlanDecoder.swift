/// Checks `plan/plan.yaml` and, with the indicator, column and task files, builds the `Plan`.
enum PlanDecoder {
    static func decode(
        plan parsed: ParsedYAML, indicators: ParsedYAML?, columns: ParsedYAML?, tasks: ParsedYAML?,
        diagnostics: DiagnosticBag
    ) -> Plan? {
        guard let reader = MappingReader(
            YAMLValue(parsed),
            allowed: ["title", "issuer", "document_number", "issued_on", "period", "baseline_year", "basis",
                      "actuals_note", "summary", "goals"],
            diagnostics: diagnostics, what: "规划基本信息")
        else { return nil }
        let title = reader.string("title", required: true, label: "规划标题")
        let issuer = reader.string("issuer", required: true, label: "印发机关")
        let period = decodePeriod(reader)
        let baselineYear = reader.integer("baseline_year", required: true, label: "基期年份")
        if let period, let baselineYear, baselineYear >= period.start {
            diagnostics.error(
                .periodInvalid, at: reader.node("baseline_year")!.location,
                "基期年份 \(baselineYear) 应早于规划期开始年份 \(period.start)")
        }
        let basis = (reader.list("basis", required: false, label: "编制依据") ?? []).compactMap { decodeBasis($0, diagnostics) }

        let indicatorTable = indicators.flatMap {
            IndicatorDecoder.decode($0, period: period, baselineYear: baselineYear, diagnostics: diagnostics)
        }
        let sections = tasks.map { TaskDecoder.decode($0, diagnostics: diagnostics) } ?? []
        let columnList = columns.map { ColumnDecoder.decode($0, period: period, sections: sections, diagnostics: diagnostics) } ?? []

        guard let title, let issuer, let period, let baselineYear, let indicatorTable else { return nil }
        return Plan(
            title: title, issuer: issuer,
            documentNumber: reader.string("document_number", required: false, label: "文号"),
            issuedOn: reader.date("issued_on", label: "印发日期"),
            period: period, baselineYear: baselineYear, basis: basis,
            actualsNote: reader.string("actuals_note", required: false, label: "实际值说明"),
            summary: reader.string("summary", required: false, label: "导语"),
            goals: reader.string("goals", required: false, label: "主要目标"),
            indicatorTableTitle: indicatorTable.title, indicators: indicatorTable.indicators,
            columns: columnList, sections: sections)
    }

    private static func decodePeriod(_ reader: MappingReader) -> YearRange? {
        guard let node = reader.node("period") else {
            reader.diagnostics.error(.missingField, at: reader.locationForMissing("period"), "缺少必填字段 period（规划期）")
            return nil
        }
        guard let period = MappingReader(node, allowed: ["start", "end"], diagnostics: reader.diagnostics, what: "规划期") else {
            return nil
        }
        guard let start = period.integer("start", required: true, label: "规划期开始年份"),
              let end = period.integer("end", required: true, label: "规划期结束年份")
        else { return nil }
        guard start <= end, (1949...2200).contains(start), (1949...2200).contains(end) else {
            reader.diagnostics.error(.periodInvalid, at: node.location, "规划期 \(start)—\(end) 不正确")
            return nil
        }
        return YearRange(start: start, end: end)
    }

    private static func decodeBasis(_ value: YAMLValue, _ diagnostics: DiagnosticBag) -> BasisDocument? {
        guard let reader = MappingReader(value, allowed: ["title", "document_number"], diagnostics: diagnostics, what: "编制依据") else {
            return nil
        }
        guard let title = reader.string("title", required: true, label: "文件标题") else { return nil }
        return BasisDocument(title: title, documentNumber: reader.string("document_number", required: false, label: "文号"))
    }
}
