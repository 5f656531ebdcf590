/// The tables of texts the splitter is tested on, one per kind of difficulty.
enum SplitCases {
    static let abbreviations: [SplitCase] = [
        SplitCase("Dr. Ruth Ames met Gen. Ortiz on Tuesday. The meeting was brief.",
                  ["Dr. Ruth Ames met Gen. Ortiz on Tuesday.", "The meeting was brief."]),
        SplitCase("Lt. Col. Ivan Petrenko briefed Capt. Lee and Sen. Moore.",
                  ["Lt. Col. Ivan Petrenko briefed Capt. Lee and Sen. Moore."]),
        SplitCase("Mrs. Okafor, Ms. Diaz and Prof. Tan arrived. Sgt. Hill stayed behind.",
                  ["Mrs. Okafor, Ms. Diaz and Prof. Tan arrived.", "Sgt. Hill stayed behind."]),
        SplitCase("Adm. Chen told Gov. Park and Rep. Ibarra that Maj. Quinn was safe.",
                  ["Adm. Chen told Gov. Park and Rep. Ibarra that Maj. Quinn was safe."]),
        SplitCase("The Rev. Alan Frost spoke at St. Brigid's near Mt. Hood.",
                  ["The Rev. Alan Frost spoke at St. Brigid's near Mt. Hood."]),
        SplitCase("Pres. Novak and Col. Duarte signed it. Nobody objected.",
                  ["Pres. Novak and Col. Duarte signed it.", "Nobody objected."]),
        SplitCase("Widgets Inc. sold the plant to Harlow & Co. The deal closed in June.",
                  ["Widgets Inc. sold the plant to Harlow & Co.", "The deal closed in June."]),
        SplitCase("Acme Corp. and Beta Ltd. were fined by the regulator.",
                  ["Acme Corp. and Beta Ltd. were fined by the regulator."]),
        SplitCase("Nordwind Co. Ltd. confirmed the order. Its shares rose.",
                  ["Nordwind Co. Ltd. confirmed the order.", "Its shares rose."]),
        SplitCase("Martin Reyes Jr. and Paul Ames Sr. testified on the same day.",
                  ["Martin Reyes Jr. and Paul Ames Sr. testified on the same day."]),
        SplitCase("Tanks, drones, artillery etc. were listed. Nothing else was.",
                  ["Tanks, drones, artillery etc. were listed.", "Nothing else was."]),
        SplitCase("They brought food, water, blankets, etc. Then they left.",
                  ["They brought food, water, blankets, etc.", "Then they left."]),
        SplitCase("Vasquez vs. Dunmore goes to trial. It starts soon.",
                  ["Vasquez vs. Dunmore goes to trial.", "It starts soon."]),
        SplitCase("Border towns, e.g. Sumy and Kharkiv, i.e. the exposed ones, were shelled.",
                  ["Border towns, e.g. Sumy and Kharkiv, i.e. the exposed ones, were shelled."]),
        SplitCase("See Vol. 2, Fig. 4 and No. 7 in the annex. The annex is long.",
                  ["See Vol. 2, Fig. 4 and No. 7 in the annex.", "The annex is long."]),
        SplitCase("The vote was approx. 40 to 12, as reported on p. 9 of the minutes.",
                  ["The vote was approx. 40 to 12, as reported on p. 9 of the minutes."]),
        SplitCase("He said no. Nobody asked again.", ["He said no.", "Nobody asked again."]),
    ]

    static let months: [SplitCase] = [
        SplitCase("The accord was signed on Sept. 14 in Oslo. It expired on Feb. 1.",
                  ["The accord was signed on Sept. 14 in Oslo.", "It expired on Feb. 1."]),
        SplitCase("Talks moved from Jan. 9 to Aug. 30, then to Dec. 2, 2025.",
                  ["Talks moved from Jan. 9 to Aug. 30, then to Dec. 2, 2025."]),
    ]

    static let numbers: [SplitCase] = [
        SplitCase("The army fired 3.5 million shells. Costs hit $4.5m, or 2.5% of output.",
                  ["The army fired 3.5 million shells.", "Costs hit $4.5m, or 2.5% of output."]),
        SplitCase("Version v2.10.4 fixed the leak. Users upgraded.", ["Version v2.10.4 fixed the leak.", "Users upgraded."]),
        SplitCase("She paid $12.50. Her brother paid more.", ["She paid $12.50.", "Her brother paid more."]),
        SplitCase("Turnout reached 61.4 percent in 2024, up from 58.9 percent.",
                  ["Turnout reached 61.4 percent in 2024, up from 58.9 percent."]),
        SplitCase("The shelter is in Rm. 12 of Bldg. 4 on the campus.",
                  ["The shelter is in Rm. 12 of Bldg. 4 on the campus."]),
    ]

    static let quotations: [SplitCase] = [
        SplitCase("\"The bridge is gone.\" Residents fled at dawn.", ["\"The bridge is gone.\"", "Residents fled at dawn."]),
        SplitCase("“The bridge is gone.” She wept.", ["“The bridge is gone.”", "She wept."]),
        SplitCase("\"The bridge is gone.\" the mayor said.", ["\"The bridge is gone.\" the mayor said."]),
        SplitCase("‘Where are they?’ he asked. Nobody knew.", ["‘Where are they?’ he asked.", "Nobody knew."]),
        SplitCase("“The shelling stopped.” Olena Hrytsenko said on Sunday. The sirens did not.",
                  ["“The shelling stopped.” Olena Hrytsenko said on Sunday.", "The sirens did not."]),
        SplitCase("“We will rebuild,” the mayor said. “It will take years.”",
                  ["“We will rebuild,” the mayor said.", "“It will take years.”"]),
        SplitCase("He wrote: “Stay home.” Most did.", ["He wrote: “Stay home.”", "Most did."]),
        SplitCase("The inspector (she asked not to be named.) left early.",
                  ["The inspector (she asked not to be named.) left early."]),
        SplitCase("“The convoy […] reached the city [...] before noon.” (Field notes, day 3).",
                  ["“The convoy […] reached the city [...] before noon.” (Field notes, day 3)."]),
    ]

    static let ellipses: [SplitCase] = [
        SplitCase("The talks stalled... Then came the strike.", ["The talks stalled...", "Then came the strike."]),
        SplitCase("The talks stalled… Then came the strike.", ["The talks stalled…", "Then came the strike."]),
        SplitCase("We hoped … and hoped... and waited.", ["We hoped … and hoped... and waited."]),
        SplitCase("He paused . . . Then he went on.", ["He paused . . . Then he went on."]),
        SplitCase("She kept waiting . . . . Nobody came.", ["She kept waiting . . . .", "Nobody came."]),
        SplitCase("The orchestra played on. . . . Nobody left early.",
                  ["The orchestra played on.", ". . . Nobody left early."]),
        SplitCase("It was over.... Everyone knew it.", ["It was over....", "Everyone knew it."]),
    ]

    static let lists: [SplitCase] = [
        SplitCase("• Fuel prices rose\n• Bread prices fell", ["• Fuel prices rose", "• Bread prices fell"]),
        SplitCase("- first point\n- second point.\n* third point", ["- first point", "- second point.", "* third point"]),
        SplitCase("1. Open the valve 2. Close the lid 3. Wait", ["1. Open the valve", "2. Close the lid", "3. Wait"]),
        SplitCase("1) Count the crates. 2) Seal them.", ["1) Count the crates.", "2) Seal them."]),
        SplitCase("1.) Register 2.) Vote", ["1.) Register", "2.) Vote"]),
        SplitCase("a) red b) green c) blue", ["a) red", "b) green", "c) blue"]),
        SplitCase("a. Red paint. b. Green paint.", ["a. Red paint.", "b. Green paint."]),
        SplitCase("(i) the first term (ii) the second term", ["(i) the first term", "(ii) the second term"]),
        SplitCase("▪ 4. Water ▪ 5. Power", ["▪ 4. Water", "▪ 5. Power"]),
        SplitCase("The plan:\n1. Evacuate the school\n2. Close the road", ["The plan:", "1. Evacuate the school", "2. Close the road"]),
        SplitCase("The plan has two parts: 1) a truce and 2) an exchange.",
                  ["The plan has two parts: 1) a truce and 2) an exchange."]),
    ]

    static let headlines: [SplitCase] = [
        SplitCase("Ceasefire Collapses After Three Days\nFighting resumed near the river on Friday.",
                  ["Ceasefire Collapses After Three Days", "Fighting resumed near the river on Friday."]),
        SplitCase("Talks resume in Geneva", ["Talks resume in Geneva"]),
        SplitCase("Flooding hits the coast\n\nThe storm moved north.", ["Flooding hits the coast", "The storm moved north."]),
        SplitCase("By Marta Lindqvist\nThe port reopened on Monday.", ["By Marta Lindqvist", "The port reopened on Monday."]),
        SplitCase("""
            The ministry said the shipment, which customs officers had held for several
            weeks at the border, finally arrived late on Thursday evening in the capital.
            """, ["""
            The ministry said the shipment, which customs officers had held for several
            weeks at the border, finally arrived late on Thursday evening in the capital.
            """]),
        SplitCase("Officials said the convoy of trucks carrying food and medicine had reached\nKherson by nightfall.",
                  ["Officials said the convoy of trucks carrying food and medicine had reached\nKherson by nightfall."]),
        SplitCase("He thanked Dr.\nSmith and left.", ["He thanked Dr.\nSmith and left."]),
    ]

    static let datelines: [SplitCase] = [
        SplitCase("ODESA, March 3 (Reuters) - Port officials said grain exports rose. They gave no figures.",
                  ["ODESA, March 3 (Reuters) - Port officials said grain exports rose.", "They gave no figures."]),
        SplitCase("LVIV, Jan. 9 (AP) — Rescuers worked through the night.",
                  ["LVIV, Jan. 9 (AP) — Rescuers worked through the night."]),
        SplitCase("KHARKIV, Nov 12 (Reuters) -\nShelling damaged a school.",
                  ["KHARKIV, Nov 12 (Reuters) -\nShelling damaged a school."]),
        SplitCase("KHARKIV (Reuters)\nShelling damaged a school.", ["KHARKIV (Reuters)\nShelling damaged a school."]),
        SplitCase("FORT WAYNE, Ind. (AP) — The plant closed.", ["FORT WAYNE, Ind. (AP) — The plant closed."]),
    ]

    static let clockTimes: [SplitCase] = [
        SplitCase("At 7 a.m. Mr. Lopez opened the gate.", ["At 7 a.m. Mr. Lopez opened the gate."]),
        SplitCase("The shift ended at 11 p.m. Mr. Lopez then locked up.",
                  ["The shift ended at 11 p.m.", "Mr. Lopez then locked up."]),
        SplitCase("Flights resume at 9 a.m. Tuesday from both airports.", ["Flights resume at 9 a.m. Tuesday from both airports."]),
        SplitCase("The curfew starts at 10 P.M. It lasts until dawn.", ["The curfew starts at 10 P.M.", "It lasts until dawn."]),
        SplitCase("The strike began at 4 a.m. Kyiv time, officials said.", ["The strike began at 4 a.m. Kyiv time, officials said."]),
        SplitCase("Voting closed at 8 p.m. and counting began.", ["Voting closed at 8 p.m. and counting began."]),
    ]

    static let initials: [SplitCase] = [
        SplitCase("Marta K. Olsen met E. M. Forster's heirs.", ["Marta K. Olsen met E. M. Forster's heirs."]),
        SplitCase("The author C. S. Lewis was born in Belfast. He died in 1963.",
                  ["The author C. S. Lewis was born in Belfast.", "He died in 1963."]),
        SplitCase("The winner was Plan B. The loser was Plan A.", ["The winner was Plan B.", "The loser was Plan A."]),
        SplitCase("It was up to her and I. Nobody else came.", ["It was up to her and I.", "Nobody else came."]),
        SplitCase("Franklin D. Roosevelt won four times.", ["Franklin D. Roosevelt won four times."]),
    ]

    static let acronyms: [SplitCase] = [
        SplitCase("The U.S. Navy and the U.N. mission left the port.", ["The U.S. Navy and the U.N. mission left the port."]),
        SplitCase("Aid arrived from the U.N. How it was used is unclear.", ["Aid arrived from the U.N.", "How it was used is unclear."]),
        SplitCase("He moved to the U.S. in 1998.", ["He moved to the U.S. in 1998."]),
        SplitCase("She lives in the U.K. Her son does not.", ["She lives in the U.K.", "Her son does not."]),
        SplitCase("E.U. ministers met in Brussels. The U.S.A. sent an observer.",
                  ["E.U. ministers met in Brussels.", "The U.S.A. sent an observer."]),
    ]

    static let punctuation: [SplitCase] = [
        SplitCase("Hello!! Is anyone there?? Yes?!", ["Hello!!", "Is anyone there??", "Yes?!"]),
        SplitCase("She joined Wahoo! in 2019 as an analyst.", ["She joined Wahoo! in 2019 as an analyst."]),
        SplitCase("Write to press@example.org. Calls are not returned.", ["Write to press@example.org.", "Calls are not returned."]),
        SplitCase("Read https://example.net/a.b/report.html. It has the details.",
                  ["Read https://example.net/a.b/report.html.", "It has the details."]),
        SplitCase("The fee is $40 (approx. €37). Cards are accepted.", ["The fee is $40 (approx. €37).", "Cards are accepted."]),
    ]

    static let otherScripts: [SplitCase] = [
        SplitCase("Президент выступил в Киеве. Затем он уехал.", ["Президент выступил в Киеве.", "Затем он уехал."]),
        SplitCase("José Núñez visited Zürich. Then he left for Kraków.", ["José Núñez visited Zürich.", "Then he left for Kraków."]),
        SplitCase("“It’s over,” said Ödön Kiss. “We lost.”", ["“It’s over,” said Ödön Kiss.", "“We lost.”"]),
        SplitCase("В. В. Бондаренко подписал указ. Он вступит в силу завтра.",
                  ["В. В. Бондаренко подписал указ.", "Он вступит в силу завтра."]),
        SplitCase("Der Minister trat zurück. Die Regierung schwieg.", ["Der Minister trat zurück.", "Die Regierung schwieg."]),
        SplitCase("会議は終わった。結果は明日発表される。", ["会議は終わった。", "結果は明日発表される。"]),
    ]

    static let all: [SplitCase] = abbreviations + months + numbers + quotations + ellipses + lists + headlines
        + datelines + clockTimes + initials + acronyms + punctuation + otherScripts
}
