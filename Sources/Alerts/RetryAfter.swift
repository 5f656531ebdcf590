import Foundation

/// An HTTP `Retry-After` value: a number of seconds, or an HTTP-date.
public enum RetryAfter: Sendable, Equatable {
    case delay(Duration)
    case date(Date)

    /// Parses a header value: non-negative decimal seconds, or an IMF-fixdate (with the
    /// obsolete RFC 850 and asctime forms that RFC 9110 asks recipients to accept). Anything
    /// else is nil, and the backoff alone decides.
    public static func parse(_ value: String) -> RetryAfter? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            // Beyond a year it is a broken server, not a plan; clamp rather than overflow.
            let seconds = min(Int64(text) ?? Int64.max, 366 * 86_400)
            return .delay(.seconds(seconds))
        }
        for format in ["EEE, dd MMM yyyy HH:mm:ss 'GMT'", "EEEE, dd-MMM-yy HH:mm:ss 'GMT'", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text.replacingOccurrences(of: "  ", with: " ")) { return .date(date) }
        }
        return nil
    }

    /// The earliest time the next attempt may be made, for an answer received at `answeredAt`.
    public func earliest(after answeredAt: Date) -> Date {
        switch self {
        case .delay(let duration): answeredAt.addingTimeInterval(duration.seconds)
        case .date(let date): date
        }
    }
}

extension Duration {
    /// The duration in (fractional) seconds.
    var seconds: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
