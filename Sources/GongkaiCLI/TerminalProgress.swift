import Foundation
import GongkaiCore

#if canImport(Glibc)
import Glibc
#endif

/// Shows which stage a long build is in, with the elapsed time, on one line of a terminal.
/// Not used when standard error is not a terminal (CI logs stay line-oriented and quiet).
final class TerminalProgress: BuildProgress {
    private let start = Date()
    private static let names = [
        "load": "读取内容", "validate": "校验", "privacy": "检查个人信息", "render": "生成页面", "write": "写入文件",
    ]

    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    func stage(_ name: String, count: Int?) {
        let elapsed = String(format: "%.1f", Date().timeIntervalSince(start))
        var line = "\r\u{1B}[2K[\(elapsed) 秒] \(Self.names[name] ?? name)…"
        if let count { line += " \(count) 个文件" }
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the progress line before the summary is printed.
    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
