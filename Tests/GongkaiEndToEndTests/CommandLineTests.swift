import Foundation
import Testing

/// The `gongkai` executable as a webmaster and CI run it.
@Suite struct CommandLineTests {
    @Test func buildPrintsASummaryAndExitsZero() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.run(
            ["build", "--content", TestSupport.sampleContent.path, "--templates", TestSupport.templates.path,
             "--output", folder.appendingPathComponent("site").path, "--base-url", "https://gongkai.example.org/lj"],
            in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("已生成"))
        let home = try String(contentsOf: folder.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(home.contains("<link rel=\"canonical\" href=\"https://gongkai.example.org/lj/\">"))
        let plan = try String(contentsOf: folder.appendingPathComponent("site/plan/index.html"), encoding: .utf8)
        #expect(plan.contains("<link rel=\"canonical\" href=\"https://gongkai.example.org/lj/plan/\">"))
    }

    @Test func aMissingContentFolderIsAClearError() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.run(["build", "--content", "nowhere"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("GK001"))
        #expect(result.stderr.contains("nowhere"))
    }

    @Test func helpListsTheBuildOptions() throws {
        let result = try TestSupport.run(["build", "--help"], in: TestSupport.packageRoot)
        #expect(result.status == 0)
        for option in ["--content", "--templates", "--output", "--base-url", "--strict"] {
            #expect(result.stdout.contains(option), "\(option)")
        }
    }

    @Test func anInvalidBaseURLIsRejected() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.run(
            ["build", "--content", TestSupport.sampleContent.path, "--templates", TestSupport.templates.path,
             "--output", folder.appendingPathComponent("site").path, "--base-url", "gongkai.example.org"],
            in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("--base-url"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path))
    }
}

/// `--format json`: the same problems, machine-readable, for CI.
@Suite struct JSONReportTests {
    @Test func problemsAreReportedAsJSON() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try TestSupport.copyContent(VillageSiteTests.fixture, into: folder)
        try "编号,需求,类另\nN1,路灯,基础设施\n".write(
            to: content.appendingPathComponent("townships/220681100/villages/220681100201/needs.csv"), atomically: true, encoding: .utf8)
        let result = try TestSupport.run(
            ["build", "--content", content.path, "--templates", TestSupport.templates.path, "--output", folder.appendingPathComponent("out").path,
             "--format", "json"], in: folder)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["succeeded"] as? Bool == false)
        #expect(object["errors"] as? Int == 1)
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["code"] as? String == "GK123")
        #expect(first["severity"] as? String == "error")
        #expect(first["file"] as? String == "townships/220681100/villages/220681100201/needs.csv")
        #expect(first["line"] as? Int == 1)
        #expect(first["column"] as? Int == 3)
        #expect(first["field"] as? String == "类另")
    }

    @Test func aCleanBuildReportsSuccess() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TestSupport.run(
            ["build", "--content", VillageSiteTests.fixture.path, "--templates", TestSupport.templates.path,
             "--output", folder.appendingPathComponent("out").path, "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stdout)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["succeeded"] as? Bool == true)
        #expect((object["filesWritten"] as? Int ?? 0) > 40)
        #expect((object["diagnostics"] as? [Any])?.isEmpty == true)
    }
}
