import ArgumentParser
import Foundation
import GongkaiCore

/// How the `gongkai new` commands report: what was created, what to do next, or why
/// nothing was written.
enum NewReport {
    /// Runs a scaffold; a refusal goes to standard error and the command exits with 1.
    static func run(_ scaffold: () throws(ScaffoldError) -> ScaffoldResult) throws -> ScaffoldResult {
        do {
            return try scaffold()
        } catch {
            Console.error("错误：\(error.message)")
            Console.error("没有新建或改动任何文件。")
            throw ExitCode(1)
        }
    }

    /// `heading`, then every created file and empty folder as `shownFolder/path`.
    static func created(_ heading: String, _ result: ScaffoldResult, shownFolder: String, skipping prefix: String? = nil) -> [String] {
        var lines = [heading]
        for file in result.files where prefix.map({ !file.hasPrefix($0) }) ?? true {
            lines.append("  " + path(shownFolder, file))
        }
        for folder in result.emptyFolders {
            lines.append("  " + path(shownFolder, folder) + "/（空文件夹）")
        }
        return lines
    }

    /// Prints the report with the numbered next steps.
    static func print(_ lines: [String], next steps: [String], note: String? = nil) {
        var text = lines + ["", "下一步："]
        text += steps.enumerated().map { "  \($0.offset + 1). \($0.element)" }
        if let note { text += ["", note] }
        Console.out(text.joined(separator: "\n"))
    }

    static func path(_ folder: String, _ relative: String) -> String {
        if folder.isEmpty || folder == "." { return relative }
        return folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    /// A path as it can be pasted into a shell.
    static func shellQuoted(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { !$0.isASCII || CharacterSet.alphanumerics.contains($0) || "/._-+:,@%=".unicodeScalars.contains($0) }
        return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
