"""spaCy hands out a new Token object on every access (`doc[i]`, `tok.head`, `span.root`), so
`is` between two tokens holds only when both names hold the one object: `root.head is root` is
False although the root is its own head. A loop that climbs heads until `head is tok` therefore
never stops at the root. Tokens are compared by index (`a.i == b.i`) or with `==`.

The source check reads the pipeline's modules (nothing is imported) and rejects `is` / `is not`
where one side is a token spaCy builds on access: a `.head`, `.root`, `.left_edge`,
`.right_edge` or `.sent` attribute, or an item of `doc` (`doc[i]`)."""

from __future__ import annotations

import ast
from pathlib import Path

import spacy
from spacy.tokens import Doc

PIPELINE = Path(__file__).resolve().parents[1] / "claimtrack" / "pipeline"
_BUILT_ON_ACCESS = {"head", "root", "left_edge", "right_edge", "sent"}


def _built_on_access(node: ast.AST) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr in _BUILT_ON_ACCESS
    if isinstance(node, ast.Subscript):
        value = node.value
        name = value.id if isinstance(value, ast.Name) else getattr(value, "attr", "")
        return name in ("doc", "toks", "tokens")
    return False


def identity_on_tokens(source: str) -> list[str]:
    """The `is` comparisons of `source` with a token built on access on one side."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for k, op in enumerate(node.ops):
            if isinstance(op, (ast.Is, ast.IsNot)) and (
                    _built_on_access(sides[k]) or _built_on_access(sides[k + 1])):
                found.append(f"{node.lineno}: {ast.get_source_segment(source, node)}")
    return found


def test_a_token_is_a_new_object_on_every_access():
    words = ["Ferries", "sail", "daily"]  # a parse by hand: "sail" the root
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1], deps=["nsubj", "ROOT", "advmod"])
    root = doc[1]
    assert root.head == root and root.head.i == root.i
    assert root.head is not root
    assert doc[0] is not doc[0]


def test_the_check_finds_identity_on_a_head():
    assert identity_on_tokens("while t.head is not t:\n    t = t.head\n")
    assert identity_on_tokens("ok = doc[i] is cand\n")
    assert not identity_on_tokens("ok = t.head.i == t.i and x is None and a is b\n")


def test_no_pipeline_module_compares_tokens_by_identity():
    found = {
        str(p.relative_to(PIPELINE)): hits
        for p in sorted(PIPELINE.rglob("*.py"))
        if (hits := identity_on_tokens(p.read_text(encoding="utf-8")))
    }
    assert not found, found
