"""Print the cached parse of the sentences of a development text that contain a substring (debugging aid).

    python bench/show_parse.py STEM SUBSTRING
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    stem, needle = sys.argv[1], sys.argv[2]
    files = sorted((ROOT / "build" / "parse-cache").glob(f"{stem}*.pkl"), key=lambda f: f.stat().st_mtime)
    doc = pickle.loads(files[-1].read_bytes())
    for s in doc.sentences:
        if needle not in doc.text[s.start:s.end]:
            continue
        print(f"--- sentence {s.index}: {doc.text[s.start:s.end]!r}")
        for w in doc.words[s.first:s.last + 1]:
            head = doc.words[w.head].text if w.head >= 0 else "ROOT"
            print(f"{w.i:5} {w.text:18} {w.lemma:14} {w.upos:6} {w.deprel:12} -> {w.head:5} {head}")


if __name__ == "__main__":
    main()
