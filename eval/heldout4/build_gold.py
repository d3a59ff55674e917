"""Builds gold-heldout4.json from the labels below; stops if any item text is not a verbatim substring of
articles/<id>.txt. Structure as heldout3/build_gold.py."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
WH_REPO, BBC_REPO = "brian14708/wh-briefings", "DokahlSoZoor/DieNeueKrone"
BBC_COMMIT = "c29e6ced3dca3e4aa92f257b8718f4ce0f88e7ae"


def D(actor, target, req, text):
    return {"kind": "demand", "actor": actor, "target": target, "required": req, "text": text}


def O(status, actors, req, text):
    return {"kind": "outcome", "status": status, "actors": actors, "required": req, "text": text}


US, MY = "United States", "Malaysia"
AGENCIES = "federal agencies"
LABELS = {
    # ------------------------------------------------------------------ White House
    "wh-2025-01-23-fact-sheet-president-donald-j-trump-takes-action-to-enhance-americas-ai-leaders": [
        O("agreed", [US], True, "signed an Executive Order eliminating harmful Biden Administration AI policies"),
        O("agreed", [US], False, "revoke Joe Biden’s dangerous Executive Order that hinders AI innovation"),
        O("agreed", [US], True, "Revokes the Biden AI Executive Order"),
        D(US, AGENCIES, True,
          "revise or rescind all policies, directives, regulations, orders, and other actions taken under the Biden AI order"),
        D(US, None, False, "act decisively to retain leadership in AI and enhance our economic and national security"),
        O("agreed", [US], True,
          "establishes the commitment of the United States to sustain and enhance America’s dominance in AI"),
        D(US, None, False, "be free from ideological bias or engineered social agendas"),
        O("agreed", [US], True, "development of an AI Action Plan to sustain and enhance America’s AI dominance"),
        D(US, "White House", True, "revise and reissue OMB AI memoranda to departments and agencies"),
    ],
    "wh-2025-01-22-fact-sheet-president-donald-j-trump-protects-civil-rights-and-merit-based-oppor": [
        O("agreed", [US], True, "signed an historic Executive Order that protects the civil rights of all Americans"),
        O("agreed", [US], False, "terminating radical DEI preferencing in federal contracting"),
        D(US, AGENCIES, False, "relentlessly combat private sector discrimination"),
        O("agreed", [US], True,
          "terminates “diversity, equity, and inclusion” (DEI) discrimination in the federal workforce, and in federal "
          "contracting and spending"),
        O("agreed", [US], False,
          "Federal hiring, promotions, and performance reviews will reward individual initiative, skills, performance, "
          "and hard work"),
        D(US, "Office of Management and Budget", True,
          "streamline the federal contracting process to enhance speed and efficiency"),
        D(US, "federal contractors", False, "comply with our civil rights laws"),
        O("agreed", [US], True, "revokes Executive Order 11246 contracting criteria mandating affirmative action"),
        O("agreed", [US], False,
          "bars the Office of Federal Contract Compliance Programs from pushing contractors to balance their workforce"),
        D(US, "federal contractors", False,
          "simple and unmistakable affirmation that contractors will not engage in illegal discrimination"),
        D(US, AGENCIES, True, "take strong action to end private sector DEI discrimination"),
        D(US, "Attorney General and Secretary of Education", True,
          "issue joint guidance regarding the measures and practices required to comply with the Supreme Court’s decision"),
        O("agreed", [US], False,
          "ending the Biden-Harris Administration’s anti-constitutional and deeply demeaning “equity” mandates"),
    ],
    "wh-2025-01-23-statement-of-administration-policy-h-r-21-born-alive-abortion-survivors-protect": [
        D(US, "House of Representatives", False,
          "strongly supports H.R. 21 the Born-Alive Abortion Survivors Protection Act"),
        D(US, None, False, "should be treated just like any other baby born alive"),
        O("expected", [US], True, "his advisors would recommend he sign it into law"),
    ],
    "wh-2025-02-07-statement-from-the-press-secretary-on-januarys-jobs-reports": [
        O("agreed", [US], False, "declared a national energy emergency"),
        O("agreed", [US], False, "cut 10 regulations for every new regulatory action"),
        O("expected", [US], False, "deliver the largest tax cut in history for hardworking Americans"),
    ],
    "wh-2025-01-26-white-house-statement-on-agreement-extension-between-lebanon-and-israel": [
        O("agreed", ["Lebanon", "Israel", US], True, "will continue to be in effect until February 18, 2025"),
        O("agreed", ["Lebanon", "Israel", US], True,
          "begin negotiations for the return of Lebanese prisoners captured after October 7, 2023"),
    ],
    "wh-2026-01-16-statement-on-president-trumps-comprehensive-plan-to-end-the-gaza-conflict": [
        O("agreed", ["NCAG"], True, "formation of the National Committee for the Administration of Gaza (NCAG)"),
        O("agreed", ["NCAG"], False, "will be led by Dr. Ali Sha’ath"),
        O("agreed", ["United Nations Security Council"], False,
          "endorsed President Trump’s Comprehensive Plan and welcomed the establishment of the Board of Peace"),
        O("agreed", ["Board of Peace"], True, "a founding Executive Board has been formed"),
        O("agreed", ["Board of Peace"], False,
          "appointed Aryeh Lightstone and Josh Gruenbaum as senior advisors to the Board of Peace"),
        O("agreed", ["Board of Peace"], True, "will serve as the High Representative for Gaza"),
        O("agreed", ["Board of Peace"], True,
          "Major General Jasper Jeffers has been appointed Commander of the International Stabilization Force"),
        O("agreed", ["Board of Peace"], True, "a Gaza Executive Board is being established"),
        O("agreed", [US], False, "remains fully committed to supporting this transitional framework"),
        D(US, "all parties", True,
          "cooperate fully with the NCAG, the Board of Peace, and the International Stabilization Force"),
        O("expected", ["Board of Peace"], False,
          "Additional Executive Board and Gaza Executive Board members will be announced over the coming weeks"),
    ],
    "wh-2025-01-23-fact-sheet-president-donald-j-trump-directs-administration-to-advance-lumbee-tr": [
        O("agreed", [US], True, "signed a Presidential Memorandum to the Secretary of the Interior"),
        D(US, "Department of the Interior", True,
          "submit a plan to advance full federal recognition of the Lumbee Tribe of North Carolina"),
        O("agreed", [US], True,
          "support federal recognition and full tribal benefits for the Lumbee Tribe of North Carolina"),
        D(US, "Department of the Interior", False,
          "submit a plan to assist the Lumbee Tribe in obtaining full federal recognition"),
        D(US, "Department of the Interior", False, "analyze these legal pathways for advancing Lumbee recognition"),
        O("agreed", [US], False, "sign legislation granting the great Lumbee Tribe federal recognition that it deserves"),
    ],
    "wh-2025-10-26-joint-statement-on-united-states-malaysia-agreement-on-reciprocal-trade": [
        O("agreed", [US, MY], True, "reached agreement on an Agreement on Reciprocal Trade"),
        O("agreed", [US, MY], False,
          "provide both countries’ exporters unprecedented access to each other’s markets"),
        O("agreed", [MY], True,
          "provide significant preferential market access for U.S. industrial goods exports"),
        O("agreed", [US], True,
          "maintain at 19 percent the reciprocal tariffs first set forth in Executive Order 14257"),
        O("agreed", [US], False,
          "identified products from the list set out in Annex III to Executive Order 14346"),
        O("agreed", [MY], True,
          "address non-tariff barriers that affect bilateral trade in priority industrial areas"),
        O("agreed", [MY], False,
          "accepting U.S. manufactured vehicles built to U.S. motor vehicle safety and emissions standards"),
        O("agreed", [MY], False, "streamlining import licenses for U.S. alloy steel and pipe products"),
        O("agreed", [MY], False,
          "streamlining halal requirements for products including cosmetics, pharmaceuticals, and medical devices"),
        O("agreed", [MY], False, "addressing U.S. concerns with conformity assessment procedures"),
        O("agreed", [MY], True,
          "address and prevent non-tariff barriers to U.S. food and agricultural products"),
        O("agreed", [MY], False,
          "accepting currently agreed certificates issued by U.S. regulatory authorities"),
        O("agreed", [MY], False, "streamlining halal and facility registration requirements"),
        O("agreed", [MY], False,
          "implementation of regionalization of the United States for animal diseases"),
        O("agreed", [MY], True, "adopt and maintain high levels of environmental protection"),
        O("agreed", [MY], False,
          "taking measures to address illegal logging, fisheries subsidies, illegal, unreported, and unregulated fishing"),
        O("agreed", [MY], True,
          "increasing enforcement against notorious markets for counterfeiting and piracy"),
        O("agreed", [MY], True,
          "preventing forced labor and effectively identifying and addressing labor law violations"),
        O("agreed", [US, MY], True,
          "finalized commitments by Malaysia to address barriers impacting digital trade, services, and investment"),
        O("agreed", [MY], False,
          "refrain from imposing digital services taxes that discriminate against U.S. companies"),
        O("agreed", [MY], False, "ensure the transfer of data across trusted borders"),
        O("agreed", [MY], False,
          "support a permanent moratorium on customs duties on electronic transmissions"),
        O("agreed", [MY], False,
          "remove broadcasting terrestrial airtime restrictions on U.S. programming"),
        O("agreed", [US, MY], True,
          "finalized commitments to address intellectual property protection and enforcement, customs and trade "
          "facilitation"),
        O("agreed", [US, MY], True,
          "strengthening economic and national security cooperation and to enhancing supply chain resilience"),
        O("agreed", [MY], True,
          "refrain from banning, or imposing quotas on, exports to the United States of critical minerals or rare "
          "earth elements"),
        O("agreed", [MY], False,
          "expedient development of its critical minerals and rare earths sectors in partnership with U.S. companies"),
        O("agreed", [MY], False,
          "ensure no restrictions are imposed on the sale of rare earth magnets to U.S. companies"),
        O("agreed", [US, MY], False,
          "take note of recent and forthcoming commercial deals between U.S. and Malaysian companies"),
        O("agreed", [US, MY], True, "Procurement of 30 aircraft plus a purchase option for 30 additional aircraft"),
        O("agreed", [US, MY], True,
          "Purchase of semiconductors, aerospace components, and data center equipment with an estimated value of "
          "USD150 billion"),
        O("agreed", [US, MY], True,
          "Purchase of up to 5 million tonnes per annum (MTPA) of Liquified Natural Gas"),
        O("agreed", [US, MY], False,
          "Purchase of coal and telecommunication products and services valued at USD204.10 million"),
        O("agreed", [US, MY], True, "Capital fund investments in the United States of USD70 billion"),
        O("expected", [US], False,
          "positively consider the effect that the Agreement has on national security"),
        O("expected", [US, MY], True, "finalize their mutual understanding on currency policy"),
        O("expected", [US, MY], True,
          "undertake domestic formalities in advance of the Agreement entering into force"),
    ],
    # ------------------------------------------------------------------ BBC politics
    "bbc-politics-057": [
        O("agreed", ["United Kingdom"], True, "first children's commissioner for England has been appointed"),
        O("agreed", ["United Kingdom"], False, "will start the pounds 100,000-a-year job immediately"),
        O("agreed", ["Children's Commissioner"], False, "make sure that children's opinions \"count\""),
        D("Children's Commissioner", None, False,
          "those with the power to improve children's lives do live up to their responsibilities"),
    ],
    "bbc-politics-024": [
        D("Treasury", None, True, "education needs had to be tackled"),
        D("Treasury", "rest of the world", False,
          "stand by and have hundreds of millions of children not getting the chance at education"),
        O("expected", [], True, "international plans to invest dollars 10bn for education in Africa over the next decade"),
        D("Treasury", "G8", False, "proposals for a G8 aid package"),
        O("expected", ["Treasury"], False, "chairing a meeting of the Commission for Africa in Cape Town"),
        O("expected", ["Conservatives"], False, "expected to seize on those reports at prime minister's questions"),
    ],
    "bbc-politics-101": [
        D("Welsh Assembly Government", "Welsh councils", True, "set their taxes at \"reasonable levels\""),
        O("agreed", ["Welsh Assembly Government"], True, "given an average funding increase of 6%"),
        O("agreed", ["Welsh Assembly Government"], False, "pounds 13.4m will come from the business support grant"),
        D("Welsh Local Government Association", None, True, "vital that rises were minimsed"),
        D("Welsh Local Government Association", None, False, "start now to plan for future years"),
        D("north Wales councils", "Welsh Assembly Government", False, "lobby for increased funds"),
        O("agreed", ["Welsh Assembly Government"], False,
          "settlement includes a rise in the grant to help councils with the most deprived communities"),
        O("agreed", ["Welsh Assembly Government"], False, "16.4% rise in capital expenditure support"),
        D("Welsh Assembly Government", "council leaders", False, "manage their budgets at a local level"),
        O("expected", [], False, "massive hike in council tax, massive cuts in services provided by councils"),
        O("expected", [], False, "one in three homes were still likely to face council tax rises"),
    ],
    "bbc-politics-203": [
        D("Public Accounts Committee", "Defra", False, "New foot and mouth action"),
        D("Public Accounts Committee", "Defra", True,
          "setting up of a scheme to share any future compensation costs with industry"),
        D("Public Accounts Committee", "Defra", False, "paying some of its bills dating from the foot and mouth crisis"),
        O("agreed", ["European Commission", "United Kingdom"], True, "in the end was granted pounds 349m"),
        O("expected", ["Defra"], False, "a new compensation scheme was now being looked at"),
        O("none", ["Defra"], True, "has not agreed a final settlement with 57 contractors"),
        O("expected", ["Defra"], False, "working to resolve them as soon as is practicable"),
    ],
    # ------------------------------------------------------------------ BBC business
    "bbc-business-033": [
        D("Colombian planning department", "Colombian government", True,
          "no need for more tax reforms but a better distribution"),
        D("Colombian planning department", "Colombian government", True,
          "Government expenditure in areas such as pensions, public services, education, property and health should be "
          "revised"),
        O("expected", ["Colombian government"], False, "the government is now examining the report"),
    ],
    "bbc-business-011": [],
    "bbc-business-047": [
        O("agreed", ["Ryanair", "Boeing"], True, "placed an order for 70 Boeing 737-800 planes"),
        O("agreed", ["Ryanair", "Boeing"], False, "an option for a further 70 aircraft"),
        O("expected", ["Ryanair"], False, "should lead to 2,500 new Ryanair jobs"),
        O("expected", ["Ryanair", "Boeing"], False, "the 70 new orders are due for delivery between 2008 and 2012"),
        O("expected", ["Ryanair"], False,
          "unit operating costs (excluding fuel) will continue to fall each year for the next five years"),
        O("expected", ["Ryanair"], False, "carry more than 70 million passengers a year"),
    ],
    "bbc-business-079": [],
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
        "about": ("Independent held-out set 4: 8 White House statements/fact sheets/joint statements (brian14708/wh-briefings "
                  "briefings-statements, 2025-01 to 2026-11) and 8 BBC News (4 politics, 4 business; DokahlSoZoor/DieNeueKrone "
                  "data/bbc/, currency written as words) documents, chosen by random.Random(20261203) (see SELECTION.md), "
                  "labelled per /work/shared/eval/LABELLING.md on 2026-12-03 by a labeller who did not see the extractor's "
                  "code. Each document is articles/<id>.txt."),
        "articles": arts,
    }
    (HERE / "gold-heldout4.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", len(arts), "articles,", sum(len(a["items"]) for a in arts.values()), "items")


if __name__ == "__main__":
    main()
