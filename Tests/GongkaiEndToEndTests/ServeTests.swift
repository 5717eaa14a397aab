import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `gongkai serve` as a webmaster uses it: a page is served, a saved change appears within a
/// few seconds, a broken save shows its errors while the last good build stays online, and
/// Ctrl+C stops the server cleanly.
@Suite struct ServeTests {
    /// The server's output, read as it comes.
    final class OutputReader: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""

        init(_ pipe: Pipe) {
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self, !data.isEmpty else { return }
                self.lock.lock()
                self.text += String(decoding: data, as: UTF8.self)
                self.lock.unlock()
            }
        }

        var current: String {
            lock.lock()
            defer { lock.unlock() }
            return text
        }
    }

    func fetch(_ url: String) async -> (status: Int, body: String)? {
        guard let address = URL(string: url), let (data, response) = try? await URLSession.shared.data(from: address) else { return nil }
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Polls `condition` every 200 ms for at most `seconds`.
    func eventually(within seconds: Double, _ condition: () async -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if await condition() { return true }
            try? await Task.sleep(nanoseconds: 200_000_000)
        }
        return await condition()
    }

    @Test func previewRebuildsOnSaveAndKeepsTheLastGoodBuild() async throws {
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: work)
        let process = Process()
        process.executableURL = TestSupport.executable
        process.arguments = ["serve", "--port", "0", "--content", content.path, "--templates", TestSupport.templates.path]
        process.currentDirectoryURL = work
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let reader = OutputReader(output)
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        #expect(await eventually(within: 30) { reader.current.contains("正在预览：") }, "\(reader.current)")
        let match = try #require(reader.current.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//))
        let base = "http://127.0.0.1:\(match.1)/"

        let first = try #require(await fetch(base))
        #expect(first.status == 200)
        #expect(first.body.contains("测试县村(居)务公开网"))
        #expect(first.body.contains("/__gongkai/status"), "the live-reload script is added")

        // A saved change is served within a few seconds.
        let site = content.appendingPathComponent("site.yaml")
        let original = try String(contentsOf: site, encoding: .utf8)
        try original.replacingOccurrences(of: "测试县村(居)务公开网", with: "改过名字的公开网").write(to: site, atomically: true, encoding: .utf8)
        #expect(await eventually(within: 30) { await fetch(base)?.body.contains("改过名字的公开网") == true })

        // A broken save: the errors are shown on the page, the last good build is still served.
        try "title: \"没有结束的引号\nregion: 测试县\n".write(to: site, atomically: true, encoding: .utf8)
        #expect(await eventually(within: 30) { await fetch(base + "__gongkai/status")?.body.contains("\"ok\": false") == true })
        let broken = try #require(await fetch(base))
        #expect(broken.status == 200)
        #expect(broken.body.contains("gongkai-preview-errors"))
        #expect(broken.body.contains("GK101"))
        #expect(broken.body.contains("改过名字的公开网"), "the last good build is still served")
        #expect(reader.current.contains("site.yaml:1:8: 错误 GK101"), "\(reader.current)")

        // Missing pages and paths outside the site are 404.
        #expect(await fetch(base + "no/such/page/")?.status == 404)

        // Ctrl+C stops it cleanly.
        process.interrupt()
        #expect(await eventually(within: 10) { !process.isRunning })
        #expect(process.terminationStatus == 0)
        #expect(reader.current.contains("预览已停止"))
    }
}
