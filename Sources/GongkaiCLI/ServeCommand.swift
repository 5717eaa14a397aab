import ArgumentParser
import Foundation
import GongkaiCore
import GongkaiPreview

#if canImport(Glibc)
import Glibc
#endif

/// `gongkai serve`: a live preview on this computer. Rebuilds on every save and reloads the
/// open page; a broken save shows its errors on the page and in the terminal while the last
/// good build stays online.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "在本机预览网站，保存内容后自动重新生成并刷新浏览器。",
        discussion: "默认只在本机地址 127.0.0.1 上提供预览，别的电脑访问不到；按 Ctrl+C 停止。"
    )

    @OptionGroup var folders: SiteFolderOptions

    @Option(name: .shortAndLong, help: "端口；0 表示自动选一个空闲端口。")
    var port: UInt16 = 8000

    @Option(help: "监听地址。默认 127.0.0.1 只允许本机访问；要让局域网内的电脑访问，写本机的局域网地址或 0.0.0.0。")
    var host = "127.0.0.1"

    @Option(name: .customLong("previous-manifest"), help: "已发布网站的 gongkai-manifest.json（默认读 public/ 里的那份，没有就不检查）。")
    var previousManifest: String?

    @OptionGroup var deadlines: AsOfOption

    func validate() throws {
        let parts = host.split(separator: ".")
        guard parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) else {
            throw ValidationError("监听地址“\(host)”不是 IPv4 地址，例如 127.0.0.1。")
        }
    }

    func run() async throws {
        if host != "127.0.0.1" {
            Console.error("注意：预览将在 \(host) 上提供，同一网络中的其他电脑也能访问。")
        }
        let defaultManifest = URL(fileURLWithPath: "public").appending(path: PublicationManifest.fileName, directoryHint: .inferFromPath)
        let manifest = previousManifest.map { URL(fileURLWithPath: $0) }
            ?? (FileManager.default.fileExists(atPath: defaultManifest.path) ? defaultManifest : nil)
        let session = PreviewSession(
            contentFolder: folders.contentURL, templatesFolder: folders.templatesURL, host: host, port: port,
            previousManifest: manifest, asOf: try deadlines.day(), log: { Console.out($0) })
        let task = Task { try await session.run() }
        let stopper = SignalStopper { task.cancel() }
        defer { stopper.cancel() }
        do {
            try await task.value
        } catch is CancellationError {
        } catch {
            Console.error("预览服务器无法启动：\(error)。端口 \(port) 可能已被占用，换一个端口试试：gongkai serve --port 8080")
            throw ExitCode(1)
        }
        Console.out("预览已停止。")
    }
}

/// Turns Ctrl+C (SIGINT) and SIGTERM into a clean stop instead of killing the process.
final class SignalStopper: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []

    init(onSignal: @escaping @Sendable () -> Void) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: onSignal)
            source.resume()
            sources.append(source)
        }
    }

    func cancel() {
        sources.forEach { $0.cancel() }
    }
}
