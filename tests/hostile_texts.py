"""Hostile texts shared by the tests and `make bench` (scripts/bench.py times them)."""

from __future__ import annotations

FIRST_NAMES = ("Ann", "Carl", "Dina", "Emil", "Hana", "Ivan", "Lena", "Milo", "Omar", "Raul", "Sara", "Tom")
SURNAMES = ("Adams", "Brown", "Clarke", "Evans", "Grant", "Hughes", "Jones", "Moss", "Price", "Reid", "Shaw", "Ward")


def quotations_among_names(quotations: int = 300, names_per_sentence: int = 8) -> str:
    """``quotations`` quotations, each said by "the 30-year-old" after a sentence naming
    ``names_per_sentence`` people: every attribution looks back over all the names before it."""
    paragraphs = []
    for i in range(quotations):
        names = [f"{FIRST_NAMES[(i + k) % len(FIRST_NAMES)]} {SURNAMES[(i * 7 + k) % len(SURNAMES)]}"
                 for k in range(names_per_sentence)]
        paragraphs.append(f"{names[0]} met {', '.join(names[1:-1])} and {names[-1]} in Leeds on day {i + 1}. "
                          "'We will win,' said the 30-year-old.")
    return "\n\n".join(paragraphs)
