import CZlib
import Foundation

/// zlib compression of stored content: article HTML shrinks four- to eightfold.
enum Compression {
    static func compress(_ data: Data) -> Data {
        var bound = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(bound))
        let status = data.withUnsafeBytes { input in
            compress2(&output, &bound, input.bindMemory(to: Bytef.self).baseAddress, uLong(data.count), Z_BEST_SPEED)
        }
        precondition(status == Z_OK, "zlib compress2 failed (\(status)) with a buffer of compressBound size")
        return Data(output[0..<Int(bound)])
    }

    static func decompress(_ data: Data, originalSize: Int) -> Data? {
        var length = uLongf(originalSize)
        var output = [UInt8](repeating: 0, count: max(originalSize, 1))
        let status = data.withUnsafeBytes { input in
            uncompress(&output, &length, input.bindMemory(to: Bytef.self).baseAddress, uLong(data.count))
        }
        guard status == Z_OK, Int(length) == originalSize else { return nil }
        return Data(output[0..<Int(length)])
    }
}
