"""Stage 1: layout, junk, titles, dates and sentence segmentation, on text written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.document import BlockKind, UnitKind, build_document


def kinds(doc):
    return [b.kind for b in doc.blocks]


def texts(doc, kind):
    return [doc.span_text(b.span) for b in doc.blocks if b.kind is kind]


def test_abbreviations_do_not_end_sentences():
    doc = build_document("Mr. Lee flew to the U.S. on Monday at 9 a.m. sharp. He met Dr. Ortiz there.")
    assert [doc.span_text(s.span) for s in doc.sentences] == [
        "Mr. Lee flew to the U.S. on Monday at 9 a.m. sharp.",
        "He met Dr. Ortiz there.",
    ]


def test_site_junk_is_set_aside_with_a_reason():
    text = ("Skip to content\n\nHarbour Deal Signed Between Two Ports\n\nThe two ports signed a deal today.\n"
            "7\nShare this article\nLeave a Reply\nYour email address will not be published. Required fields "
            "are marked *\n")
    doc = build_document(text)
    junk = {doc.span_text(b.span): b.reason for b in doc.blocks if b.kind is BlockKind.BOILERPLATE}
    assert junk == {
        "Skip to content": "navigation link",
        "7": "stray number",
        "Share this article": "share widget",
        "Leave a Reply": "comment form",
        "Your email address will not be published. Required fields are marked *": "comment form",
    }
    assert doc.span_text(doc.title) == "Harbour Deal Signed Between Two Ports"


def test_repeated_and_truncated_headlines_appear_once():
    text = ("Rivers Agency Unveils Flood Plan for Coastal Towns\n"
            "Rivers Agency Unveils Flood Plan for...\n"
            "Rivers Agency Unveils Flood Plan for Coastal Towns\n\n"
            "The agency published its plan on Friday after months of talks.\n")
    doc = build_document(text)
    assert texts(doc, BlockKind.TITLE) == ["Rivers Agency Unveils Flood Plan for Coastal Towns"]
    reasons = [b.reason for b in doc.blocks if b.kind is BlockKind.BOILERPLATE]
    assert reasons == ["truncated duplicate of another line", "repeated headline"]


def test_date_line_before_the_headline():
    doc = build_document(" date 2023-05-09 Mayors Agree on Shared Bus Network\n\nThe mayors met on Tuesday.")
    assert doc.published == "2023-05-09"
    assert doc.span_text(doc.title) == "Mayors Agree on Shared Bus Network"
    assert texts(doc, BlockKind.METADATA) == ["date 2023-05-09"]


def test_wire_dateline_gives_the_date():
    doc = build_document("OSLO, March 3, 2021 (Reuters) - Norway raised its rates on Wednesday.")
    assert doc.published == "2021-03-03"


@pytest.mark.parametrize("dateline", ["UTOPIA CITY, May 4 -", "OSLO, March 3, 2021 (Reuters) -",
                                      "PORT ROYAL, Ruritania, June 2 --", "LONDON (Reuters) -",
                                      "SPRINGFIELD, Ill. (AP) —"])
def test_a_wire_dateline_is_metadata_and_the_first_sentence_starts_after_it(dateline):
    doc = build_document(f"Rates Cut Again\n\n{dateline} The central bank cut its rates. It met on Monday.")
    meta = [(doc.span_text(b.span), b.reason) for b in doc.blocks if b.kind is BlockKind.METADATA]
    assert meta == [(dateline, "dateline")]
    assert doc.span_text(doc.sentences[0].span) == "The central bank cut its rates."


def test_capitals_and_a_dash_in_a_sentence_are_no_dateline():
    doc = build_document("US, UK AGREE - The deal is done. Later, PARIS, France, joined - it said.")
    assert not [b for b in doc.blocks if b.kind is BlockKind.METADATA]


def test_cue_list_items_are_separate_units_with_their_cue():
    text = ("Officials met again on Friday. Demands tabled by the union include:\n"
            "- Higher wages for night shifts.\n- Safer equipment in all depots\n\nTalks resume next week.")
    doc = build_document(text)
    lists = [b for b in doc.blocks if b.kind is BlockKind.LIST]
    assert len(lists) == 1
    assert doc.span_text(lists[0].cue) == "Demands tabled by the union include:"
    items = [doc.span_text(s.span) for s in doc.sentences if s.kind is UnitKind.LIST_ITEM]
    assert items == ["Higher wages for night shifts.", "Safer equipment in all depots"]


def test_markdown_table_header_rows_and_cells():
    text = "Plans Ahead\n| Area | Expected Results |\n|---|---|\n| Rail | Faster trains |\n| Ports | More berths |\n"
    doc = build_document(text)
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    assert [doc.span_text(c) for c in table.header] == ["Area", "Expected Results"]
    assert [[doc.span_text(c) for c in row] for row in table.rows] == [["Rail", "Faster trains"],
                                                                       ["Ports", "More berths"]]


def test_title_case_heading_is_not_a_sentence():
    text = ("First Line Is The Headline\n\nA paragraph of prose comes first here.\n"
            "Budget Talks and the Road Ahead\nAnother paragraph follows the heading.")
    doc = build_document(text)
    assert texts(doc, BlockKind.HEADING) == ["Budget Talks and the Road Ahead"]
    assert all("Road Ahead" not in doc.span_text(s.span) for s in doc.sentences)


def test_crlf_and_spans_are_exact():
    text = "Heading Of The Story\r\n\r\nOne sentence here. Another one there.\r\n- item one\r\n"
    doc = build_document(text)
    for unit in doc.sentences:
        value = doc.span_text(unit.span)
        assert value == value.strip() and "\r" not in value
    assert [doc.span_text(s.span) for s in doc.sentences] == ["One sentence here.", "Another one there.",
                                                               "item one"]


def test_date_in_the_headline_or_opening_words():
    assert build_document("Council Statement on Flooding, 4 May 2023\n\nThe council met.").published == "2023-05-04"
    opening = "Talks on the Border\n\nOn 9 June 2024, envoys of both countries met in Vienna for talks."
    assert build_document(opening).published == "2024-06-09"
    later = "Talks on the Border\n\nEnvoys met in Vienna. " + "They talked at length. " * 30 + "It ended 9 June 2024."
    assert build_document(later).published is None


def test_control_and_bidi_characters_never_inside_a_unit():
    text = "Oil Talks\n\nNorway\u202e urged Spain to act now.\x1b[31m Prices fell.\nA second line\u2066 here."
    doc = build_document(text)
    for block in doc.blocks:
        assert not any(ch in doc.span_text(block.span) for ch in "\u202e\x1b\u2066")
    for unit in doc.sentences:
        assert not any(ch in doc.span_text(unit.span) for ch in "\u202e\x1b\u2066")


def test_language_and_mojibake_are_reported():
    english = build_document("The committee approved the budget on Monday after a long debate about schools.")
    assert english.language == "en" and not english.warnings
    french = build_document("Le comité a approuvé le budget lundi après un long débat sur les écoles et les routes.")
    assert french.language == "fr" and any("'fr'" in w for w in french.warnings)
    garbled = build_document("The ministerâ€™s plan was approved on Monday. Itâ€™s the best deal so far, he said.")
    assert any("mis-decoded" in w for w in garbled.warnings)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab c.D!?“”é😀ß—\n\r Mr. U.S. 中文。\u00a0")), min_size=1, max_size=300))
def test_fast_offsets_equal_bling_fires_own(chunk):
    import blingfire

    from service.document.segment import _sentence_offsets

    if chunk.strip():
        expected = [tuple(pair) for pair in blingfire.text_to_sentences_and_offsets(chunk)[1]]
        assert _sentence_offsets(chunk) == expected


def test_multi_line_blocks_never_span_a_control_character():
    text = "Plans:\n- first item\n\u202e- second item\n| a | b |\n\x1b|---|---|\n| c | d |\n"
    doc = build_document(text)
    for block in doc.blocks:
        assert not any(ch in doc.span_text(block.span) for ch in "\u202e\x1b")


def test_markdown_title_headings_and_emphasised_date_line():
    # issue 13, item 12: "# Title" kept its "#"; "**Published:** 4 June 2024" was no date.
    text = ("# Ministers Agree on Fishing Rights\n\n**Published:** 4 June 2024\n\n## What the ministers said\n\n"
            "Ghana urged Togo to reopen the border crossing on Monday.")
    doc = build_document(text)
    assert doc.span_text(doc.title) == "Ministers Agree on Fishing Rights"
    assert doc.published == "2024-06-04"
    headings = [doc.span_text(b.span) for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert headings == ["What the ministers said"]


def test_lines_beyond_the_cap_are_left_unread_and_said_so():
    from service.document.layout import MAX_LINES

    text = "A List Of Things\n\n" + "".join(f"- item number {i}\n" for i in range(MAX_LINES + 50)) + "\nThe end came."
    document = build_document(text)
    assert not document.read_whole
    last_read = max(s.span.end for s in document.sentences)
    assert text[last_read:].count("- item number") == 51  # the title line counts: MAX_LINES - 1 items read
    assert "The end came." not in [document.span_text(s.span) for s in document.sentences]
    warning = next(w for w in document.warnings if f"{MAX_LINES:,} non-blank lines" in w)
    assert "the 52 lines after" in warning


def test_a_text_of_fewer_lines_is_read_to_its_end():
    from service.document.layout import MAX_LINES

    text = "".join(f"Sentence number {i} is here.\n\n" for i in range(MAX_LINES // 10))
    document = build_document(text)
    assert document.read_whole
    assert document.span_text(document.sentences[-1].span) == f"Sentence number {MAX_LINES // 10 - 1} is here."
    assert not any("non-blank lines" in w for w in document.warnings)


def test_bullets_after_an_item_ending_in_a_colon_are_a_list_of_their_own_under_the_same_marker():
    text = ("Fact Sheet: Port Relief\n\nToday the President signed an order.\n\n"
            "- The order directs all agencies to cut port fees.\n\n- This includes action to:\n\n"
            "- Lower berth charges;\n\n- Remove pilotage surcharges.\n")
    lists = [b for b in build_document(text).blocks if b.kind is BlockKind.LIST]
    document = build_document(text)
    assert [len(b.items) for b in lists] == [2, 2]
    assert document.span_text(lists[1].cue) == "This includes action to:"
    assert lists[0].items[-1] == lists[1].cue


def test_a_list_item_ending_in_a_colon_is_the_cue_of_the_list_under_it():
    text = ("Joint Declaration\n\nThe two leaders met in Geneva and declared:\n\n"
            "1. We reaffirm our commitment to peace.\n\n"
            "2. To this end, we agree to the following steps:\n\n"
            "- Withdraw heavy weapons from the border.\n\n- Release the prisoners of war.\n")
    document = build_document(text)
    nested = [b for b in document.blocks if b.kind is BlockKind.LIST][-1]
    assert document.span_text(nested.cue) == "To this end, we agree to the following steps:"
    assert [document.span_text(i) for i in nested.items] == ["Withdraw heavy weapons from the border.",
                                                            "Release the prisoners of war."]


WRAPPED_STORY = (
    "Union calls for pay talks\n\n"
    "    UTOPIA CITY, May 4 - The Utopia Transport Union on Monday urged the\n"
    "city council to reopen pay talks with bus drivers before the end of the month,\n"
    "warning that a strike could follow, said union leader\n"
    "Tom Reyes.\n"
    "    The council said it would meet the union on Friday.\n"
)


def test_hard_wrapped_lines_are_one_paragraph_until_a_sentence_ends():
    """Wire copy, e-mail and text taken from PDFs wrap inside sentences: a line that stops on a comma or a
    word no sentence ends on goes on in the next, whatever its case, and the first line of such a
    paragraph is no heading however many capitals it has."""
    doc = build_document(WRAPPED_STORY)
    assert kinds(doc) == [BlockKind.TITLE, BlockKind.METADATA, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    first, second = texts(doc, BlockKind.PARAGRAPH)
    assert first.startswith("The Utopia Transport Union on Monday urged the\ncity") and \
        first.endswith("union leader\nTom Reyes.")
    assert second == "The council said it would meet the union on Friday."
    assert [doc.span_text(s.span).split()[-1] for s in doc.sentences if s.kind is UnitKind.SENTENCE][-2:] == [
        "Reyes.", "Friday."]


def test_lines_that_end_sentences_or_stop_on_a_name_stay_apart():
    text = "Pay Talks Resume\n\nThe union met the council.\nThe talks went on late.\nPhoto by Jo Bloggs\nThe end.\n"
    doc = build_document(text)
    assert texts(doc, BlockKind.PARAGRAPH) == ["The union met the council.", "The talks went on late.",
                                               "The end."]
    assert texts(doc, BlockKind.HEADING) == ["Photo by Jo Bloggs"]


def test_indented_first_lines_open_paragraphs_that_go_on_in_flush_lines():
    """Wire copy: each paragraph's first line is indented and the lines after it are flush, whatever their
    first word; a line like a heading ("... Secretary of the Treasury, told a Wall") is such a first line."""
    text = ("Rules Delayed\n\n    UTOPIA CITY, March 9 - Reform of the markets will wait.\n"
            "    Tom Reyes, Under Secretary of the Treasury, told a Wall\nStreet Group lunch the vote was off.\n"
            "    The House\nAgreed.\n")
    doc = build_document(text)
    assert texts(doc, BlockKind.PARAGRAPH) == [
        "Reform of the markets will wait.",
        "Tom Reyes, Under Secretary of the Treasury, told a Wall\nStreet Group lunch the vote was off.",
        "The House\nAgreed."]
    assert texts(doc, BlockKind.HEADING) == []


def test_a_text_indented_throughout_says_nothing_by_its_indent():
    text = "    Key Facts\n\n    The union met the council\n    on Monday.\n    The Mayor\n    Spoke.\n"
    doc = build_document(text)
    assert texts(doc, BlockKind.PARAGRAPH)[0] == "The union met the council\n    on Monday."
    assert "The Mayor" not in " ".join(texts(doc, BlockKind.PARAGRAPH)[:1])
