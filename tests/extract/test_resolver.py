"""The resolver on parses given token by token: the trees the parser sometimes builds, held fixed."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from service.extract.actors import ActorIndex
from service.extract.resolver import Resolver


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> tuple[str, Doc]:
    doc = Doc(Vocab(), words=words, spaces=[w not in (".", ",") and (i + 1 < len(words) and words[i + 1] not in
                                                                      (".", ",")) for i, w in enumerate(words)],
              heads=heads, deps=deps, pos=pos)
    return doc.text, doc


def test_a_person_closing_a_subject_the_parser_headed_with_a_work_is_who_speaks():
    # the parser heads "Essential Guide to British Parks author Tom Reyes" with "Guide", and "British" names a
    # country: the person at the phrase's end is who speaks, and the next "he"
    text, doc = _parsed(
        ["Essential", "Guide", "to", "British", "Parks", "author", "Tom", "Reyes", "said", "it", "grew", "."],
        [1, 8, 1, 4, 2, 7, 7, 1, 8, 10, 8, 8],
        ["compound", "nsubj", "prep", "amod", "pobj", "compound", "compound", "appos", "ROOT", "nsubj", "ccomp",
         "punct"],
        ["PROPN", "PROPN", "ADP", "ADJ", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "VERB", "PUNCT"])
    resolver = Resolver(ActorIndex.learn(text), text, [])
    assert resolver.name(doc[1], 0) == "Tom Reyes"
    assert resolver.last_person == "Tom Reyes"


def test_a_name_after_a_preposition_leaves_the_phrase_to_its_head():
    text, doc = _parsed(
        ["The", "Parks", "Association", "led", "by", "Tom", "Reyes", "said", "it", "grew", "."],
        [2, 2, 7, 2, 3, 6, 4, 7, 9, 7, 7],
        ["det", "compound", "nsubj", "acl", "agent", "compound", "pobj", "ROOT", "nsubj", "ccomp", "punct"],
        ["DET", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PROPN", "VERB", "PRON", "VERB", "PUNCT"])
    resolver = Resolver(ActorIndex.learn(text), text, [])
    assert resolver.name(doc[2], 0) == "Parks Association"


def test_surnames_are_looked_up_in_full_once_each_and_for_a_bounded_number(grammar):
    """Each surname costs one scan of the text: 1 MB of sentences naming one person by surname took 0.5 s
    more when every sentence scanned again; a text of thousands of surnames stops looking them up."""
    from service.document import build_document
    from service.extract import extract
    from service.extract.resolver import MAX_SURNAMES_LOOKED_UP

    text = "Tom Reyes, the trade minister, met the envoys. " + "Reyes urged Utopia to reopen the border crossing. " * 50
    result = extract(build_document(text), grammar=grammar)
    assert {d.actor for d in result.demands} == {"Tom Reyes"}
    names = (f"Name{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}"
             for i in range(MAX_SURNAMES_LOOKED_UP + 50))
    many = " ".join(f"{name} urged Utopia to reopen the border crossing." for name in names)
    assert extract(build_document(many), grammar=grammar).demands
