import FlyingFox
import Foundation
import GongkaiCore

/// Serves the last good build from its folder, with the live-reload script and any errors
/// added to HTML pages, and answers the script's status polls.
struct PreviewHandler: HTTPHandler {
    let state: PreviewState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.path == LiveReload.statusPath {
            return HTTPResponse(
                statusCode: .ok, headers: [.contentType: "application/json", .init("Cache-Control"): "no-store"],
                body: await state.statusJSON())
        }
        let folder = state.siteFolder
        guard let file = Self.file(for: request.path, in: folder) else {
            return await page(at: folder.appending(path: "404.html", directoryHint: .inferFromPath), status: .notFound)
                ?? HTTPResponse(statusCode: .notFound, body: Data("找不到页面".utf8))
        }
        return await page(at: file, status: .ok) ?? HTTPResponse(statusCode: .notFound)
    }

    /// The file for a request path inside `folder`, or nil; never a path outside it.
    static func file(for requestPath: String, in folder: URL) -> URL? {
        let decoded = requestPath.removingPercentEncoding ?? requestPath
        let parts = decoded.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") || $0.contains("\0") }) else { return nil }
        var url = parts.reduce(folder) { $0.appending(path: $1, directoryHint: .inferFromPath) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            url = url.appending(path: "index.html", directoryHint: .inferFromPath)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        }
        return url
    }

    private func page(at url: URL, status: HTTPStatusCode) async -> HTTPResponse? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let type = Self.contentType(url.pathExtension)
        var body = data
        if url.pathExtension == "html" {
            body = Data(LiveReload.inject(into: String(decoding: data, as: UTF8.self), problems: await state.problems).utf8)
        }
        return HTTPResponse(statusCode: status, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: body)
    }

    static func contentType(_ fileExtension: String) -> String {
        switch fileExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "xml": "application/xml"
        case "csv": "text/csv; charset=utf-8"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "pdf": "application/pdf"
        default: "application/octet-stream"
        }
    }
}
