import Yams

/// A YAML node together with where it came from: the file, the field path that led to it and
/// the line offset of its document. Every check reads content through this type, so every
/// message can name the file, line, column and field.
struct YAMLValue {
    let node: Node
    let file: String
    let path: String
    let lineOffset: Int

    init(_ parsed: ParsedYAML) {
        self.init(node: parsed.node, file: parsed.file, path: "", lineOffset: parsed.lineOffset)
    }

    init(node: Node, file: String, path: String, lineOffset: Int) {
        self.node = node
        self.file = file
        self.path = path
        self.lineOffset = lineOffset
    }

    var location: SourceLocation {
        SourceLocation(
            file: file,
            line: node.mark.map { $0.line + lineOffset },
            column: node.mark?.column,
            field: path.isEmpty ? nil : path
        )
    }

    func child(_ node: Node, key: String) -> YAMLValue {
        YAMLValue(node: node, file: file, path: path.isEmpty ? key : "\(path).\(key)", lineOffset: lineOffset)
    }

    func element(_ node: Node, index: Int) -> YAMLValue {
        YAMLValue(node: node, file: file, path: "\(path)[\(index + 1)]", lineOffset: lineOffset)
    }

    /// The text of a scalar, trimmed; nil for a list, a mapping or an empty (null) value.
    var scalarText: String? {
        guard case let .scalar(scalar) = node else { return nil }
        if scalar.style == .plain && node.null != nil { return nil }
        let text = scalar.string.trimmingWhitespace(newlines: true)
        return text.isEmpty ? nil : text
    }

    var isNull: Bool {
        guard case let .scalar(scalar) = node else { return false }
        return scalar.string.isBlank() || (scalar.style == .plain && node.null != nil)
    }

    /// A word for the kind of node, used in "expected a list, found …" messages.
    var kindName: String {
        switch node {
        case .scalar: "一段文字"
        case .mapping: "一组字段"
        case .sequence: "一个列表"
        case .alias: "一个引用"
        }
    }

    /// The elements of a list, or a `GK102` when the node is not a list.
    func elements(diagnostics: DiagnosticBag) -> [YAMLValue]? {
        guard case let .sequence(sequence) = node else {
            if isNull { return [] }
            diagnostics.error(.wrongType, at: location, "这里应是一个列表（每项以“- ”开头），实际是\(kindName)")
            return nil
        }
        return sequence.enumerated().map { element($1, index: $0) }
    }
}

import Foundation
