import Testing
@testable import GongkaiCore

/// `CalendarDate`: parsing `YYYY-MM-DD`, printing and ordering.
@Suite("CalendarDate")
struct CalendarDateTests {
    @Test("a valid date parses into its parts")
    func parsesValidDate() throws {
        let date = try #require(CalendarDate("2022-12-12"))
        #expect(date.year == 2022)
        #expect(date.month == 12)
        #expect(date.day == 12)
    }

    @Test("29 February in a leap year")
    func leapDay() throws {
        let date = try #require(CalendarDate("2024-02-29"))
        #expect(date.year == 2024)
        #expect(date.month == 2)
        #expect(date.day == 29)
        #expect(CalendarDate("2000-02-29") != nil)
    }

    @Test("one-digit month and day are accepted")
    func oneDigitParts() throws {
        let date = try #require(CalendarDate("2024-3-5"))
        #expect(date == CalendarDate(year: 2024, month: 3, day: 5))
    }

    @Test("invalid dates are refused", arguments: [
        "2023-02-29", // not a leap year
        "1900-02-29", // century, not a leap year
        "2022-13-01", // no 13th month
        "2022-00-10",
        "2022-04-31", // April has 30 days
        "2022-12-00",
        "2022/12/12", // wrong separator
        "22-1-1", // two-digit year
        "2022-012-01", // three-digit month
        "2022-12", // missing day
        "2022-12-12-01",
        "",
        "二〇二二-12-12",
    ])
    func refusesInvalid(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("invalid parts are refused by the memberwise initialiser")
    func refusesInvalidParts() {
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 2022, month: 6, day: 31) == nil)
        #expect(CalendarDate(year: 2022, month: 6, day: 30) != nil)
    }

    @Test("days in each month")
    func daysInMonth() {
        #expect(CalendarDate.daysIn(month: 2, year: 2024) == 29)
        #expect(CalendarDate.daysIn(month: 2, year: 2023) == 28)
        #expect(CalendarDate.daysIn(month: 2, year: 2100) == 28)
        #expect(CalendarDate.daysIn(month: 2, year: 2000) == 29)
        #expect(CalendarDate.daysIn(month: 9, year: 2022) == 30)
        #expect(CalendarDate.daysIn(month: 12, year: 2022) == 31)
    }

    @Test("description zero-pads month and day")
    func descriptionPads() throws {
        #expect(try #require(CalendarDate("2024-3-5")).description == "2024-03-05")
        #expect(try #require(CalendarDate(year: 2022, month: 12, day: 12)).description == "2022-12-12")
        #expect(try #require(CalendarDate(year: 987, month: 1, day: 9)).description == "0987-01-09")
    }

    @Test("chinese form has no padding")
    func chineseForm() throws {
        #expect(try #require(CalendarDate("2022-12-12")).chinese == "2022年12月12日")
        #expect(try #require(CalendarDate("2024-03-05")).chinese == "2024年3月5日")
    }

    @Test("dates order by year, then month, then day")
    func ordering() throws {
        let a = try #require(CalendarDate("2022-12-12"))
        let b = try #require(CalendarDate("2023-01-01"))
        let c = try #require(CalendarDate("2023-01-31"))
        let d = try #require(CalendarDate("2023-02-01"))
        #expect(a < b)
        #expect(b < c)
        #expect(c < d)
        #expect(!(b < a))
        #expect(!(a < a))
        #expect([d, b, a, c].sorted() == [a, b, c, d])
        #expect(CalendarDate("2022-1-5") != nil)
        #expect(CalendarDate("2022-1-5") == CalendarDate("2022-01-05"))
    }

    /// The doc comment promises `YYYY-MM-DD`; `Int(_:)` alone would also take a leading `+`.
    @Test("a sign inside a part is refused")
    func refusesSigns() {
        #expect(CalendarDate("2022-+1-01") == nil)
        #expect(CalendarDate("+022-01-01") == nil)
        #expect(CalendarDate("2022--1-01") == nil)
    }

    /// Dates in tables: as ISO, as Excel shows them, with dots, or in Chinese.
    @Test(arguments: ["2024-03-01", "2024/3/1", "2024.3.1", "2024年3月1日", "2024年03月01日", "2024-3-1"])
    func tableDatesInEveryWrittenForm(text: String) {
        #expect(TableRow.parseDate(text) == CalendarDate(year: 2024, month: 3, day: 1))
    }

    @Test(arguments: ["2024-13-01", "24/3/1", "2024/3/1/", "2024年3月", "三月一日", "2024，3，1", "2024/02/30", ""])
    func tableDatesThatAreNot(text: String) {
        #expect(TableRow.parseDate(text) == nil)
    }
}
