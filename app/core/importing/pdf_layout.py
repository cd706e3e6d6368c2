"""Lines of a PDF into paragraph-like drafts, the way a reader sees them on the page.

The vertical rhythm decides first: each font size has its own measured line pitch, and a gap
clearly larger than the pitch ends a block (so a two-line heading in a larger font stays
one). Between lines at the pitch, tie-breakers decide: a line that stopped short although
the next line's first word would have fitted ended its paragraph (in justified text: any
line that is not flush right); a list label or bullet starts an item only in sequence with
its list, after a lead-in or off the x of the block's wrapped lines, never on a line that
merely wrapped; and indentation (left of an item's label, right of its text, off a
paragraph's wrapped lines) separates what is left. Over a page break, where no gap can be
measured, a page that still had room for the next line ended its paragraph; otherwise the
text runs on.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field

from app.core.documents.model import ClauseKind
from app.core.importing import line_rules
from app.core.importing.pdf_lines import Line

_HEADING_RATIO = 1.12
_GAP_FACTOR = 1.18  # a gap above pitch × this (+ 0.5 pt) is a paragraph break
_WORD_EDGES = ",.;:!?()\"”«»'"


@dataclass(frozen=True, slots=True)
class Rhythm:
    """What was measured on the page: body size, line pitch per size, the column's right edge."""

    body: float
    pitches: dict[float, float]
    ratio: float  # body pitch / body size, for sizes with too few lines to measure
    right: float
    justified: bool = False  # wrapped lines end at the right edge; only last lines fall short
    bottom: float = 0.0  # the lowest baseline of the body text on any page

    def pitch(self, size: float) -> float:
        """The line pitch of text in this size (measured, or scaled from the body text)."""
        return self.pitches.get(size) or size * self.ratio

    def larger(self, line: Line) -> bool:
        """True if the line is set clearly larger than the body text."""
        return line.size >= self.body * _HEADING_RATIO

    def heading_style(self, line: Line) -> bool:
        """Larger than the body, or bold: the style a heading is set in."""
        return self.larger(line) or line.bold

    def short(self, line: Line, following: Line) -> bool:
        """True if `line` stopped although `following`'s first word would have fitted on it:
        the author ended the paragraph there."""
        if line.right <= 0.0 or following.unit <= 0.0 or self.right <= 0.0:
            return False
        room = self.right - line.right
        if self.justified and room > max(2.5, 0.35 * line.size):
            return True  # justified text stretches every line but a paragraph's last
        return room > following.unit + 0.3 * line.size + 1.0


def measure(lines: list[Line]) -> Rhythm:
    """Body size, the pitch of each font size and the right edge of the text column."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    body = weights.most_common(1)[0][0] if weights else 10.0
    gaps: dict[float, list[float]] = {}
    for before, after in itertools.pairwise(lines):
        if before.page == after.page and after.size == before.size and after.y > before.y:
            gaps.setdefault(after.size, []).append(after.y - before.y)
    pitches: dict[float, float] = {}
    for size, found in gaps.items():
        found.sort()
        floor = found[len(found) // 10]
        # The line pitch is the common small gap; paragraph gaps lie above it.
        close = [g for g in found if g <= floor * 1.08 + 0.3]
        if len(close) >= 2 and floor >= size * 0.9:
            pitches[size] = close[len(close) // 2]
    body_pitch = pitches.get(body) or body * 1.2
    ratio = body_pitch / body
    for size in list(pitches):
        if pitches[size] > size * ratio * 1.3:  # only paragraph gaps were measured
            del pitches[size]
    rights = sorted(line.right for line in lines
                    if line.size == body and not line.bold and line.right > 0.0)
    right = rights[int(len(rights) * 0.95)] if len(rights) >= 8 else 0.0
    flush = sum(1 for value in rights if abs(value - right) <= 1.0)
    bottom = max((line.y for line in lines if line.size == body), default=0.0)
    return Rhythm(body, pitches, ratio, right, justified=flush > len(rights) * 0.5,
                  bottom=bottom)


@dataclass(slots=True)
class Draft:
    """A block being gathered: its kind, lines, text parts, label and bullet."""

    kind: ClauseKind
    first: Line
    last: Line
    parts: list[str]
    number: str | None = None
    marker: str | None = None
    heading_style: bool = False

    @property
    def x(self) -> float:
        return self.first.x


@dataclass(slots=True)
class _Lists:
    """The labels and bullets of the list being read, by the x they stand at."""

    labels: dict[int, str] = field(default_factory=dict)
    bullets: dict[int, str] = field(default_factory=dict)

    def clear(self) -> None:
        self.labels.clear()
        self.bullets.clear()

    def note(self, draft: Draft) -> None:
        key = round(draft.x / 4)
        if draft.number is not None:
            self.labels[key] = draft.number
        elif draft.marker is not None:
            self.bullets[key] = draft.marker

    def continues(self, line: Line, label: str | None, marker: str | None) -> bool:
        """True if the label follows the last one at this x, or the bullet repeats there."""
        for key in (round(line.x / 4) + d for d in (0, -1, 1)):
            if label is not None and key in self.labels and line_rules.label_follows(
                    self.labels[key], label):
                return True
            if marker is not None and self.bullets.get(key) == marker:
                return True
        return False


class Segmenter:
    """Turns the lines of one document into drafts in reading order."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.rhythm = measure(lines)
        self.drafts: list[Draft] = []
        self.lists = _Lists()

    def run(self) -> list[Draft]:
        """The drafts of all lines; lines emptied by struck-through text keep the rhythm."""
        current: Draft | None = None
        previous: Line | None = None
        for index, line in enumerate(self.lines):
            if not line.text:
                previous = line
                continue
            marker = line_rules.pdf_bullet(line.text)
            label = line_rules.pdf_list_label(line.text) if marker is None else None
            if current is None or previous is None or self._breaks(current, previous, index,
                                                                   marker, label):
                current = self._open(line, marker, label)
            else:
                current.parts.append(line.text)
                current.last = line
            previous = line
        return self.drafts

    def _open(self, line: Line, marker: tuple[str, str] | None,
              label: tuple[str, str] | None) -> Draft:
        rhythm = self.rhythm
        heading_style = rhythm.heading_style(line)
        if marker is not None and not rhythm.larger(line):
            draft = Draft("list_item", line, line, [marker[1]], marker=marker[0])
        elif label is not None and not heading_style:
            draft = Draft("list_item", line, line, [label[1]], number=label[0])
        else:
            draft = Draft("heading" if heading_style else "paragraph", line, line, [line.text],
                          heading_style=heading_style)
        if draft.kind == "list_item":
            self.lists.note(draft)
        else:
            self.lists.clear()
        self.drafts.append(draft)
        return draft

    def _breaks(self, current: Draft, before: Line, index: int,
                marker: tuple[str, str] | None, label: tuple[str, str] | None) -> bool:
        """True if line `index` starts a new block after `before`, the last line of
        `current`."""
        rhythm = self.rhythm
        line = self.lines[index]
        if current.kind == "list_item":
            # A bold item's wrapped lines are bold too; a bold line after a plain item is not
            # part of it.
            style = rhythm.larger(line) or (line.bold and not current.first.bold)
        else:
            style = rhythm.heading_style(line) and not (marker and not rhythm.larger(line))
        if style != current.heading_style:
            return True
        if style and (abs(line.size - current.first.size) > 0.6 or line.bold != current.first.bold):
            return True
        # An item follows its list or a lead-in; a label on a line that merely wrapped does not
        # start one ("... antogs 2013-11-" + "19. Revideringen ...").
        item = (marker is not None or label is not None) and (
            self.lists.continues(line, label[0] if label else None, marker[0] if marker else None)
            or current.parts[-1].rstrip().endswith(":"))
        if line.page != before.page or line.y <= before.y:
            # Over a page (or column) break there is no gap to measure. A full last line
            # ending a sentence is still far more often a sentence inside a paragraph (most
            # lines wrap) than a paragraph that ended exactly at the margin.
            return (current.kind == "heading" or item or rhythm.short(before, line)
                    or self._indent_breaks(current, line) or self._room_left(before, index))
        if line.y - before.y > rhythm.pitch(max(line.size, before.size)) * _GAP_FACTOR + 0.5:
            return True
        if current.kind == "heading":
            return False  # the same style at its line pitch: one heading over several lines
        if item or rhythm.short(before, line):
            return True
        if marker is None and label is None:
            return self._indent_breaks(current, line)
        # A label where the block's wrapped lines do not sit is on no continuation line: a
        # paragraph followed at its line pitch by a step of a list numbered through the
        # document ("1.", "30." with nothing before them in this section).
        return current.last is not current.first and self._indent_breaks(current, line)

    def _room_left(self, before: Line, index: int) -> bool:
        """True if the page `before` ends could have taken the next line: the paragraph
        ended there. Widow control leaves one line's room and carries exactly two lines."""
        pitch = self.rhythm.pitch(before.size)
        room = self.rhythm.bottom - before.y
        if room < pitch - 0.2:  # the next line would have sat below the lowest one seen
            return False
        return room >= 2 * pitch + 0.3 or self._carried(index) != 2

    def _carried(self, index: int) -> int:
        """How many lines (1, 2 or 3 for more) run on at the line pitch from `index`."""
        count = 1
        while count < 3 and index + count < len(self.lines):
            above, below = self.lines[index + count - 1], self.lines[index + count]
            gap = below.y - above.y
            if (below.page != above.page or gap <= 0.0 or not below.text
                    or gap > self.rhythm.pitch(below.size) * _GAP_FACTOR + 0.5
                    or self.rhythm.short(above, below) or line_rules.pdf_bullet(below.text)):
                break
            count += 1
        return count

    @staticmethod
    def _indent_breaks(current: Draft, line: Line) -> bool:
        """Indentation as the last tie-breaker: left of a list item's label, or off the x of
        a block's wrapped lines (a first-line indent, the end of a hanging indent)."""
        if line.x < current.x - 2.0 and current.kind == "list_item":
            return True
        if current.last is current.first:
            if current.kind != "list_item" or current.first.text_x <= 0.0:
                return False
            # An item's second line sits under its label (a bullet typed by hand) or further
            # right up to its text (hanging indent); right of the text is the next block.
            return line.x > current.first.text_x + 2.5
        return line.x > current.last.x + 3.0 or line.x < current.last.x - 2.0


class Hyphens:
    """Decides whether a hyphen at a line end is soft (to drop) from the document itself."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self._text: str | None = None
        ends = wrapped = 0
        for before, after in itertools.pairwise(lines):
            text = before.text
            if text[-1:] in ("-", "‐"):
                wrapped += 1
                ends += _split_word(text, after.text) is not None
            elif not line_rules.ends_sentence(text):
                wrapped += 1
        # Word hyphenates only when told to; then many wrapped lines end in a hyphen.
        self.automatic = ends >= 3 and ends > wrapped * 0.06

    def written(self, word: str) -> bool:
        """True if the document writes `word` (case-folded) on one of its lines."""
        if self._text is None:  # joined at the first hyphen asked about
            self._text = "\n".join(line.text for line in self.lines).casefold()
        return word in self._text

    def soft(self, left: str, right: str) -> bool:
        """True if 'left-' + 'right' is one word split by a soft hyphen."""
        split = _split_word(left, right)
        if split is None:
            return False
        head, tail = split
        if self.written(f"{head}-{tail}".casefold()):
            return False
        return self.automatic or self.written((head + tail).casefold())

    def join(self, parts: list[str]) -> str:
        """The text of a block's lines, hyphens kept unless soft."""
        # Each join looks only at the end of the text so far (its last word), so only that
        # end is carried: the rest is set aside, which keeps a block of thousands of lines
        # linear instead of copying the whole text at every line.
        done: list[str] = []
        tail = ""
        for part in parts:
            tail = line_rules.join_pdf_lines(tail, part, self.soft(tail, part))
            cut = tail.rstrip().rfind(" ")
            if cut > 0:
                done.append(tail[:cut])
                tail = tail[cut:]
        return " ".join("".join([*done, tail]).split())


def _split_word(left: str, right: str) -> tuple[str, str] | None:
    """('samverkans', 'avtalet') for 'samverkans-' + 'avtalet ...' (letters both sides)."""
    left = left.rstrip()
    if len(left) < 3 or left[-1] not in "-‐" or not left[-2].isalpha():
        return None
    head = left[:-1].rsplit(" ", 1)[-1]
    tail = right.lstrip().split(" ", 1)[0].strip(_WORD_EDGES)
    if not head.isalpha() or not tail.isalpha() or not tail[0].islower():
        return None
    if tail.casefold() in line_rules.JOINERS:
        return None
    return head, tail
