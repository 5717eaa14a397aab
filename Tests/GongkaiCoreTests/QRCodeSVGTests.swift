import CQRencode
import Foundation
import Testing

@testable import GongkaiCore

/// The QR code's path, read back into modules, is the code libqrencode made.
@Suite struct QRCodeSVGTests {
    /// The dark modules the path draws, by reading its `M<x> <y>h<run>v1h-<run>z` rectangles.
    private func modules(drawnBy svg: String, width: Int) throws -> [Bool] {
        let path = try #require(svg.firstMatch(of: /<path d="([^"]*)"/)?.1)
        var dark = [Bool](repeating: false, count: width * width)
        for match in path.matches(of: /M(\d+) (\d+)h(\d+)v1h-(\d+)z/) {
            let (x, y, run, back) = (Int(match.1)! - 4, Int(match.2)! - 4, Int(match.3)!, Int(match.4)!)
            #expect(run == back)
            for column in x..<(x + run) { dark[y * width + column] = true }
        }
        #expect(path.replacing(/M\d+ \d+h\d+v1h-\d+z/, with: "").isEmpty, "nothing but rectangles")
        return dark
    }

    @Test(arguments: [
        "https://example.gov.cn/villages/220681100201/",
        "https://example.gov.cn/villages/229901051001/disclosures/2024-zhuanxiang-caiwu/",
        "http://a.cn/",
        String(repeating: "https://example.gov.cn/长路径/", count: 12),
    ])
    func thePathDrawsExactlyTheDarkModules(text: String) throws {
        let code = try #require(QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M))
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let expected = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
        let svg = try #require(QRCodeSVG.svg(for: text, id: "qr", label: "本页网址的二维码：\(text)"))
        #expect(try modules(drawnBy: svg, width: width) == expected)
        #expect(svg.contains("viewBox=\"0 0 \(width + 8) \(width + 8)\""))
        #expect(svg.contains("<title id=\"qr-title\">本页网址的二维码："))
    }

    @Test func textTooLongForAQRCodeGivesNone() {
        #expect(QRCodeSVG.svg(for: String(repeating: "x", count: 5000), id: "qr", label: "太长") == nil)
    }
}
