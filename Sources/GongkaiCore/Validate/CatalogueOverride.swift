/// A township's or village's `catalogue.yaml` as written: items it adds, changes, switches off
/// and switches back on, each with where it was written so that problems found when it is
/// applied can name the file, line and column.
struct CatalogueOverride {
    var file: String
    var townshipID: String
    /// nil for a township's file.
    var villageID: String?
    /// Where the file starts, for problems with the whole file.
    var location: SourceLocation
    var added: [Added] = []
    var changes: [Change] = []
    var switchedOff: [Switch] = []
    var switchedOn: [Switch] = []

    struct Added {
        var item: CatalogueItem
        var location: SourceLocation
    }

    /// Only the fields written are set.
    struct Change {
        var id: String
        var location: SourceLocation
        var frequency: CatalogueItem.Frequency?
        var frequencyLocation: SourceLocation?
        var deadlineDay: Int?
        var appliesTo: Set<Village.Kind>?
        var appliesToLocation: SourceLocation?
        var basis: String?
        var publisher: String?
        var reason: String?
        /// The entry itself, for a field it lacks.
        var entryLocation: SourceLocation
    }

    /// An item switched off (with its reason) or back on.
    struct Switch {
        var id: String
        var location: SourceLocation
        var reason: String?
    }
}
