/// How serious a problem is. Errors always stop the build; warnings stop it under `--strict`.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    /// The word shown to users.
    public var label: String {
        switch self {
        case .warning: "警告"
        case .error: "错误"
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
