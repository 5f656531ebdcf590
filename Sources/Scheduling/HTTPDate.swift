import ClaimwatchModel
import Foundation

/// Reads HTTP dates: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) and the obsolete RFC 850
/// (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`) forms.
enum HTTPDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func parse(_ text: String) -> Date? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map(String.init)
        var day: Int?, month: Int?, year: Int?, time: [Int]?
        for part in parts.dropFirst() {
            let lower = part.lowercased()
            if let index = months.firstIndex(of: lower) {
                month = index + 1
            } else if part.contains(":") {
                let fields = part.split(separator: ":").compactMap { Int($0) }
                guard fields.count == 3 else { return nil }
                time = fields
            } else if let number = Int(part) {
                // The day has one or two digits and comes before the year in every form.
                if day == nil && part.count <= 2 {
                    day = number
                } else {
                    year = part.count == 2 ? (number < 70 ? 2000 + number : 1900 + number) : number
                }
            } else if lower != "gmt" && lower != "utc" {
                return nil
            }
        }
        guard let day, let month, let year, let time, (1...31).contains(day),
              (0...23).contains(time[0]), (0...59).contains(time[1]), (0...60).contains(time[2]) else { return nil }
        let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + time[0] * 3600 + time[1] * 60 + time[2]))
    }
}
