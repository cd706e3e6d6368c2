"""Clause similarity: Swedish stems, synonyms, word bigrams and compound n-grams, TF-IDF cosine."""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import numpy as np
import snowballstemmer

from app.core.model import Clause
from app.core.synonyms import Synonyms
from app.core.synonyms import load as load_synonyms

_TOKEN = re.compile(r"\w+")
_HYPHEN_BREAK = re.compile(r"(\w)-\s+(?!och\b|eller\b|samt\b)(\w)")
_NGRAM_MIN_WORD = 8
_NGRAM = 4
# Weights of feature families; the clause text dominates, context only nudges.
W_WORD, W_BIGRAM, W_NGRAM, W_CONTEXT, W_HEADING = 1.0, 0.7, 0.35, 0.25, 0.15
Features = dict[str, float]


class FeatureCache:
    """Per-clause features, kept across alignments (keyed by text and context)."""

    def __init__(self, synonyms: Synonyms | None = None) -> None:
        self.synonyms = synonyms or load_synonyms()
        self._stemmer = snowballstemmer.stemmer("swedish")
        self._stems: dict[str, str] = {}
        self._features: dict[tuple[str, str, tuple[str, ...]], Features] = {}

    def stem(self, word: str) -> str:
        """Snowball stem, memoised (the vocabulary is small)."""
        stem = self._stems.get(word)
        if stem is None:
            stem = word if "_" in word else self._stemmer.stemWord(word)
            self._stems[word] = stem
        return stem

    def tokens(self, text: str) -> list[str]:
        """Stemmed tokens of a text after case folding and synonym mapping."""
        folded = unicodedata.normalize("NFC", text).casefold()
        folded = _HYPHEN_BREAK.sub(r"\1\2", folded)
        folded = self.synonyms.canonicalise(folded)
        stem = self.stem
        return [stem(w) for w in _TOKEN.findall(folded)]

    def features(self, clause: Clause) -> Features:
        """Weighted features of one clause."""
        key = (clause.text, clause.context or "", clause.heading_path[-1:])
        cached = self._features.get(key)
        if cached is not None:
            return cached
        words = self.tokens(clause.text)
        counts: dict[str, float] = {}
        get = counts.get
        for word in words:
            counts[word] = get(word, 0.0) + W_WORD
            if len(word) >= _NGRAM_MIN_WORD:
                for start in range(len(word) - _NGRAM + 1):
                    gram = "#" + word[start:start + _NGRAM]
                    counts[gram] = get(gram, 0.0) + W_NGRAM
        for first, second in itertools.pairwise(words):
            pair = first + " " + second
            counts[pair] = get(pair, 0.0) + W_BIGRAM
        if clause.context:
            for word in self.tokens(clause.context):
                counts["c:" + word] = get("c:" + word, 0.0) + W_CONTEXT
        for heading in clause.heading_path[-1:]:
            for word in self.tokens(heading):
                counts["h:" + word] = get("h:" + word, 0.0) + W_HEADING
        self._features[key] = counts
        return counts


class Vectors:
    """TF-IDF rows (L2-normalised) of several documents' clauses over one vocabulary."""

    def __init__(self, documents: Sequence[Sequence[Clause]], cache: FeatureCache) -> None:
        from scipy import sparse  # imported lazily: ~0.2 s that start-up need not pay

        features = [[cache.features(c) for c in clauses] for clauses in documents]
        vocabulary: dict[str, int] = {}
        df: Counter[int] = Counter()
        rows: list[tuple[list[int], list[float]]] = []
        for document in features:
            for feature in document:
                columns = [vocabulary.setdefault(name, len(vocabulary)) for name in feature]
                df.update(columns)
                rows.append((columns, list(feature.values())))
        total = max(len(rows), 1)
        idf = np.zeros(len(vocabulary) or 1)
        for column, count in df.items():
            idf[column] = math.log((1 + total) / (1 + count)) + 1.0
        indptr = [0]
        indices: list[int] = []
        data: list[float] = []
        for columns, values in rows:
            indices.extend(columns)
            data.extend(values)
            indptr.append(len(indices))
        matrix = sparse.csr_matrix(
            (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64),
             np.asarray(indptr, dtype=np.int64)),
            shape=(len(rows), max(len(vocabulary), 1)),
        )
        matrix = matrix.multiply(idf).tocsr()
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        self.matrix = sparse.diags(1.0 / norms) @ matrix
        self.offsets = np.cumsum([0] + [len(d) for d in documents])

    def similarity(self, first: int, second: int) -> np.ndarray:
        """Dense cosine matrix between the clauses of two documents."""
        a = self.matrix[self.offsets[first]:self.offsets[first + 1]]
        b = self.matrix[self.offsets[second]:self.offsets[second + 1]]
        return np.asarray((a @ b.T).toarray(), dtype=np.float64)
