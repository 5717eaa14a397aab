/// Finds personal data in text: 18-digit resident ID numbers (with a valid check digit and a
/// plausible birth date), mainland mobile numbers, and bank card numbers (16 to 19 digits that
/// pass the Luhn check). Numbers may be written with single spaces or hyphens between digit
/// groups (`138-1234-5678`, `6222 0212 3456 7890`); a number glued to further digits is not
/// taken for one of these.
public enum PersonalDataScanner {
    public enum Kind: String, Sendable, Hashable {
        case residentID
        case mobile
        case bankCard

        /// The kind in words.
        public var label: String {
            switch self {
            case .residentID: "居民身份证号码"
            case .mobile: "手机号码"
            case .bankCard: "银行卡号"
            }
        }
    }

    public struct Match: Sendable, Hashable {
        public var kind: Kind
        /// The digits alone (and a final X of an ID number).
        public var digits: String
        /// The text as written, with any separators.
        public var text: String
        /// Offset of the first character in the scanned text, in Characters.
        public var offset: Int

        /// The number with its middle hidden: `110105********1234`, `138****5678`, `6222********0123`.
        public var masked: String {
            switch kind {
            case .residentID: String(digits.prefix(6)) + String(repeating: "*", count: 8) + String(digits.suffix(4))
            case .mobile: String(digits.prefix(3)) + "****" + String(digits.suffix(4))
            case .bankCard: String(digits.prefix(4)) + String(repeating: "*", count: digits.count - 8) + String(digits.suffix(4))
            }
        }
    }

    /// A quick test on the bytes: every number looked for has at least 11 digits, written
    /// together or with single spaces or hyphens between them, so a line without such a run
    /// holds none. Most lines of content are such lines, tables of dates and amounts too
    /// (`| 2024-05-09 | 31,500 |`). A run counted on bytes is never shorter than the token
    /// `scan` reads on Characters, so nothing `scan` would find is passed over.
    static func mayContainNumber(_ text: Substring) -> Bool {
        mayContainNumber(bytes: text.utf8)
    }

    /// The same test on a whole file's bytes, before they are decoded: ASCII digits, spaces and
    /// hyphens are the same single bytes in UTF-8 and GB18030, and a line break ends a run, so a
    /// file without such a run has no line with one. (GB18030's four-byte characters contain
    /// bytes that look like digits; they can only make the test say yes more often.)
    static func mayContainNumber(bytes: some Sequence<UInt8>) -> Bool {
        var run = 0
        var afterSeparator = false
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                afterSeparator = false
                if run >= 11 { return true }
            } else if (byte == 0x20 || byte == 0x2D) && run > 0 && !afterSeparator {
                afterSeparator = true
            } else {
                run = 0
                afterSeparator = false
            }
        }
        return false
    }

    public static func scan(_ text: String) -> [Match] {
        let characters = Array(text)
        var matches: [Match] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit, index == 0 || !characters[index - 1].isASCIIDigit else {
                index += 1
                continue
            }
            // A token: digits, single separators between digits, and an optional final X.
            var end = index
            var digits = ""
            while end < characters.count {
                let character = characters[end]
                if character.isASCIIDigit {
                    digits.append(character)
                    end += 1
                } else if (character == " " || character == "-"), end + 1 < characters.count, characters[end + 1].isASCIIDigit, !digits.isEmpty {
                    end += 1
                } else {
                    break
                }
            }
            if end < characters.count, characters[end] == "X" || characters[end] == "x", digits.count == 17 {
                digits.append("X")
                end += 1
            }
            let token = String(characters[index..<end])
            if let kind = classify(digits) {
                matches.append(Match(kind: kind, digits: digits, text: token, offset: index))
            } else if token.contains(where: { $0 == " " || $0 == "-" }) {
                // The separated reading was nothing; try each group on its own (a date range such
                // as 2024-13800138000 is unlikely, but a phone after a hyphen is not).
                var groupStart = index
                for position in index...end where position == end || !characters[position].isASCIIDigit {
                    let group = String(characters[groupStart..<position])
                    if let kind = classify(group) {
                        matches.append(Match(kind: kind, digits: group, text: group, offset: groupStart))
                    }
                    groupStart = position + 1
                }
            }
            index = max(end, index + 1)
        }
        return matches
    }

    static func classify(_ digits: String) -> Kind? {
        if digits.count == 18, isResidentID(digits) { return .residentID }
        if digits.count == 11, digits.hasPrefix("1"), let second = digits.dropFirst().first, "3456789".contains(second),
           digits.allSatisfy(\.isASCIIDigit) {
            return .mobile
        }
        if (16...19).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), passesLuhn(digits) { return .bankCard }
        return nil
    }

    /// GB 11643: 6-digit area, 8-digit birth date, 3-digit sequence, check digit (mod 11-2).
    static func isResidentID(_ id: String) -> Bool {
        let characters = Array(id)
        guard characters.count == 18, characters[0..<17].allSatisfy(\.isASCIIDigit), characters[0] != "0" else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(characters[0..<17], weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
        let check = Array("10X98765432")[sum % 11]
        guard characters[17].uppercased() == String(check) else { return false }
        guard let year = Int(String(characters[6..<10])), let month = Int(String(characters[10..<12])),
              let day = Int(String(characters[12..<14]))
        else { return false }
        return (1900...2100).contains(year) && CalendarDate(year: year, month: month, day: day) != nil
    }

    static func passesLuhn(_ digits: String) -> Bool {
        var sum = 0
        for (position, character) in digits.reversed().enumerated() {
            var value = Int(String(character))!
            if position % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
