import Foundation
import Testing

@testable import GongkaiCore

/// Each kind of bad village data fails the build with the file, row and column, and leaves the
/// published site as it was.
@Suite struct VillageErrorTests {
    static let dongling = "townships/220681100/villages/220681100201"

    /// Copies the fixture, applies `change`, builds over a previous good output and returns the
    /// problems, checking that the output did not change.
    private func problems(_ change: (URL) throws -> Void) throws -> [Diagnostic] {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: folder)
        let output = folder.appendingPathComponent("public")
        #expect(TestSupport.build(content: content, output: output).succeeded)
        let before = try TestSupport.tree(output)
        try change(content)
        let report = TestSupport.build(content: content, output: output)
        #expect(!report.succeeded)
        #expect(try TestSupport.tree(output) == before, "the published site must not change")
        return report.diagnostics
    }

    private func write(_ text: String, to path: String, in content: URL) throws {
        try text.write(to: content.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    @Test func aProjectNamingAMissingNeed() throws {
        let found = try problems { content in
            try write("""
                编号,项目名称,状态,对应需求
                P1,村道路灯安装工程,在建,N1
                P2,幸福院改造,完工,N9

                """, to: "\(Self.dongling)/projects.csv", in: content)
        }
        #expect(found.count == 1)
        let problem = try #require(found.first)
        #expect(problem.code == .unknownReference)
        #expect(problem.location.file == "\(Self.dongling)/projects.csv")
        #expect(problem.location.line == 3)
        #expect(problem.location.column == 4)
        #expect(problem.location.field == "对应需求")
    }

    @Test func aResourceNamingAMissingNeed() throws {
        let found = try problems { content in
            try write("编号,资源,对应需求\nR1,幸福院,N2;N7\n", to: "\(Self.dongling)/resources.csv", in: content)
        }
        #expect(found.map(\.code) == [.unknownReference])
        #expect(found.first?.location.line == 2)
        #expect(found.first?.location.column == 3)
        #expect(found.first?.message.contains("N7") == true)
    }

    @Test func twoVillagesWithTheSameID() throws {
        let found = try problems { content in
            let copy = content.appendingPathComponent("townships/jianguo/villages/220681100201")
            try FileManager.default.copyItem(at: content.appendingPathComponent("townships/220681100/villages/220681100202"), to: copy)
        }
        // The copy is both a duplicate id and, with its 12-digit name, outside 建国街道's code.
        #expect(found.contains {
            $0.code == .duplicateID && $0.location.file == "townships/jianguo/villages/220681100201"
                && $0.message.contains("已被 townships/220681100/villages/220681100201 使用")
        })
        #expect(found.contains { $0.code == .divisionCodePrefix })
    }

    @Test func aVillageCodeThatDoesNotStartWithItsTownships() throws {
        let found = try problems { content in
            let path = "townships/jianguo/villages/xinhua-shequ/village.yaml"
            let text = try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
                .replacingOccurrences(of: "code: \"220681001003\"", with: "code: \"220681002003\"")
            try write(text, to: path, in: content)
        }
        #expect(found.map(\.code) == [.divisionCodePrefix])
        #expect(found.first?.location.file == "townships/jianguo/villages/xinhua-shequ/village.yaml")
        #expect(found.first?.location.line == 3)
        #expect(found.first?.location.column == 7)
    }

    @Test func aMalformedCSVRow() throws {
        let found = try problems { content in
            try write("编号,需求,类别\nN1,路灯,基础设施\nN2,\"日间照料,养老\nN3,销售,产业\n", to: "\(Self.dongling)/needs.csv", in: content)
        }
        #expect(found.map(\.code) == [.csvMalformed])
        #expect(found.first?.location.file == "\(Self.dongling)/needs.csv")
        #expect(found.first?.location.line == 3)
        #expect(found.first?.location.column == 2)
    }

    @Test func aRowWithMoreCellsThanTheHeader() throws {
        let found = try problems { content in
            try write("编号,需求,类别\nN1,路灯,基础设施\nN2,日间照料,养老,多余\nN3,销售,产业\n", to: "\(Self.dongling)/needs.csv", in: content)
        }
        #expect(found.map(\.code) == [.csvTooManyCells])
        #expect(found.first?.location.line == 3)
        #expect(found.first?.location.column == 4)
    }

    @Test func anUnknownColumnSuggestsTheRightOne() throws {
        let found = try problems { content in
            try write("编号,需求,类另\nN1,路灯,基础设施\nN2,日间照料,养老\nN3,销售,产业\n", to: "\(Self.dongling)/needs.csv", in: content)
        }
        #expect(found.map(\.code) == [.csvUnknownColumn])
        #expect(found.first?.location.column == 3)
        #expect(found.first?.message.contains("类别") == true)
    }

    @Test func badCellsAreReportedTogetherWithTheirColumns() throws {
        let found = try problems { content in
            try write("""
                编号,项目名称,状态,开工日期,计划完工日期,完成进度,对应需求
                P1,路灯,施工中,2024-05-01,2024-10-31,60%,N1
                P2,幸福院,完工,2023-13-01,2023-11-30,100%,N2
                P3,广场,计划,2024-06-01,2024-03-01,0%,
                P4,道路,在建,,,120%,

                """, to: "\(Self.dongling)/projects.csv", in: content)
        }
        let summary = found.map { "\($0.code.rawValue)@\($0.location.line ?? 0):\($0.location.field ?? "")" }
        #expect(summary.contains("GK109@2:状态"))
        #expect(summary.contains("GK108@3:开工日期"))
        #expect(summary.contains("GK504@4:计划完工日期"))
        #expect(summary.contains("GK208@5:完成进度"))
    }

    @Test func aVillageFolderNamedWithAWrongLengthCode() throws {
        let found = try problems { content in
            try FileManager.default.moveItem(
                at: content.appendingPathComponent("townships/220681100/villages/220681100202"),
                to: content.appendingPathComponent("townships/220681100/villages/2206811002"))
        }
        #expect(found.map(\.code) == [.divisionCodeInvalid])
        #expect(found.first?.location.file == "townships/220681100/villages/2206811002")
    }
}
