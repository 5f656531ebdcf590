/// One HTTP header field as sent or received.
public struct HTTPHeader: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == HTTPHeader {
    /// The value of the last header named `name` (case-insensitive), as servers may repeat one.
    public func value(for name: String) -> String? {
        last { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
