/// Colours and patterns shared by all charts. Every colour used for text or for a mark that
/// carries meaning has at least 4.5:1 contrast against white; meaning is never carried by
/// colour alone (line style, marker shape, hatching and labels carry it too), so charts read
/// in black and white print.
enum ChartPalette {
    /// #1a1a1a on white: 17.4:1.
    static let text = "#1a1a1a"
    /// #4a4a4a on white: 8.9:1.
    static let muted = "#4a4a4a"
    /// Grid lines are decoration, not meaning.
    static let grid = "#c8c8c8"
    /// Actual values: #0b4f9c on white, 7.9:1.
    static let actual = "#0b4f9c"
    /// Target: #8c1c13 on white, 9.4:1.
    static let target = "#8c1c13"
    /// Met: #1d6b2f on white, 6.6:1.
    static let met = "#1d6b2f"
    /// Behind: #9c3d00 on white, 6.4:1.
    static let behind = "#9c3d00"

    /// Hatch pattern definitions, referenced as `url(#<id>-hatch)` and `url(#<id>-dots)`.
    static func patterns(id: String) -> String {
        """
        <defs>
        <pattern id="\(id)-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="8" stroke="\(behind)" stroke-width="3"/>
        </pattern>
        <pattern id="\(id)-dots" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#ffffff"/><circle cx="3" cy="3" r="1.5" fill="\(muted)"/>
        </pattern>
        </defs>

        """
    }
}
