import Testing
@testable import Claims

struct NumberReaderTests {
    @Test(arguments: [
        ("3,000", 3_000.0), ("1.5 million", 1_500_000), ("12 thousand", 12_000), ("10k", 10_000), ("4.5bn", 4_500_000_000),
        ("two thousand", 2_000), ("three hundred and forty", 340), ("Sixty-three", 63), ("nine", 9), ("twelve thousand", 12_000),
    ])
    func reads(_ text: String, _ value: Double) {
        let numbers = NumberReader.numbers(in: Tokenizer.tokens(text))
        #expect(numbers.map(\.value) == [value])
    }

    @Test func aLoneOneIsNotACount() {
        #expect(NumberReader.numbers(in: Tokenizer.tokens("one of the ships")).isEmpty)
    }
}
