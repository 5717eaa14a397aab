/// One publication that counts for a catalogue item in one period: a notice that names the
/// item, or the village's finance data covering the period. Deadlines are checked on these.
public struct CatalogueRecord: Sendable, Hashable {
    public var item: String
    public var period: DisclosurePeriod
    public var publishedOn: CalendarDate

    public init(item: String, period: DisclosurePeriod, publishedOn: CalendarDate) {
        self.item = item
        self.period = period
        self.publishedOn = publishedOn
    }

    /// The record of a notice, when it names an item and has not been withdrawn.
    public init?(_ disclosure: Disclosure) {
        guard let item = disclosure.item, disclosure.retraction == nil else { return nil }
        self.init(item: item, period: disclosure.period, publishedOn: disclosure.publishedOn)
    }
}
