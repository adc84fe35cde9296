"""Build every article gold file and gold/pairs.gold.json."""
import json, os, importlib
from build_common import HERE

pairs = []
for n in range(1, 9):
    m = importlib.import_module(f"build_p{n}")
    m.doc_a(); m.doc_b()
    pairs.append(m.pair())
with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(pairs, f, ensure_ascii=False, indent=1)
    f.write("\n")
