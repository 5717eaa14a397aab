import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import GongkaiCore

/// Walks every page of the built sites: every chart has a title, a description and, in the
/// same figure, a table with its figures; every SVG file is well-formed XML.
@Suite struct ChartPagesTests {
    static let sites = [TestSupport.sampleContent, TestSupport.fixtures.appendingPathComponent("county-mini")]

    @Test(arguments: sites)
    func everyChartHasTitleDescriptionAndATable(content: URL) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let report = TestSupport.build(content: content, output: output)
        #expect(report.succeeded, "\(DiagnosticFormatter.report(report.diagnostics))")
        var charts = 0
        for (path, data) in try TestSupport.tree(output) where path.hasSuffix(".html") {
            let page = String(decoding: data, as: UTF8.self)
            for figure in page.components(separatedBy: "<figure class=\"chart-figure").dropFirst() {
                let body = figure.components(separatedBy: "</figure>")[0]
                guard body.contains("<svg") else { continue }
                charts += 1
                #expect(body.contains("role=\"img\""), "\(path)")
                #expect(body.contains("<title id="), "\(path)")
                #expect(body.contains("<desc id="), "\(path)")
                #expect(body.contains("<table"), "\(path): chart without its table")
            }
            // Charts only: the QR code of the printed sheet is an image of a link, not a chart.
            let svgCount = page.components(separatedBy: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").count - 1
            let figureCount = page.components(separatedBy: "<figure class=\"chart-figure").count - 1
            #expect(svgCount <= figureCount, "\(path): a chart outside a chart figure")
        }
        #expect(charts > 5)
    }

    @Test(arguments: sites)
    func everySVGFileIsWellFormedXML(content: URL) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        #expect(TestSupport.build(content: content, output: output).succeeded)
        let svgs = try TestSupport.tree(output).filter { $0.key.hasSuffix(".svg") }
        #expect(!svgs.isEmpty)
        for (path, data) in svgs {
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        }
    }

    @Test func everyIndicatorOfTheSamplePlanHasItsChartPage() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        #expect(TestSupport.build(content: TestSupport.sampleContent, output: output).succeeded)
        for row in SamplePlanTests.linjiangIndicators {
            let page = try TestSupport.read(output, "plan/indicators/\(row.1)/index.html")
            #expect(page.contains("id=\"indicator-\(row.1)-chart-figure\""))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("plan/indicators/\(row.1)/chart.svg").path))
        }
        let home = try TestSupport.read(output, "index.html")
        #expect(home.components(separatedBy: "class=\"chart chart-sparkline\"").count - 1 == 8)
    }
}
