import Foundation

/// A safetensors file, read once into memory (memory-mapped when the system allows it).
///
/// The format: an 8-byte little-endian header length N, N bytes of a JSON object mapping each
/// tensor name to `{"dtype", "shape", "data_offsets": [begin, end]}` (offsets relative to the byte
/// after the header) plus an optional `"__metadata__"` string-to-string map, then the data.
/// Every entry is checked when the file is opened, so a truncated or corrupt file fails here, with
/// the file and tensor named, and never later.
public struct SafeTensors: Sendable {
    /// The element type of a tensor, as spelled in the header.
    public enum DType: String, Sendable {
        case f64 = "F64", f32 = "F32", f16 = "F16", bf16 = "BF16"
        case i64 = "I64", i32 = "I32", i16 = "I16", i8 = "I8", u8 = "U8", bool = "BOOL"

        /// Bytes per element.
        public var size: Int {
            switch self {
            case .f64, .i64: 8
            case .f32, .i32: 4
            case .f16, .bf16, .i16: 2
            case .i8, .u8, .bool: 1
            }
        }
    }

    /// One header entry: where a tensor's bytes are and how to read them.
    public struct Entry: Sendable, Equatable {
        public var dtype: DType
        public var shape: [Int]
        /// Byte range in the file (absolute, header included).
        public var range: Range<Int>
        /// The number of elements (the product of `shape`; 1 for a scalar).
        public var count: Int { shape.reduce(1, *) }
    }

    /// The file's path, for messages.
    public let file: String
    /// The `__metadata__` map (empty when the header has none).
    public let metadata: [String: String]
    /// The tensors by name.
    public let entries: [String: Entry]
    private let bytes: Data

    /// The names of the tensors, sorted.
    public var names: [String] { entries.keys.sorted() }

    /// Opens and validates `url`; throws `SafeTensorsError` when it is missing, truncated or corrupt.
    public init(contentsOf url: URL) throws {
        let file = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw SafeTensorsError.unreadable(file: file, reason: Self.reason(error))
        }
        try self.init(data: data, file: file)
    }

    /// Reads a safetensors image already in memory; `file` names it in errors.
    public init(data: Data, file: String) throws {
        // Indices from 0 whatever slice the caller passed, as the offsets below assume.
        let data = data.startIndex == 0 ? data : Data(data)
        self.file = file
        self.bytes = data
        guard data.count >= 8 else {
            throw SafeTensorsError.truncated(file: file, detail: "\(data.count) bytes, shorter than the 8-byte header length")
        }
        let headerLength = data.withUnsafeBytes { raw in
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
        }
        // A length beyond the file is either truncation or garbage; the format caps headers at 100 MB.
        guard headerLength <= UInt64(data.count - 8) else {
            if headerLength > 100_000_000 {
                throw SafeTensorsError.corruptHeader(file: file, detail: "header length \(headerLength) is not plausible")
            }
            throw SafeTensorsError.truncated(file: file, detail: "header of \(headerLength) bytes but only \(data.count - 8) follow the length")
        }
        let dataStart = 8 + Int(headerLength)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data.subdata(in: 8..<dataStart))
        } catch {
            throw SafeTensorsError.corruptHeader(file: file, detail: "the header is not valid JSON")
        }
        guard let header = object as? [String: Any] else {
            throw SafeTensorsError.corruptHeader(file: file, detail: "the header is not a JSON object")
        }
        var metadata: [String: String] = [:]
        var entries: [String: Entry] = [:]
        for (name, value) in header {
            if name == "__metadata__" {
                guard let map = value as? [String: Any] else {
                    throw SafeTensorsError.corruptHeader(file: file, detail: "__metadata__ is not an object")
                }
                for (key, item) in map {
                    guard let text = item as? String else {
                        throw SafeTensorsError.corruptHeader(file: file, detail: "__metadata__ value for \"\(key)\" is not a string")
                    }
                    metadata[key] = text
                }
                continue
            }
            entries[name] = try Self.entry(name: name, value: value, file: file, dataStart: dataStart, fileSize: data.count)
        }
        self.metadata = metadata
        self.entries = entries
    }

    private static func entry(name: String, value: Any, file: String, dataStart: Int, fileSize: Int) throws -> Entry {
        func bad(_ detail: String) -> SafeTensorsError { .badTensor(file: file, name: name, detail: detail) }
        guard let fields = value as? [String: Any] else { throw bad("header entry is not an object") }
        guard let dtypeName = fields["dtype"] as? String else { throw bad("no dtype") }
        guard let dtype = DType(rawValue: dtypeName) else { throw bad("unknown dtype \(dtypeName)") }
        guard let shapeValues = fields["shape"] as? [Any] else { throw bad("no shape") }
        var shape: [Int] = []
        for dimension in shapeValues {
            guard let number = dimension as? NSNumber, number.int64Value >= 0,
                  number.doubleValue == Double(number.int64Value) else { throw bad("shape \(shapeValues) is not a list of sizes") }
            shape.append(number.intValue)
        }
        guard let offsets = fields["data_offsets"] as? [Any], offsets.count == 2,
              let begin = (offsets[0] as? NSNumber)?.intValue, let end = (offsets[1] as? NSNumber)?.intValue,
              begin >= 0, end >= begin else { throw bad("data_offsets is not [begin, end]") }
        let (count, overflow) = shape.reduce((1, false)) { partial, size in
            let product = partial.0.multipliedReportingOverflow(by: size)
            return (product.partialValue, partial.1 || product.overflow)
        }
        guard !overflow, count.multipliedReportingOverflow(by: dtype.size).overflow == false,
              end - begin == count * dtype.size else {
            throw bad("shape \(shape) of \(dtypeName) needs \(count &* dtype.size) bytes but data_offsets span \(end - begin)")
        }
        guard dataStart + end <= fileSize else {
            throw SafeTensorsError.truncated(file: file, detail: "tensor \"\(name)\" ends at byte \(dataStart + end) but the file has \(fileSize)")
        }
        return Entry(dtype: dtype, shape: shape, range: (dataStart + begin)..<(dataStart + end))
    }

    /// The header entry of `name`, or `missingTensor`.
    public func entry(_ name: String) throws -> Entry {
        guard let entry = entries[name] else { throw SafeTensorsError.missingTensor(file: file, name: name) }
        return entry
    }

    /// The elements of a F32 or F16 tensor as `Float`s (F16 converted exactly), row-major.
    public func floats(_ name: String) throws -> [Float] {
        let entry = try entry(name)
        let count = entry.count
        return try bytes.withUnsafeBytes { raw -> [Float] in
            let source = UnsafeRawBufferPointer(rebasing: raw[entry.range])
            switch entry.dtype {
            case .f32:
                return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
                    for i in 0..<count {
                        buffer[i] = Float(bitPattern: UInt32(littleEndian: source.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)))
                    }
                    initialized = count
                }
            case .f16:
                return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
                    for i in 0..<count {
                        let bits = UInt16(littleEndian: source.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self))
                        buffer[i] = Self.float(fromHalf: bits)
                    }
                    initialized = count
                }
            default:
                throw SafeTensorsError.badTensor(file: file, name: name, detail: "dtype \(entry.dtype.rawValue), expected F32 or F16")
            }
        }
    }

    /// `floats(name)` after checking the shape, so a model of another size fails at load time.
    public func floats(_ name: String, shape: [Int]) throws -> [Float] {
        let entry = try entry(name)
        guard entry.shape == shape else {
            throw SafeTensorsError.badTensor(file: file, name: name, detail: "shape \(entry.shape), expected \(shape)")
        }
        return try floats(name)
    }

    /// IEEE 754 binary16 to binary32, by bits (every half is exactly representable as a float);
    /// done by hand because `Float16` is not available on every platform Swift builds for.
    static func float(fromHalf bits: UInt16) -> Float {
        let sign = UInt32(bits & 0x8000) << 16
        let exponent = UInt32(bits >> 10) & 0x1F
        var mantissa = UInt32(bits & 0x3FF)
        switch exponent {
        case 0:
            if mantissa == 0 { return Float(bitPattern: sign) }
            // Subnormal half: normalise into a float's wider exponent range.
            var e: UInt32 = 127 - 15 + 1
            while mantissa & 0x400 == 0 { mantissa <<= 1; e -= 1 }
            return Float(bitPattern: sign | (e << 23) | ((mantissa & 0x3FF) << 13))
        case 0x1F:
            return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))
        default:
            return Float(bitPattern: sign | ((exponent + 127 - 15) << 23) | (mantissa << 13))
        }
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileReadNoSuchFile.rawValue {
            return "no such file"
        }
        return nsError.localizedDescription
    }
}
