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
