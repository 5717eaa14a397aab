/// An amount of money counted in 分 (hundredths of a yuan). Finance tables are added up and
/// compared to the fen in whole numbers, never through floating point, so a stated total is
/// either exactly right or wrong.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var fen: Int

    public init(fen: Int) {
        self.fen = fen
    }

    public static let zero = Money(fen: 0)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }

    /// Yuan with thousands separators and two decimals: `1,234.50`, `-12.00`.
    public var grouped: String {
        let magnitude = fen.magnitude
        let yuan = String(magnitude / 100)
        var digits = ""
        for (index, character) in yuan.enumerated() {
            if index > 0, (yuan.count - index) % 3 == 0 { digits.append(",") }
            digits.append(character)
        }
        return (fen < 0 ? "-" : "") + digits + "." + Money.twoDigits(magnitude % 100)
    }

    /// As residents read it on a page: `¥1,234.50`, `-¥12.00`.
    public var currency: String {
        fen < 0 ? "-¥" + String(grouped.dropFirst()) : "¥" + grouped
    }

    /// For open data and Excel: no separators, two decimals, `1234.50`.
    public var plain: String {
        (fen < 0 ? "-" : "") + String(fen.magnitude / 100) + "." + Money.twoDigits(fen.magnitude % 100)
    }

    /// In messages: `1,234.50 元`.
    public var description: String { grouped + " 元" }

    private static func twoDigits(_ value: UInt) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    /// `part` as a share of `whole` with one decimal, rounded half up: `39.0%`; `—` when the
    /// whole is zero.
    public static func share(_ part: Money, of whole: Money) -> String {
        guard whole.fen > 0 else { return "—" }
        let tenths = (part.fen * 1000 * 2 + whole.fen) / (whole.fen * 2)
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
