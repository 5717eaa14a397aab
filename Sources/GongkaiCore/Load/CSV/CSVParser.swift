/// A strict reader of RFC 4180 CSV, as Excel writes it: comma-separated, fields optionally in
/// double quotes, `""` for a quote inside a quoted field, quoted fields may hold commas and line
/// breaks, lines end in CRLF or LF.
///
/// Written here rather than taken from a package because the CSV readers available to the
/// project accept malformed quoting silently and report no positions, and a webmaster needs
/// to be told "row 12, column 3: a quote is not closed" instead of getting shifted columns.
struct CSVParser {
    struct Record: Equatable {
        /// The line (from 1) where the record starts.
        var line: Int
        var fields: [String]
    }

    struct Failure: Error, Equatable {
        enum Reason: Equatable {
            /// A quoted field is still open at the end of the file.
            case unterminatedQuote
            /// Something other than a comma or a line break follows a closing quote.
            case textAfterClosingQuote
            /// A quote in the middle of a field that did not start with one.
            case quoteInUnquotedField
        }

        var reason: Reason
        var line: Int
        /// The field's position in the record, from 1.
        var column: Int
    }

    static func parse(_ text: String) -> Result<[Record], Failure> {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// The delimiters are ASCII, so the text is read as UTF-8 bytes: an unquoted field is the
    /// run of bytes between two of them, and only a quoted field is copied byte by byte (to
    /// turn `""` into `"`).
    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Result<[Record], Failure> {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")
        var records: [Record] = []
        var fields: [String] = []
        var quoted: [UInt8] = []
        var line = 1
        var recordLine = 1
        // Where the current field's bytes start, unless it was quoted.
        var fieldStart = 0
        var fieldWasQuoted = false
        var index = 0

        func field(endingAt end: Int) -> String {
            fieldWasQuoted
                ? String(decoding: quoted, as: UTF8.self)
                : String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<end]), as: UTF8.self)
        }

        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case comma:
                fields.append(field(endingAt: index))
                index += 1
                fieldStart = index
                fieldWasQuoted = false
            case carriageReturn, lineFeed:
                fields.append(field(endingAt: index))
                records.append(Record(line: recordLine, fields: fields))
                fields = []
                fieldWasQuoted = false
                index += byte == carriageReturn && index + 1 < bytes.count && bytes[index + 1] == lineFeed ? 2 : 1
                line += 1
                recordLine = line
                fieldStart = index
            case quote:
                if fieldWasQuoted {
                    return .failure(Failure(reason: .textAfterClosingQuote, line: line, column: fields.count + 1))
                }
                guard index == fieldStart else {
                    return .failure(Failure(reason: .quoteInUnquotedField, line: line, column: fields.count + 1))
                }
                let openedOnLine = line
                quoted.removeAll(keepingCapacity: true)
                index += 1
                var closed = false
                while index < bytes.count {
                    let inside = bytes[index]
                    index += 1
                    if inside == quote {
                        guard index < bytes.count, bytes[index] == quote else {
                            closed = true
                            break
                        }
                        index += 1
                    } else if inside == lineFeed {
                        line += 1
                    }
                    quoted.append(inside)
                }
                guard closed else {
                    return .failure(Failure(reason: .unterminatedQuote, line: openedOnLine, column: fields.count + 1))
                }
                fieldWasQuoted = true
            default:
                if fieldWasQuoted {
                    return .failure(Failure(reason: .textAfterClosingQuote, line: line, column: fields.count + 1))
                }
                index += 1
            }
        }
        if fieldWasQuoted || index > fieldStart || !fields.isEmpty {
            fields.append(field(endingAt: index))
            records.append(Record(line: recordLine, fields: fields))
        }
        return .success(records)
    }
}
