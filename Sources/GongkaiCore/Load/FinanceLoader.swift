import Foundation

/// Loads a village's `finance/` folder: for each period a CSV table of items
/// (`finance/2025-Q1.csv`) and a YAML file of balances and review (`finance/2025-Q1.yaml`),
/// paired by file name.
enum FinanceLoader {
    static let folder = "finance"

    static func load(village path: String, from content: some ContentSource, diagnostics: DiagnosticBag) -> [RawFinancePeriod] {
        let financePath = "\(path)/\(folder)"
        let files = content.entries(in: financePath, directories: false)
        let tables = Set(files.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) })
        let balances = Set(files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) })
        return tables.union(balances).sorted().map { name in
            let tablePath = "\(financePath)/\(name).csv", balancePath = "\(financePath)/\(name).yaml"
            var yaml: ParsedYAML?
            if balances.contains(name),
               let file = TextFile.read(balancePath, from: content, required: true, diagnostics: diagnostics),
               let node = YAMLDocument.parse(file, diagnostics: diagnostics) {
                yaml = ParsedYAML(file: balancePath, node: node)
            }
            return RawFinancePeriod(
                name: name, tablePath: tablePath, balancePath: balancePath,
                hasTable: tables.contains(name), hasBalance: balances.contains(name),
                table: tables.contains(name) ? CSVTable.read(tablePath, from: content, diagnostics: diagnostics) : nil,
                balance: yaml)
        }
    }
}

/// One period of a village's finances as found on disk, before any check.
struct RawFinancePeriod {
    /// The file name without extension: `2025-Q1`.
    var name: String
    var tablePath: String
    var balancePath: String
    var hasTable: Bool
    var hasBalance: Bool
    /// nil when the file is missing or could not be read (already reported).
    var table: CSVTable?
    var balance: ParsedYAML?
}
