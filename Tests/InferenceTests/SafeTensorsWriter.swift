import Foundation

/// Writes safetensors images for the tests, by the format's definition (independently of the
/// reader under test): 8-byte little-endian header length, JSON header, data.
struct SafeTensorsWriter {
    struct Tensor {
        var name: String
        var dtype: String
        var shape: [Int]
        var bytes: [UInt8]
    }

    var tensors: [Tensor] = []
    var metadata: [String: String] = [:]

    mutating func add(_ name: String, f32 values: [Float], shape: [Int]) {
        tensors.append(Tensor(name: name, dtype: "F32", shape: shape,
                              bytes: values.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian, Array.init) }))
    }

    mutating func add(_ name: String, f16 bits: [UInt16], shape: [Int]) {
        tensors.append(Tensor(name: name, dtype: "F16", shape: shape,
                              bytes: bits.flatMap { withUnsafeBytes(of: $0.littleEndian, Array.init) }))
    }

    /// The file image; `header` replaces the generated JSON header when given (for corrupt files).
    func image(header replacement: String? = nil) -> Data {
        var entries: [String] = []
        var offset = 0
        for tensor in tensors {
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            entries.append("\"\(tensor.name)\":{\"dtype\":\"\(tensor.dtype)\",\"shape\":[\(shape)],\"data_offsets\":[\(offset),\(offset + tensor.bytes.count)]}")
            offset += tensor.bytes.count
        }
        if !metadata.isEmpty {
            let pairs = metadata.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\"\($0.value)\"" }
            entries.insert("\"__metadata__\":{\(pairs.joined(separator: ","))}", at: 0)
        }
        let header = Array((replacement ?? "{" + entries.joined(separator: ",") + "}").utf8)
        var data = Data(withUnsafeBytes(of: UInt64(header.count).littleEndian, Array.init))
        data.append(contentsOf: header)
        for tensor in tensors { data.append(contentsOf: tensor.bytes) }
        return data
    }

    /// Writes `image` to a fresh file in the temporary directory and returns its URL.
    static func temporaryFile(_ data: Data, name: String = "tensors") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("claimwatch-inference-\(UUID().uuidString)-\(name).safetensors")
        try data.write(to: url)
        return url
    }
}
