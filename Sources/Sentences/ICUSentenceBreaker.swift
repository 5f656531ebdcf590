import CICUShim

/// ICU's English sentence break iterator, fed and answered in Unicode scalar offsets.
enum ICUSentenceBreaker {
    /// The boundaries ICU proposes inside `text[range]`, as absolute scalar offsets in ascending order
    /// (the ends of the range included), or nil when ICU cannot be used.
    ///
    /// Line terminators are handed to ICU as spaces: ICU ends a sentence at every line break, while
    /// inside a paragraph most line breaks only wrap the text; the line rules decide the others.
    static func boundaries(in text: [Unicode.Scalar], range: Range<Int>) -> [Int]? {
        var units: [UInt16] = []
        units.reserveCapacity(range.count + range.count / 16)
        // The scalar offset of each UTF-16 unit; ICU never breaks inside a surrogate pair.
        var scalarOffsets: [Int] = []
        scalarOffsets.reserveCapacity(range.count + range.count / 16 + 1)
        for offset in range {
            let scalar = text[offset].isLineTerminator ? " " : text[offset]
            for unit in scalar.utf16 {
                units.append(unit)
                scalarOffsets.append(offset)
            }
        }
        scalarOffsets.append(range.upperBound)
        guard units.count < Int(Int32.max) else { return nil }

        var found = [Int32](repeating: 0, count: units.count + 1)
        let count = units.withUnsafeBufferPointer { input in
            found.withUnsafeMutableBufferPointer { output in
                cw_sentence_breaks(input.baseAddress, Int32(input.count), output.baseAddress, Int32(output.count))
            }
        }
        guard count >= 0 else { return nil }
        return found.prefix(min(Int(count), found.count)).map { scalarOffsets[Int($0)] }
    }
}
