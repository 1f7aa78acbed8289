# Generates the content bundle (en + es) from terms.py and texts.py. Run: python3 tools-learn/gen.py
import os
here = os.path.dirname(os.path.abspath(__file__))
exec(open(os.path.join(here, "terms.py")).read())
exec(open(os.path.join(here, "texts.py")).read())
out = {"en": [], "es": []}
def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n")
def put(key, en, es):
    for lang, v in (("en", en), ("es", es)):
        if "{" in v and "'" in v:
            raise SystemExit("apostrophe in a MessageFormat pattern: " + key)
        out[lang].append(f"{key}={esc(v)}")
for key, (en, es) in K.items():
    put(key, en, es)
for tid, (ne, ae, ns, as_, en, es) in T.items():
    put(f"content.term.{tid}.name", ne, ns)
    put(f"content.term.{tid}.aliases", ae, as_)
    for d, e, s in zip(["fundamentals", "intermediate", "academic"], en, es):
        put(f"content.term.{tid}.{d}", e, s)
base = os.path.join(here, "..", "src/main/resources/org/bonebalance/i18n")
hdr = "# Generated from tools-learn/*.py (area: content). Edit there, then run python3 tools-learn/gen.py\n"
open(os.path.join(base, "content.properties"), "w", encoding="utf-8").write(hdr + "\n".join(out["en"]) + "\n")
open(os.path.join(base, "content_es.properties"), "w", encoding="utf-8").write(hdr + "\n".join(out["es"]) + "\n")
print(len(out["en"]), "keys")
