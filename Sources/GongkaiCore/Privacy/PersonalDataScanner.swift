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

    /// A run of digits, with single spaces or hyphens between them, as `mayContainNumber` counts
    /// it on bytes.
    private static func mayContainNumber(bytes: some Sequence<UInt8>) -> Bool {
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

    /// Whether `scan` could find anything in the text of a whole file, answered on its bytes
    /// before they are decoded (UTF-8 or GB18030): `false` only when it finds nothing.
    ///
    /// The bytes are cut into tokens as `scan` cuts Characters: digits, single spaces or hyphens
    /// between digits, a final X after 17 digits. ASCII digits, spaces, hyphens and X are the same
    /// single bytes in both encodings. A token with fewer than 11 digits holds no number `scan`
    /// looks for. A token whose neighbouring bytes are ASCII too is exactly the token `scan` reads
    /// there, since ASCII characters never join into one Character (except CR LF, which is neither
    /// a digit nor a separator), so that token alone is scanned. A token next to a non-ASCII byte
    /// may be read differently (a combining mark makes its digit another Character; in GB18030 a
    /// four-byte character ends with a digit byte), so the answer is yes and the file is decoded.
    /// Most files pass without being decoded: landline numbers (`0439-6637918`) and 12-digit
    /// division codes between commas or quotes are tokens that classify as nothing.
    static func mayFindMatch(bytes: UnsafeRawBufferPointer) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            guard isDigit(bytes[index]), index == 0 || !isDigit(bytes[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            var digits = 0
            while end < count {
                let byte = bytes[end]
                if isDigit(byte) {
                    digits += 1
                    end += 1
                } else if byte == 0x20 || byte == 0x2D, end + 1 < count, isDigit(bytes[end + 1]) {
                    end += 1
                } else {
                    break
                }
            }
            if end < count, bytes[end] == 0x58 || bytes[end] == 0x78, digits == 17 { end += 1 }
            if digits >= 11 {
                let asciiBefore = index == 0 || bytes[index - 1] < 0x80
                let asciiAfter = end == count || bytes[end] < 0x80
                guard asciiBefore, asciiAfter else { return true }
                if tokenHoldsMatch(UnsafeRawBufferPointer(rebasing: bytes[index..<end])) { return true }
            }
            index = max(end, index + 1)
        }
        return false
    }

    /// What `scan` finds in a token of ASCII bytes: its digits (and final X) as one number,
    /// or else, if it has separators, one of its groups of digits.
    private static func tokenHoldsMatch(_ token: UnsafeRawBufferPointer) -> Bool {
        var digits: [UInt8] = []
        digits.reserveCapacity(token.count)
        var hasSeparator = false
        for byte in token {
            if byte == 0x20 || byte == 0x2D { hasSeparator = true } else { digits.append(byte) }
        }
        if classify(ascii: digits[...]) != nil { return true }
        guard hasSeparator else { return false }
        return token.split(whereSeparator: { !isDigit($0) }).contains { classify(ascii: Array($0)[...]) != nil }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Every personal number in `text`. Most texts hold none, which their bytes tell
    /// (`mayFindMatch`) without cutting them into Characters.
    public static func scan(_ text: String) -> [Match] {
        var text = text
        guard text.withUTF8({ mayFindMatch(bytes: UnsafeRawBufferPointer($0)) }) else { return [] }
        return scanCharacters(text)
    }

    /// `scan` without the test on bytes: what that test must never pass over.
    static func scanCharacters(_ text: String) -> [Match] {
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
        classify(ascii: Array(digits.utf8)[...])
    }

    /// `digits`: ASCII digits, the last one perhaps an X.
    static func classify(ascii digits: ArraySlice<UInt8>) -> Kind? {
        let allDigits = digits.allSatisfy(isDigit)
        if digits.count == 18, isResidentID(digits) { return .residentID }
        if digits.count == 11, allDigits, digits.first == UInt8(ascii: "1"),
           let second = digits.dropFirst().first, second >= UInt8(ascii: "3") {
            return .mobile
        }
        if (16...19).contains(digits.count), allDigits, passesLuhn(digits) { return .bankCard }
        return nil
    }

    /// GB 11643: 6-digit area, 8-digit birth date, 3-digit sequence, check digit (mod 11-2).
    private static func isResidentID(_ id: ArraySlice<UInt8>) -> Bool {
        let id = Array(id)
        guard id.count == 18, id[0..<17].allSatisfy(isDigit), id[0] != UInt8(ascii: "0") else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for position in 0..<17 { sum += Int(id[position] - UInt8(ascii: "0")) * weights[position] }
        let check = Array("10X98765432".utf8)[sum % 11]
        let last = id[17] == UInt8(ascii: "x") ? UInt8(ascii: "X") : id[17]
        guard last == check else { return false }
        func number(_ range: Range<Int>) -> Int { id[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } }
        let year = number(6..<10)
        return (1900...2100).contains(year) && CalendarDate(year: year, month: number(10..<12), day: number(12..<14)) != nil
    }

    private static func passesLuhn(_ digits: ArraySlice<UInt8>) -> Bool {
        var sum = 0
        for (position, byte) in digits.reversed().enumerated() {
            var value = Int(byte - UInt8(ascii: "0"))
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
