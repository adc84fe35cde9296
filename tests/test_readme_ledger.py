"""README's ledger examples, run as written on the bundled seeds: each gives a non-empty result."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent


def _examples() -> list[list[str]]:
    """The commands of README's "Track facts across sources and time" code block."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Track facts across sources and time\s+```bash\n(.*?)```", text, re.S).group(1)
    out = []
    for line in block.splitlines():
        line = line.split(" #")[0].split(" > ")[0].strip()
        if line.startswith("claimtrack "):
            out.append(shlex.split(line)[1:])
    return out


def test_readme_ledger_examples_give_results_on_the_seeds(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    # README's extract example writes the claims.json that `track add claims.json` files
    assert CliRunner().invoke(app, ["extract", "seeds/", "-q"]).exit_code == 0
    examples = _examples()
    assert [a[:2] for a in examples] == [["track", "add"], ["track", "add"], ["facts", "--db"], ["facts", "countries"],
                                         ["facts", "--actor"], ["timeline", "countries"], ["track", "export"]]
    for args in examples:
        runner = CliRunner()
        if args[0] == "facts":
            res = runner.invoke(app, args + ["-f", "json"])
            assert res.exit_code == 0, (args, res.output)
            facts = json.loads(res.stdout)["facts"]
            assert facts, args
            assert all(len({v["doc"] for v in f["versions"]}) >= 2 for f in facts)
        elif args[0] == "timeline":
            res = runner.invoke(app, args)
            assert res.exit_code == 0, (args, res.output)
            assert (tmp_path / "countries.svg").read_text(encoding="utf-8").startswith("<svg")
        else:
            res = runner.invoke(app, args)
            assert res.exit_code == 0, (args, res.output)
            if args[:2] == ["track", "export"]:
                graph = json.loads(res.stdout)["@graph"]
                assert any("Claim" in str(node.get("@type")) for node in graph)
    # what they say: the count of Paris attendees agrees across the two reports (gold: agree),
    # and the defence minister's rejection of demilitarisation is one agreed statement
    res = CliRunner().invoke(app, ["facts", "countries", "--db", "claims.db", "-f", "json"])
    [count] = [f for f in json.loads(res.stdout)["facts"] if f["kind"] == "quantity"]
    assert count["status"] == "agree" and {"over 30 European military chiefs", "34 countries"} <= {
        v["text"] for v in count["versions"]}
    res = CliRunner().invoke(app, ["facts", "--actor", "lecornu", "--kind", "statement", "--db", "claims.db", "-f", "json"])
    [stance] = json.loads(res.stdout)["facts"]
    assert stance["status"] == "agree" and any("reject" in v["text"] for v in stance["versions"])
