/// Reads amounts of money from CSV cells and YAML fields, reporting `GK510` with the reason
/// in words when one cannot be taken as it is written.
enum MoneyReading {
    /// What is wrong with `text`, as a sentence about it.
    static func problem(_ error: Money.ParseError, text: String) -> String {
        switch error {
        case .empty: "金额是空的"
        case .notANumber: "“\(text)”不是金额，只能写阿拉伯数字、小数点和千位分隔的逗号"
        case let .tooManyDecimals(count): "“\(text)”有 \(count) 位小数，金额最多写到分（两位小数）"
        case .negative: "“\(text)”是负数，金额不能为负"
        case .misplacedSeparator: "“\(text)”中逗号的位置不对，千位分隔符应每三位一个，例如 1,234,567.00"
        case .tooLarge: "“\(text)”太大，超过了 \(Money.maximumYuanDigits) 位数"
        }
    }

    /// A required amount in a table cell: empty is `GK125`, unreadable is `GK510`.
    static func cell(_ row: TableRow, _ key: String) -> Money? {
        guard let text = row.required(key) else { return nil }
        switch Money.parse(text) {
        case let .success(money):
            return money
        case let .failure(error):
            row.diagnostics.error(.moneyInvalid, at: row.location(key), "第 \(row.line) 行的金额\(problem(error, text: text))")
            return nil
        }
    }

    /// A required amount in a YAML mapping, with where it was written.
    static func field(_ reader: MappingReader, _ key: String, label: String) -> (value: Money, location: SourceLocation)? {
        guard let text = reader.string(key, required: true, label: label), let node = reader.node(key) else { return nil }
        switch Money.parse(text) {
        case let .success(money):
            return (money, node.location)
        case let .failure(error):
            reader.diagnostics.error(.moneyInvalid, at: node.location, "\(label)\(problem(error, text: text))")
            return nil
        }
    }
}
