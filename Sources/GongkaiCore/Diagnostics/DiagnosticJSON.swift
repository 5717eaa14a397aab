import Foundation

/// The machine-readable report of a build (`--format json`), for CI: one object with the
/// outcome and every diagnostic, flat and with stable keys.
public enum DiagnosticJSON {
    struct Report: Encodable {
        var succeeded: Bool
        var errors: Int
        var warnings: Int
        var filesWritten: Int
        var diagnostics: [Entry]
    }

    struct Entry: Encodable {
        var code: String
        var severity: String
        var file: String
        var line: Int?
        var column: Int?
        var field: String?
        var message: String
        var hint: String
    }

    public static func report(_ build: BuildReport) -> String {
        report(diagnostics: build.diagnostics, succeeded: build.succeeded, filesWritten: build.filesWritten)
    }

    public static func report(diagnostics: [Diagnostic], succeeded: Bool, filesWritten: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let report = Report(
            succeeded: succeeded, errors: errors, warnings: diagnostics.count - errors,
            filesWritten: filesWritten,
            diagnostics: diagnostics.sorted().map {
                Entry(
                    code: $0.code.rawValue, severity: $0.severity.rawValue, file: $0.location.file, line: $0.location.line,
                    column: $0.location.column, field: $0.location.field, message: $0.message, hint: $0.hint)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(report)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
