package io.claimbase.position;

/** Request examples for the contract, kept in one place. */
final class Examples {

    private Examples() {}

    /** The EU–China triad as a PUT /questions/{slug} body (shortened from seeds/domain/questions.yaml). */
    static final String EU_CHINA_QUESTION = """
            {
              "text": "Is the EU–China relationship one of partners, competitors or systemic rivals?",
              "topic": "geopolitics.alignment",
              "actors": [
                {
                  "id": "european-union",
                  "ids": [
                    "ursula-von-der-leyen"
                  ],
                  "aliases": [
                    "EU",
                    "E.U.",
                    "European Union",
                    "Brussels",
                    "Europe"
                  ]
                },
                {
                  "id": "china",
                  "ids": [
                    "xi-jinping",
                    "wang-yi",
                    "li-qiang",
                    "li-keqiang"
                  ],
                  "aliases": [
                    "China",
                    "Chinese",
                    "Beijing",
                    "PRC"
                  ]
                }
              ],
              "references": [
                "the two sides",
                "both sides",
                "the relationship"
              ],
              "scale": [
                {
                  "label": "systemic-rival",
                  "score": 0,
                  "description": "Rivals over the rules of the international order and the model of governance; cooperation is secondary.",
                  "ifNegated": "competitor",
                  "cues": [
                    {
                      "phrase": "systemic rival",
                      "weight": 2
                    },
                    {
                      "phrase": "systemic rivals",
                      "weight": 2
                    },
                    {
                      "phrase": "systemic rivalry",
                      "weight": 2
                    },
                    {
                      "phrase": "strategic rival",
                      "weight": 1.5
                    }
                  ]
                },
                {
                  "label": "competitor",
                  "score": 1,
                  "description": "Economic competitors: trade and technology disputes dominate, but the relationship is not a clash of systems.",
                  "ifNegated": "partner",
                  "cues": [
                    {
                      "phrase": "economic competitor",
                      "weight": 2
                    },
                    {
                      "phrase": "economic competitors",
                      "weight": 2
                    },
                    {
                      "phrase": "economic competition",
                      "weight": 1.5
                    },
                    {
                      "phrase": "economic rival",
                      "weight": 1.5
                    }
                  ]
                },
                {
                  "label": "partner",
                  "score": 2,
                  "description": "Partners for cooperation and negotiation: shared interests (trade, climate) define the relationship.",
                  "ifNegated": "competitor",
                  "cues": [
                    {
                      "phrase": "negotiating partner",
                      "weight": 2
                    },
                    {
                      "phrase": "negotiating partners",
                      "weight": 2
                    },
                    {
                      "phrase": "partner for cooperation",
                      "weight": 2
                    },
                    {
                      "phrase": "partners for cooperation",
                      "weight": 2
                    }
                  ]
                }
              ],
              "negation": {
                "window": 6,
                "words": [
                  "not",
                  "no",
                  "never",
                  "neither",
                  "nor",
                  "without",
                  "unlikely",
                  "hardly"
                ],
                "clauseWords": [
                  "but",
                  "yet",
                  "although",
                  "though",
                  "whereas",
                  "however"
                ]
              },
              "trend": {
                "strengthening": [
                  "deepening",
                  "deepen",
                  "closer ties"
                ],
                "weakening": [
                  "deteriorating",
                  "deteriorated",
                  "deterioration"
                ],
                "stable": [
                  "unchanged",
                  "status quo",
                  "little has changed"
                ]
              },
              "hypothetical": [
                "trying to",
                "try to",
                "seek to",
                "seeks to"
              ],
              "thirdParty": [
                "with",
                "for",
                "from",
                "toward",
                "towards"
              ],
              "approach": [
                "toward",
                "towards",
                "on the road to"
              ],
              "become": [
                "has become",
                "have become",
                "is becoming"
              ],
              "framing": [
                "many western experts",
                "some observers",
                "some analysts",
                "many analysts",
                "critics"
              ]
            }
            """;
}
