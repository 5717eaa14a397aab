import FlyingFox
import FlyingSocks
import Foundation
import GongkaiCore

/// `gongkai serve`: builds the site into a private folder, serves it on the loopback address,
/// watches the content and templates, and rebuilds on every save. A failed rebuild keeps the
/// last good site online and shows its errors in the terminal and on the pages.
public struct PreviewSession: Sendable {
    public var contentFolder: URL
    public var templatesFolder: URL
    public var host: String
    public var port: UInt16
    /// The published site's manifest, so the preview reports what a real build would.
    public var previousManifest: URL?
    /// The day disclosure deadlines are checked against; nil for today.
    public var asOf: CalendarDate?
    public var log: @Sendable (String) -> Void

    public init(
        contentFolder: URL, templatesFolder: URL, host: String, port: UInt16, previousManifest: URL?, asOf: CalendarDate? = nil,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.contentFolder = contentFolder
        self.templatesFolder = templatesFolder
        self.host = host
        self.port = port
        self.previousManifest = previousManifest
        self.asOf = asOf
        self.log = log
    }

    /// Runs until the task is cancelled; the private folder is removed on the way out.
    public func run() async throws {
        let work = FileManager.default.temporaryDirectory.appending(path: "gongkai-serve-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))", directoryHint: .inferFromPath)
        let site = work.appending(path: "site", directoryHint: .inferFromPath)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        let state = PreviewState(siteFolder: site)
        let address = try sockaddr_in.inet(ip4: host, port: port)
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: PreviewHandler(state: state))
        let serverTask = Task { try await server.run() }
        defer { serverTask.cancel() }
        try await server.waitUntilListening()
        let actualPort = Self.listeningPort(await server.listeningAddress) ?? port
        let base = "http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(actualPort)/"

        let options = BuildOptions(
            contentFolder: contentFolder, templatesFolder: templatesFolder, outputFolder: site, baseURL: base,
            previousManifest: previousManifest)
        var buildOptions = options
        buildOptions.checkPublished = previousManifest != nil
        buildOptions.asOf = asOf
        await rebuild(buildOptions, state: state, first: true)
        log("正在预览：\(base)（按 Ctrl+C 停止）")

        var snapshot = FolderSnapshot([contentFolder, templatesFolder])
        while !Task.isCancelled {
            try await Task.sleep(nanoseconds: 400_000_000)
            let next = FolderSnapshot([contentFolder, templatesFolder])
            if next != snapshot {
                snapshot = next
                await rebuild(buildOptions, state: state, first: false)
            }
        }
        await server.stop(timeout: 1)
    }

    private func rebuild(_ options: BuildOptions, state: PreviewState, first: Bool) async {
        let report = Pipeline.build(options)
        await state.record(report)
        if report.succeeded {
            let seconds = report.seconds
            if !report.diagnostics.isEmpty { log(DiagnosticFormatter.report(report.diagnostics)) }
            log((first ? "已生成" : "已重新生成") + " \(report.filesWritten) 个文件，用时 \(String(format: "%.2f", seconds)) 秒。")
        } else {
            log(DiagnosticFormatter.report(report.diagnostics))
            log(await state.hasSite ? "生成失败，预览仍显示上一次成功生成的网站。" : "生成失败，改正后会自动重新生成。")
        }
    }

    static func listeningPort(_ address: Socket.Address?) -> UInt16? {
        guard case let .ip4(_, port) = address else { return nil }
        return port
    }
}
