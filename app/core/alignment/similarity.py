"""Clause similarity: Swedish stems, synonyms, word bigrams and compound n-grams, TF-IDF cosine."""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
import snowballstemmer

from app.core.alignment.synonyms import Synonyms
from app.core.alignment.synonyms import load as load_synonyms
from app.core.documents.model import Clause

_TOKEN = re.compile(r"\w+")
_HYPHEN_BREAK = re.compile(r"(?<=\w)-\s+(?!och\b|eller\b|samt\b)(?=\w)")
_NGRAM_MIN_WORD = 8
_NGRAM = 4
# Weights of feature families; the clause text dominates, context only nudges.
W_WORD, W_BIGRAM, W_NGRAM, W_CONTEXT, W_HEADING = 1.0, 0.7, 0.35, 0.25, 0.15
Features = dict[str, int]  # feature name -> how often the clause has it
RAREST = 40  # each clause's rarest features that find its candidates


def _singles(row_of: np.ndarray, frequency: np.ndarray, rows: int) -> np.ndarray:
    """Per row, how many of its features no other clause has."""
    return np.bincount(row_of[frequency <= 1], minlength=rows)


def _rarest(matrix: Any, df: np.ndarray, count: int) -> Any:
    """The matrix with only each row's `count` rarest shared features (by document
    frequency; a feature of one clause only can find no partner)."""
    from scipy import sparse

    lengths = np.diff(matrix.indptr)
    row_of = np.repeat(np.arange(matrix.shape[0]), lengths)
    frequency = df[matrix.indices]
    order = np.argsort(row_of * (int(df.max(initial=0)) + 1) + frequency, kind="stable")
    rank = np.arange(len(order)) - np.repeat(matrix.indptr[:-1], lengths)
    keep = order[(rank < count + np.repeat(_singles(row_of, frequency, matrix.shape[0]), lengths))
                 & (frequency[order] > 1)]
    return sparse.csr_matrix((matrix.data[keep], (row_of[keep], matrix.indices[keep])),
                             shape=matrix.shape)


Key = tuple[str, str, tuple[str, ...]]  # what a clause's features depend on


def _key(clause: Clause) -> Key:
    return (clause.text, clause.context or "", clause.heading_path[-1:])


def feature_version(synonyms: Synonyms) -> str:
    """Names what stored features were made with: change it whenever the feature code
    changes (the synonym list is part of it)."""
    digest = hashlib.blake2b(repr(sorted(synonyms.mapping.items())).encode(), digest_size=6)
    return f"1-{_NGRAM}-{_NGRAM_MIN_WORD}-{digest.hexdigest()}"


def _family_weight(name: str) -> float:
    if name.startswith("#"):
        return W_NGRAM
    if name.startswith("c:"):
        return W_CONTEXT
    if name.startswith("h:"):
        return W_HEADING
    return W_BIGRAM if " " in name else W_WORD


class FeatureCache:
    """Per-clause features, kept across alignments (keyed by text and context)."""

    def __init__(self, synonyms: Synonyms | None = None) -> None:
        self.synonyms = synonyms or load_synonyms()
        self._stemmer = snowballstemmer.stemmer("swedish")
        self._stems: dict[str, str] = {}
        self._token_lists: dict[str, list[str]] = {}
        self._word_grams: dict[str, tuple[str, ...]] = {}
        self._features: dict[Key, Features] = {}
        # One vocabulary for every alignment made with this cache, so a clause's feature
        # columns are worked out once and a realignment only concatenates arrays.
        self._vocabulary: dict[str, int] = {}
        self._names: list[str] = []  # per vocabulary column, its feature name
        self._weights: list[float] = []  # per vocabulary column, its family's weight
        self._encoded: dict[Key, tuple[np.ndarray, np.ndarray]] = {}

    def stem(self, word: str) -> str:
        """Snowball stem, memoised (the vocabulary is small)."""
        stem = self._stems.get(word)
        if stem is None:
            stem = word if "_" in word else self._stemmer.stemWord(word)
            self._stems[word] = stem
        return stem

    def tokens(self, text: str) -> list[str]:
        """Stemmed tokens of a text after case folding and synonym mapping (memoised: lead-ins
        and headings recur across many clauses)."""
        found = self._token_lists.get(text)
        if found is None:
            found = self._token_lists[text] = self._tokenise(text)
        return found

    def _grams(self, word: str) -> tuple[str, ...]:
        """Character n-grams of a long word (compounds share them), memoised."""
        found = self._word_grams.get(word)
        if found is None:
            found = self._word_grams[word] = tuple(
                "#" + word[start:start + _NGRAM] for start in range(len(word) - _NGRAM + 1))
        return found

    def _tokenise(self, text: str) -> list[str]:
        folded = unicodedata.normalize("NFC", text).casefold()
        folded = _HYPHEN_BREAK.sub("", folded)
        known, stem = self._stems.get, self.stem
        return [known(w) or stem(w) for w in self.synonyms.canonical_tokens(_TOKEN.findall(folded))]

    def features(self, clause: Clause) -> Features:
        """The features of one clause and how often it has each (Vectors weighs them: the
        family's weight times 1 + log(count), so a word repeated in a long clause does not
        drown the others)."""
        key = _key(clause)
        cached = self._features.get(key)
        if cached is not None:
            return cached
        words = self.tokens(clause.text)
        grams = self._grams
        families = [
            (words, W_WORD),
            ([g for w in words if len(w) >= _NGRAM_MIN_WORD for g in grams(w)], W_NGRAM),
            ([a + " " + b for a, b in itertools.pairwise(words)], W_BIGRAM),
        ]
        if clause.context and W_CONTEXT:
            families.append((["c:" + w for w in self.tokens(clause.context)], W_CONTEXT))
        if clause.heading_path and W_HEADING:
            families.append((["h:" + w for w in self.tokens(clause.heading_path[-1])],
                             W_HEADING))
        counted: Counter[str] = Counter()
        for names, _ in families:
            counted.update(names)  # counted in C; weights and 1 + log(count) come in Vectors
        result: Features = counted
        self._features[key] = result
        return result

    @property
    def vocabulary_size(self) -> int:
        return len(self._names)

    def _column(self, name: str) -> int:
        found = self._vocabulary.get(name)
        if found is None:
            found = self._vocabulary[name] = len(self._names)
            self._names.append(name)
            self._weights.append(_family_weight(name))
        return found

    def column_weights(self) -> np.ndarray:
        """Each vocabulary column's family weight."""
        return np.array(self._weights, dtype=np.float64)

    def encoded(self, clause: Clause) -> tuple[np.ndarray, np.ndarray]:
        """The clause's features as (column indices, counts) over the cache's vocabulary."""
        key = _key(clause)
        found = self._encoded.get(key)
        if found is None:
            features = self.features(clause)
            get = self._vocabulary.get
            found_columns = [get(name, -1) for name in features]
            if -1 in found_columns:
                column = self._column
                found_columns = [c if c >= 0 else column(name)
                                 for name, c in zip(features, found_columns, strict=True)]
            found = self._encoded[key] = (
                np.array(found_columns, dtype=np.int64),
                np.fromiter(features.values(), dtype=np.float64, count=len(features)))
        return found

    # -- kept with the project (app/core/store/features.py) -------------------------------
    def adopt(self, names: Sequence[str]) -> bool:
        """Take a stored vocabulary as this (empty) cache's, so stored columns mean the same
        here. False (nothing changes) if the cache has a vocabulary already."""
        if self._names:
            return not names and not self._names
        self._names = list(names)
        self._vocabulary = {name: column for column, name in enumerate(self._names)}
        self._weights = [_family_weight(name) for name in self._names]
        return True

    def preload(self, clause: Clause, columns: np.ndarray, counts: np.ndarray) -> None:
        """A clause's stored features (over the adopted vocabulary): no tokenising."""
        if len(columns) and int(columns.max()) >= len(self._names):
            return  # not this vocabulary's: compute it instead
        self._encoded.setdefault(_key(clause), (columns, counts))

    def names_since(self, first: int) -> list[str]:
        """The vocabulary names from column `first` on."""
        return self._names[first:]


class Vectors:
    """TF-IDF rows (L2-normalised) of several documents' clauses over one vocabulary."""

    def __init__(self, documents: Sequence[Sequence[Clause]], cache: FeatureCache) -> None:
        from scipy import sparse  # imported lazily: ~0.2 s that start-up need not pay

        encoded = [cache.encoded(c) for clauses in documents for c in clauses]
        width = max(cache.vocabulary_size, 1)
        if encoded:
            indices = np.concatenate([columns for columns, _ in encoded])
            data = np.concatenate([values for _, values in encoded])
        else:
            indices, data = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        indptr = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(columns) for columns, _ in encoded], out=indptr[1:])
        total = max(len(encoded), 1)
        data = cache.column_weights()[indices] * (1.0 + np.log(data))
        df = np.bincount(indices, minlength=width)
        idf = np.log((1 + total) / (1 + df)) + 1.0
        matrix = sparse.csr_matrix((data, indices, indptr), shape=(len(encoded), width))
        matrix = matrix.multiply(idf).tocsr()
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        self.matrix = sparse.diags(1.0 / norms) @ matrix
        self.offsets = np.cumsum([0] + [len(d) for d in documents])
        # For finding candidates: each clause's rarest features only, so the product grows
        # with the pairs worth a look, not with n x m.
        self.blocking = _rarest(self.matrix, df, RAREST)
        self._centroids: dict[int, tuple[Any, np.ndarray]] = {}

    def block(self, document: int, indices: np.ndarray) -> Any:
        """The rows of some of one document's clauses (a sparse matrix)."""
        return self.matrix[self.offsets[document] + np.asarray(indices, dtype=np.int64)]

    def centroids(self, document: int, groups: np.ndarray) -> tuple[Any, np.ndarray]:
        """The normalised sums of one document's clause vectors per group (its sections:
        `groups` gives each clause's), and each clause's group row; kept per document."""
        found = self._centroids.get(document)
        if found is None:
            from scipy import sparse

            keys, inverse = np.unique(groups, return_inverse=True)
            count = len(groups)
            member = sparse.csr_matrix((np.ones(count), (inverse, np.arange(count))),
                                       shape=(len(keys), count))
            start = self.offsets[document]
            summed = (member @ self.matrix[start:start + count]).tocsr()
            norms = np.sqrt(np.asarray(summed.multiply(summed).sum(axis=1)).ravel())
            norms[norms == 0] = 1.0
            found = self._centroids[document] = (sparse.diags(1.0 / norms) @ summed, inverse)
        return found

    def blocking_block(self, document: int, indices: np.ndarray) -> Any:
        """The rare-feature rows of some of one document's clauses."""
        return self.blocking[self.offsets[document] + np.asarray(indices, dtype=np.int64)]

    def pair_cosines(self, first: int, rows: np.ndarray, second: int, columns: np.ndarray
                     ) -> np.ndarray:
        """The cosine of each (rows[k] of `first`, columns[k] of `second`) pair."""
        if not len(rows):
            return np.zeros(0)
        a = self.block(first, rows)
        b = self.block(second, columns)
        return np.asarray(a.multiply(b).sum(axis=1), dtype=np.float64).ravel()

    def similarity(self, first: int, second: int) -> np.ndarray:
        """Dense cosine matrix between the clauses of two documents."""
        a = self.matrix[self.offsets[first]:self.offsets[first + 1]]
        b = self.matrix[self.offsets[second]:self.offsets[second + 1]]
        return np.asarray((a @ b.T).toarray(), dtype=np.float64)
