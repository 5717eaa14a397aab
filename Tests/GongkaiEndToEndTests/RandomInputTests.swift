import Foundation
import Testing

@testable import GongkaiCore

/// Malformed YAML, CSV and front matter generated at random never crash the build, and a
/// build that fails always says why. Bounded: a fixed number of rounds from a fixed seed, so
/// a failure can be replayed.
@Suite struct RandomInputTests {
    /// SplitMix64: small, fast and the same on every machine.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let targets = [
        "site.yaml", "plan/plan.yaml", "plan/indicators.yaml",
        "townships/220681100/villages/220681100201/village.yaml",
        "townships/220681100/villages/220681100201/needs.csv",
        "townships/220681100/villages/220681100201/projects.csv",
        "townships/220681100/villages/220681100201/disclosures/2024-q2-caiwu.md",
        "townships/220681100/villages/220681100202/lists/xiaowei-quanli.yaml",
    ]

    /// Bytes that matter to YAML, CSV and front matter, and bytes that are not UTF-8.
    static let interesting: [[UInt8]] = [
        Array(":".utf8), Array("\"".utf8), Array("'".utf8), Array("-".utf8), Array("---\n".utf8), Array("\t".utf8),
        Array("\n".utf8), Array("\r\n".utf8), Array(",".utf8), Array("[".utf8), Array("{".utf8), Array("|".utf8),
        Array(">".utf8), Array("&a".utf8), Array("*a".utf8), Array("!!int".utf8), Array("#".utf8), Array("  ".utf8),
        [0xFF], [0xC3], [0x00], Array("≥".utf8), Array("——".utf8), Array("１".utf8), Array("9999999999999999999999".utf8),
    ]

    @Test(arguments: 0..<4)
    func randomlyBrokenContentNeverCrashes(batch: Int) throws {
        var random = SeededGenerator(state: 0x5EED_0000 + UInt64(batch))
        let work = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let pristine = work.appendingPathComponent("pristine")
        try FileManager.default.copyItem(at: VillageSiteTests.fixture, to: pristine)
        for round in 0..<40 {
            let content = work.appendingPathComponent("round-\(round)")
            try FileManager.default.copyItem(at: pristine, to: content)
            defer { try? FileManager.default.removeItem(at: content) }
            let target = Self.targets[Int.random(in: 0..<Self.targets.count, using: &random)]
            let url = content.appendingPathComponent(target)
            var bytes = [UInt8](try Data(contentsOf: url))
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes.insert(contentsOf: Self.interesting.randomElement(using: &random)!, at: position)
                case 1 where !bytes.isEmpty: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...8, using: &random)))
                case 2 where !bytes.isEmpty: bytes[position] = UInt8.random(in: 0...255, using: &random)
                default: bytes = Array(bytes.prefix(position))
                }
            }
            try Data(bytes).write(to: url)
            let report = Pipeline.build(BuildOptions(
                contentFolder: content, templatesFolder: TestSupport.templates, outputFolder: work.appendingPathComponent("out-\(round)")))
            if !report.succeeded {
                #expect(report.errorCount > 0, "round \(round) of batch \(batch) (\(target)) failed without an error")
            }
            for diagnostic in report.diagnostics {
                #expect(!diagnostic.location.file.isEmpty)
                #expect(!diagnostic.message.isEmpty)
            }
            try? FileManager.default.removeItem(at: work.appendingPathComponent("out-\(round)"))
        }
    }
}
