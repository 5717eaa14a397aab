import ArgumentParser
import Foundation
import GongkaiCore

/// `gongkai build`: content in, a complete static site out, or nothing changed at all.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "生成网站。",
        discussion: """
            读取内容文件夹和模板文件夹，生成完整的网站。只有全部页面都生成成功，才会替换输出文件夹；\
            出错时原来的输出文件夹保持不变。
            """
    )

    @OptionGroup var folders: SiteFolderOptions

    @Option(name: [.customShort("o"), .long], help: "输出文件夹。")
    var output: String = "public"

    @Option(name: .customLong("base-url"), help: "网站的正式网址（覆盖 site.yaml 中的 base_url），例如 https://www.example.gov.cn/gongkai/。")
    var baseURL: String?

    @Flag(help: "严格模式：有警告也视为失败（适合 CI）。")
    var strict = false

    @Option(
        name: .customLong("previous-manifest"),
        help: "上次发布的 gongkai-manifest.json（默认读输出文件夹里的那份）。在干净的 CI 环境中生成时，先取回线上的这个文件再指定它。")
    var previousManifest: String?

    @OptionGroup var deadlines: AsOfOption

    @Option(name: .shortAndLong, help: "同时用几个线程生成（默认为处理器核数）；结果与线程数无关。")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "只报告错误和警告，成功时不输出。")
    var quiet = false

    @Flag(name: .shortAndLong, help: "另外列出每个阶段的用时。")
    var verbose = false

    @Option(help: "报告格式：text（给人看，默认）或 json（给 CI 等程序读，输出到标准输出）。")
    var format: ReportFormat = .text

    func run() throws {
        var options = BuildOptions(
            contentFolder: folders.contentURL, templatesFolder: folders.templatesURL,
            outputFolder: URL(fileURLWithPath: output), baseURL: baseURL, strict: strict,
            previousManifest: previousManifest.map { URL(fileURLWithPath: $0) })
        if let jobs { options.workers = max(1, jobs) }
        options.leavesMemoryToExit = true
        options.asOf = try deadlines.day()
        let progress = format == .text && !quiet && TerminalProgress.isTerminal ? TerminalProgress() : nil
        let report = Pipeline.build(options, progress: progress)
        progress?.finish()
        if format == .json {
            Console.out(DiagnosticJSON.report(report))
            if !report.succeeded { throw ExitCode(1) }
            return
        }
        if !report.diagnostics.isEmpty {
            Console.error(DiagnosticFormatter.report(report.diagnostics))
        }
        guard report.succeeded else {
            Console.error(strict && report.errorCount == 0
                ? "严格模式下有警告，网站没有生成；\(output) 保持不变。"
                : "生成失败，\(output) 保持不变。")
            throw ExitCode(1)
        }
        if verbose {
            for stage in report.stageTimes {
                let memory = stage.peakMemory > 0 ? "（内存峰值 \(stage.peakMemory / 1_048_576) MiB）" : ""
                Console.out("  \(stage.name)：\(String(format: "%.3f", stage.seconds)) 秒\(memory)")
            }
            let between = report.seconds - report.stageTimes.reduce(0) { $0 + $1.seconds }
            Console.out("  （阶段之间）：\(String(format: "%.3f", max(0, between))) 秒")
            if report.villagesReused > 0 {
                Console.out("  沿用上次结果、没有重新读取的村（社区）：\(report.villagesReused) 个")
            }
        }
        guard !quiet else { return }
        let seconds = report.seconds
        var summary = "已生成 \(report.filesWritten) 个文件到 \(output)/"
        if let changes = report.changes {
            summary += "（新增 \(changes.added)，改动 \(changes.changed)，未变 \(changes.unchanged)，删除 \(changes.removed)）"
        }
        Console.out(summary + "，用时 \(String(format: "%.2f", seconds)) 秒。")
    }
}

/// How a command reports what it found.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
