"""Demands and outcomes laid out as cue-introduced lists and as tables.

The cue line ("Key demands reiterated by China include:") or the column header ("Expected Outcomes",
"Canada's Goals") decides the kind of every item under it, and names the actor when it can.
"""

from __future__ import annotations

import bisect

from ..document import Block, BlockKind, Document
from . import rules
from .actors import ActorIndex, subject_phrase
from .model import Demand, Outcome, Source, Status
from .spans import clause_from, trim


def classify_cue(cue: str) -> tuple[str, Status | None] | None:
    for pattern, kind, status in rules.LIST_CUE_RES:
        if pattern.search(cue):
            return kind, Status(status) if status else None
    return None


def list_kind(document: Document, index: int) -> tuple[str, Status | None] | None:
    """What the list at ``document.blocks[index]`` holds, by its cue; a sublist whose cue item says nothing
    of it ("- In addition, the parties take note of deals between their companies, including:") holds what
    the list just before it, which the cue item ends, holds (up to MAX_LIST_NESTING lists up)."""
    for _ in range(MAX_LIST_NESTING + 1):
        block = document.blocks[index]
        if block.cue is None:
            return None
        kind = classify_cue(document.span_text(block.cue))
        if kind is not None or index == 0:
            return kind
        outer = document.blocks[index - 1]
        if outer.kind is not BlockKind.LIST or not outer.items or outer.items[-1] != block.cue:
            return None
        index -= 1
    return None


# Lists nested under list items: a fact sheet's bullets under a bullet, rarely deeper.
MAX_LIST_NESTING = 3


def _speaker_before(document: Document, block: Block, sentence_ends: list[int]) -> list[str]:
    """A cue that names nobody ("Key priorities include:") speaks for the sentence before it (found by
    bisection over ``sentence_ends``: a hostile text of thousands of one-item lists read every sentence
    for each)."""
    before = bisect.bisect_right(sentence_ends, block.cue.start)
    if before == 0:
        return []
    previous = document.sentences[before - 1].span
    phrase = subject_phrase(document.text, previous.start, previous.end)
    return [phrase] if phrase else []


def from_lists(document: Document, actors: ActorIndex, parties: list[str]) -> tuple[list[Demand], list[Outcome]]:
    demands: list[Demand] = []
    outcomes: list[Outcome] = []
    text = document.text
    sentence_ends = [sentence.span.end for sentence in document.sentences]
    for index, block in enumerate(document.blocks):
        if block.kind is not BlockKind.LIST or block.cue is None:
            continue
        kind = list_kind(document, index)
        if kind is None:
            continue
        named = actors.all_in(text, block.cue.start, block.cue.end) or _speaker_before(document, block, sentence_ends)
        topic = document.span_text(block.heading) if block.heading else None
        for item in block.items:
            span = trim(text, item.start, item.end)
            if span is not None and len(text[span.start : span.end].split()) > rules.LIST_ITEM_MAX_WORDS:
                # A long item is a clause with its reasons attached: its first clause is the item.
                span = clause_from(text, span.start, span.end)
            if span is None:
                continue
            if kind[0] == "demand":
                actor = named[0] if named else None
                target = next((p for p in parties if p != actor), None) if actor and len(parties) == 2 else None
                demands.append(Demand(span, actor, target, Source.LIST, item, topic, cue="list"))
            else:
                outcomes.append(Outcome(span, kind[1] or Status.EXPECTED, named or list(parties), Source.LIST,
                                        item, topic, cue="list"))
    return demands, outcomes


def _column_roles(document: Document, block: Block) -> list[tuple[str, Status | None]]:
    roles: list[tuple[str, Status | None]] = []
    for index, cell in enumerate(block.header):
        header = document.span_text(cell)
        role: tuple[str, Status | None] = ("topic" if index == 0 else "other", None)
        for pattern, status in rules.TABLE_OUTCOME_RES:
            if pattern.search(header):
                role = ("outcome", Status(status))
                break
        else:
            if rules.TABLE_DEMAND_RE.search(header):
                role = ("demand", None)
        roles.append(role)
    return roles


def from_tables(document: Document, actors: ActorIndex, parties: list[str]) -> tuple[list[Demand], list[Outcome]]:
    demands: list[Demand] = []
    outcomes: list[Outcome] = []
    text = document.text
    for block in document.blocks:
        if block.kind is not BlockKind.TABLE or not block.header:
            continue
        roles = _column_roles(document, block)
        topic_column = 0 if roles and roles[0][0] == "topic" else None
        for row in block.rows:
            if not row:
                continue
            evidence = trim(text, row[0].start, row[-1].end) or row[0]
            topic = document.span_text(row[topic_column]) if topic_column is not None else None
            for column, cell in enumerate(row):
                if column >= len(roles) or not len(cell):
                    continue
                role, status = roles[column]
                header_actors = actors.all_in(text, block.header[column].start, block.header[column].end)
                if role == "outcome":
                    outcomes.append(Outcome(cell, status or Status.EXPECTED, header_actors or list(parties),
                                            Source.TABLE, evidence, topic, cue="table"))
                elif role == "demand":
                    header_text = document.span_text(block.header[column])
                    if not header_actors and not rules.TABLE_DEMAND_WITHOUT_ACTOR_RE.search(header_text):
                        continue
                    actor = header_actors[0] if header_actors else None
                    demands.append(Demand(cell, actor, None, Source.TABLE, evidence, topic, cue="table"))
    return demands, outcomes
