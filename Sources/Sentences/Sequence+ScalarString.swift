extension Sequence where Element == Unicode.Scalar {
    /// The scalars as a String, encoded straight to UTF-8 (building a `String.UnicodeScalarView`
    /// one scalar at a time took half of the segmenter's time).
    var string: String {
        var length = 0
        for scalar in self { length += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var offset = 0
            for scalar in self {
                UTF8.encode(scalar) { unit in
                    buffer[offset] = unit
                    offset += 1
                }
            }
            return offset
        }
    }
}
