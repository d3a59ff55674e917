"""Builds gold-heldout5.json from the labels below; stops if any item text is not a verbatim substring of
articles/<id>.txt. Structure as heldout4/build_gold.py."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
WH_REPO, BBC_REPO = "brian14708/wh-briefings", "DokahlSoZoor/DieNeueKrone"
BBC_COMMIT = "c29e6ced3dca3e4aa92f257b8718f4ce0f88e7ae"


def D(actor, target, req, text):
    return {"kind": "demand", "actor": actor, "target": target, "required": req, "text": text}


def O(status, actors, req, text):
    return {"kind": "outcome", "status": status, "actors": actors, "required": req, "text": text}


US, GT, UK, IN = "United States", "Guatemala", "United Kingdom", "India"
AGENCIES = "federal agencies"
LABELS = {
    # ------------------------------------------------------------------ White House
    "wh-2025-11-13-joint-statement-on-framework-for-united-states-guatemala-agreement-on-reciproca": [
        O("agreed", [US, GT], True, "have agreed to a Framework for an Agreement on Reciprocal Trade"),
        # bullet 1
        O("agreed", [GT], True, "addressing a wide range of non-tariff barriers affecting trade in priority areas"),
        O("agreed", [GT], False,
          "streamlining regulatory requirements and approvals for U.S. exports including pharmaceutical products and medical devices"),
        O("agreed", [GT], False, "removing import restrictions on remanufactured goods"),
        O("agreed", [GT], False, "accepting U.S. auto standards"),
        O("agreed", [GT], False, "streamlining certificate of free sale requirements, accepting electronic certificates"),
        O("agreed", [GT], False, "removing apostille requirements"),
        O("agreed", [GT], False, "expediting product registration requirements for U.S. exports"),
        # bullet 2
        O("agreed", [GT], True, "address and prevent barriers to U.S. agricultural products in its market"),
        O("agreed", [GT], False,
          "maintain science- and risk-based regulatory frameworks and efficient authorization processes for agricultural products"),
        # bullet 3
        O("agreed", [GT], True, "a robust standard for intellectual property protection and enforcement"),
        O("agreed", [GT], False, "fully implementing certain international intellectual property treaties"),
        O("agreed", [GT], False, "resolve many long-standing intellectual property issues"),
        # bullet 4
        O("agreed", [GT], True, "provide transparency and fairness regarding geographical indications"),
        O("agreed", [GT], False,
          "market access will not be restricted due to the mere use of certain cheese and meat terms"),
        # bullet 5
        O("agreed", [GT], True, "facilitate digital trade"),
        O("agreed", [GT], False, "refraining from imposing digital services taxes"),
        O("agreed", [GT], False, "ensuring the free transfer of data across trusted borders"),
        O("agreed", [GT], False,
          "supporting a permanent multilateral moratorium on customs duties on electronic transmissions"),
        # bullet 6
        O("agreed", [GT], True, "take effective actions to implement the Joint Initiative on Services Domestic Regulation"),
        # bullet 7
        O("agreed", [GT], True, "continue facilitating trade, including by following best practices in customs"),
        O("agreed", [GT], False, "adopt and implement good regulatory practices"),
        # bullet 8
        O("agreed", [GT], True, "protect internationally recognized labor rights"),
        O("agreed", [GT], False, "prohibit the importation of goods produced by forced or compulsory labor"),
        O("agreed", [GT], False, "strengthen its labor laws and their enforcement"),
        # bullet 9
        O("agreed", [GT], True, "adopt and maintain high levels of environmental protection"),
        O("agreed", [GT], False, "effectively enforce its environmental laws"),
        O("agreed", [GT], False, "improve forest sector governance and combat illegal logging"),
        O("agreed", [GT], False, "strengthen enforcement of its fisheries-related measures"),
        O("agreed", [GT], False, "combat illegal wildlife trade and illegal mining"),
        O("agreed", [GT], False, "fully implement the WTO Agreement on Fisheries Subsidies"),
        # bullet 10
        O("agreed", [GT], True, "address potential distortionary actions of state-owned enterprises"),
        O("agreed", [GT], False, "address industrial subsidies that may have an impact on the bilateral trading relationship"),
        # bullet 11
        O("agreed", [GT], True,
          "strengthen economic and national security cooperation to enhance supply chain resilience and innovation"),
        O("agreed", [GT], False, "addressing duty evasion and cooperating on investment security and export controls"),
        # bullet 12
        O("agreed", [GT], True, "restrict access to central level procurement covered by its free trade agreement commitments"),
        # next steps and the US commitment
        O("expected", [US, GT], True, "finalize the Agreement, prepare the Agreement for signature"),
        O("expected", [US, GT], True, "undertake domestic formalities in advance of the Agreement entering into force"),
        O("agreed", [US], True,
          "remove the reciprocal tariffs on Guatemala’s exports to the United States for certain qualifying exports"),
        O("expected", [US, GT], False, "look forward to closing the Agreement soon"),
    ],
    "wh-2025-01-22-fact-sheet-president-donald-j-trump-delivers-emergency-price-relief-for-america": [
        O("agreed", [US], True,
          "signed a Presidential Memorandum to deliver emergency price relief for American families"),
        D(US, AGENCIES, True,
          "untangle the American economy from Biden constraints and improve affordability of necessary goods and services"),
        D(US, AGENCIES, True, "Drastically lower the cost of housing and expand housing supply"),
        D(US, AGENCIES, True,
          "Eliminate unnecessary administrative expenses and rent-seeking practices that drive up healthcare costs"),
        D(US, AGENCIES, True, "Eliminate counterproductive requirements raising the costs of home appliances"),
        D(US, AGENCIES, True, "Create employment opportunities for American workers"),
        D(US, AGENCIES, True, "Eliminate harmful, coercive “climate” policies driving up the costs of food and fuel"),
    ],
    "wh-2025-04-18-readout-of-president-donald-j-trumps-call-with-prime-minister-starmer-of-the-un": [
        O("expected", [US, UK], False,
          "upcoming State Visit with His Majesty King Charles III in the United Kingdom later this year"),
    ],
    "wh-2025-01-23-fact-sheet-president-donald-j-trump-orders-declassification-of-jfk-rfk-and-mlk-": [
        O("agreed", [US], True,
          "signed an Executive Order entitled Declassification of Records Concerning the Assassinations"),
        O("agreed", [US], False, "the victims’ families and the American people deserve the truth"),
        D(US, "Director of National Intelligence", True,
          "Present a plan within 15 days for the full and complete release of all John F. Kennedy assassination records"),
        D(US, "Director of National Intelligence", True,
          "review the records relating to the Robert F. Kennedy and Martin Luther King Jr. assassinations"),
        D(US, "Director of National Intelligence", False,
          "present a plan for their full and complete release within 45 days"),
        D(US, AGENCIES, False, "ordering that the work be completed"),
        O("agreed", [US], False, "continued withholding of the John F. Kennedy records is not in the public interest"),
        O("agreed", [US], False, "declassify and unseal all JFK assassination related documents"),
    ],
    "wh-2025-01-27-readout-of-president-donald-j-trumps-call-with-prime-minister-modi-of-india": [
        D(US, IN, True, "increasing its procurement of American-made security equipment"),
        D(US, IN, True, "moving toward a fair bilateral trading relationship"),
        O("expected", [IN, US], True, "plans for Prime Minister Modi to visit the White House"),
        O("agreed", [US, IN], True,
          "commitment to advance the U.S.-India strategic partnership and the Indo-Pacific Quad partnership"),
        O("expected", [IN], False, "India hosting Quad Leaders for the first time later this year"),
    ],
    "wh-2025-01-26-readout-of-president-donald-j-trumps-call-with-prime-minister-starmer-of-the-un": [],
    "wh-2025-01-23-readout-of-president-donald-j-trump-call-with-crown-prince-mohammad-bin-salman": [],
    "wh-2025-02-12-readout-of-president-donald-j-trumps-meeting-with-king-abdullah-ii-of-jordan": [
        D(US, "Hamas", True, "release all hostages, including all Americans, by Saturday"),
        D(US, "Jordan", True,
          "assistance in ensuring that Hamas, as well as the leaders of the region, understand the severity of the situation"),
        D(US, None, False, "ensuring that Gaza is rebuilt beautifully after the conflict ends"),
        D(US, None, False, "providing options for the people of Gaza that allow them to live in security and dignity"),
        O("agreed", [US], False, "securing the release of hostages from Gaza and a temporary pause in hostilities"),
    ],
    # ------------------------------------------------------------------ BBC politics
    "bbc-politics-315": [
        O("expected", ["Department for Work and Pensions"], True, "continue in the job until a replacement was found"),
        O("expected", ["Department for Work and Pensions"], False, "will move on under civil service rules"),
        O("agreed", ["Department for Work and Pensions"], False, "Doug Smith's departure was announced"),
        O("expected", ["Department for Work and Pensions"], False, "there is a new chief executive coming in"),
        D("Work and Pensions Committee", "Child Support Agency", False,
          "the new leadership will bring a fresh approach to what is a failing organisation"),
        D("Conservative Party", None, False, "he should have been clearing his desk by now"),
    ],
    "bbc-politics-007": [
        D("Labour Party", "Labour supporters", False, "warned his supporters against complacency"),
        O("expected", [], False, "it is widely expected to be 5 May"),
    ],
    "bbc-politics-244": [
        D("Family Planning Association", None, True,
          "Young people must be informed about all the issues within sexual health"),
        D("Family Planning Association", UK, True, "maintains its commitment to the teenage pregnancy strategy"),
        D("Medical Research Council", "Department for Education and Skills", False,
          "You can't have a higher education policy that is at odds with the government's science policy"),
        O("expected", ["Department for Education and Skills"], False, "put parents first in education policy"),
    ],
    "bbc-politics-046": [
        O("agreed", ["David Blunkett"], True,
          "won the first round of a High Court battle with Mrs Quinn for access to her son"),
        O("expected", ["Labour Party"], False, "join Home Secretary David Blunkett in a visit to Sheffield on Thursday"),
        O("agreed", ["David Blunkett"], False, "has since paid the pounds 180 back"),
        O("expected", ["David Blunkett"], False, "write to the watchdog to answer further questions"),
        O("expected", ["Commons Standards and Privileges Committee"], False,
          "will report to the Commons Standards and Privileges Committee"),
        O("expected", ["Commons Standards and Privileges Committee"], False,
          "recommend to the full House of Commons what action - if any - should be taken against Mr Blunkett"),
    ],
    # ------------------------------------------------------------------ BBC business
    "bbc-business-120": [
        O("agreed", ["Nigeria"], True, "launch of an ambitious development programme"),
        O("expected", ["Nigeria"], True, "triple cocoa production over the next three years"),
        O("expected", ["Nigeria"], False,
          "boost production from an expected 180,000 tonnes this year to 600,000 tonnes by 2008"),
        O("agreed", ["Nigeria"], True,
          "pump 154m naira (dollars 1.1m; pounds 591,000) into subsidies for farming chemicals and seedlings"),
        O("agreed", ["Nigeria"], False, "91m naira of the funding available had been earmarked for establishing cocoa plant nurseries"),
        O("expected", ["Nigeria"], False, "encourage the processing of cocoa in the country and lift local consumption"),
    ],
    "bbc-business-003": [
        D("Menatep Group", "Rosneft", True, "pay back a dollars 900m (pounds 479m) loan"),
        D("Menatep Group", "Rosneft", False, "repay a loan that Yugansk had secured on its assets"),
        D("foreign banks", "Rosneft", False, "a similar dollars 540m repayment demand"),
        D("Menatep Group", "Rosneft", False,
          "we will fight them where the rule of law exists under the international arbitration clauses"),
        D("Rosneft", "Menatep Group", False, "recover some of the tax claims and debts owed by Yugansk"),
        D("Yukos", None, False, "sue any participant in the sale"),
        D("Russia", "Yukos", False, "a dollars 27.5bn tax claim against Yukos"),
        O("agreed", ["Rosneft"], False, "Rosneft bought the Yugansk unit for dollars 9.3bn"),
    ],
    "bbc-business-092": [
        D("Iranian parliament", "Turkcell", True, "stake in Irancell, the new network, should be cut from 70% to 49%"),
        O("agreed", ["Iranian parliament"], True, "ruled that Turkcell's 70% controlling stake is too high"),
        O("expected", ["Iranian parliament"], True, "will vote on the ruling on Tuesday"),
        O("expected", ["Turkcell"], True,
          "could bail out of a dollars 3bn (dollars 1.6bn) deal to build a network in Iran"),
        O("expected", ["Turkcell"], False, "may give up on the deal altogether"),
        O("agreed", ["Turkcell"], False, "Turkcell signed a contract for the new network in September"),
        O("agreed", ["Iranian parliament"], False, "given themselves a veto over all foreign investment deals"),
        D("Turkcell", "Iranian parliament", False,
          "management control and financial consolidation of Irancell"),
    ],
    "bbc-business-024": [
        D("Democrats", US, False, "clamp down on unfair foreign trade practices"),
    ],
}


def source(aid):
    if aid.startswith("wh-"):
        raw = json.loads((HERE / "raw_wh" / "raw.json").read_text(encoding="utf-8"))
        stem = next(k for k in raw if k[:90] == aid[3:])
        return f"{WH_REPO}@{raw[stem]['commit']}:{raw[stem]['folder']}/{stem}.md"
    src = json.loads((HERE / "bbc_sources.json").read_text(encoding="utf-8"))
    return f"{BBC_REPO}@{BBC_COMMIT}:{src[aid]}"


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
        "about": ("Independent held-out set 5: 8 White House fact sheets/readouts/joint statements (brian14708/wh-briefings "
                  "briefings-statements, 2025-01 to 2026-11) and 8 BBC News (4 politics, 4 business; DokahlSoZoor/DieNeueKrone "
                  "data/bbc/, currency written as words) documents, chosen by random.Random(20261204) (see SELECTION.md), "
                  "labelled per /work/shared/eval/LABELLING.md on 2026-12-04 by a labeller who did not see the extractor's "
                  "code. Each document is articles/<id>.txt."),
        "articles": arts,
    }
    (HERE / "gold-heldout5.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", len(arts), "articles,", sum(len(a["items"]) for a in arts.values()), "items")


if __name__ == "__main__":
    main()
