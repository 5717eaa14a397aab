/// Reads an indicator value from a YAML field, reporting a `GK201` at the value's position
/// when the text is not in one of the forms the plans use.
enum IndicatorValueReader {
    static func read(_ value: YAMLValue, label: String, diagnostics: DiagnosticBag) -> IndicatorValue? {
        guard let text = value.scalarText else {
            if value.isNull {
                diagnostics.error(.emptyValue, at: value.location, "\(label)是空的", hint: "按原文照抄；原文是 — 或 —— 的，照写 —— 。")
            } else {
                diagnostics.error(.wrongType, at: value.location, "\(label)应是一段文字，实际是\(value.kindName)")
            }
            return nil
        }
        switch IndicatorValue.parse(text) {
        case let .success(parsed):
            return parsed
        case let .failure(failure):
            let reason = switch failure {
            case .empty: "是空的"
            case .noNumber: "里没有找到数字"
            case let .trailingText(rest): "的单位“\(rest)”里又出现了数字或比较符"
            }
            diagnostics.error(.indicatorValueUnparsable, at: value.location, "\(label)“\(text)”无法识别：\(reason)")
            return nil
        }
    }

    static func read(_ key: String, from reader: MappingReader, label: String, required: Bool) -> IndicatorValue? {
        guard let node = reader.node(key) else {
            if required {
                reader.diagnostics.error(.missingField, at: reader.locationForMissing(key), "缺少必填字段 \(key)（\(label)）")
            }
            return nil
        }
        return read(node, label: label, diagnostics: reader.diagnostics)
    }
}
