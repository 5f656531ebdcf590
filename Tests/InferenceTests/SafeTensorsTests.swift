import Foundation
import Testing
@testable import Inference

/// The safetensors reader on files the tests write: values, metadata, F16, and the errors of
/// missing, truncated and corrupt files.
struct SafeTensorsTests {
    static func sample() -> SafeTensorsWriter {
        var writer = SafeTensorsWriter()
        writer.metadata = ["labels": "none,affirm,deny,evade", "max_length": "128"]
        writer.add("layer.weight", f32: [1, -2.5, 3.25, 0, .pi, -0.0, 1e-30, 6e4], shape: [2, 4])
        // 1, -2, 0.5, 65504 (largest half), 2^-24 (smallest subnormal), -0, +inf, 0.333 (0x3555)
        writer.add("layer.half", f16: [0x3C00, 0xC000, 0x3800, 0x7BFF, 0x0001, 0x8000, 0x7C00, 0x3555], shape: [8])
        writer.add("scalar", f32: [42], shape: [])
        return writer
    }

    @Test func roundTripOfAWrittenFile() throws {
        let url = try SafeTensorsWriter.temporaryFile(Self.sample().image())
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try SafeTensors(contentsOf: url)
        #expect(file.metadata == ["labels": "none,affirm,deny,evade", "max_length": "128"])
        #expect(file.names == ["layer.half", "layer.weight", "scalar"])
        #expect(try file.entry("layer.weight").shape == [2, 4])
        #expect(try file.floats("layer.weight") == [1, -2.5, 3.25, 0, .pi, -0.0, 1e-30, 6e4])
        #expect(try file.floats("layer.weight", shape: [2, 4]).count == 8)
        #expect(try file.floats("scalar") == [42])
        let half = try file.floats("layer.half")
        #expect(Array(half.prefix(6)) == [1, -2, 0.5, 65504, 0x1p-24, -0.0])
        #expect(half[5].sign == .minus)
        #expect(half[6] == .infinity)
        #expect(half[7] == 0.33325195)
    }

    @Test func halfToFloatMatchesFloat16ForEveryBitPattern() {
        for bits in UInt16.min...UInt16.max {
            let expected = Float(Float16(bitPattern: bits))
            let converted = SafeTensors.float(fromHalf: bits)
            if expected.isNaN {
                #expect(converted.isNaN, "0x\(String(bits, radix: 16))")
            } else if converted.bitPattern != expected.bitPattern {
                #expect(converted.bitPattern == expected.bitPattern, "0x\(String(bits, radix: 16))")
            }
        }
    }

    @Test func wrongShapeOrDTypeNamesTheTensor() throws {
        let file = try SafeTensors(data: Self.sample().image(), file: "sample.safetensors")
        #expect(throws: SafeTensorsError.badTensor(file: "sample.safetensors", name: "layer.weight", detail: "shape [2, 4], expected [4, 2]")) {
            try file.floats("layer.weight", shape: [4, 2])
        }
        #expect(throws: SafeTensorsError.missingTensor(file: "sample.safetensors", name: "layer.bias")) {
            try file.floats("layer.bias")
        }
        var writer = SafeTensorsWriter()
        writer.tensors.append(.init(name: "position_ids", dtype: "I64", shape: [2], bytes: [UInt8](repeating: 0, count: 16)))
        let ints = try SafeTensors(data: writer.image(), file: "ints.safetensors")
        let error = #expect(throws: SafeTensorsError.self) { try ints.floats("position_ids") }
        #expect(error?.description == "ints.safetensors: tensor \"position_ids\": dtype I64, expected F32 or F16")
    }

    @Test func missingFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-no-such-\(UUID().uuidString).safetensors")
        let error = #expect(throws: SafeTensorsError.self) { try SafeTensors(contentsOf: path) }
        guard case let .unreadable(file, _)? = error else { Issue.record("not unreadable: \(String(describing: error))"); return }
        #expect(file == path.path)
        #expect(error?.description.hasPrefix("\(path.path): cannot read safetensors file") == true)
    }

    @Test func truncatedFiles() throws {
        let image = Self.sample().image()
        // Shorter than the length field.
        #expect(throws: SafeTensorsError.truncated(file: "t", detail: "5 bytes, shorter than the 8-byte header length")) {
            try SafeTensors(data: image.prefix(5), file: "t")
        }
        // Inside the header.
        let inHeader = #expect(throws: SafeTensorsError.self) { try SafeTensors(data: image.prefix(40), file: "t") }
        guard case .truncated? = inHeader else { Issue.record("not truncated: \(String(describing: inHeader))"); return }
        // Inside the data: the last tensor's bytes are cut, and the message names it.
        let url = try SafeTensorsWriter.temporaryFile(image.prefix(image.count - 2))
        defer { try? FileManager.default.removeItem(at: url) }
        let inData = #expect(throws: SafeTensorsError.self) { try SafeTensors(contentsOf: url) }
        guard case let .truncated(file, detail)? = inData else { Issue.record("not truncated: \(String(describing: inData))"); return }
        #expect(file == url.path)
        #expect(detail.contains("\"scalar\""), "\(detail)")
    }

    @Test func corruptFiles() throws {
        let sample = Self.sample()
        let notJSON = #expect(throws: SafeTensorsError.self) { try SafeTensors(data: sample.image(header: "{\"a\": [1, 2"), file: "c") }
        #expect(notJSON == .corruptHeader(file: "c", detail: "the header is not valid JSON"))
        #expect(throws: SafeTensorsError.corruptHeader(file: "c", detail: "the header is not a JSON object")) {
            try SafeTensors(data: sample.image(header: "[1, 2, 3]"), file: "c")
        }
        // A length field of random bytes.
        var garbage = sample.image()
        garbage.replaceSubrange(0..<8, with: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F])
        #expect(throws: SafeTensorsError.corruptHeader(file: "c", detail: "header length 9223372036854775807 is not plausible")) {
            try SafeTensors(data: garbage, file: "c")
        }
        let badOffsets = "{\"w\":{\"dtype\":\"F32\",\"shape\":[2,4],\"data_offsets\":[0,16]}}"
        #expect(throws: SafeTensorsError.badTensor(file: "c", name: "w", detail: "shape [2, 4] of F32 needs 32 bytes but data_offsets span 16")) {
            try SafeTensors(data: sample.image(header: badOffsets), file: "c")
        }
        let badDType = "{\"w\":{\"dtype\":\"F8\",\"shape\":[1],\"data_offsets\":[0,1]}}"
        #expect(throws: SafeTensorsError.badTensor(file: "c", name: "w", detail: "unknown dtype F8")) {
            try SafeTensors(data: sample.image(header: badDType), file: "c")
        }
        let badMetadata = "{\"__metadata__\":{\"max_length\":128}}"
        #expect(throws: SafeTensorsError.corruptHeader(file: "c", detail: "__metadata__ value for \"max_length\" is not a string")) {
            try SafeTensors(data: sample.image(header: badMetadata), file: "c")
        }
    }
}
