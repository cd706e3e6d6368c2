"""Finding parties in a sentence: every name of a service (with its inflected forms and
abbreviations), grouped into coordinated phrases ("Skolan och elevhälsan"), and which of those
phrases a sentence obliges (its subject, the party before "ska", "Det åligger X att")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from app.core.tagging.codebook import Codebook, CodeId
from app.core.tagging.rules import Rule, Rules, lowered

# Inflections added to every name: socialtjänst-en, förskola-n, kommun-erna, BUP:s ...
_ENDINGS = ("ernas", "erna", "arnas", "arna", "ens", "ans", "ets", "en", "an", "et", "ar",
            "er", "or", "ns", "n", "s")
_SUFFIX = r"(?:" + "|".join(_ENDINGS) + r"|:s)?"
# Words that may stand before a party without making it less the subject of its sentence.
DETERMINERS = frozenset((
    "den", "det", "de", "varje", "alla", "hela", "respektive", "båda", "både", "såväl", "samtliga",
    "regionens",
    "kommunens", "kommunernas", "länets", "mottagande", "avlämnande", "lämnande", "placerande",
    "remitterande", "överlämnande", "ansvariga", "ansvarig", "berörda", "berörd", "egna",
    "kallande", "kallade", "lokala", "lokal", "regionala", "regional", "gemensamma", "gemensam",
    "länsgemensamma", "länsgemensam", "nya"))
_ADVERBS = (r"(?:(?:då|även|också|vidare|därför|alltid|dessutom|därutöver|samtidigt|normalt|"
            r"därefter|sedan)\s+)*")
_DETS = r"(?:(?:" + "|".join(sorted(DETERMINERS)) + r")\s+)*"
_BOUNDARY = re.compile(r"(?:^|[,;:(]|\b(?:och|samt|att|där|medan|men|då|när|om|eftersom|"
                       r"varvid|innan|tills|vilket))\s*" + _DETS + r"$", re.IGNORECASE)
_SEPARATOR = r"(?:,\s*(?:och\s+|samt\s+|eller\s+)?|och\s+|samt\s+|eller\s+|respektive\s+)"
# Between two names of one list other bodies may stand ("socialtjänsten, polisen, åklagaren
# och BUP"): nouns in the definite form, each followed by a separator.
_JOIN = re.compile(r"^\s*(?:" + _SEPARATOR + r"(?:[a-zåäö]+(?:en|et|na|rna)\s*" + _SEPARATOR
                   + r")*|\(\s*)" + _DETS + r"$", re.IGNORECASE)
_WORD = re.compile(r"\w+")
# Where a second main clause opens ("…, och regionen skickar"), and its finite verb: a lower-case
# present tense (-ar, -er, -r), not one of the prepositions and words that end the same way.
_CLAUSE_START = re.compile(r"(?:[,;]\s*(?:och|men|medan|samt|så)?|\bmedan)\s+" + _DETS + r"$",
                           re.IGNORECASE)
_FINITE = re.compile(r"[a-zåäö]+(?:ar|er|ör|år|r)")
_NOT_VERBS = frozenset(("för", "efter", "under", "över", "eller", "när", "där", "här", "hur",
                        "mer", "fler", "andra", "bättre", "senare", "tidigare", "vidare", "per",
                        "enligt", "hos", "kring", "bakom", "utanför", "inför", "runt"))


def _finite(word: str) -> bool:
    """True if `word` reads as a verb in the present tense, not a preposition or a word that
    only ends like one ("för", "efter", "andra")."""
    return _FINITE.fullmatch(word) is not None and word not in _NOT_VERBS
_WINDOW = 160  # characters before a phrase in which the words that oblige it are looked for
_ENDING = re.compile(_SUFFIX + r"(?![\w-])")
# An abbreviation in capitals before a hyphen heads a compound: "BVC-sjuksköterskan", "BUP-läkare".
_COMPOUND = re.compile(r"-[a-zåäö]\w*")
# A heading that names its party before a dash or a colon: "Socialtjänsten – utredning".
_TOPIC = re.compile(r"^(.*?\S)(?:\s+[–—-]\s+|:\s+)")


def _whose(text: str, mention: Mention, following: Mention) -> bool:
    """True if `mention` is a genitive right before the `following` name: it only says whose
    that is ("Kommunens socialtjänst", "Regionens verksamheter")."""
    return mention.text.endswith("s") and not text[mention.end:following.start].strip()


T = TypeVar("T")
_REMEMBERED = 2048  # texts a finder remembers its findings for (then it starts afresh)


def _remembered(cache: dict[str, tuple[T, ...]], text: str,
                find: Callable[[str], Iterable[T]]) -> list[T]:
    """What `find` finds in `text`, found once while the cache holds it: the suggester asks
    about one sentence again and again (every rule, every facet)."""
    known = cache.get(text)
    if known is None:
        if len(cache) > _REMEMBERED:
            cache.clear()
        known = cache[text] = tuple(find(text))
    return list(known)


def _end_of(text: str, position: int) -> int | None:
    """Where a name that ends at `position` ends with its inflection, or None if the word
    goes on ('socialtjänst' in 'socialtjänstlagen')."""
    match = _ENDING.match(text, position)
    return match.end() if match is not None else None


@dataclass(frozen=True, slots=True)
class Mention:
    """A party's name found in a text: where, which code, and the words."""

    start: int
    end: int
    codes: tuple[CodeId, ...]  # one code, or several for a name of many ("parterna")
    text: str


@dataclass(frozen=True, slots=True)
class Phrase:
    """Coordinated mentions read as one noun phrase: 'Skolan och elevhälsan'."""

    mentions: tuple[Mention, ...]
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Obliged:
    """A phrase a sentence obliges, the rule that found it and the words that fired it."""

    phrase: Phrase
    rule: Rule
    words: tuple[str, ...]


class PartyFinder:
    """Compiled once per codebook and rules: mentions, phrases and obliged parties."""

    def __init__(self, codebook: Codebook, rules: Rules) -> None:
        self.rules = rules
        self._codebook = codebook
        names: dict[str, tuple[CodeId, ...]] = {}
        exact: dict[str, tuple[CodeId, ...]] = {}
        for code in codebook.in_facet("part"):
            names.setdefault(code.name.casefold(), (code.id,))
            for short in code.abbreviations:
                if short.isupper() or (len(short) <= 4 and short[:1].isupper()):
                    exact.setdefault(short, (code.id,))
                else:
                    names.setdefault(short.casefold(), (code.id,))
        for code_id, words in rules.party_terms.items():
            if code_id in codebook:
                for word in words:
                    names.setdefault(word.casefold(), (code_id,))
        for group, words in rules.party_groups:
            known = tuple(c for c in group if c in codebook)
            if known:
                for word in words:
                    names[word.casefold()] = known
        for word in rules.party_ignored:  # ordinary words, not names: "gemensamt"
            names.pop(word.casefold(), None)
            exact.pop(word, None)
        # Names are looked up at word starts by their first word (a dict), then checked whole:
        # one pass over the words instead of a regular expression of a hundred names.
        self._first: dict[str, list[tuple[str, tuple[CodeId, ...]]]] = {}
        self._exact: dict[str, list[tuple[str, tuple[CodeId, ...]]]] = {}
        wildcards: dict[str, tuple[CodeId, ...]] = {}
        for word, codes in names.items():
            if word.startswith("*"):
                wildcards[word[1:]] = codes
                continue
            first = _WORD.match(word)
            if first is None:
                continue
            keys = [first.group()]
            if first.group() == word:  # one word: look it up in each inflected form
                keys += [word + ending for ending in _ENDINGS]
            for key in keys:
                self._first.setdefault(key, []).append((word, codes))
        for word, codes in exact.items():
            first = _WORD.match(word)
            if first is not None:
                self._exact.setdefault(first.group(), []).append((word, codes))
        for table in (self._first, self._exact):
            for entries in table.values():
                entries.sort(key=lambda e: len(e[0]), reverse=True)
        self._wildcards = wildcards
        self._wildcard = re.compile(r"\w*(?:" + "|".join(re.escape(w) for w in wildcards)
                                    + ")" + _SUFFIX) if wildcards else None
        self._wild = re.compile("|".join(re.escape(w) for w in wildcards)) if wildcards \
            else None
        verbs = "|".join(re.escape(v) for v in sorted(rules.obligation_verbs, key=len,
                                                       reverse=True))
        inverted = "|".join(re.escape(v) for v in sorted(rules.inverted_verbs, key=len,
                                                          reverse=True))
        # The verb may follow a short attribute of the party: "Regional ledningsgrupp för barn
        # och unga ansvarar för …", "Elevhälsan i varje skola ska …".
        self._after = re.compile(r"^(?:\s+(?:för|i|inom|vid|på)\s+(?:[a-zåäö0-9-]+\s+){0,4}?)?"
                                 r"\s*,?\s*(" + verbs + r")\b", re.IGNORECASE) if verbs else None
        # A relative clause after a comma obliges the party before it wherever that stands:
        # "Ärendet lyfts till styrgruppen, som ska yttra sig".
        self._relative = re.compile(r"^\s*,\s*som\s+" + _ADVERBS + r"(" + verbs + r")\b",
                                    re.IGNORECASE) if verbs else None
        # A relative clause in the present tense says what the party before it does:
        # "… kontaktar förskolan barnavårdscentralen, som bedömer barnets hälsa".
        self._relative_acting = re.compile(r"^\s*,\s*som\s+" + _ADVERBS + r"([a-zåäö]+)\b")
        # The subject of an opening clause taken up by a pronoun after the modal: "När
        # socialtjänsten tar emot en anmälan ska den …" obliges the social services.
        self._opening = re.compile(r"(?:^|[,;:]\s*)(?:när|om|då|innan|sedan|efter att|så snart"
                                   r"|i de fall)\s+" + _DETS + r"$", re.IGNORECASE)
        self._taken_up = re.compile(r"^\s+" + _FINITE.pattern + r"\b[^.;:]*?,?\s(" + verbs
                                    + r")\s+(?:den|det|de|hon|han)\b", re.IGNORECASE) \
            if verbs else None
        self._inverted = re.compile(r"\b(" + inverted + r")\s+" + _ADVERBS + _DETS + r"$",
                                    re.IGNORECASE) if inverted else None
        kinds = {r.kind: r for r in rules.rules.values() if r.id.startswith("part.")}
        self._mentions: dict[str, tuple[Mention, ...]] = {}
        self._obliged: dict[str, tuple[Obliged, ...]] = {}
        self._fillers = rules.heading_fillers or frozenset(("och", "samt"))
        self._subject_rule = kinds.get("subject")
        self._obligation_rule = kinds.get("obligation")
        self._principals = frozenset(rules.general_parties)

    def mentions(self, text: str) -> list[Mention]:
        """Every party name in `text`, left to right (the longest name at one place)."""
        return _remembered(self._mentions, text, self._find_mentions)

    def _find_mentions(self, text: str) -> tuple[Mention, ...]:
        low = lowered(text)
        found: list[Mention] = []
        end = 0
        first, exact, wild = self._first, self._exact, self._wild
        for token in _WORD.finditer(low):
            start = token.start()
            if start < end or (start and text[start - 1] == "-"):
                continue
            key = token.group()
            word = text[start:token.end()]
            if key not in first and word not in exact and (wild is None or not wild.search(key)):
                continue
            match = self._match_at(text, low, start, word)
            if match is not None:
                previous = found[-1] if found else None
                if previous is not None and _whose(text, previous, match):
                    if self._staff_of(previous, match):
                        continue  # "Ungdomsmottagningens barnmorska": the clinic's own staff
                    if len(match.codes) > 1 and len(previous.codes) == 1:
                        # "Regionens verksamheter": the services of one party, not of both.
                        match = Mention(previous.start, match.end, previous.codes,
                                        text[previous.start:match.end])
                        found.pop()
                found.append(match)
                end = match.end
        return tuple(found)

    def _staff_of(self, owner: Mention, staff: Mention) -> bool:
        """True if `staff` names people or a unit of the service `owner` ("Ungdomsmottagningens
        barnmorska", "Elevhälsans skolsköterska"): the owner is the party, not the service the
        staff's title would name alone. Behind a principal's genitive the named service stays
        ("Regionens barnmorskemottagning")."""
        units = self.rules.subject_units
        return units is not None and units.fullmatch(staff.text.lower()) is not None \
            and not set(owner.codes) <= self._principals

    def _match_at(self, text: str, lowered: str, start: int, word: str) -> Mention | None:
        for table, haystack, key in ((self._exact, text, word),
                                     (self._first, lowered, lowered[start:start + len(word)])):
            for name, codes in table.get(key, ()):
                if haystack.startswith(name, start):
                    end = _end_of(text, start + len(name))
                    if end is None and table is self._exact:
                        compound = _COMPOUND.match(text, start + len(name))
                        end = compound.end() if compound is not None else None
                    if end is not None:
                        return Mention(start, end, codes, text[start:end])
        if self._wildcard is not None:
            folded = lowered[start:start + len(word)]
            match = self._wildcard.fullmatch(folded)
            if match is not None:
                stem = next(w for w in self._wildcards if w in folded)
                return Mention(start, start + len(word), self._wildcards[stem], word)
        return None

    def phrases(self, sentence: str, mentions: list[Mention]) -> list[Phrase]:
        """Mentions joined by 'och', commas or a bracketed abbreviation into phrases."""
        # A genitive right before another name only says whose it is: "Kommunens socialtjänst",
        # "Skolans rektor"; the phrase starts at the genitive, the party is the name after it.
        owner: dict[int, int] = {}
        kept: list[Mention] = []
        for n, m in enumerate(mentions):
            if n + 1 < len(mentions) and _whose(sentence, m, mentions[n + 1]):
                owner[n + 1] = owner.get(n, m.start)
            else:
                kept.append(m)
        starts = {id(m): owner.get(n, m.start) for n, m in enumerate(mentions)}
        groups: list[list[Mention]] = []
        for mention in kept:
            if groups and _JOIN.match(sentence[groups[-1][-1].end:starts[id(mention)]]):
                groups[-1].append(mention)
            else:
                groups.append([mention])
        phrases = []
        for group in groups:
            start, end = starts[id(group[0])], group[-1].end
            if sentence[end:end + 1] == ")":
                end += 1
            phrases.append(Phrase(tuple(group), start, end, sentence[start:end]))
        return phrases

    def obliged(self, sentence: str, mentions: list[Mention] | None = None) -> list[Obliged]:
        """The phrases of a sentence it obliges, each with the rule that says so."""
        if mentions is None:  # the usual call: remembered
            return _remembered(self._obliged, sentence,
                               lambda text: self._obliged_by(text, self.mentions(text)))
        return self._obliged_by(sentence, mentions)

    def _obliged_by(self, sentence: str, mentions: list[Mention]) -> list[Obliged]:
        found = []
        for phrase in self.phrases(sentence, mentions):
            before = sentence[:phrase.start]
            after = sentence[phrase.end:]
            result = self._by_pattern(phrase, sentence) \
                or self._by_verb(phrase, sentence, after) \
                or self._by_position(phrase, before, after)
            if result is not None:
                found.append(result)
        return found

    def _by_pattern(self, phrase: Phrase, sentence: str) -> Obliged | None:
        # Patterns end where the phrase starts: search only the text just before it (an
        # `^` still means the start of the sentence, since pos is not the string's start).
        start = max(0, phrase.start - _WINDOW)
        not_after = self.rules.agent_not_after
        for rule, pattern in self.rules.party_patterns:
            match = pattern.search(sentence, start, phrase.start)
            if match and rule.kind == "agent" and not_after is not None \
                    and not_after.match(sentence[phrase.end:].lower()):
                continue  # "ser till att skolan informeras": the unit is done to, not acting
            if match:
                return Obliged(phrase, rule, (" ".join(match.group().split()) + " "
                                              + phrase.text,))
        return None

    def _by_verb(self, phrase: Phrase, sentence: str, after: str) -> Obliged | None:
        rule = self._obligation_rule
        if rule is None:
            return None
        start = max(0, phrase.start - _WINDOW)
        relative = self._relative.match(after) if self._relative is not None else None
        if relative:
            return Obliged(phrase, rule, (f"{phrase.text}, som {relative.group(1)}",))
        if self._taken_up is not None and self._opening.search(sentence, start, phrase.start):
            taken = self._taken_up.match(after)
            if taken:
                return Obliged(phrase, rule, (f"{phrase.text} … {taken.group(1)} "
                                              f"{after[taken.end(1):taken.end()].strip()}",))
        acting = self._relative_acting.match(after)
        if acting and self._subject_rule is not None and _finite(acting.group(1)) \
                and acting.group(1) not in self.rules.relative_stative:
            return Obliged(phrase, self._subject_rule, (f"{phrase.text}, som {acting.group(1)}",))
        if self._after is not None and _BOUNDARY.search(sentence, start, phrase.start):
            match = self._after.match(after)
            not_after = self.rules.subject_not_after
            if match and not (not_after is not None and not_after.match(after.lower())):
                return Obliged(phrase, rule, (f"{phrase.text} {match.group(1)}",))
        if self._inverted is not None:
            match = self._inverted.search(sentence, start, phrase.start)
            if match:
                return Obliged(phrase, rule, (f"{match.group(1)} {phrase.text}",))
        return None

    def _by_position(self, phrase: Phrase, before: str, after: str) -> Obliged | None:
        rule = self._subject_rule
        if rule is None:
            return None
        words = [w.casefold() for w in _WORD.findall(before)]
        verb = _WORD.search(after)
        not_after = self.rules.subject_not_after
        if not_after is not None and not_after.match(after.lower()):
            return None  # described, not obliged: "Parterna är överens om …"
        if any(w not in DETERMINERS for w in words):
            # A main clause joined on after a comma: "…, och regionen vidarebefordrar den".
            if verb is None or after[:verb.start()].strip() or not _CLAUSE_START.search(before) \
                    or not _finite(verb.group()):
                return None
            return Obliged(phrase, rule, (f"{phrase.text} {verb.group()}",))
        if phrase.text.endswith("s") and verb is not None and verb.group().islower() \
                and not after[:verb.start()].strip():
            units = self.rules.subject_units
            if units is None or not units.fullmatch(verb.group()):
                return None  # a genitive before its noun: "Skolans skyldighet att …"
        return Obliged(phrase, rule, (f"{phrase.text} {verb.group()}" if verb else phrase.text,))

    def heading_parties(self, heading: str) -> list[Mention]:
        """The parties a heading names if it names nothing else ('5.1 Socialtjänsten',
        'Skolan och elevhälsan', 'Kommunens ansvar', 'Socialtjänsten – utredning'), else
        none; a principal beside its own service only says whose ('Vården i regionen')."""
        topic = _TOPIC.match(heading)
        if topic is not None:
            topical = self.heading_parties(topic.group(1))
            if topical:
                return topical
        mentions = self.mentions(heading)
        if not mentions:
            return []
        rest = heading
        for mention in reversed(mentions):
            rest = rest[:mention.start] + " " + rest[mention.end:]
        leftover = [w for w in _WORD.findall(rest.casefold())
                    if not w.isdigit() and w not in self._fillers]
        if leftover:
            return []
        # "Regionens hälso- och sjukvård": the genitive only says whose; the service is named.
        named = [m for n, m in enumerate(mentions)
                 if not (n + 1 < len(mentions) and _whose(heading, m, mentions[n + 1]))]
        above = {a for m in named for c in m.codes for a in self._codebook.ancestors(c)}
        return [m for m in named if not all(c in above for c in m.codes)]
