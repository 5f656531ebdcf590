import Foundation
import Testing
@testable import Inference

/// The encoder's scalar pieces (the whole forward pass is checked against torch in
/// `StanceClassifierTests`).
struct BertEncoderTests {
    @Test func erfIsWithinAFewUlpsOfGlibc() {
        var worst: Float = 0
        var x: Float = -8
        while x <= 8 {
            worst = max(worst, abs(BertEncoder.erf(x) - erff(x)))
            x += 1.0 / 4096
        }
        #expect(worst < 5e-7)
        #expect(BertEncoder.erf(0) == 0)
        #expect(BertEncoder.erf(.infinity) == 1 && BertEncoder.erf(-.infinity) == -1)
    }

    @Test func geluIsTheErfForm() {
        var values: [Float] = [-10, -3, -1, -0.5, 0, 0.5, 1, 3, 10]
        let root2 = Float(2).squareRoot()
        let expected: [Float] = values.map { 0.5 * $0 * (1 + erff($0 / root2)) }
        values.withUnsafeMutableBufferPointer { BertEncoder.gelu($0.baseAddress!, count: $0.count) }
        for (value, reference) in zip(values, expected) {
            let tolerance: Float = 5e-6 * max(1, abs(reference))
            #expect(abs(value - reference) <= tolerance)
        }
    }
}
