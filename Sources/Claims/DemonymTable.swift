/// Country and region names with the adjectives and people nouns the news uses for them, so
/// "the Russian foreign ministry" can be a mention of the configured entity "Russia" (see
/// `EntityVariants`), plus conservative suffix rules for invented places not in the table.
enum DemonymTable {
    /// One state or region: its names (the first is the usual one), adjectives and people noun.
    struct Row: Sendable, Equatable {
        var names: [String]
        var adjectives: [String]
        var people: String
    }

    /// A suffix rule for a place name the table lacks: "Korvania" → "Korvanian".
    struct SuffixRule: Sendable {
        var id: String
        var nameSuffix: String
        var adjectiveSuffix: String
        /// Letters the name must keep before the suffix ("Ia" alone is no place name).
        var minimumStem: Int
    }

    /// Conservative on purpose: each rule's output is used only before a body noun
    /// ("Korvanian officials"), never as a bare adjective. Checked in order; the first fits.
    static let suffixRules: [SuffixRule] = [
        SuffixRule(id: "ia-ian", nameSuffix: "ia", adjectiveSuffix: "ian", minimumStem: 3),   // Korvania → Korvanian
        SuffixRule(id: "stan-stani", nameSuffix: "stan", adjectiveSuffix: "stani", minimumStem: 2), // Varistan → Varistani
        SuffixRule(id: "a-an", nameSuffix: "a", adjectiveSuffix: "an", minimumStem: 3),       // Vastra → Vastran
    ]

    /// `names | adjectives | people`, names and adjectives separated by `;`. Sovereign states
    /// (UN members and observers), partly recognised states and major regions and blocs.
    static let source = """
    Afghanistan | Afghan | Afghans
    Albania | Albanian | Albanians
    Algeria | Algerian | Algerians
    Andorra | Andorran | Andorrans
    Angola | Angolan | Angolans
    Antigua and Barbuda; Antigua | Antiguan | Antiguans
    Argentina | Argentine; Argentinian | Argentines
    Armenia | Armenian | Armenians
    Australia | Australian | Australians
    Austria | Austrian | Austrians
    Azerbaijan | Azerbaijani; Azeri | Azerbaijanis
    Bahamas; The Bahamas | Bahamian | Bahamians
    Bahrain | Bahraini | Bahrainis
    Bangladesh | Bangladeshi | Bangladeshis
    Barbados | Barbadian | Barbadians
    Belarus | Belarusian | Belarusians
    Belgium | Belgian | Belgians
    Belize | Belizean | Belizeans
    Benin | Beninese | Beninese
    Bhutan | Bhutanese | Bhutanese
    Bolivia | Bolivian | Bolivians
    Bosnia and Herzegovina; Bosnia | Bosnian | Bosnians
    Botswana | Botswanan; Motswana | Batswana
    Brazil | Brazilian | Brazilians
    Brunei | Bruneian | Bruneians
    Bulgaria | Bulgarian | Bulgarians
    Burkina Faso | Burkinabe | Burkinabe
    Burundi | Burundian | Burundians
    Cabo Verde; Cape Verde | Cape Verdean | Cape Verdeans
    Cambodia | Cambodian | Cambodians
    Cameroon | Cameroonian | Cameroonians
    Canada | Canadian | Canadians
    Central African Republic; CAR | Central African | Central Africans
    Chad | Chadian | Chadians
    Chile | Chilean | Chileans
    China; People's Republic of China; PRC | Chinese | Chinese
    Colombia | Colombian | Colombians
    Comoros | Comoran; Comorian | Comorans
    Democratic Republic of the Congo; DR Congo; DRC | Congolese | Congolese
    Republic of the Congo; Congo-Brazzaville | Congolese | Congolese
    Costa Rica | Costa Rican | Costa Ricans
    Côte d'Ivoire; Ivory Coast | Ivorian | Ivorians
    Croatia | Croatian | Croats
    Cuba | Cuban | Cubans
    Cyprus | Cypriot | Cypriots
    Czech Republic; Czechia | Czech | Czechs
    Denmark | Danish | Danes
    Djibouti | Djiboutian | Djiboutians
    Dominica | Dominican | Dominicans
    Dominican Republic | Dominican | Dominicans
    Ecuador | Ecuadorian | Ecuadorians
    Egypt | Egyptian | Egyptians
    El Salvador | Salvadoran; Salvadorean | Salvadorans
    Equatorial Guinea | Equatorial Guinean; Equatoguinean | Equatorial Guineans
    Eritrea | Eritrean | Eritreans
    Estonia | Estonian | Estonians
    Eswatini; Swaziland | Swazi; Eswatini | Swazis
    Ethiopia | Ethiopian | Ethiopians
    Fiji | Fijian | Fijians
    Finland | Finnish | Finns
    France | French | French
    Gabon | Gabonese | Gabonese
    Gambia; The Gambia | Gambian | Gambians
    Georgia | Georgian | Georgians
    Germany | German | Germans
    Ghana | Ghanaian | Ghanaians
    Greece | Greek | Greeks
    Grenada | Grenadian | Grenadians
    Guatemala | Guatemalan | Guatemalans
    Guinea | Guinean | Guineans
    Guinea-Bissau | Bissau-Guinean | Bissau-Guineans
    Guyana | Guyanese | Guyanese
    Haiti | Haitian | Haitians
    Honduras | Honduran | Hondurans
    Hungary | Hungarian | Hungarians
    Iceland | Icelandic | Icelanders
    India | Indian | Indians
    Indonesia | Indonesian | Indonesians
    Iran; Islamic Republic of Iran | Iranian | Iranians
    Iraq | Iraqi | Iraqis
    Ireland; Republic of Ireland | Irish | Irish
    Israel | Israeli | Israelis
    Italy | Italian | Italians
    Jamaica | Jamaican | Jamaicans
    Japan | Japanese | Japanese
    Jordan | Jordanian | Jordanians
    Kazakhstan | Kazakh; Kazakhstani | Kazakhs
    Kenya | Kenyan | Kenyans
    Kiribati | I-Kiribati | I-Kiribati
    North Korea; DPRK; Democratic People's Republic of Korea | North Korean | North Koreans
    South Korea; Republic of Korea; ROK | South Korean | South Koreans
    Kuwait | Kuwaiti | Kuwaitis
    Kyrgyzstan | Kyrgyz; Kyrgyzstani | Kyrgyz
    Laos; Lao PDR | Laotian; Lao | Laotians
    Latvia | Latvian | Latvians
    Lebanon | Lebanese | Lebanese
    Lesotho | Basotho; Lesothan | Basotho
    Liberia | Liberian | Liberians
    Libya | Libyan | Libyans
    Liechtenstein | Liechtensteiner | Liechtensteiners
    Lithuania | Lithuanian | Lithuanians
    Luxembourg | Luxembourgish; Luxembourg | Luxembourgers
    Madagascar | Malagasy | Malagasy
    Malawi | Malawian | Malawians
    Malaysia | Malaysian | Malaysians
    Maldives | Maldivian | Maldivians
    Mali | Malian | Malians
    Malta | Maltese | Maltese
    Marshall Islands | Marshallese | Marshallese
    Mauritania | Mauritanian | Mauritanians
    Mauritius | Mauritian | Mauritians
    Mexico | Mexican | Mexicans
    Micronesia; Federated States of Micronesia | Micronesian | Micronesians
    Moldova | Moldovan | Moldovans
    Monaco | Monegasque; Monacan | Monegasques
    Mongolia | Mongolian | Mongolians
    Montenegro | Montenegrin | Montenegrins
    Morocco | Moroccan | Moroccans
    Mozambique | Mozambican | Mozambicans
    Myanmar; Burma | Myanmar; Burmese | Burmese
    Namibia | Namibian | Namibians
    Nauru | Nauruan | Nauruans
    Nepal | Nepali; Nepalese | Nepalis
    Netherlands; The Netherlands; Holland | Dutch | Dutch
    New Zealand | New Zealand | New Zealanders
    Nicaragua | Nicaraguan | Nicaraguans
    Niger | Nigerien | Nigeriens
    Nigeria | Nigerian | Nigerians
    North Macedonia; Macedonia | North Macedonian; Macedonian | Macedonians
    Norway | Norwegian | Norwegians
    Oman | Omani | Omanis
    Pakistan | Pakistani | Pakistanis
    Palau | Palauan | Palauans
    Palestine; State of Palestine; Palestinian Authority | Palestinian | Palestinians
    Panama | Panamanian | Panamanians
    Papua New Guinea; PNG | Papua New Guinean; Papuan | Papua New Guineans
    Paraguay | Paraguayan | Paraguayans
    Peru | Peruvian | Peruvians
    Philippines; The Philippines | Philippine; Filipino | Filipinos
    Poland | Polish | Poles
    Portugal | Portuguese | Portuguese
    Qatar | Qatari | Qataris
    Romania | Romanian | Romanians
    Russia; Russian Federation | Russian | Russians
    Rwanda | Rwandan | Rwandans
    Saint Kitts and Nevis; St Kitts and Nevis | Kittitian | Kittitians
    Saint Lucia; St Lucia | Saint Lucian; St Lucian | Saint Lucians
    Saint Vincent and the Grenadines; St Vincent | Vincentian | Vincentians
    Samoa | Samoan | Samoans
    San Marino | Sammarinese | Sammarinese
    São Tomé and Príncipe; Sao Tome | Santomean | Santomeans
    Saudi Arabia | Saudi; Saudi Arabian | Saudis
    Senegal | Senegalese | Senegalese
    Serbia | Serbian | Serbs
    Seychelles | Seychellois | Seychellois
    Sierra Leone | Sierra Leonean | Sierra Leoneans
    Singapore | Singaporean | Singaporeans
    Slovakia | Slovak; Slovakian | Slovaks
    Slovenia | Slovenian; Slovene | Slovenians
    Solomon Islands | Solomon Islander; Solomon Islands | Solomon Islanders
    Somalia | Somali | Somalis
    South Africa | South African | South Africans
    South Sudan | South Sudanese | South Sudanese
    Spain | Spanish | Spaniards
    Sri Lanka | Sri Lankan | Sri Lankans
    Sudan | Sudanese | Sudanese
    Suriname | Surinamese | Surinamese
    Sweden | Swedish | Swedes
    Switzerland | Swiss | Swiss
    Syria | Syrian | Syrians
    Taiwan; Republic of China | Taiwanese | Taiwanese
    Tajikistan | Tajik; Tajikistani | Tajiks
    Tanzania | Tanzanian | Tanzanians
    Thailand | Thai | Thais
    Timor-Leste; East Timor | Timorese | Timorese
    Togo | Togolese | Togolese
    Tonga | Tongan | Tongans
    Trinidad and Tobago; Trinidad | Trinidadian | Trinidadians
    Tunisia | Tunisian | Tunisians
    Turkey; Türkiye | Turkish | Turks
    Turkmenistan | Turkmen | Turkmens
    Tuvalu | Tuvaluan | Tuvaluans
    Uganda | Ugandan | Ugandans
    Ukraine | Ukrainian | Ukrainians
    United Arab Emirates; UAE; Emirates | Emirati | Emiratis
    United Kingdom; UK; U.K.; Britain; Great Britain | British; UK; U.K. | Britons
    United States; United States of America; US; U.S.; USA; America | American; US; U.S. | Americans
    Uruguay | Uruguayan | Uruguayans
    Uzbekistan | Uzbek; Uzbekistani | Uzbeks
    Vanuatu | Vanuatuan; Ni-Vanuatu | Ni-Vanuatu
    Vatican; Vatican City; Holy See | Vatican | Vatican
    Venezuela | Venezuelan | Venezuelans
    Vietnam; Viet Nam | Vietnamese | Vietnamese
    Yemen | Yemeni | Yemenis
    Zambia | Zambian | Zambians
    Zimbabwe | Zimbabwean | Zimbabweans
    Kosovo | Kosovar; Kosovan | Kosovars
    Western Sahara; Sahrawi Republic | Sahrawi | Sahrawis
    European Union; EU | EU; European Union | Europeans
    African Union; AU | African Union | Africans
    England | English | English
    Scotland | Scottish | Scots
    Wales | Welsh | Welsh
    Northern Ireland | Northern Irish | Northern Irish
    Hong Kong | Hong Kong | Hongkongers
    Macau; Macao | Macanese | Macanese
    Greenland | Greenlandic | Greenlanders
    Puerto Rico | Puerto Rican | Puerto Ricans
    Gaza; Gaza Strip | Gazan | Gazans
    Crimea | Crimean | Crimeans
    Catalonia | Catalan | Catalans
    Kurdistan; Iraqi Kurdistan; Kurdistan Region | Kurdish; Kurdistan Regional | Kurds
    Chechnya | Chechen | Chechens
    Abkhazia | Abkhaz; Abkhazian | Abkhaz
    South Ossetia | South Ossetian | South Ossetians
    Transnistria | Transnistrian | Transnistrians
    Somaliland | Somaliland | Somalilanders
    Tibet | Tibetan | Tibetans
    Xinjiang | Xinjiang | Uyghurs
    Quebec | Quebec; Quebecois | Quebecers
    Flanders | Flemish | Flemings
    Bavaria | Bavarian | Bavarians
    """

    /// The rows of `source`, parsed once.
    static let rows: [Row] = source.split(separator: "\n").compactMap { line in
        let columns = line.split(separator: "|", omittingEmptySubsequences: false).map { trim(String($0)) }
        guard columns.count == 3 else { return nil }
        func list(_ column: String) -> [String] { column.split(separator: ";").map { trim(String($0)) }.filter { !$0.isEmpty } }
        return Row(names: list(columns[0]), adjectives: list(columns[1]), people: columns[2])
    }

    /// Rows by each name's folded key ("cote d'ivoire", "turkiye").
    private static let byName: [String: Row] = {
        var index: [String: Row] = [:]
        for row in rows {
            for name in row.names where index[key(name)] == nil { index[key(name)] = row }
        }
        return index
    }()

    /// The row one of whose names is `name` (case and diacritics folded).
    static func row(named name: String) -> Row? {
        byName[key(name)]
    }

    /// The adjective a suffix rule makes of a one-word place name the table lacks, with the
    /// rule's id; nil when no rule fits.
    static func productiveAdjective(_ name: String) -> (adjective: String, rule: String)? {
        guard name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        let lower = name.lowercased()
        for rule in suffixRules where lower.hasSuffix(rule.nameSuffix) && lower.count - rule.nameSuffix.count >= rule.minimumStem {
            return (String(name.dropLast(rule.nameSuffix.count)) + rule.adjectiveSuffix, rule.id)
        }
        return nil
    }

    private static func key(_ name: String) -> String {
        Tokenizer.tokens(name).filter(\.isWord).map { NameFolding.fold($0.base) }.joined(separator: " ")
    }

    private static func trim(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
