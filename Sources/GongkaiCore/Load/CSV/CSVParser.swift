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
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        var quoteOpenedOnLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func next() -> Unicode.Scalar? {
            if let scalar = pending {
                pending = nil
                return scalar
            }
            return scalars.next()
        }

        func endRecord() {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
            fields = []
            field = ""
            fieldWasQuoted = false
        }

        while let scalar = next() {
            if inQuotes {
                if scalar == "\"" {
                    let following = next()
                    if following == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        inQuotes = false
                        pending = following
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            case "\r":
                let following = next()
                if following != "\n" { pending = following }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            case "\"":
                if fieldWasQuoted {
                    return .failure(Failure(reason: .textAfterClosingQuote, line: line, column: fields.count + 1))
                }
                guard field.isEmpty else {
                    return .failure(Failure(reason: .quoteInUnquotedField, line: line, column: fields.count + 1))
                }
                inQuotes = true
                fieldWasQuoted = true
                quoteOpenedOnLine = line
            default:
                if fieldWasQuoted {
                    return .failure(Failure(reason: .textAfterClosingQuote, line: line, column: fields.count + 1))
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            return .failure(Failure(reason: .unterminatedQuote, line: quoteOpenedOnLine, column: fields.count + 1))
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
            endRecord()
        }
        return .success(records)
    }
}
