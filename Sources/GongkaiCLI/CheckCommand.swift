import ArgumentParser
import Foundation
import GongkaiCore

/// `gongkai check`: everything `build` validates, plus every internal link and anchor, without
/// writing anything. The form CI runs on every pull request.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查内容和站内链接，不生成网站。",
        discussion: "做 build 的全部检查，并检查每个页面的站内链接和锚点；有问题时退出码为 1。不写任何文件。"
    )

    @OptionGroup var folders: SiteFolderOptions

    @Option(name: [.customShort("o"), .long], help: "已发布网站所在的文件夹（读取其中的发布清单，检查已发布内容是否被删改）。")
    var output: String = "public"

    @Option(name: .customLong("previous-manifest"), help: "上次发布的 gongkai-manifest.json（默认读输出文件夹里的那份）。")
    var previousManifest: String?

    @Flag(help: "严格模式：有警告也视为失败。")
    var strict = false

    @OptionGroup var deadlines: AsOfOption

    @Option(help: "报告格式：text 或 json。")
    var format: ReportFormat = .text

    func run() throws {
        var options = BuildOptions(
            contentFolder: folders.contentURL, templatesFolder: folders.templatesURL,
            outputFolder: URL(fileURLWithPath: output), strict: strict,
            previousManifest: previousManifest.map { URL(fileURLWithPath: $0) })
        options.asOf = try deadlines.day()
        let prepared = Pipeline.prepare(options)
        let files = prepared.blocked ? [] : prepared.renderAll()
        if !files.isEmpty {
            LinkChecker.check(files, diagnostics: prepared.diagnostics)
        }
        let diagnostics = prepared.diagnostics.items.sorted()
        let failed = prepared.blocked || files.isEmpty
        if format == .json {
            Console.out(DiagnosticJSON.report(diagnostics: diagnostics, succeeded: !failed, filesWritten: 0))
        } else {
            if !diagnostics.isEmpty { Console.error(DiagnosticFormatter.report(diagnostics)) }
            if !failed {
                let pages = files.filter { $0.path.hasSuffix(".html") }.count
                Console.out("检查通过：\(pages) 个页面，站内链接全部有效。")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
