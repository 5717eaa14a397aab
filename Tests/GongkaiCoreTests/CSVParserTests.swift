import Testing

@testable import GongkaiCore

/// `CSVParser` reads UTF-8 bytes; the straightforward reader below reads the same rules on
/// Unicode scalars, one at a time. On random texts of quotes, commas, line breaks and
/// characters of every width they agree: the same records on the same lines, or the same
/// failure at the same place.
@Suite struct CSVParserTests {
    @Test func theParserAgreesWithAScalarReaderOnRandomTexts() {
        var generator = SeededRandom(state: 4180)
        let pieces = ["a", "编号", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "é", "e\u{301}", "😀", "𠀀", "1"]
        var accepted = 0
        var refused = 0
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...16, using: &generator) {
                text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            let parsed = CSVParser.parse(text)
            let expected = ScalarReader.parse(text)
            switch (parsed, expected) {
            case let (.success(records), .success(expectedRecords)):
                accepted += 1
                #expect(records == expectedRecords, "\(Array(text.unicodeScalars))")
            case let (.failure(failure), .failure(expectedFailure)):
                refused += 1
                #expect(failure == expectedFailure, "\(Array(text.unicodeScalars))")
            default:
                Issue.record("one accepts what the other refuses: \(Array(text.unicodeScalars))")
            }
        }
        #expect(accepted > 1000 && refused > 1000, "both outcomes are tried")
    }

    @Test func quotedFieldsKeepTheirCommasQuotesAndLineBreaks() throws {
        let records = try CSVParser.parse("编号,说明\r\nN1,\"路灯, \"\"亮化\"\"\n工程\"\r\nN2,\n").get()
        #expect(records == [
            CSVParser.Record(line: 1, fields: ["编号", "说明"]),
            CSVParser.Record(line: 2, fields: ["N1", "路灯, \"亮化\"\n工程"]),
            CSVParser.Record(line: 4, fields: ["N2", ""]),
        ])
    }
}

/// The rules of `CSVParser`, read one Unicode scalar at a time.
private enum ScalarReader {
    static func parse(_ text: String) -> Result<[CSVParser.Record], CSVParser.Failure> {
        var records: [CSVParser.Record] = []
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
            records.append(CSVParser.Record(line: recordLine, fields: fields))
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
                    return .failure(CSVParser.Failure(reason: .textAfterClosingQuote, line: line, column: fields.count + 1))
                }
                guard field.isEmpty else {
                    return .failure(CSVParser.Failure(reason: .quoteInUnquotedField, line: line, column: fields.count + 1))
                }
                inQuotes = true
                fieldWasQuoted = true
                quoteOpenedOnLine = line
            default:
                if fieldWasQuoted {
                    return .failure(CSVParser.Failure(reason: .textAfterClosingQuote, line: line, column: fields.count + 1))
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            return .failure(CSVParser.Failure(reason: .unterminatedQuote, line: quoteOpenedOnLine, column: fields.count + 1))
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
            endRecord()
        }
        return .success(records)
    }
}
