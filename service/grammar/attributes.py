"""The pipeline's last two components, remembered per token: the attribute ruler (coarse part of
speech and morphology from the tagger's tag, with word-specific exceptions) and the rule lemmatizer.

Both are per-token Python in spaCy: on a CNN/DM article's sentences they cost as much as the tagger,
parser and tok2vec together (11.9 and 11.3 ms of ~46 ms, measured), and they hold the interpreter lock
while the summary and the entity recognizer wait for it. What they set depends only on a few of the
token's own attributes, so each answer is computed once by the components themselves and then reused:
- the ruler's single-token patterns read a token's tag, dependency label, whether it is a space, and
  its lower-case form only where a pattern names that word; a sentence where one of its multi-token
  patterns may match ("gon na", "ai n't", an expletive "there" before "was") goes through the ruler
  itself, as does any sentence with a combination not seen before;
- the rule lemmatizer reads the token's text, part of speech and morphology (spaCy's own cache key,
  which it leaves unfilled on its early returns).
The result is the stock pipeline's, token for token (tests/grammar compares them on real articles).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler, Lemmatizer
    from spacy.tokens import Doc, Token

# Entries each memo holds before it starts afresh: news vocabularies reach tens of thousands of words;
# this bounds a worker's memory (a few tens of MB at most) whatever it is sent.
MAX_REMEMBERED: Final = 200_000

# What the memo keys a token on: the only attributes a single-token pattern may read.
KEYED_ATTRIBUTES: Final = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})

_RuleKey = tuple[int, int, int, bool]
_LemmaKey = tuple[int, int, int]


class RememberedAttributes:
    """Sets part of speech, morphology and lemma on a freshly parsed Doc, as the stock components would."""

    def __init__(self, ruler: AttributeRuler, lemmatizer: Lemmatizer) -> None:
        self._ruler = ruler
        self._lemmatizer = lemmatizer
        # Words and labels the ruler's multi-token patterns need: a sentence with one needs the ruler.
        self._context_words, self._context_deps = _pattern_starts(ruler)
        # The lower-case forms single-token patterns name, outright or by pattern: any other word is
        # keyed as "some other word", so that the memo is keyed on tags and labels, not the vocabulary.
        self._named_words, self._word_patterns = _named_words(ruler)
        self._ruled: dict[_RuleKey, tuple[int, int, int, int, int]] = {}
        # A word no single-token pattern names, to stand for every such word.
        self._filler = next(w for w in ("x", "qq", "zzz") if not self._word_key_of(w))
        self._lemmas: dict[_LemmaKey, int] = {}
        _index_as_sets(lemmatizer)

    def prefill(self, tags: Sequence[str], labels: Sequence[str]) -> None:
        """Remembers the ruler's answer for every tag and dependency label of a word no pattern names,
        space or not (~4,500 one-token docs, ~0.2 s at load, before fork): otherwise each new combination
        sent the whole sentence through the ruler's matcher, a third of a fresh worker's sentences."""
        for tag in tags:
            for label in labels:
                for word in (self._filler, " "):
                    self._remember(None, word, tag, label)

    def _remember(self, key: _RuleKey | None, word: str, tag: str, label: str) -> None:
        """The ruler's answer for one token alone: with no neighbour, only its single-token patterns,
        which read nothing but the key's attributes, can match."""
        from spacy.tokens import Doc

        token = Doc(self._ruler.vocab, words=[word], spaces=[False])[0]
        token.tag_, token.dep_ = tag, label
        key = key or (token.tag, self._word_key(token), token.dep, token.is_space)
        if key not in self._ruled:
            self._ruler(token.doc)
            self._ruled[key] = (token.tag, token.pos, token.morph.key, token.lemma, token.dep)

    def __call__(self, doc: Doc) -> Doc:
        self._rule(doc)
        self._lemmatize(doc)
        return doc

    def _rule(self, doc: Doc) -> None:
        if any(t.lower_ in self._context_words or t.dep_ in self._context_deps for t in doc):
            self._ruler(doc)  # a multi-token pattern may match: the ruler itself reads the sentence
            return
        keys = [(t.tag, self._word_key(t), t.dep, t.is_space) for t in doc]
        if len(self._ruled) > MAX_REMEMBERED:
            self._ruled.clear()
        for token, key in zip(doc, keys, strict=True):
            if key not in self._ruled:  # a combination not seen before: the ruler on that token alone
                self._remember(key, token.lower_ if key[1] else token.text if key[3] else self._filler,
                               token.tag_, token.dep_)
        for token, key in zip(doc, keys, strict=True):
            tag, pos, morph, lemma, dep = self._ruled[key]
            if tag != token.tag:
                token.tag = tag  # the ruler tags a space "_SP"
            token.pos = pos
            if morph:
                token.set_morph(morph)
            if lemma:
                token.lemma = lemma
            if dep != token.dep:
                token.dep = dep  # a space inside a sentence is labelled "dep"

    def _word_key(self, token: Token) -> int:
        return token.lower if self._word_key_of(token.lower_) else 0

    def _word_key_of(self, lower: str) -> int:
        """Non-zero when a single-token pattern names the word (outright or by pattern)."""
        return int(lower in self._named_words or any(p.search(lower) for p in self._word_patterns))

    def _lemmatize(self, doc: Doc) -> None:
        if len(self._lemmas) > MAX_REMEMBERED:
            self._lemmas.clear()
            self._lemmatizer.cache.clear()  # spaCy's own cache on the same key, unbounded otherwise
        for token in doc:
            if token.lemma == 0:  # the lemmatizer does not overwrite what the ruler set
                token.lemma = self._lemma(token)

    def _lemma(self, token: Token) -> int:
        key = (token.orth, token.pos, token.morph.key)
        lemma = self._lemmas.get(key)
        if lemma is None:
            lemma = self._lemmas[key] = token.vocab.strings.add(self._lemmatizer.lemmatize(token)[0])
        return lemma


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """The rule lemmatizer asks whether a candidate lemma is a known word of its part of speech (``form in
    index``), and the pipeline keeps each part of speech's words as a list (up to 57,528 of them): each
    miss scanned it, ~90 µs a token, a tenth of the grammar reader's time on CNN/DM. A set answers the
    same question in one step; the lemmas are the same (tests/grammar compares them with the stock
    pipeline's)."""
    table = lemmatizer.lookups.get_table("lemma_index", {})
    for part_of_speech, words in list(table.items()):
        if not isinstance(words, frozenset):
            table[part_of_speech] = frozenset(words)


def _named_words(ruler: AttributeRuler) -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """The words single-token patterns name by LOWER (outright or IN), and their LOWER regexes."""
    words: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for entry in ruler.patterns:
        for pattern in entry["patterns"]:
            if len(pattern) > 1:
                continue
            if set(pattern[0]) - KEYED_ATTRIBUTES:
                raise ValueError(f"an attribute-ruler pattern this memo cannot key: {pattern}")
            value = pattern[0].get("LOWER")
            if value is None:
                continue
            if isinstance(value, str):
                words.add(value)
            elif set(value) == {"IN"}:
                words.update(value["IN"])
            elif set(value) == {"REGEX"}:
                patterns.append(re.compile(value["REGEX"]))
            else:
                raise ValueError(f"an attribute-ruler pattern this memo cannot key: {pattern}")
    return frozenset(words), tuple(patterns)


def _pattern_starts(ruler: AttributeRuler) -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case words and dependency labels of which every multi-token pattern needs one: for each,
    those of one of its tokens that names them outright ("all" in "y'all", whose "y" is a pattern)."""
    words: set[str] = set()
    deps: set[str] = set()
    for entry in ruler.patterns:
        for pattern in entry["patterns"]:
            if len(pattern) < 2:
                continue
            for token in pattern:
                keyed = [(token[key], into) for key, into in (("LOWER", words), ("DEP", deps)) if key in token]
                if keyed and all(isinstance(v, str) or set(v) == {"IN"} for v, _ in keyed):
                    for value, into in keyed[:1]:
                        into.update([value] if isinstance(value, str) else value["IN"])
                    break
            else:
                raise ValueError(f"an attribute-ruler pattern this memo cannot key: {pattern}")
    return frozenset(w.lower() for w in words), frozenset(deps)
