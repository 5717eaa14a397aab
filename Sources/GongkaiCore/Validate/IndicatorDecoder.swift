/// Checks `plan/indicators.yaml`: every row of 专栏1 with its values and yearly actuals.
enum IndicatorDecoder {
    static let fields = ["number", "id", "name", "baseline", "target", "attribute", "direction", "actuals", "note", "computed"]

    static func decode(
        _ parsed: ParsedYAML, period: YearRange?, baselineYear: Int?, diagnostics: DiagnosticBag
    ) -> (title: String?, indicators: [Indicator])? {
        guard let reader = MappingReader(YAMLValue(parsed), allowed: ["title", "indicators"], diagnostics: diagnostics, what: "指标文件")
        else { return nil }
        let title = reader.string("title", required: false, label: "指标表标题")
        let rows = reader.list("indicators", required: true, label: "指标列表") ?? []
        var indicators: [Indicator] = []
        var seenNumbers: [String: SourceLocation] = [:]
        var seenIDs: [String: SourceLocation] = [:]
        for row in rows {
            guard let indicator = decodeIndicator(row, period: period, baselineYear: baselineYear, diagnostics: diagnostics) else {
                continue
            }
            let numberLocation = fieldLocation(row, "number")
            let idLocation = fieldLocation(row, "id") ?? numberLocation
            if let first = seenNumbers[indicator.number] {
                diagnostics.error(.duplicateNumber, at: numberLocation ?? row.location, "指标序号 \(indicator.number) 已在第 \(first.line ?? 0) 行用过")
                continue
            }
            if let first = seenIDs[indicator.id] {
                diagnostics.error(.duplicateID, at: idLocation ?? row.location, "指标标识 \(indicator.id) 已在第 \(first.line ?? 0) 行用过")
                continue
            }
            seenNumbers[indicator.number] = numberLocation ?? row.location
            seenIDs[indicator.id] = idLocation ?? row.location
            indicators.append(indicator)
        }
        return (title, indicators)
    }

    /// Where a field's value of an indicator entry is, for messages about that value.
    private static func fieldLocation(_ row: YAMLValue, _ key: String) -> SourceLocation? {
        guard case let .mapping(mapping) = row.node else { return nil }
        for (keyNode, valueNode) in mapping where keyNode.string == key {
            return row.child(valueNode, key: key).location
        }
        return nil
    }

    private static func decodeIndicator(
        _ row: YAMLValue, period: YearRange?, baselineYear: Int?, diagnostics: DiagnosticBag
    ) -> Indicator? {
        guard let reader = MappingReader(row, allowed: fields, diagnostics: diagnostics, what: "指标") else { return nil }
        let number = reader.string("number", required: true, label: "序号")
        let explicitID = Slug.read("id", from: reader, label: "指标标识")
        if let number, explicitID == nil, reader.node("id") == nil, !Slug.isValid(number) {
            diagnostics.error(
                .invalidSlug, at: reader.node("number")!.location, "序号“\(number)”不能直接用作网址，请给这个指标加上 id 字段",
                hint: "例如 id: rural-facility-coverage")
        }
        let name = reader.string("name", required: true, label: "指标名称")
        let baseline = IndicatorValueReader.read("baseline", from: reader, label: "基期值", required: true)
        let target = IndicatorValueReader.read("target", from: reader, label: "目标值", required: true)
        if let target, target.isNone {
            diagnostics.error(.indicatorTargetMissing, at: reader.node("target")!.location, "目标值不能是“\(target)”")
        }
        let attribute = reader.choice(
            "attribute", label: "指标属性", options: IndicatorAttribute.allCases.map { ($0.rawValue, $0) })
        let direction = reader.choice(
            "direction", label: "指标方向", options: IndicatorDirection.allCases.map { ($0.rawValue, $0) },
            default: .higherIsBetter)
        let actuals = decodeActuals(reader, period: period, baselineYear: baselineYear)
        let computed = decodeComputed(reader)
        guard let number, let name, let baseline, let target, let attribute, let direction, let actuals else { return nil }
        let indicator = Indicator(
            number: number, id: explicitID ?? number, name: name, baseline: baseline, target: target,
            attribute: attribute, direction: direction, actuals: actuals,
            note: reader.string("note", required: false, label: "备注"), computed: computed)
        checkUnits(indicator, reader: reader)
        checkComparators(indicator, reader: reader)
        checkPercentages(indicator, reader: reader)
        if let computed, !indicator.target.isNone, computed.unit != indicator.target.unit {
            diagnostics.warning(
                .indicatorUnitMismatch, at: reader.node("computed")!.location,
                "按村（社区）数据计算的“\(computed.name)”单位是“\(computed.unit)”，与目标值“\(indicator.target)”的单位不同")
        }
        return indicator
    }

    private static func decodeComputed(_ reader: MappingReader) -> ComputedMeasure? {
        guard let text = reader.string("computed", required: false, label: "计算方式") else { return nil }
        if let measure = ComputedMeasure(rawValue: text) { return measure }
        var message = "计算方式“\(text)”不存在"
        if let suggestion = Suggestion.closest(to: text, among: ComputedMeasure.allCases.map(\.rawValue)) {
            message += "，你是不是想写“\(suggestion)”？"
        }
        reader.diagnostics.error(
            .invalidChoice, at: reader.node("computed")!.location, message,
            hint: "可用的计算方式：" + ComputedMeasure.allCases.map { "\($0.rawValue)（\($0.name)）" }.joined(separator: "、") + "。")
        return nil
    }

    private static func decodeActuals(_ reader: MappingReader, period: YearRange?, baselineYear: Int?) -> [YearValue]? {
        guard let node = reader.node("actuals"), !node.isNull else { return [] }
        guard case let .mapping(mapping) = node.node else {
            reader.diagnostics.error(.wrongType, at: node.location, "历年实际值应写成“年份: 值”的形式，每年一行，实际是\(node.kindName)")
            return nil
        }
        var values: [YearValue] = []
        var failed = false
        for (keyNode, valueNode) in mapping {
            let keyText = keyNode.string ?? ""
            let child = node.child(valueNode, key: keyText)
            let keyLocation = YAMLValue(node: keyNode, file: node.file, path: child.path, lineOffset: node.lineOffset).location
            guard let year = Int(keyText), (1949...2200).contains(year) else {
                reader.diagnostics.error(.invalidNumber, at: keyLocation, "实际值的年份“\(keyText)”不是四位数的年份")
                failed = true
                continue
            }
            if let period, let baselineYear, year <= baselineYear || year > period.end {
                reader.diagnostics.error(
                    .yearOutsidePeriod, at: keyLocation,
                    "实际值的年份 \(year) 不在 \(baselineYear + 1)—\(period.end) 年之间")
                failed = true
                continue
            }
            guard let value = IndicatorValueReader.read(child, label: "\(year)年实际值", diagnostics: reader.diagnostics) else {
                failed = true
                continue
            }
            values.append(YearValue(year: year, value: value))
        }
        return failed ? nil : values.sorted { $0.year < $1.year }
    }

    /// Measured values carry no comparator, and a target's comparator must point the way the
    /// indicator's direction says is better.
    private static func checkComparators(_ indicator: Indicator, reader: MappingReader) {
        for (label, value, node) in measuredValues(indicator, reader: reader) where value.comparator != nil {
            reader.diagnostics.error(
                .comparatorContradiction, at: node?.location ?? reader.value.location,
                "\(label)“\(value)”带有比较符；基期值和实际值应是确定的数")
        }
        let contradicts = switch (indicator.target.comparator, indicator.direction) {
        case (.atLeast?, .lowerIsBetter), (.greaterThan?, .lowerIsBetter): true
        case (.atMost?, .higherIsBetter), (.lessThan?, .higherIsBetter): true
        default: false
        }
        if contradicts {
            reader.diagnostics.error(
                .comparatorContradiction, at: reader.node("target")?.location ?? reader.value.location,
                "目标值“\(indicator.target)”的比较符与指标方向“\(indicator.direction.rawValue)（\(indicator.direction.explanation)）”矛盾")
        }
    }

    /// A rate or a share (覆盖率, 比例, 占比) cannot exceed 100%.
    private static func checkPercentages(_ indicator: Indicator, reader: MappingReader) {
        guard ["率", "比例", "占比"].contains(where: indicator.name.contains) else { return }
        var values = measuredValues(indicator, reader: reader)
        values.append(("目标值", indicator.target, reader.node("target")))
        for (label, value, node) in values where value.unit == "%" && (value.number ?? 0) > 100 {
            reader.diagnostics.error(
                .percentOutOfRange, at: node?.location ?? reader.value.location,
                "“\(indicator.name)”的\(label)“\(value)”超过了 100%")
        }
    }

    /// The baseline and the actuals with their YAML nodes.
    private static func measuredValues(_ indicator: Indicator, reader: MappingReader) -> [(String, IndicatorValue, YAMLValue?)] {
        var values: [(String, IndicatorValue, YAMLValue?)] = [("基期值", indicator.baseline, reader.node("baseline"))]
        let actualsNode = reader.node("actuals")
        for actual in indicator.actuals {
            var node: YAMLValue?
            if let actualsNode, case let .mapping(mapping) = actualsNode.node {
                for (key, value) in mapping where key.string == String(actual.year) {
                    node = actualsNode.child(value, key: String(actual.year))
                }
            }
            values.append(("\(actual.year)年实际值", actual.value, node))
        }
        return values
    }

    /// Baseline, target and actuals should share one unit; a difference is a warning.
    private static func checkUnits(_ indicator: Indicator, reader: MappingReader) {
        // A target without a value is already an error (GK207); units cannot be compared.
        guard !indicator.target.isNone else { return }
        let unit = indicator.target.unit
        let checked = measuredValues(indicator, reader: reader)
        for (label, value, node) in checked where !value.isNone && value.unit != unit {
            reader.diagnostics.warning(
                .indicatorUnitMismatch, at: node?.location ?? reader.value.location,
                "指标“\(indicator.name)”的\(label)“\(value)”单位是“\(value.unit)”，目标值“\(indicator.target)”的单位是“\(unit)”")
        }
    }
}
