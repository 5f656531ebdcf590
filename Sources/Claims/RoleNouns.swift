/// Role nouns that tie a named person to the organisation they speak for: "Veltrane's chief
/// executive Maren Osterholt", "Ilse Marenko, governor of the central bank". One row a role,
/// several words where the role has them.
enum RoleNouns {
    static let rows: [[String]] = """
    spokesman
    spokeswoman
    spokesperson
    press secretary
    press officer
    chief executive
    chief executive officer
    ceo
    chief operating officer
    chief financial officer
    chief medical officer
    chief scientist
    chief
    chairman
    chairwoman
    chair
    president
    vice president
    director
    director general
    managing director
    executive director
    head
    minister
    deputy minister
    foreign minister
    defence minister
    defense minister
    secretary
    commissioner
    governor
    deputy governor
    manager
    general manager
    coach
    head coach
    lawyer
    attorney
    counsel
    general counsel
    founder
    owner
    official
    adviser
    advisor
    ambassador
    envoy
    deputy
    leader
    boss
    captain
    mayor
    prosecutor
    fire chief
    police chief
    commander
    """.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }

    /// Rows by their first word, longest first.
    static let byFirstWord: [String: [[String]]] = Dictionary(grouping: rows, by: { $0[0] })
        .mapValues { $0.sorted { $0.count > $1.count } }

    /// The role that starts at `position` (its length in words), if any.
    static func role(in tokens: [Token], at position: Int) -> Int? {
        guard position < tokens.count, tokens[position].isWord, !tokens[position].isCapitalized || tokens[position].text == "CEO",
              let rows = byFirstWord[tokens[position].base] else { return nil }
        for row in rows where position + row.count <= tokens.count
            && zip(row, tokens[position..<(position + row.count)]).allSatisfy({ $0 == $1.base }) {
            return row.count
        }
        return nil
    }
}
