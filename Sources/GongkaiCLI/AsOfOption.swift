import ArgumentParser
import GongkaiCore

/// `--as-of`: the day the disclosure deadlines are checked against, for every command that
/// checks them (`build`, `check`, `serve`), so that they all give the same answer for a day.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "按哪一天检查公开期限，写成 年-月-日（默认今天）；指定日期可让每次结果相同。")
    var asOf: String?

    /// The day given, or nil for today; a date that cannot be read stops the command.
    func day() throws -> CalendarDate? {
        guard let asOf else { return nil }
        guard let day = CalendarDate(asOf) else {
            Console.error("错误：--as-of 的日期“\(asOf)”无法识别，请写成 年-月-日，例如 2025-07-01。")
            throw ExitCode(1)
        }
        return day
    }
}
