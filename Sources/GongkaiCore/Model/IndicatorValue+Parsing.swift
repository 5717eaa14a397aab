extension IndicatorValue {
    /// Why a text could not be read as an indicator value.
    public enum ParseFailure: Error, Sendable, Equatable {
        case empty
        case noNumber
        /// A digit after the unit started, e.g. a range `3000—4000户`.
        case trailingText(String)
    }

    private static let dashes: Set<Character> = ["—", "–", "-", "―", "─", "－"]
    private static let comparators: [(String, Comparator)] = [
        (">=", .atLeast), ("≥", .atLeast), ("≧", .atLeast), ("＞=", .atLeast),
        ("<=", .atMost), ("≤", .atMost), ("≦", .atMost), ("＜=", .atMost),
        (">", .greaterThan), ("＞", .greaterThan),
        ("<", .lessThan), ("＜", .lessThan),
        ("=", .equal), ("＝", .equal),
    ]

    /// Reads the forms the plans use: an optional comparator, a number, an optional unit with
    /// or without a space; or a dash for "no value". Surrounding spaces are ignored.
    public static func parse(_ raw: String) -> Result<IndicatorValue, ParseFailure> {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .failure(.empty) }
        if text.allSatisfy({ dashes.contains($0) }) {
            return .success(IndicatorValue(dash: text))
        }
        var rest = Substring(text)
        var value = IndicatorValue()
        if let (prefix, comparator) = comparators.first(where: { rest.hasPrefix($0.0) }) {
            rest = rest.dropFirst(prefix.count)
            let spaces = rest.prefix { $0 == " " || $0 == "\u{3000}" }
            rest = rest.dropFirst(spaces.count)
            value.comparator = comparator
            value.comparatorText = prefix + spaces
        }
        let numberText = leadingNumber(rest)
        guard !numberText.isEmpty, let number = Double(normalizedDigits(numberText)) else {
            return .failure(.noNumber)
        }
        rest = rest.dropFirst(numberText.count)
        let spaces = rest.prefix { $0 == " " || $0 == "\u{3000}" }
        rest = rest.dropFirst(spaces.count)
        if rest.contains(where: { $0.isNumber || comparators.map(\.0).contains(String($0)) }) {
            return .failure(.trailingText(String(rest)))
        }
        // A percent or per-mille sign ends the value: `30%左右` is not a value the plans print.
        if let first = rest.first, first == "%" || first == "‰" || first == "％", rest.count > 1 {
            return .failure(.trailingText(String(rest)))
        }
        value.number = number
        value.numberText = String(numberText)
        value.separator = String(spaces)
        value.unit = String(rest)
        return .success(value)
    }

    /// Digits (ASCII or full-width) with an optional sign, thousands commas and decimal point.
    private static func leadingNumber(_ text: Substring) -> Substring {
        var end = text.startIndex
        var seenDigit = false
        var seenPoint = false
        for index in text.indices {
            let character = text[index]
            if index == text.startIndex, character == "-" || character == "−" {
                end = text.index(after: index)
                continue
            }
            if character.isASCII ? character.isWholeNumber : ("０"..."９").contains(character) {
                seenDigit = true
                end = text.index(after: index)
            } else if (character == "." || character == "．") && seenDigit && !seenPoint {
                seenPoint = true
                // A point only belongs to the number if a digit follows it.
                let next = text.index(after: index)
                guard next < text.endIndex, text[next].isWholeNumber else { break }
            } else if character == "," && seenDigit && !seenPoint {
                let next = text.index(after: index)
                guard next < text.endIndex, text[next].isWholeNumber else { break }
            } else {
                break
            }
        }
        return seenDigit ? text[text.startIndex..<end] : ""
    }

    private static func normalizedDigits(_ text: Substring) -> String {
        String(text.compactMap { character -> Character? in
            if character == "," { return nil }
            if character == "．" { return "." }
            if character == "−" { return "-" }
            if let value = character.unicodeScalars.first?.value, (0xFF10...0xFF19).contains(value) {
                return Character(UnicodeScalar(value - 0xFF10 + 0x30)!)
            }
            return character
        })
    }
}

import Foundation
