/// A chapter of the plan's key tasks (重点任务).
public struct TaskSection: Sendable, Hashable {
    /// As printed, e.g. `二、` or `（一）`.
    public var number: String
    public var title: String
    public var tasks: [KeyTask]

    public var anchor: String { "section-\(AnchorText.make(number))" }
}

/// One key task and the units responsible for it (责任单位).
public struct KeyTask: Sendable, Hashable {
    /// As printed, e.g. `（五）` or `1.`.
    public var number: String
    public var title: String
    /// Markdown.
    public var text: String
    public var responsible: [String]
    /// The words after the list of units, e.g. 等部门及各乡镇、街道.
    public var responsibleAlso: String?
}

/// Turns printed numbers such as `（五）` or `1.` into anchor-safe text.
enum AnchorText {
    static func make(_ number: String) -> String {
        let kept = number.unicodeScalars.filter { scalar in
            !CharacterSet.punctuationCharacters.contains(scalar) && !CharacterSet.whitespaces.contains(scalar)
                && !"、．（）()".unicodeScalars.contains(scalar)
        }
        let chinese = "一二三四五六七八九十"
        var text = ""
        for scalar in kept {
            if let index = chinese.unicodeScalars.firstIndex(of: scalar) {
                text += String(chinese.unicodeScalars.distance(from: chinese.unicodeScalars.startIndex, to: index) + 1)
                text += "c"
            } else if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                text.unicodeScalars.append(scalar)
            } else {
                text += "u\(String(scalar.value, radix: 16))"
            }
        }
        return text.isEmpty ? "x" : text
    }
}

import Foundation
