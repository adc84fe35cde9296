"""Document names unique within a run and a ledger (issue 14, item 7); folder walking that
survives deep trees and reports symbolic links leaving the input folder (item 13).

Every tree is generated here in tmp_path.
"""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.ingest import iter_paths
from claimtrack.models import Skipped

A = ("Officials said 40 people were killed when floods swept through Valencia on Tuesday, "
     "October 29, 2024.\n")
B = ("Officials said 52 people were killed when floods swept through Valencia on Tuesday, "
     "October 29, 2024.\n")


def invoke(args):
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@pytest.fixture
def sites(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for site, text in (("siteA", A), ("siteB", B)):
        (tmp_path / site).mkdir()
        (tmp_path / site / "story.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_same_file_name_in_two_folders_gets_two_names(sites):
    names = [e[1] for e in iter_paths(["siteA", "siteB"])]
    assert names == ["siteA/story.txt", "siteB/story.txt"]
    names = [e[1] for e in iter_paths(["siteA/story.txt", "siteB/story.txt"])]
    assert names == ["siteA/story.txt", "siteB/story.txt"]
    # a name used once keeps its short form
    assert [e[1] for e in iter_paths(["siteA"])] == ["story.txt"]


def test_the_same_file_twice_is_read_once(sites):
    entries = list(iter_paths(["siteA/story.txt", "siteA/story.txt"]))
    assert [e[1] for e in entries if not isinstance(e, Skipped)] == ["siteA/story.txt"]
    assert any(isinstance(e, Skipped) and "more than once" in e.reason for e in entries)


@pytest.mark.model
def test_extract_gives_unique_documents_and_claim_ids(sites):
    result = invoke(["extract", "siteA/story.txt", "siteB/story.txt", "-o", "-", "--no-cache"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["doc"] for d in data["documents"]] == ["siteA/story.txt", "siteB/story.txt"]
    ids = [c["id"] for c in data["claims"]]
    assert len(ids) == len(set(ids)) and {c["doc"] for c in data["claims"]} == {"siteA/story.txt", "siteB/story.txt"}


@pytest.mark.model
def test_track_add_of_two_folders_keeps_two_documents(sites):
    db = sites / "claims.db"
    assert invoke(["track", "add", "siteA", "--db", db]).exit_code == 0
    second = invoke(["track", "add", "siteB", "--db", db])
    assert second.exit_code == 0 and "1 new," in second.stderr and "0 new versions" in second.stderr, second.stderr
    again = invoke(["track", "add", "siteB", "--db", db])
    assert "1 unchanged" in again.stderr, again.stderr
    export = json.loads(invoke(["track", "export", "--db", db]).stdout)
    docs = {d["doc"]: d for d in export["documents"]}
    assert set(docs) == {"story.txt", "siteB/story.txt"}
    assert all(d["version"] == 1 and d["current"] for d in docs.values())
    ids = [c["id"] for c in export["claims"]]
    assert len(ids) == len(set(ids))
    assert {c["doc"] for c in export["claims"]} == {"story.txt", "siteB/story.txt"}
    # the 40-vs-52 conflict between the two sites is still there
    facts = json.loads(invoke(["facts", "--db", db, "-f", "json"]).stdout)["facts"]
    assert any(f["status"] == "conflict" for f in facts), facts
    # a changed siteA article is a new version of siteA's, not of siteB's
    (sites / "siteA" / "story.txt").write_text(A.replace("40", "41"), encoding="utf-8")
    changed = invoke(["track", "add", "siteA", "--db", db])
    assert "1 new versions" in changed.stderr, changed.stderr


def _remove_tree(root) -> None:
    """Remove a tree of any depth without recursion. shutil.rmtree recurses on Python < 3.12: a
    1,000-level tree left behind makes pytest's own clean-up of old temporary folders end in a
    RecursionError (and leave garbage-* folders in /tmp/pytest-of-<user> for good)."""
    stack = [(str(root), False)]
    while stack:
        path, listed = stack.pop()
        if listed:
            os.rmdir(path)
            continue
        stack.append((path, True))
        with os.scandir(path) as it:
            for entry in it:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((entry.path, False))
                else:
                    os.unlink(entry.path)


def test_a_tree_a_thousand_levels_deep_is_walked(tmp_path):
    root = tmp_path / "deep"
    try:
        root.mkdir()
        path = root
        for _ in range(1000):  # os.makedirs itself recurses: one level at a time
            path = path / "d"
            path.mkdir()
        (path / "bottom.txt").write_text(A, encoding="utf-8")
        (root / "top.txt").write_text(B, encoding="utf-8")
        entries = list(iter_paths([root]))
        names = [e[1] for e in entries if not isinstance(e, Skipped)]
        assert names == ["top.txt", "d/" * 1000 + "bottom.txt"], [e for e in entries if isinstance(e, Skipped)]
    finally:  # however far the test got (a recursive remover would fail at this depth)
        if root.exists():
            _remove_tree(root)
    assert not root.exists() and tmp_path.exists()


def test_walk_order_is_files_then_sorted_subfolders(tmp_path):
    for rel in ("b/x.txt", "a/z.txt", "a/c/y.txt", "m.txt", "a/a.txt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(A)
    assert [e[1] for e in iter_paths([tmp_path])] == ["m.txt", "a/a.txt", "a/z.txt", "a/c/y.txt", "b/x.txt"]


@pytest.mark.model
def test_symlinks_leaving_the_folder_are_reported_and_can_be_skipped(tmp_path):
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(B, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(A, encoding="utf-8")
    (folder / "inside.txt").symlink_to(folder / "story.txt")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "leakdir").symlink_to(secret.parent, target_is_directory=True)
    out = tmp_path / "out.json"
    followed = invoke(["extract", folder, "-o", out, "--no-cache"])
    assert followed.exit_code == 0, followed.output
    text = " ".join(followed.stderr.split())
    assert "2 symbolic link(s) lead out of their input folder" in text
    assert f"leak.txt -> {secret}" in text and f"leakdir -> {secret.parent}" in text
    assert "inside.txt ->" not in text

    skipping = invoke(["extract", folder, "-o", out, "--no-cache", "--no-follow-symlinks"])
    assert skipping.exit_code == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["doc"] for d in data["documents"]] == ["story.txt"]
    assert sorted(os.path.basename(s["path"]) for s in data["skipped"]) == ["inside.txt", "leak.txt", "leakdir"]
    assert all("--no-follow-symlinks" in s["reason"] for s in data["skipped"])


@pytest.mark.model
def test_track_add_reports_symlinks_leaving_the_folder_and_can_skip_them(tmp_path):
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(B, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(A, encoding="utf-8")
    (folder / "leak.txt").symlink_to(secret)
    followed = invoke(["track", "add", folder, "--db", tmp_path / "a.db", "--no-cache"])
    assert followed.exit_code == 0 and f"leak.txt -> {secret}" in " ".join(followed.stderr.split())
    skipping = invoke(["track", "add", folder, "--db", tmp_path / "b.db", "--no-cache", "--no-follow-symlinks"])
    assert skipping.exit_code == 1 and "1 new," in skipping.stderr
    assert "--no-follow-symlinks" in " ".join(skipping.stderr.split())


@pytest.mark.model
def test_diff_reports_symlinks_leaving_the_folder_and_can_skip_them(tmp_path):
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(B, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(A, encoding="utf-8")
    (folder / "other.txt").write_text(A.replace("Tuesday", "Tuesday night"), encoding="utf-8")
    (folder / "leak.txt").symlink_to(secret)
    out = tmp_path / "diff.json"
    followed = invoke(["diff", folder, "-o", out, "-f", "json", "--no-cache"])
    assert followed.exit_code == 1, followed.output  # 40 vs 52 killed: the secret article was read
    text = " ".join(followed.stderr.split())
    assert "1 symbolic link(s) lead out of their input folder" in text and f"leak.txt -> {secret}" in text
    assert "leak.txt" in json.loads(out.read_text(encoding="utf-8"))["documents"]

    skipping = invoke(["diff", folder, "-o", out, "-f", "json", "--no-cache", "--no-follow-symlinks"])
    assert skipping.exit_code == 0, skipping.output  # no conflict left: the link was not read
    assert "leak.txt" not in json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert "symbolic link not followed (--no-follow-symlinks)" in " ".join(skipping.stderr.split())
    assert "lead out of their input folder" not in skipping.stderr
