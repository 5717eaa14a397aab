/// The build cache's layout of the model's small types (`CacheReader`).

extension Village.Kind: CacheCodableByRawValue {}
extension ListSystem: CacheCodableByRawValue {}
extension Project.Status: CacheCodableByRawValue {}
extension DisclosureSchedule.State: CacheCodableByRawValue {}
extension DiagnosticCode: CacheCodableByRawValue {}
extension Severity: CacheCodableByRawValue {}

extension CalendarDate: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let (year, month, day) = (try Int(from: &reader), try Int(from: &reader), try Int(from: &reader))
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            throw CacheReader.Malformed(description: "not a date: \(year)-\(month)-\(day)")
        }
        self = date
    }

    func write(to writer: inout CacheWriter) {
        writer.write(year)
        writer.write(month)
        writer.write(day)
    }
}

extension SourceLocation: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(file: try reader.read(), line: try reader.read(), column: try reader.read(), field: try reader.read())
    }

    func write(to writer: inout CacheWriter) {
        writer.write(file)
        writer.write(line)
        writer.write(column)
        writer.write(field)
    }
}

extension Diagnostic: CacheCodable {
    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let code = try DiagnosticCode(from: &reader)
        self.init(code, try reader.read(Severity.self), at: try reader.read(), message: try reader.read(), hint: try reader.read(String.self))
    }

    func write(to writer: inout CacheWriter) {
        writer.write(code)
        writer.write(severity)
        writer.write(location)
        writer.write(message)
        writer.write(hint)
    }
}
