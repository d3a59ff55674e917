"""Builds gold-heldout6.json from the labels below; stops if any item text is not a verbatim substring of
articles/<id>.txt. Structure as heldout5/build_gold.py."""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def D(actor, target, req, text):
    return {"kind": "demand", "actor": actor, "target": target, "required": req, "text": text}


def O(status, actors, req, text):
    return {"kind": "outcome", "status": status, "actors": actors, "required": req, "text": text}


US, UK, EU, JP, AR = "United States", "United Kingdom", "European Union", "Japan", "Argentina"
BANKS = "creditor banks"
NFG, SENECA, ARGO = "National Fuel Gas", "Seneca Resources", "Argo Petroleum"
NRC = "Nuclear Regulatory Commission"
LDP, OPP = "Liberal Democratic Party", "opposition parties"
ATPC = "Association of Tin Producing Countries"
DCRA, ICO = "Dutch Coffee Roasters' Association", "International Coffee Organization"
LABELS = {
    # Swiss government finances: figures; one decision (debt retirement), minor
    "r21-364": [
        O("agreed", ["Switzerland"], False, "retire about one billion francs of government debt"),
    ],
    # Brown-Forman board decisions
    "r21-23": [
        O("agreed", ["Brown-Forman"], True, "approved a three-for-two stock split"),
        O("agreed", ["Brown-Forman"], True, "a 35 pct increase in the company cash dividend"),
        O("agreed", ["Brown-Forman"], False, "split of its Class A and Class B common shares would be effective March 13"),
        O("agreed", ["Brown-Forman"], False, "declared a quarterly cash dividend on each new share of both classes of 28 cts"),
    ],
    # National Fuel Gas / Argo reorganization plan (term sheet signed by Seneca, Argo, creditors committee)
    "r21-1558": [
        O("agreed", [NFG, SENECA, ARGO], True, "proposed a plan of reorganization"),
        O("agreed", [SENECA, ARGO], True,
          "receive 75 pct of Argo's principal producing and undeveloped oil and gas assets"),
        O("agreed", [SENECA, ARGO], False, "made an additional 500,000 dlr advance to Argo"),
        O("agreed", [SENECA, ARGO], False,
          "Argo's existing secured debt to be refinanced in an 8,875,000 dlr refinancing note"),
        O("agreed", [SENECA, ARGO], True, "enter into a venture to be 75 pct owned by Seneca and 25 pct by Argo"),
        O("agreed", [SENECA, ARGO], False, "provide Argo with a two mln dlr revolving line of credit"),
        O("agreed", [ARGO], False, "Argo oil and gas assets not subject to the venture to be transferred to a new corporation"),
        O("agreed", [ARGO], False, "Existing Argo shareholders will receive all the new company's common stock"),
        O("agreed", [ARGO], False, "unsecured creditors will receive 100 pct of the new capital stock of Argo"),
    ],
    # Dutch roasters on the ICO quota breakdown
    "r21-977": [
        O("none", [ICO], True, "failure to agree on reintroduction of ICO export quotas"),
        O("none", [ICO], False, "breakdown late last night of negotiations in London to reintroduce International Coffee Organization"),
        D(DCRA, ICO, True, "quotas be reallocated on a more equitable basis"),
        D(DCRA, ICO, True, "renegotiate the coffee agreement"),
        D(DCRA, ICO, False, "would not welcome quota reintroduction until we have a complete renegotiation"),
    ],
    # OECD report: market description and forecasts only
    "r21-1867": [],
    # NRC vote on evacuation rule
    "r21-195": [
        O("agreed", [NRC], True, "proposed to ease evacuation standards for nuclear plants"),
        O("agreed", [NRC], True, "voted 4-1 to offer the rule for 60 days of public comment"),
        O("expected", [NRC], False, "set emergency evacuation standards of its own"),
        O("none", ["Shoreham", "Seabrook"], False, "had refused to take part in evacuation planning"),
        O("expected", [NRC], False, "had not yet scheduled a meeting to vote on the proposed plan"),
    ],
    # Channon (UK trade secretary) on US protectionism
    "r21-1809": [
        O("expected", [EU], True, "the community would have to retaliate"),
        O("expected", [EU], False, "the community would retaliate by imposing taxes on U.S. exports"),
        D(UK, US, True, "greater EC-U.S. cooperation to force Japan to open its markets to foreign goods"),
        D(UK, US, True, "increased U.S.-EC cooperation to avoid trade disputes"),
        D(UK, US, False, "must therefore learn to manage their relations better"),
        D(UK, US, True, "foreign trade law should be judged by GATT and not by the United States"),
        O("agreed", [US, EU], False, "the two sides narrowly avoided a confrontation"),
    ],
    # Japanese demand for gilts: market commentary only
    "r21-888": [],
    # Bundesbank council meeting expectations
    "r21-926": [
        O("expected", ["Bundesbank"], True, "unlikely to change its credit policies at its central bank council meeting"),
        O("expected", ["Bundesbank"], False, "allocate less than 16 billion marks this week"),
        O("expected", ["Bundesbank"], False, "top it up if necessary at next week's tender"),
    ],
    # Argentina could suspend debt payments (Baglini)
    "r21-60": [
        O("expected", [AR], True, "suspend payments on its foreign debt"),
        D(AR, BANKS, True, "a 2.15 billion dlr loan request to meet 1987 growth targets"),
        O("none", [AR, BANKS], False, "today's scheduled second day of talks had been postponed"),
        O("expected", [AR], False, "follow the example of Brazil"),
        D(AR, None, False, "Debtor nations should not have to take from their own pockets"),
    ],
    # Japan LDP fixes budget hearing date
    "r21-1957": [
        O("agreed", [LDP], True, "hold a public hearing on the draft budget on March 13 and 14"),
        O("expected", [LDP], False, "push through the delayed draft budget for 1987/88 through Parliament"),
        D(OPP, LDP, True, "would again boycott parliament unless the LDP changed its mind"),
        D(OPP, LDP, True, "fight to scrap the sales tax"),
        D(OPP, LDP, False, "in a bid to shelve the sales tax"),
        O("agreed", [OPP], False, "Parliament resumed deliberations last Tuesday"),
        O("expected", [JP], False, "is planned to start next January"),
        O("expected", [JP], False, "Passing (the budget) singlehandedly"),
    ],
    # Talking point: analysts' views only
    "r21-1214": [],
    # US Treasury part of Argentine bridge loan
    "r21-181": [
        O("agreed", [US], True, "providing a 500 mln-dlr short-term bridge loan to Argentina"),
        O("agreed", [AR], True, "announced a wage and price freeze"),
        O("agreed", [US], False, "U.S. share of bridge financing for Argentina would come from its Exchange Stabilization Fund"),
        O("agreed", ["International Monetary Fund", AR], False, "approving a new stand-by financing arrangement"),
        O("expected", [AR], False, "Argentina is expected to qualify for IMF balance-of-payments financing"),
        O("expected", [AR, BANKS], False, "are expected to last for several days"),
        D(AR, BANKS, False, "about 2.15 billion dlrs in new loans and other financing"),
        D(AR, BANKS, True, "lower interest rates on an existing total 53 billion dlrs in foreign debt"),
        D(AR, BANKS, True, "elimination of foreign banks' control over how some of the money is loaned"),
    ],
    # Ford Canada results: figures only
    "r21-1132": [],
    # Zaire accepts ATPC tin-export quota
    "r21-908": [
        O("agreed", ["Zaire"], True, "limit its tin exports to 1,736 tonnes for 12 months from March 1"),
        O("agreed", [ATPC], True, "limit total ATPC exports to 96,000 tonnes for a year from March 1"),
        O("agreed", [ATPC], False, "agreed to adhere to the export quotas allocated them under the plan"),
        O("expected", [ATPC], False, "cut the 70,000-tonne world surplus by 20,000 tonnes and boost prices"),
    ],
    # Saudi Arabia reiterates commitment to OPEC pact
    "r21-248": [
        O("agreed", ["Saudi Arabia"], True, "commitment to last December's OPEC accord to boost world oil prices and stabilise the market"),
        O("agreed", ["Saudi Arabia"], True, "will never sell its oil at prices below the pronounced prices"),
        O("agreed", ["OPEC"], False, "lower its total output ceiling by 7.25 pct to 15.8 mln barrels per day"),
        O("agreed", ["OPEC"], False, "return to fixed prices of around 18 dlrs a barrel"),
        O("expected", ["OPEC"], True, "the group planned to stick with the pricing agreement"),
        O("expected", ["OPEC"], False, "they all wanted to stick to the accord"),
        O("none", ["OPEC"], False, "no plans for an emergency OPEC meeting to review prices"),
    ],
}


def locate(text, art):
    """The wire text is hard-wrapped: a label is written with single spaces and replaced by the article's own span,
    where each space may be a line break (plus the 4-space paragraph indent). Words and their order must match
    exactly; if the span is not found (or found twice) the label text is kept as written and fails the check."""
    pat = r"\s+".join(re.escape(w) for w in text.split(" "))
    spans = [m.group(0) for m in re.finditer(pat, art)]
    return spans[0] if len(set(spans)) == 1 else text


def source(aid):
    src = json.loads((HERE / "sources.json").read_text(encoding="utf-8"))
    return src[aid]


def main():
    arts = {}
    bad = 0
    for aid, items in LABELS.items():
        text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        for it in items:
            it["text"] = locate(it["text"], text)
            if it["text"] not in text:
                bad += 1
                print("NOT VERBATIM", aid, repr(it["text"]))
        arts[aid] = {"title": text.split("\n", 1)[0], "date": None, "boilerplate": [], "source": source(aid),
                     "items": items}
    assert bad == 0, bad
    missing = sorted(p.stem for p in (HERE / "articles").glob("*.txt") if p.stem not in arts)
    assert not missing, missing
    gold = {
        "about": ("Independent held-out set 6: 16 Reuters-21578 newswire stories of 1987 (loki86/ksr_zadanie1V2@"
                  "d16457fd9d6d2b623fffc163746092b89a6e2fef, reut2-000.sgm and reut2-001.sgm), chosen by "
                  "random.Random(20261206) (see SELECTION.md), labelled per /work/shared/eval/LABELLING.md on "
                  "2026-12-06 by a labeller who did not see the extractor's code. Each document is articles/<id>.txt."),
        "articles": arts,
    }
    (HERE / "gold-heldout6.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", len(arts), "articles,", sum(len(a["items"]) for a in arts.values()), "items")


if __name__ == "__main__":
    main()
