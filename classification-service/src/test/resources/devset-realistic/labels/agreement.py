"""Agreement of two independent labellings, per field: python3 agreement.py [--batch=1|2] [first.jsonl second.jsonl]
(by default the writers' labels and the second labellers' labels next to this script; batch 1 is xx-r001 to xx-r052,
batch 2 from xx-r053 on)."""
import json, os, sys
THEMES = ["international-cooperation", "resource-recovery", "best-practices", "capacity-building"]
RES = ["4/19", "5/12", "6/5", "unea-7"]
here = os.path.dirname(os.path.abspath(__file__))
batch = next((int(a.split("=")[1]) for a in sys.argv[1:] if a.startswith("--batch=")), None)
sys.argv = [a for a in sys.argv if not a.startswith("--batch=")]
first_path = sys.argv[1] if len(sys.argv) > 2 else os.path.join(here, "writer.jsonl")
second_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "second.jsonl")


def load(path):
    return {j["id"]: j for j in (json.loads(l) for l in open(path, encoding="utf-8") if l.strip())}


def kappa(pairs):
    n = len(pairs)
    if n == 0:
        return float("nan")
    po = sum(1 for a, b in pairs if a == b) / n
    pa = sum(a for a, _ in pairs) / n
    pb = sum(b for _, b in pairs) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


W, S = load(first_path), load(second_path)
rows = [(i[:2], i, W[i], S[i]) for i in sorted(set(W) & set(S))
        if batch is None or (int(i.split("-r")[1]) <= 52) == (batch == 1)]
print(f"items labelled twice: {len(rows)}")
for t in THEMES:
    pairs = [(t in a["themes"], t in b["themes"]) for _, _, a, b in rows]
    agree = sum(1 for x, y in pairs if x == y)
    print(f"{t:27s} agreement {agree}/{len(pairs)} kappa {kappa([(int(x), int(y)) for x, y in pairs]):.2f}")
pairs = [(a["outOfScope"], b["outOfScope"]) for _, _, a, b in rows]
print(f"{'outOfScope':27s} agreement {sum(1 for x, y in pairs if x == y)}/{len(pairs)} kappa {kappa([(int(x), int(y)) for x, y in pairs]):.2f}")
for r in RES:
    pairs = [(r in a["resolutions"], r in b["resolutions"]) for _, _, a, b in rows]
    print(f"resolution {r:16s} agreement {sum(1 for x, y in pairs if x == y)}/{len(pairs)} kappa {kappa([(int(x), int(y)) for x, y in pairs]):.2f}")
exact_c = sum(1 for _, _, a, b in rows if set(a["countries"]) == set(b["countries"]))
print(f"countries (same set)        {exact_c}/{len(rows)}")
exact = sum(1 for _, _, a, b in rows if set(a["themes"]) == set(b["themes"]) and set(a["resolutions"]) == set(b["resolutions"]))
print(f"themes and resolutions both equal: {exact}/{len(rows)}")
