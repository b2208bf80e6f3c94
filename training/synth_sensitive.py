"""Synthetic posts and messages that state CASE_DETAIL and HEALTH facts in everyday words.

The statistical model has to learn paraphrases that term lists miss ("the county picked up my
daughter", "tengo 4 meses sin tomar", "salió sucia la prueba") and, as much, that the same
vocabulary used generically is no span ("Foster Care Awareness Month", "se buscan hogares
temporales", "free hearing aid batteries").  Texts come from a grammar
(``synth_sensitive_case.py``, ``synth_sensitive_health.py``, ``synth_sensitive_slots.py``):
Spanish ~45%, English ~35%, Spanglish ~20%; ~35% negatives; noise on ~40% (no accents, lower
case, chat abbreviations, typos, emojis, no punctuation, run-ons).  Every text is built as
segments (plain or labelled) and the noise is applied per segment, so offsets stay exact.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata

from faker import Faker

from synth_sensitive_case import CASE
from synth_sensitive_health import HEALTH
from synth_sensitive_slots import CLOSERS, EVERYDAY, NEGATIVES, OPENERS, POST_TAILS, SLOTS

Example = tuple[str, list[tuple[int, int, str]]]
Segment = tuple[str, str | None]

LABELS = {"C": "CASE_DETAIL", "H": "HEALTH", "P": "PERSON"}
OPEN, CLOSE = "\x01", "\x02"  # span markers while a template is expanded
ALT = re.compile(r"\[([^\[\]]*)\]")
SLOT = re.compile(r"\{(?:(es|en):)?(\w+)\}")
NAME_SLOTS = {"N", "NF", "NK", "NT"}
TRIM = string.whitespace + string.punctuation + "¿¡…"
NICKNAMES = "Chuy|Lalo|Paco|Memo|Lupita|Juanito|Toño|Nacho|Beto|Maru|Robbie|Katie|Danny|Mikey|Xime|Santi".split("|")

# Chat spellings, by language; applied to whole words in any segment (the span stays a span).
ABBREV = {
    "es": {
        "que": "q|k",
        "porque": "xq|pq|porq",
        "por qué": "xq|pq",
        "por favor": "porfa|xfa|plis",
        "también": "tmb|tb",
        "quiero": "kiero",
        "mensaje": "msj",
        "para": "pa",
        "estoy": "toy",
        "hasta": "asta",
        "hacer": "aser",
        "bueno": "bno",
        "nada": "nd",
        "trabajadora social": "ts|cw",
        "está": "sta|ta",
        "muy": "mui",
        "con": "c/",
        "gracias": "grax|grasias",
    },
    "en": {
        "you": "u",
        "your": "ur",
        "are": "r",
        "because": "bc|cuz",
        "please": "pls|plz",
        "with": "w/",
        "caseworker": "cw",
        "I don't know": "idk",
        "to be honest": "tbh",
        "tomorrow": "tmrw",
        "going to": "gonna",
        "really": "rly",
        "though": "tho",
        "thanks": "thx|ty",
        "what": "wat",
    },
}
CHAT_TAILS = "idk|tbh|pls|lol|smh|fr|ugh|jaja|ntp|ni modo|x fa|bc idk".split("|")
EMOJIS = "😢|🙏|😭|💔|❤️|🙄|😩|💪|😡|🥺|🤞|😔|🙌".split("|")
WEIGHTS = {"es": 0.45, "en": 0.35, "mix": 0.20}


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers = {loc: Faker(loc) for loc in ("es_MX", "es_ES", "en_US")}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed + i)

    # --- names -------------------------------------------------------------------------
    def name(self, kind: str, lang: str) -> str:
        r = self.rng
        f = self.fakers["en_US" if lang == "en" else r.choice(["es_MX", "es_MX", "es_ES"])]
        if kind == "N":
            return f.first_name()
        if kind == "NK":
            return r.choice(NICKNAMES) if r.random() < 0.5 else f.first_name()
        if kind == "NF":
            if lang != "en" and r.random() < 0.5:
                return f"{f.first_name()} {f.last_name()} {f.last_name()}"
            return f"{f.first_name()} {f.last_name()}"
        titles = ["Lic.", "Sra.", "Sr.", "licenciada", "Mtra."] if lang != "en" else ["Ms.", "Mr.", "Mrs."]
        return f"{r.choice(titles)} {f.last_name()}"

    # --- grammar -----------------------------------------------------------------------
    def expand(self, template: str, lang: str) -> list[Segment]:
        s = re.sub(r"<([CH]) ", lambda m: OPEN + m.group(1), template).replace(">", CLOSE)
        for _ in range(30):
            new = ALT.sub(lambda m: self.rng.choice(m.group(1).split("|")), s)
            new = SLOT.sub(lambda m: self.slot(m.group(2), m.group(1) or lang), new)
            if new == s:
                break
            s = new
        s = re.sub(r"\s+", " ", s)
        s = re.sub(r" ([,.:;!?])", r"\1", s).strip()
        return segments(s)

    def slot(self, name: str, lang: str) -> str:
        if name in NAME_SLOTS:
            return f"{OPEN}P{self.name(name, lang)}{CLOSE}"
        table = SLOTS["en" if lang == "en" else "es"]
        return f"[{table.get(name) or SLOTS['es'][name]}]"  # the alternation loop picks one

    def sentence(self, template: str, lang: str) -> list[Segment]:
        segs = self.expand(template, lang)
        return capitalise(segs)

    def pick(self, grammar: dict[str, dict[str, list[str]]], pool: str) -> list[Segment]:
        kind = grammar[self.rng.choice(sorted(grammar))]
        return self.sentence(self.rng.choice(kind[pool]), "es" if pool == "mix" else pool)

    def filler(self, table: dict[str, str], lang: str) -> list[Segment]:
        side = lang if lang != "mix" else self.rng.choice(["es", "en"])
        return self.sentence(f"[{table[side]}]", side)

    def everyday(self, lang: str) -> list[Segment]:
        side = lang if lang != "mix" else self.rng.choice(["es", "en"])
        return self.sentence(self.rng.choice(EVERYDAY[side]), side)

    # --- texts -------------------------------------------------------------------------
    def example(self) -> Example:
        r = self.rng
        lang = r.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        # Spanglish: a code-switched line, or a Spanish and an English sentence side by side.
        pools = [lang] if lang != "mix" else (["mix"] if r.random() < 0.55 else r.sample(["es", "en"], 2))
        parts: list[list[Segment]] = []
        if r.random() < 0.35:  # negatives: generic vocabulary or an everyday text
            for pool in pools:
                if r.random() < 0.65:
                    parts.append(self.sentence(r.choice(NEGATIVES[pool]), "es" if pool == "mix" else pool))
                    if r.random() < 0.4:
                        parts.append(self.filler(POST_TAILS, pool))
                else:
                    parts.append(self.everyday(pool))
            if r.random() < 0.25:
                parts.append(self.everyday(lang))
        else:
            if r.random() < 0.3:
                parts.append(self.filler(OPENERS, pools[0]))
            grammars = [CASE, HEALTH]
            for i, pool in enumerate(pools):
                if i == 0 or r.random() < 0.6:
                    parts.append(self.pick(r.choice(grammars), pool))
                else:
                    parts.append(self.everyday(pool))
            if r.random() < 0.3:
                parts.append(self.pick(r.choice(grammars), r.choice(pools)))
            if r.random() < 0.2:
                parts.append(self.everyday(lang))
            if r.random() < 0.3:
                parts.append(self.filler(CLOSERS, pools[-1]))
        noisy = r.random() < 0.4
        return assemble(self.join(parts, lang) if noisy else join_plain(parts))

    def join(self, parts: list[list[Segment]], lang: str) -> list[Segment]:
        """Chat noise: each transform with its own chance, at least one, segment by segment."""
        r = self.rng
        chosen = {t for t in NOISE if r.random() < NOISE[t]} or {r.choice(sorted(NOISE))}
        if "emoji" in chosen:  # after a sentence, never between a relation word and a name
            part = r.choice([p for p in parts if not p[-1][0].endswith((",", ":"))] or parts)
            part.append((" " + "".join(r.choices(EMOJIS, k=r.randint(1, 3))), None))
        if "runon" in chosen:
            out: list[Segment] = []
            for i, segs in enumerate(parts):
                if i:
                    glue = r.choice([" ", ", ", *((" and ", " but ") if lang == "en" else (" y ", " pero "))])
                    out.append((glue, None))
                    segs = [(segs[0][0][:1].lower() + segs[0][0][1:], segs[0][1]), *segs[1:]]
                out += segs
        else:
            out = join_plain(parts)
        if "tail" in chosen:
            out.append((" " + r.choice(CHAT_TAILS), None))
        abbrev = {**ABBREV["en"], **ABBREV["es"]} if lang == "mix" else ABBREV[lang]
        result: list[Segment] = []
        for text, label in out:
            if "abbrev" in chosen:
                text = self.respell(text, abbrev, 0.7)
            if "typos" in chosen and label is None:
                text = self.respell(text, MISSPELL, 0.6)
                text = re.sub(r"[^\W\d_]{5,}", lambda m: self.typo(m.group(0)), text)
            if "nopunct" in chosen:
                text = re.sub(r"[.,;:!?¿¡]", "", text)
            if "accents" in chosen:
                text = strip_accents(text)
            if "lower" in chosen:
                text = text.lower()
            result.append((text, label))
        return tidy(result)

    def respell(self, text: str, table: dict[str, str], chance: float) -> str:
        for word, alts in table.items():
            pattern = r"(?<!\w)" + re.escape(word) + r"(?!\w)"
            text = re.sub(
                pattern,
                lambda m, alts=alts: self.rng.choice(alts.split("|")) if self.rng.random() < chance else m.group(0),
                text,
                flags=re.IGNORECASE,
            )
        return text

    def typo(self, word: str) -> str:
        r = self.rng
        if r.random() > 0.08:
            return word
        i = r.randrange(1, len(word) - 1)
        kind = r.choice(["swap", "drop", "double"])
        if kind == "swap":
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if kind == "drop":
            return word[:i] + word[i + 1 :]
        return word[:i] + word[i] + word[i:]


NOISE = {
    "lower": 0.5,
    "accents": 0.5,
    "abbrev": 0.5,
    "typos": 0.4,
    "emoji": 0.35,
    "nopunct": 0.4,
    "runon": 0.4,
    "tail": 0.2,
}
MISSPELL = {
    "haber": "aber",
    "hay": "ai",
    "voy": "boy",
    "vez": "bes",
    "hace": "ase",
    "hacer": "aser",
    "llamar": "yamar",
    "allá": "aya",
    "because": "becuase",
    "their": "there",
    "going": "goin",
    "know": "kno",
    "probably": "probly",
    "tomorrow": "tommorow",
    "really": "realy",
    "definitely": "definately",
    "the": "teh",
}


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def tidy(segs: list[Segment]) -> list[Segment]:
    """No doubled spaces across segment joins and none at either end of the text."""
    out: list[Segment] = []
    prev_space = True
    for text, label in segs:
        text = re.sub(r" {2,}", " ", text)
        if prev_space:
            text = text.lstrip(" ")
        if text:
            out.append((text, label))
            prev_space = text.endswith(" ")
    while out and out[-1][1] is None and not out[-1][0].strip():
        out.pop()
    if out and out[-1][1] is None:
        out[-1] = (out[-1][0].rstrip(), None)
    return out


def segments(s: str) -> list[Segment]:
    """'a \\x01Cb\\x02 c' -> [('a ', None), ('b', 'CASE_DETAIL'), (' c', None)]; spans never nest."""
    out: list[Segment] = []
    label: str | None = None
    for piece in re.split(r"(\x01[CHP]|\x02)", s):
        if piece.startswith(OPEN):
            if label is not None:
                raise ValueError(f"nested span in {s!r}")
            label = LABELS[piece[1]]
        elif piece == CLOSE:
            label = None
        elif piece:
            out.append((piece, label))
    return out


def capitalise(segs: list[Segment]) -> list[Segment]:
    for i, (text, label) in enumerate(segs):
        m = re.search(r"[^\W\d_]", text)
        if m:
            segs[i] = (text[: m.start()] + text[m.start()].upper() + text[m.start() + 1 :], label)
            break
    return segs


def end_sentence(segs: list[Segment]) -> list[Segment]:
    last = segs[-1][0].rstrip()
    if last and last[-1] not in ".!?…,:" and not _is_emoji(last[-1]):
        segs.append((".", None))
    return segs


def _is_emoji(ch: str) -> bool:
    return ord(ch) > 0x2000


def join_plain(parts: list[list[Segment]]) -> list[Segment]:
    out: list[Segment] = []
    for i, segs in enumerate(parts):
        if i:
            out.append((" ", None))
            if out[-2][0].endswith((",", ":")) and segs[0][1] != "PERSON":  # "Hola Lic. Ramos, mi hija..."
                segs = [(segs[0][0][:1].lower() + segs[0][0][1:], segs[0][1]), *segs[1:]]
        out += end_sentence(segs)
    return out


def assemble(segs: list[Segment]) -> Example:
    """Concatenate the segments; each labelled one becomes a tight span."""
    text, spans, pos = "", [], 0
    for piece, label in segs:
        if label is not None:
            left = len(piece) - len(piece.lstrip(TRIM))
            right = len(piece.rstrip(TRIM))
            if right > left:
                spans.append((pos + left, pos + right, label))
        text += piece
        pos += len(piece)
    return text, spans


def generate(n: int, seed: int = 13) -> list[Example]:
    """n labelled texts, the same for the same seed."""
    gen = Generator(seed)
    return [gen.example() for _ in range(n)]


if __name__ == "__main__":
    for text, spans in generate(25):
        print(text, [(text[s:e], lbl) for s, e, lbl in spans])
