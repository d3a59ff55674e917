"""Builds gold-heldout3.json from the labels below; every item text is checked verbatim against articles/<id>.txt."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
WH_REPO, BBC_REPO = "brian14708/wh-briefings", "DokahlSoZoor/DieNeueKrone"
BBC_COMMIT = "c29e6ced3dca3e4aa92f257b8718f4ce0f88e7ae"


def D(actor, target, req, text):
    return {"kind": "demand", "actor": actor, "target": target, "required": req, "text": text}


def O(status, actors, req, text):
    return {"kind": "outcome", "status": status, "actors": actors, "required": req, "text": text}


US, UK, BD = "United States", "United Kingdom", "Bangladesh"
LABELS = {
    # ------------------------------------------------------------------ White House
    "wh-2025-02-01-readout-of-president-donald-j-trumps-call-with-president-el-sisi-of-egypt": [
        O("expected", [US], False, "usher in a golden age of Middle East peace"),
    ],
    "wh-2025-02-28-statement-from-the-press-secretary-19a9": [
        O("agreed", ["Mexico", US], True, "29 Mexican Cartel Members were extradited to the United States"),
        O("agreed", [US], False, "declaring these thugs as terrorists"),
        D(US, None, False, "demanding justice for the American people"),
    ],
    "wh-2025-03-03-readout-from-first-lady-melania-trumps-roundtable-discussion-on-online-protecti": [
        D(US, "House of Representatives", True, "also pass the bill"),
        D("Take It Down Act advocates", "House of Representatives", False,
          "calling for the passage of the Take It Down Act"),
        D("Ted Cruz", "House of Representatives", False,
          "act quickly to send this legislation to President Trump’s desk"),
        D(US, None, False,
          "prioritize their well-being by equipping them with the support and tools necessary"),
        O("agreed", ["Senate"], True, "passing the Take It Down Act"),
        O("agreed", ["House of Representatives"], False, "united in their commitment to take swift action"),
    ],
    "wh-2025-03-16-statement-from-the-press-secretary-50c7": [
        O("agreed", [US], True, "signed a Proclamation Invoking the Alien Enemies Act"),
        O("agreed", [US], False, "arrested nearly 300 Tren de Aragua terrorists"),
        O("agreed", [US, "El Salvador"], False, "extracted and removed to El Salvador"),
        O("agreed", [US], False, "never allow foreign terrorist enemies to operate on American soil"),
    ],
    "wh-2025-06-07-statement-from-the-white-house-d320": [
        O("agreed", [US], True, "signed a Presidential Memorandum deploying 2,000 National Guardsmen"),
        O("expected", [US], False, "These criminals will be arrested and swiftly brought to justice"),
        O("agreed", [US], False, "ensure the laws of the United States are executed fully and completely"),
    ],
    "wh-2025-06-12-statement-from-secretary-of-state-marco-rubio": [
        D(US, "Iran", True, "should not target U.S. interests or personnel"),
        O("agreed", ["Israel"], False, "Israel took unilateral action against Iran"),
        O("agreed", [US], False, "taken all necessary steps to protect our forces"),
    ],
    "wh-2025-08-11-joint-statement-on-u-s-china-economic-and-trade-meeting-in-stockholm": [
        O("agreed", [US], True,
          "continue to modify the application of the additional ad valorem rate of duty on articles of China"),
        O("agreed", ["China"], True,
          "modify the application of the additional ad valorem rate of duty on articles of the United States"),
        O("agreed", ["China"], True,
          "adopt or maintain all necessary administrative measures to suspend or remove the non-tariff countermeasures"),
        O("agreed", [US, "China"], False, "suspending 24 percentage points of that rate for an additional period of 90 days"),
        O("agreed", [US], False, "retaining the remaining ad valorem rate of 10 percent on those articles"),
        O("agreed", ["China"], False, "retaining the remaining additional ad valorem rate of 10 percent on those articles"),
        O("agreed", [US, "China"], False, "agree to take the following actions by August 12, 2025"),
        O("agreed", [US, "China"], False, "recall the commitments under the Geneva Joint Statement"),
    ],
    "wh-2026-02-09-joint-statement-on-framework-for-united-states-bangladesh-agreement-on-reciproc": [
        O("agreed", [US, BD], True, "agreed to an Agreement on Reciprocal Trade"),
        O("agreed", [US, BD], False,
          "provide U.S. and Bangladeshi exporters unprecedented access to each other’s respective markets"),
        O("agreed", [BD], True,
          "provide significant preferential market access for U.S. industrial and agricultural goods"),
        O("agreed", [US], True,
          "reduce the reciprocal tariff rate, as initially set forth in Executive Order 14257 of April 2, 2025, to 19 percent"),
        O("agreed", [US], False, "identify products from the list set out in Annex III"),
        O("agreed", [US], True,
          "establish a mechanism that will allow for certain textile and apparel goods from Bangladesh"),
        O("agreed", [US, BD], True,
          "address Bangladesh’s non-tariff barriers that affect bilateral trade and investment in priority areas"),
        O("agreed", [BD], True, "permit the free transfer of data across trusted borders"),
        O("agreed", [BD], False,
          "support the adoption of a permanent moratorium on customs duties on electronic transmissions"),
        O("agreed", [BD], True, "protect internationally recognized labor rights"),
        O("agreed", [BD], False,
          "a prohibition on the importation of goods produced by forced or compulsory labor"),
        O("agreed", [BD], True, "adopt and maintain high levels of environmental protection"),
        O("agreed", [BD], True, "a robust standard for intellectual property protection and enforcement"),
        O("agreed", [BD], False, "groundbreaking provisions on geographical indications that will preserve U.S. market access"),
        O("agreed", [US, BD], True,
          "strengthening economic and national security alignment to enhance supply chain resilience and innovation"),
        O("agreed", [BD], True, "strengthen and enforce comprehensive anti-corruption laws"),
        O("agreed", [US], True, "consider supporting investment financing in critical sectors in Bangladesh"),
        O("agreed", [US, BD], False,
          "take note of recent and forthcoming commercial deals in the areas of agriculture, energy, and technology"),
        O("agreed", [BD], False, "Procurement of aircraft"),
        O("agreed", [BD], True,
          "Purchases of approximately $3.5 billion of U.S. agriculture products"),
        O("agreed", [BD], True,
          "Purchases of energy products, with an estimated value of $15 billion over 15 years"),
        O("expected", [US, BD], True, "promptly finalize the Agreement on Reciprocal Trade"),
        O("expected", [US, BD], False, "undertake domestic formalities in advance of the Agreement entering into force"),
    ],
    # ------------------------------------------------------------------ BBC politics
    "bbc-politics-085": [
        D("Dan Lewis", UK, True,
          "a limit on the number of quangos that could be set up by any individual government department"),
        D("Conservatives and Liberal Democrats", UK, True, "called for a \"slimming down\""),
        D("Dan Lewis", UK, True, "a public inquiry into regional development agencies"),
        D("Dan Lewis", UK, True, "a statutory five-year limit on any such body with executive powers"),
        D("Dan Lewis", UK, False, "would be better spent on eight million boiler jackets for British homes"),
        D("Efficiency in Government Unit", UK, False,
          "an assessment should be made whether its proposed role is already carried out by an existing charity"),
        D("Gershon Report", UK, False, "recommended significant cuts in bureaucracy across the public sector"),
        O("expected", ["Conservatives"], False, "A Conservative government will axe 162 quangos"),
        O("expected", ["Liberal Democrats"], False,
          "would abolish many, merge others, and make any that remain properly accountable"),
    ],
    "bbc-politics-350": [
        O("expected", ["Labour"], False, "would strive for continuing stability if elected"),
        O("expected", ["Labour"], False, "help young people who were struggling to buy their own homes"),
        O("agreed", ["Labour"], False, "vowed to continue the fight against child poverty"),
        O("expected", ["Labour"], False, "Tony Blair will answer questions sent by the public via text and e-mail"),
        O("agreed", ["Treasury"], False,
          "would not make any tax commitments until the Labour manifesto had been published"),
        O("expected", ["Treasury"], False, "the Budget, expected in March"),
        O("none", ["Labour"], False, "no poll date had yet been set"),
        O("agreed", ["Labour"], False, "unveiled his party's six pre-election pledges"),
    ],
    "bbc-politics-181": [
        O("agreed", [UK], True, "launched a pounds 500m initiative to allow school sports clubs in England"),
        O("agreed", [UK], False, "increase the number of specialist sport colleges from 350 to 400"),
        O("expected", [UK], False, "two hours' PE within school for 75% of pupils by 2006"),
        O("expected", [UK], False, "the government was hoping this would rise to 85% by 2008 and 100% by 2010"),
        O("agreed", [UK], False,
          "for every pupil to get at least two hours of high-quality physical education"),
        D(UK, None, False, "needed \"a coherent framework\" and \"dedicated funding\""),
        D("Conservatives", UK, True, "more emphasis should be put on traditional sports"),
        D("Conservatives", UK, False,
          "enable the clubs - which is where the real passion for sport exists - to deliver the school sport offer"),
        D("Secondary Heads Association", UK, True,
          "up to the schools themselves to decide how to spend their money"),
    ],
    "bbc-politics-006": [
        O("none", [UK], True, "The initial attempt to sell the Millennium Dome failed"),
        O("agreed", ["English Partnerships"], True,
          "a deal to turn it into a sport and entertainment venue was struck"),
        O("expected", [UK], False, "More than pounds 550m could now be returned to the public sector"),
        O("agreed", [UK], False, "a good deal had been secured"),
        D("Public Accounts Committee", UK, True,
          "work hard to ensure taxpayers would get full benefit from the Dome deal"),
    ],
    # ------------------------------------------------------------------ BBC business
    "bbc-business-040": [
        O("agreed", ["Umbro", "Rangers"], True, "signed a new four-year agreement with Scottish club Rangers"),
        O("agreed", ["Umbro", "Chelsea"], True, "receive a payment from Chelsea of pounds 24.5m"),
        O("agreed", ["Umbro", "Chelsea"], False,
          "its sponsorship agreement with Chelsea, which gave Umbro the lucrative right to make replica shirts, would end in 2006"),
        O("none", ["Umbro", "Chelsea", "Celtic"], False, "lost sponsorship deals with Chelsea and Celtic"),
        O("expected", ["Umbro"], False,
          "hopes 2005 sales will benefit from the launch of a new England replica shirt"),
        O("expected", ["Umbro"], False, "appraising a number of additional investment opportunities"),
        O("expected", ["Umbro"], False, "plans to grow sales both in the UK and internationally"),
    ],
    "bbc-business-132": [
        O("agreed", ["Inbev", "Ambev"], True, "its acquisition of Brazil's biggest beer firm Ambev"),
        O("agreed", ["Inbev", "Ambev"], False, "bought Ambev in August 2004"),
        O("expected", ["Inbev"], False, "expected solid growth in 2005"),
        O("expected", ["Inbev"], False, "expects to keep boosting its turnover"),
    ],
    "bbc-business-076": [
        D("World Bank", "Palestinian Authority", True, "revive its reform programme"),
        D("World Bank", "Palestinian Authority", True,
          "maintain financial discipline to create an investment-friendly climate"),
        O("expected", ["Palestinian Authority"], False, "a smooth Palestinian election in January"),
    ],
    "bbc-business-002": [
        D(US, "China", True, "a shift in Beijing's policy"),
        O("none", ["China"], True, "have fallen on deaf ears"),
        D("Chinese newspaper", "China", False, "\"time is ripe\" for a loosening of the peg"),
        O("expected", ["G7", "China"], False,
          "unlikely to produce any meaningful movement in Chinese policy"),
        O("agreed", ["Federal Reserve"], True, "decision on 2 February to boost interest rates by a quarter of a point"),
        O("expected", [US], False, "The White House will announce its budget on Monday"),
    ],
}


def source(aid):
    if aid.startswith("wh-"):
        raw = json.loads((HERE / "raw_wh" / "raw.json").read_text(encoding="utf-8"))
        stem = next(k for k in raw if k[:90] == aid[3:])
        return f"{WH_REPO}@{raw[stem]['commit']}:{raw[stem]['folder']}/{stem}.md"
    return f"{BBC_REPO}@{BBC_COMMIT}:" + json.loads((HERE / "bbc_sources.json").read_text())[aid]


def main():
    arts = {}
    bad = 0
    for aid, items in LABELS.items():
        text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        for it in items:
            if it["text"] not in text:
                bad += 1
                print("NOT VERBATIM", aid, repr(it["text"]))
        arts[aid] = {"title": text.split("\n", 1)[0], "date": None, "boilerplate": [], "source": source(aid),
                     "items": items}
    assert bad == 0, bad
    missing = sorted(p.stem for p in (HERE / "articles").glob("*.txt") if p.stem not in arts)
    assert not missing, missing
    gold = {
        "about": ("Independent held-out set 3: 8 White House statements/readouts/joint statements (brian14708/wh-briefings "
                  "briefings-statements, 2025-02 to 2026-11) and 8 BBC News (4 politics, 4 business; DokahlSoZoor/DieNeueKrone "
                  "data/bbc/, currency written as words) documents, chosen by random.Random(20261202) (see SELECTION.md), "
                  "labelled per /work/shared/eval/LABELLING.md on 2026-12-02 by a labeller who did not see the extractor's "
                  "code. Each document is articles/<id>.txt."),
        "articles": arts,
    }
    (HERE / "gold-heldout3.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", len(arts), "articles,", sum(len(a["items"]) for a in arts.values()), "items")


if __name__ == "__main__":
    main()
