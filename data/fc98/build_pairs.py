"""Write gold/pairs.gold.json from the pair facts defined in build_p1.py ... build_p8.py."""
import json, os
from build_common import HERE
import build_p1, build_p2, build_p3, build_p4, build_p5, build_p6, build_p7, build_p8

OUT = [m.pairs() for m in (build_p1, build_p2, build_p3, build_p4, build_p5, build_p6, build_p7, build_p8)]
with open(os.path.join(HERE, "gold", "pairs.gold.json"), "w", encoding="utf-8") as f:
    json.dump(OUT, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(OUT), "pairs,", sum(len(p["facts"]) for p in OUT), "facts")
