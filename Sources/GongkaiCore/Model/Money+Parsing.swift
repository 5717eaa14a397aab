/// Reading an amount of money as a webmaster types it in Excel or YAML: `1,234.50`, `1234.5`,
/// `1234`, optionally with `¥`/`￥` in front or `元` behind. Exact: the digits become fen
/// without passing through a floating-point number.
extension Money {
    public enum ParseError: Error, Sendable, Hashable {
        /// Nothing but spaces.
        case empty
        /// Letters, a second decimal point, a full-width digit…
        case notANumber
        /// `12.345`: more than two digits after the point (the value has that many).
        case tooManyDecimals(Int)
        /// `-12`, `−12` or `(12)`.
        case negative
        /// A comma that does not separate thousands: `1,23,4`.
        case misplacedSeparator
        /// More than 13 digits of yuan.
        case tooLarge
    }

    /// The largest number of yuan digits accepted: enough for any village's accounts, and far
    /// from overflowing when many amounts are added up.
    static let maximumYuanDigits = 13

    public static func parse(_ text: String) -> Result<Money, ParseError> {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.first == "¥" || body.first == "￥" { body = body.dropFirst() }
        if body.last == "元" { body = body.dropLast() }
        body = Substring(body.trimmingCharacters(in: .whitespaces))
        guard !body.isEmpty else { return .failure(.empty) }
        if let first = body.first, ["-", "−", "－"].contains(first) {
            return parseUnsigned(body.dropFirst()).flatMap { _ in .failure(.negative) }
        }
        if body.first == "(" || body.first == "（", body.last == ")" || body.last == "）" {
            return parseUnsigned(body.dropFirst().dropLast()).flatMap { _ in .failure(.negative) }
        }
        return parseUnsigned(body)
    }

    /// Digits with optional thousands separators, then optionally a point and up to two digits.
    private static func parseUnsigned(_ text: Substring) -> Result<Money, ParseError> {
        let parts = text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count <= 2, !(parts[0].isEmpty && (parts.count == 1 || parts[1].isEmpty)) else {
            return .failure(.notANumber)
        }
        let whole = parts[0], fraction = parts.count == 2 ? parts[1] : ""
        guard whole.allSatisfy({ isDigit($0) || $0 == "," }), fraction.allSatisfy(isDigit) else {
            return .failure(.notANumber)
        }
        if fraction.count > 2 { return .failure(.tooManyDecimals(fraction.count)) }
        if whole.contains(",") {
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return .failure(.misplacedSeparator)
            }
        }
        let yuanDigits = whole.filter(isDigit).drop { $0 == "0" }
        guard yuanDigits.count <= maximumYuanDigits else { return .failure(.tooLarge) }
        let yuan = Int(String(yuanDigits)) ?? 0
        let cents = Int(String(fraction) + String(repeating: "0", count: 2 - fraction.count)) ?? 0
        return .success(Money(fen: yuan * 100 + cents))
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}

import Foundation
