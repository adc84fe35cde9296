"""Strip the marked sources in src/ into articles/ and write their gold files."""
import glob, os
from build_common import build, HERE

for src in sorted(glob.glob(os.path.join(HERE, "src", "*.src"))):
    print(build(src))
