import Foundation
import Testing

@testable import GongkaiCore

/// Chart coordinates: at most one decimal, no trailing `.0`, never `-0`, the same digits
/// `printf("%.1f")` gives for the value rounded to tenths.
@Suite struct SVGNumberTests {
    private func printed(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == 0 { return "0" }
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }

    @Test func examples() {
        #expect(SVG.number(0) == "0")
        #expect(SVG.number(-0.04) == "0")
        #expect(SVG.number(-0.05) == "-0.1")
        #expect(SVG.number(12.25) == "12.3")
        #expect(SVG.number(-3.5) == "-3.5")
        #expect(SVG.number(220) == "220")
        #expect(SVG.number(219.96) == "220")
        #expect(SVG.number(0.3 * 3) == "0.9")
    }

    @Test func randomValuesAsPrintfWritesThem() {
        var random = SeededRandom(state: 11)
        for _ in 0..<20_000 {
            let scale = [1.0, 10, 1_000, 100_000][Int(random.next() % 4)]
            let value = (Double(random.next() % 2_000_001) / 1_000_000 - 1) * scale
            #expect(SVG.number(value) == printed(value), "\(value)")
            let tenth = Double(Int64(random.next() % 20_001) - 10_000) / 10 + [0, 0.05, -0.05][Int(random.next() % 3)]
            #expect(SVG.number(tenth) == printed(tenth), "\(tenth)")
        }
    }
}
