/// A claim that counts: current, first-hand and on-topic, with the sentence that carries it.
public struct Claim: Sendable, Equatable, Codable {
    public enum Value: Sendable, Equatable, Codable {
        case stance(entity: String, stance: Stance)
        case quantity(quantity: String, value: Double)
    }

    public var topic: String
    public var value: Value
    public var sentence: Sentence
    /// The probability of the kept decision (0–1), where a model took it.
    public var confidence: Double?
    /// A quantity's qualifier as written ("around", "at least", "may have").
    public var qualifier: String?
    /// Who a figure is attributed to in its sentence ("according to the Pentagon").
    public var attribution: String?

    public init(topic: String, value: Value, sentence: Sentence, confidence: Double? = nil,
                qualifier: String? = nil, attribution: String? = nil) {
        self.topic = topic
        self.value = value
        self.sentence = sentence
        self.confidence = confidence
        self.qualifier = qualifier
        self.attribution = attribution
    }

    /// What the claim is about: one history per key.
    public var key: ClaimKey {
        switch value {
        case .stance(let entity, _): ClaimKey(topic: topic, subject: .entity(entity))
        case .quantity(let quantity, _): ClaimKey(topic: topic, subject: .quantity(quantity))
        }
    }
}

/// The identity of a claim history: (entity, topic) for stances, (topic, quantity) for numbers.
public struct ClaimKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Subject: Sendable, Hashable, Codable {
        case entity(String)
        case quantity(String)
    }

    public var topic: String
    public var subject: Subject

    public init(topic: String, subject: Subject) {
        self.topic = topic
        self.subject = subject
    }

    public var description: String {
        switch subject {
        case .entity(let entity): "stance:\(topic):\(entity)"
        case .quantity(let quantity): "quantity:\(topic):\(quantity)"
        }
    }
}
