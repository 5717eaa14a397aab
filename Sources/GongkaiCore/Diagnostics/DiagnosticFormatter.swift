/// Turns diagnostics into the text shown on a terminal or in a CI log:
///
///     plan/indicators.yaml:12:14: 错误 GK201: 指标值“约30%”无法识别（字段 indicators[3].target）
///       提示：按原文照抄，写成“比较符 + 数字 + 单位”……
public enum DiagnosticFormatter {
    public static func format(_ diagnostic: Diagnostic) -> String {
        var line = "\(diagnostic.location.description): \(diagnostic.severity.label) \(diagnostic.code.rawValue): \(diagnostic.message)"
        if let field = diagnostic.location.field {
            line += "（字段 \(field)）"
        }
        return line + "\n  提示：" + diagnostic.hint
    }

    /// All diagnostics sorted by file and position, then a count line.
    public static func report(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sorted()
        var lines = sorted.map(format)
        let errors = sorted.filter { $0.severity == .error }.count
        let warnings = sorted.count - errors
        lines.append("共 \(errors) 个错误，\(warnings) 个警告。")
        return lines.joined(separator: "\n")
    }
}
