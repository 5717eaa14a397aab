import Foundation

/// Small helpers for writing SVG text by hand: escaping and locale-independent numbers, so
/// that a chart is byte-identical from build to build.
enum SVG {
    /// Escapes text for element content and attribute values.
    /// Most text has nothing to escape and is returned as it is. The five characters are
    /// ASCII, so they are found scalar by scalar, even where a combining mark follows one.
    static func escape(_ text: String) -> String {
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: needsEscaping) }) ?? text.utf8.contains(where: needsEscaping)
        else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func needsEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// A coordinate with at most one decimal, no trailing `.0`, never `-0`.
    /// Written from the whole number of tenths: `String(format:)` cost more than the rest of
    /// drawing a bar chart.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        if tenths % 10 == 0 { return String(tenths / 10) }
        let magnitude = tenths.magnitude
        return (tenths < 0 ? "-" : "") + String(magnitude / 10) + "." + String(magnitude % 10)
    }

    static let fontFamily = "system-ui, &#39;PingFang SC&#39;, &#39;Microsoft YaHei&#39;, &#39;Noto Sans CJK SC&#39;, sans-serif"

    /// The opening tag every chart shares: scalable (viewBox, width 100%), announced as one
    /// image labelled by its title and description.
    static func open(id: String, width: Double, height: Double, className: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart \(className)\" viewBox=\"0 0 \(number(width)) \(number(height))\" "
            + "width=\"100%\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"\(fontFamily)\">\n"
    }

    static func titleAndDescription(id: String, _ text: ChartText) -> String {
        "<title id=\"\(id)-title\">\(escape(text.title))</title>\n<desc id=\"\(id)-desc\">\(escape(text.description))</desc>\n"
    }

    static func text(_ content: String, x: Double, y: Double, size: Double = 14, anchor: String = "start", fill: String = ChartPalette.text, weight: String? = nil) -> String {
        var attributes = "x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\" fill=\"\(fill)\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        return "<text \(attributes)>\(escape(content))</text>\n"
    }
}

/// What a chart says in words: its `<title>` and its `<desc>`, which states the figures.
public struct ChartText: Sendable, Hashable {
    public var title: String
    public var description: String

    public init(title: String, description: String) {
        self.title = title
        self.description = description
    }
}

/// A finished chart: the SVG to embed in a page and to write as a standalone file.
public struct RenderedChart: Sendable, Hashable {
    public var id: String
    public var svg: String

    /// The same SVG as a file of its own.
    public var standaloneFile: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg
    }
}
