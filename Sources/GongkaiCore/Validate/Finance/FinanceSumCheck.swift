/// Recomputes every 小计 and 合计 a finance table states from its items: a stated figure that
/// differs from the sum is an error at the cell where it is written, with the right figure.
enum FinanceSumCheck {
    static func check(_ stated: [FinanceTableDecoder.StatedSum], against entries: [FinanceEntry], diagnostics: DiagnosticBag) {
        var seen: [String: Int] = [:]
        for sum in stated {
            let name = sum.category.map { "“\($0)”\(sum.flow.rawValue)小计" } ?? "\(sum.flow.rawValue)合计"
            if let first = seen[name] {
                diagnostics.error(.financeSumRepeated, at: sum.rowLocation, "第 \(sum.line) 行与第 \(first) 行都是\(name)")
                continue
            }
            seen[name] = sum.line
            let items = entries.filter { $0.flow == sum.flow && (sum.category == nil || $0.category == sum.category) }
            let expected = items.reduce(Money.zero) { $0 + $1.amount }
            guard expected != sum.amount else { continue }
            let basis = items.isEmpty
                ? "本表没有这一类\(sum.flow.rawValue)明细，应为 \(expected)"
                : "按本表 \(items.count) 笔\(sum.flow.rawValue)明细重新相加应为 \(expected)"
            let difference = expected > sum.amount ? expected - sum.amount : sum.amount - expected
            diagnostics.error(
                sum.category == nil ? .financeTotalMismatch : .financeSubtotalMismatch, at: sum.amountLocation,
                "第 \(sum.line) 行\(name)写的是 \(sum.amount)，\(basis)（相差 \(difference)）")
        }
    }
}
