import Yams

/// Reads the fields of one YAML mapping, checking names and types as it goes: unknown fields
/// get a `GK103` with the closest known name, missing required ones a `GK104`, values of the
/// wrong kind a `GK102`.
struct MappingReader {
    let value: YAMLValue
    private let pairs: [(key: String, value: YAMLValue)]
    let diagnostics: DiagnosticBag

    /// Returns nil (after reporting) when the node is not a mapping.
    init?(_ value: YAMLValue, allowed: [String], diagnostics: DiagnosticBag, what: String) {
        guard case let .mapping(mapping) = value.node else {
            diagnostics.error(.wrongType, at: value.location, "\(what)应是一组“字段名: 值”，实际是\(value.kindName)")
            return nil
        }
        self.value = value
        self.diagnostics = diagnostics
        var pairs: [(String, YAMLValue)] = []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let child = value.child(valueNode, key: key)
            if !allowed.contains(key) {
                let keyLocation = YAMLValue(node: keyNode, file: value.file, path: child.path, lineOffset: value.lineOffset).location
                var message = "\(what)里没有字段“\(key)”"
                if let suggestion = Suggestion.closest(to: key, among: allowed) {
                    message += "，你是不是想写“\(suggestion)”？"
                }
                diagnostics.error(
                    .unknownField, at: keyLocation, message,
                    hint: "可用的字段有：\(allowed.joined(separator: "、"))。")
            }
            pairs.append((key, child))
        }
        self.pairs = pairs
    }

    func node(_ key: String) -> YAMLValue? {
        pairs.first { $0.key == key }?.value
    }

    /// Where to point when a field is missing: the mapping itself.
    func locationForMissing(_ key: String) -> SourceLocation {
        var location = value.location
        location.field = value.path.isEmpty ? key : "\(value.path).\(key)"
        return location
    }

    func string(_ key: String, required: Bool, label: String) -> String? {
        guard let node = node(key), !node.isNull else {
            if required {
                diagnostics.error(.missingField, at: locationForMissing(key), "缺少必填字段 \(key)（\(label)）")
            }
            return nil
        }
        guard let text = node.scalarText else {
            diagnostics.error(.wrongType, at: node.location, "\(label)应是一段文字，实际是\(node.kindName)")
            return nil
        }
        return text
    }

    func integer(_ key: String, required: Bool, label: String) -> Int? {
        guard let text = string(key, required: required, label: label) else { return nil }
        guard let number = Int(text) else {
            diagnostics.error(.invalidNumber, at: node(key)!.location, "\(label)“\(text)”不是整数")
            return nil
        }
        return number
    }

    func boolean(_ key: String, label: String) -> Bool? {
        guard let text = string(key, required: false, label: label) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "是": return true
        case "false", "no", "否": return false
        default:
            diagnostics.error(.invalidChoice, at: node(key)!.location, "\(label)只能是 true 或 false，实际是“\(text)”")
            return nil
        }
    }

    func date(_ key: String, label: String) -> CalendarDate? {
        guard let text = string(key, required: false, label: label) else { return nil }
        guard let date = CalendarDate(text) else {
            diagnostics.error(.invalidDate, at: node(key)!.location, "\(label)“\(text)”不是有效的日期")
            return nil
        }
        return date
    }

    func list(_ key: String, required: Bool, label: String) -> [YAMLValue]? {
        guard let node = node(key) else {
            if required {
                diagnostics.error(.missingField, at: locationForMissing(key), "缺少必填字段 \(key)（\(label)）")
            }
            return nil
        }
        return node.elements(diagnostics: diagnostics)
    }

    /// A list of plain texts, such as the responsible units of a task.
    func stringList(_ key: String, label: String) -> [String] {
        guard let elements = list(key, required: false, label: label) else { return [] }
        return elements.compactMap { element in
            guard let text = element.scalarText else {
                diagnostics.error(.wrongType, at: element.location, "\(label)的每一项应是一段文字，实际是\(element.kindName)")
                return nil
            }
            return text
        }
    }

    /// A value from a fixed set; required unless a default is given.
    func choice<T>(_ key: String, label: String, options: [(String, T)], default defaultValue: T? = nil) -> T? {
        choice(key, label: label, options: options, required: defaultValue == nil) ?? defaultValue
    }

    /// A value from a fixed set that may be left out (nil then).
    func optionalChoice<T>(_ key: String, label: String, options: [(String, T)]) -> T? {
        choice(key, label: label, options: options, required: false)
    }

    private func choice<T>(_ key: String, label: String, options: [(String, T)], required: Bool) -> T? {
        guard let text = string(key, required: required, label: label) else { return nil }
        if let match = options.first(where: { $0.0 == text }) { return match.1 }
        diagnostics.error(
            .invalidChoice, at: node(key)!.location,
            "\(label)只能是 \(options.map(\.0).joined(separator: " 或 "))，实际是“\(text)”")
        return nil
    }
}
