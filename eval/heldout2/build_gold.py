"""Builds gold-heldout2.json from the labels below; every item text is checked verbatim against articles/<id>.txt."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
WH_REPO, BBC_REPO = "brian14708/wh-briefings", "DokahlSoZoor/DieNeueKrone"
BBC_COMMIT = "c29e6ced3dca3e4aa92f257b8718f4ce0f88e7ae"


def D(actor, target, req, text):
    return {"kind": "demand", "actor": actor, "target": target, "required": req, "text": text}


def O(status, actors, req, text):
    return {"kind": "outcome", "status": status, "actors": actors, "required": req, "text": text}


US = "United States"
LABELS = {
    # ------------------------------------------------------------------ White House
    "wh-2024-02-09-statement-by-communications-director-kirsten-allen-on-the-vice-presidents-trave": [
        O("expected", [US], False, "meet with foreign leaders in Munich to advance Biden-Harris Administration priorities"),
    ],
    "wh-2025-01-08-statement-from-press-secretary-karine-jean-pierre-5": [
        O("agreed", [US], True, "cancel his upcoming trip to Italy"),
        O("agreed", [US], False, "approved a Major Disaster declaration for California"),
    ],
    "wh-2025-01-12-readout-of-president-joe-bidens-call-with-prime-minister-netanyahu-of-israel-11": [
        D(US, "Israel", True, "the immediate need for a ceasefire in Gaza and return of the hostages"),
        D(US, "Israel", False, "a surge in humanitarian aid enabled by a stoppage in the fighting under the deal"),
        O("expected", ["Israel"], False, "the ongoing negotiations in Doha for a ceasefire and hostage release deal"),
        O("agreed", ["United Nations Security Council"], False, "endorsed unanimously by the UN Security Council"),
        O("agreed", ["Israel", "Lebanon"], False, "the ceasefire deal in Lebanon"),
    ],
    "wh-2024-02-17-readout-of-vice-president-harriss-meeting-with-chancellor-scholz-of-germany-2": [
        O("agreed", [US, "Germany"], True,
          "reiterated their commitment to close coordination on both countries’ approaches to managing competition with the People’s Republic of China"),
        D(US, None, False, "the need to continue aiding Ukraine’s fight against Russian aggression"),
    ],
    "wh-2024-02-16-readout-of-vice-president-harriss-meeting-with-prime-minister-robert-golob-of-s": [
        O("agreed", [US, "Slovenia"], True, "their commitment to coordination there on the basis of our shared democratic values"),
        O("agreed", [US, "Slovenia"], True, "continue strengthening and deepening our countries’ bilateral relationship"),
        O("agreed", [US, "Slovenia"], True,
          "work together through multilateral institutions to confront the range of challenges affecting Transatlantic security"),
    ],
    "wh-2024-02-09-statement-from-nsc-spokesperson-adrienne-watson-on-u-s-unwavering-support-for-e": [
        O("agreed", [US, "Ecuador"], True, "INL funding for the construction of the Ecuadorian Coast Guard Academy"),
        O("agreed", [US, "Ecuador"], False, "eight mobile border units to support an elite border task force"),
        O("agreed", [US, "Ecuador"], True, "launch a joint National Police-Coast Guard operational unit in Guayaquil"),
        O("agreed", [US, "Ecuador"], True,
          "committed to delivering a C-130H military plane to the Ecuadorians by the end of March 2024"),
        O("agreed", [US], True, "designated one of Ecuador’s most violent gangs, Los Choneros, and its leader"),
        O("agreed", [US, "Ecuador"], True, "investing in a $45 million program to reduce childhood malnutrition"),
        O("agreed", [US, "Ecuador"], False,
          "providing $13 million in equipment to protect the Ecuadorian Ministry of Defense computer networks"),
        O("agreed", [US, "Ecuador"], False, "$2.4 million in additional vehicles and security equipment"),
        O("agreed", [US], False, "surged our law enforcement and defense support for Ecuadorian Forces"),
    ],
    # ------------------------------------------------------------------ BBC politics
    "bbc-politics-121": [
        O("agreed", ["Welsh Assembly Government"], True,
          "no patient would wait more than 12 months for an outpatient appointment by March 2006"),
        O("agreed", ["Welsh Assembly Government"], True,
          "the target for an inpatient appointment would remain at 12 months for March 2006"),
        O("agreed", ["Welsh Assembly Government"], True,
          "pounds 264m for health services will be spent reducing waiting times"),
        O("agreed", ["Welsh Assembly Government"], False, "Hospital waiting times for patients in Wales are to be cut"),
        O("expected", ["Welsh Assembly Government"], False,
          "Details about funding to resource the new targets are expected in the New Year"),
        D("British Medical Association", "Welsh Assembly Government", True,
          "Capacity must be built into the system with sustained investment"),
        D("Welsh Assembly Government", None, False, "we need to see those reductions in long waiters being improved again"),
    ],
    "bbc-politics-082": [
        D("United Kingdom", "European Union", True, "future EU budgets were limited to 1% of Europe's economic output"),
        D("United Kingdom", "European Union", False, "spent \"where it adds most value\""),
        D("United Kingdom", "European Union", False,
          "ensure the UK's budget rebate, secured in 1984 by Margaret Thatcher, was \"fully justified\""),
        D("Liberal Democrats", "United Kingdom", True,
          "should not ignore the need to reform the EU Common Agricultural Policy"),
        O("agreed", ["United Kingdom"], True, "launch the new White Paper on the prospects for the EU in 2005"),
        O("expected", ["United Kingdom"], True, "the referendum on the constitution could take place in spring 2006"),
        O("expected", ["United Kingdom"], False,
          "Security, stability and prosperity would be the key themes when the UK took over the chairmanship of the EU"),
        O("agreed", ["Electoral Commission"], False, "satisfied the question was easy to understand"),
        O("expected", ["Conservatives"], False, "the Tories set to campaign for a \"no\" vote"),
        O("expected", ["United Kingdom", "European Union"], False, "lift the arms embargo imposed on China after the Tiananmen Square massacre"),
        O("none", ["United Kingdom"], False, "no decisions had been taken"),
    ],
    "bbc-politics-033": [
        D("Airport campaigners", "United Kingdom", True, "block the government from changing legislation"),
        D("Essex County Council", "High Court", True, "a judge to rule there should be a proper inquiry"),
        D("Essex County Council", "High Court", False,
          "a judge to say there has been inadequate preparation, consultation and thought"),
        D("Essex County Council", "United Kingdom", False, "Politicians should not decide where runways should be"),
        O("agreed", ["BAA"], False, "launched a series of consultations on blight to properties"),
        O("agreed", ["BAA"], False, "offering to buy noise-hit properties for an index-linked, unblighted price"),
    ],
    # ------------------------------------------------------------------ BBC business
    "bbc-business-034": [
        O("expected", ["SAIC", "MG Rover"], True, "Some 2,000 jobs at MG Rover's Midlands plant may be cut"),
        O("expected", ["SAIC"], True, "plans to shift production of the Rover 25 to China and export it to the UK"),
        O("expected", ["SAIC", "MG Rover"], True,
          "the pounds 1bn (dollars 1.9bn) investment deal would be signed in March or early April"),
        O("expected", ["SAIC", "MG Rover"], False, "the tie-up would take place \"not very far away from this time\""),
        O("expected", ["Nanjing Auto", "MG Rover", "SAIC"], False, "take a 20% stake in the joint venture"),
        O("agreed", ["MG Rover", "SAIC"], False, "signed a technology-sharing agreement in August"),
        D("SAIC", "MG Rover", True, "none of its money will be paid to the four owners of Rover"),
        D("SAIC", "MG Rover", False,
          "its money is used to invest in the business rather than be distributed to the shareholders"),
        D("Transport and General Workers' Union", "MG Rover", True,
          "investment in new models was needed to ensure the future of the Birmingham plant"),
        D("Treasury", "MG Rover", False, "A tie-up, seen as Rover's last chance to save its Longbridge plant"),
    ],
    "bbc-business-041": [
        D("Federal Reserve", "Congress", True, "take action to cut the deficit, such as increasing taxes"),
        D("Federal Reserve", "Congress", True, "cut promised benefits for retirees"),
        D("Federal Reserve", "Congress", True,
          "reinstate lapsed rules that require tax cuts and spending to be offset elsewhere in the budget"),
        D("Federal Reserve", "Congress", False, "those changes should be made sooner rather than later"),
        D("Federal Reserve", "Congress", False,
          "allowing huge US budget deficits to continue could have \"severe\" consequences"),
    ],
    "bbc-business-014": [
        D("National Union of Journalists", "Telegraph Group", True,
          "recall the notice of redundancy by midday on Monday or face a strike ballot"),
        O("agreed", ["Telegraph Group"], True, "axing 90 journalist jobs - 17% of their editorial staff"),
        O("expected", ["Telegraph Group"], True, "the company now planned to observe the consultation procedures"),
        O("expected", ["Telegraph Group"], False, "the two newspapers would add eight colour pages in the coming months"),
        O("agreed", ["Financial Times"], False, "offering voluntary redundancy to about 30 reporters"),
    ],
    # ------------------------------------------------------------------ CNN / Daily Mail
    "dm-test-45a9f7a9c4cffb0a068b65b08ad091ba69c53d5c": [
        O("agreed", ["Marie Ratcliffe"], True,
          "accepts 77 allegations relating to her care and treatment of 14 patients"),
        O("agreed", ["Marie Ratcliffe"], False, "accepted her mistakes 'contributed' to the deaths of two babies"),
        O("agreed", ["Nursing and Midwifery Council"], False,
          "the hearing is a matter of public interest, and as such will continue today"),
        O("expected", ["Nursing and Midwifery Council"], False, "The misconduct hearing, which is expected to last a month"),
        O("expected", ["Nursing and Midwifery Council"], False,
          "eight midwives who worked at the trust could face disciplinary action"),
        O("agreed", ["Nursing and Midwifery Council"], False, "four midwives should face hearings"),
    ],
    "dm-test-590c5673c81c52e21e30be7ab885d7e9f0048d99": [
        D("Mercedes", "Nico Rosberg", False, "sort himself out"),
    ],
    "dm-test-59177dda40fbfb551ee80992ef020da85036e772": [],
    "dm-test-5db0808085f7b1621f490b2bc4bf856aae310e6c": [
        O("agreed", ["Dublin City Schools"], True, "will no longer teach students at Dublin Middle School"),
        O("agreed", ["Dublin City Schools"], True,
          "required to call the superintendent if any board member asks to sit in on a parent-teacher meeting"),
        O("expected", ["Dublin City Schools"], False, "will retire at the end of the year"),
        O("agreed", ["Dublin City Schools"], False, "we want to apologize to the student and to his parents"),
        D("Jimmie Scott", "Dublin Middle School", False, "requested a parent-teacher conference"),
        D("Dublin City Schools", "teachers", False,
          "It is not the place of teachers to attempt to persuade students about religious or political beliefs"),
    ],
}


def source(aid):
    if aid.startswith("wh-"):
        raw = json.loads((HERE / "raw_wh" / "raw.json").read_text(encoding="utf-8"))
        stem = next(k for k in raw if k[:90] == aid[3:])
        return f"{WH_REPO}@{raw[stem]['commit']}:{raw[stem]['folder']}/{stem}.md"
    if aid.startswith("bbc-"):
        return f"{BBC_REPO}@{BBC_COMMIT}:" + json.loads((HERE / "bbc_sources.json").read_text())[aid]
    return f"cnndm-dev.jsonl:{aid}"


def main():
    arts = {}
    bad = 0
    for aid, items in LABELS.items():
        text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        for it in items:
            if it["text"] not in text:
                bad += 1
                print("NOT VERBATIM", aid, repr(it["text"]))
        title = None if ("-test-" in aid) else text.split("\n", 1)[0]
        arts[aid] = {"title": title, "date": None, "boilerplate": [], "source": source(aid), "items": items}
    assert bad == 0, bad
    missing = sorted(p.stem for p in (HERE / "articles").glob("*.txt") if p.stem not in arts)
    assert not missing, missing
    gold = {
        "about": ("Independent held-out set 2: 6 White House statements/readouts (brian14708/wh-briefings statements-releases, "
                  "2024-02/2024-08/2024-11/2025-01), 6 BBC News (3 politics, 3 business; DokahlSoZoor/DieNeueKrone data/bbc/, "
                  "currency written as words) and 4 CNN/Daily Mail (cnndm-dev.jsonl) documents, chosen by random.Random(20261201) "
                  "(see SELECTION.md), labelled per /work/shared/eval/LABELLING.md on 2026-12-01 by a labeller who did not see the "
                  "extractor's code. Each document is articles/<id>.txt."),
        "articles": arts,
    }
    (HERE / "gold-heldout2.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", len(arts), "articles,", sum(len(a["items"]) for a in arts.values()), "items")


if __name__ == "__main__":
    main()
