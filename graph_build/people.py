"""Person names as government texts write them: the one reader of names every extractor uses.

* ``clean_person``, ``looks_like_person``: a name already taken from a fact (``王 润`` is 王润);
* ``is_name``: a personal name of 2-3 Han characters (4 with a two-character surname),
  with a known surname where ``strict``, no post or unit word in it;
* ``split_name_post``: a name and a post run together, either way round
  (``翟廷伟副县长``, ``县发改局局长邢民选``); ``split_glued``: ``王润县委副书记``;
* ``people_in_slot``: the persons a prose slot names, with their posts
  (``县委常委、政府副县长南选智同志``, ``县政府办副主任曹峻铭和县环保局局长何涵德``).

Functions that read spans take ``(text, lo, hi)`` and return offsets into ``text``,
so callers can cite them. The vocabulary (surnames, words that are not names,
posts) lives in ``data/people.yml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from graph_build.data_files import load_yaml
from graph_build.patterns import LazyPattern, alternation
from graph_build.units import UNIT_SUFFIX, top_level_split

DATA = Path(__file__).resolve().parent / "data" / "people.yml"

HAN = r"\u4e00-\u9fff"
_HAN_ONLY = LazyPattern(rf"^[{HAN}]+$")


@dataclass(frozen=True)
class Names:
    """The vocabulary of ``data/people.yml`` with the patterns built from it."""

    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    not_names: frozenset[str]  # words that read like names but are not (incl. fields of work)
    field_words: frozenset[str]  # fields of work (``公安``, ``文旅``): departments, never people
    not_name_end: frozenset[str]
    post_words: tuple[str, ...]
    post_end_chars: frozenset[str]

    @cached_property
    def post_end_re(self) -> re.Pattern[str]:
        return re.compile(f"(?:{alternation(self.post_words)})$")

    @cached_property
    def post_re(self) -> re.Pattern[str]:
        return re.compile(f"(?:{alternation(self.post_words)})")


def read_vocabulary(path: Path) -> Callable[[str], tuple[str, ...]]:
    """A vocabulary file as a function from a key to its list of words (empty if absent)."""
    raw = load_yaml(path) or {}

    def words(key: str) -> tuple[str, ...]:
        value = raw.get(key, [])
        return tuple(str(w) for w in value) if isinstance(value, list) else ("".join(str(value).split()),)

    return words


@lru_cache(maxsize=1)
def names() -> Names:
    """The name vocabulary, read once."""
    words = read_vocabulary(DATA)

    return Names(
        surnames=frozenset(words("surnames")[0]),
        compound_surnames=frozenset(words("compound_surnames")),
        not_names=frozenset(words("not_names") + words("field_words")),
        field_words=frozenset(words("field_words")),
        not_name_end=frozenset(words("not_name_end")[0]),
        post_words=words("post_words"),
        post_end_chars=frozenset(words("post_end_chars")[0]),
    )


def compact(s: str) -> str:
    """``王 润`` -> ``王润``."""
    return "".join(s.split())


# -- names already in a fact -----------------------------------------------

# Characters that end posts and units, never a Chinese personal name.
_NOT_NAME_END = set("局委办部厅处股室站所队院馆府区")
_NAME = LazyPattern(r"^[\u4e00-\u9fff]{2,4}$")
_POST_WORDS = LazyPattern(
    r"(主任|局长|书记|县长|部长|委员|成员|组长|指挥|联络员|召集人|主席|负责|同志|单位|部门|政府|工作|领导|各|县直)"
)


def clean_person(name: str) -> str:
    """Whitespace removed and a trailing 同志 dropped."""
    n = "".join(name.split())
    return n[:-2] if n.endswith("同志") and len(n) > 3 else n


def looks_like_person(name: str) -> bool:
    """A plausible Chinese personal name: 2-4 Han characters, no post or unit words."""
    n = clean_person(name)
    if not _NAME.match(n) or _POST_WORDS.search(n):
        return False
    return n[-1] not in _NOT_NAME_END


# -- names in running text ---------------------------------------------------

# Words inside a name that make it a post or a unit, never a person.
_NOT_IN_NAME = LazyPattern(
    r"(主任|局长|书记|县长|部长|委员|成员|组长|主席|负责|同志|单位|部门|政府|工作|领导|干部|干事|科员|经理|记者|"
    r"人员|专家|常务|常委|分管|相关|有关|各|全县|县直|乡镇|指挥|召集|决定"
    r"|开展|带领|带队|深入|调研|走访|出席|看望|慰问"  # a report's verbs after a name (``主任薛某开展…``)
    r"|^国网"  # (``国网某县供电公司``: the State Grid's)
    r"|^第[一二三四五六七八九十百零〇\d]+[条章节款项部]"  # an article's number (``第四条``), never a name
    r"|^(?:曾任|历任|现任|原任|曾在))"  # a career's words (``曾任某镇镇长``: 曾 a surname, 任 no given name)
)
# Where a title may start when it is glued to the name (``王润县委副书记``).
_TITLE_START = LazyPattern(
    rf"^(?:[县市省镇乡区党副]|政府|常务|第一|中国|国家|人大|政协|纪委|纪工委|团[县市省区旗]委|[{HAN}]{{2,4}}(?:省|市|县|区|镇|乡))"
)


def has_surname(name: str) -> bool:
    lex = names()
    return name[:2] in lex.compound_surnames or name[:1] in lex.surnames


def is_name(name: str, strict: bool = True) -> bool:
    """A personal name of 2-3 Han characters (4 with a two-character surname).

    ``strict`` also asks for a known surname; the lenient form is for a token
    that the layout already marks as a name (first on a roster row, before a title).
    """
    lex = names()
    n = compact(name)
    if not _HAN_ONLY.match(n) or not 2 <= len(n) <= 4:
        return False
    if len(n) == 4 and n[:2] not in lex.compound_surnames:
        return False
    if n in lex.not_names or n[-1] in lex.not_name_end or _NOT_IN_NAME.search(n):
        return False
    return has_surname(n) or not strict


def post_ended_name(name: str) -> bool:
    """A three-letter name whose last letter mostly ends a post (``王锦长``, ``李国任``), which ``is_name`` turns
    down: a known surname, a middle letter that ends no post (not ``王局长``), no word of a post in it. Only where
    the layout marks a name (right after a role, the sentence's verb right after it)."""
    n = compact(name)
    lex = names()
    return (len(n) == 3 and _HAN_ONLY.match(n) is not None and n[-1] in lex.not_name_end
            and n[1] not in lex.not_name_end and n[1:] not in _ADDRESSED and n not in lex.not_names
            and not _NOT_IN_NAME.search(n) and has_surname(n))


# Heads addressed by their post (``王行长``, ``李校长``): a surname and a post, no name.
_ADDRESSED = frozenset({"行长", "校长", "社长", "厂长", "庭长", "会长", "团长", "台长", "师长", "司长", "园长", "书记"})


# A name no surname list knows (额尔敦毕力格, 斯琴图雅, 买买提·艾力), as the names of the autonomous regions' peoples
# are written: never with a word of a clause, a unit or a post in it. Callers take it only where the layout marks a
# name (a government title right before it, 同志 right after it, a roster row's posts beside it).
_LONG_NAME = LazyPattern(r"[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,8}")  # (``包·巴特尔``)
_NOT_IN_LONG_NAME = LazyPattern(
    r"[与及的在对将由把被从了着等为是县市区旗州省乡镇村局委办府部厅院所站长记任室处科股队组]|同志|工作|单位|部门"
    r"|负责|分管|主要|有关|相关|领导|成员|会议|选举|补选|当选|决定|批准|任命|免去|聘任|通过|宣布|宣读"
    r"|开展|带领|带队|深入|调研|走访|出席|看望|慰问"
    r"|(?<!孟)和")  # (``巴图孟和``: 孟和 is a Mongolian name's, not a conjunction)


_LONGEST, _LONGEST_DOTTED = 8, 12


def long_name(name: str, shortest: int = 4) -> bool:
    """A name of ``shortest`` to eight characters that no surname list knows (see ``_LONG_NAME``); twelve when a
    dot sets the given name apart from the father's (``阿不都热合曼·吐尔逊``)."""
    n = compact(name)
    letters = len(n.replace("·", "").replace("•", ""))
    return (
        bool(_LONG_NAME.fullmatch(n))
        and shortest <= letters <= (_LONGEST_DOTTED if letters < len(n) else _LONGEST)
        and not _NOT_IN_LONG_NAME.search(n)
        and n not in names().not_names
    )


def dotted_name(name: str) -> bool:
    """A name whose dot sets the given name apart (``古丽娜尔·吐尔逊``): the dot marks it as a name, whatever its
    letters."""
    return ("·" in name or "•" in name) and long_name(name, shortest=3)


def title_like(s: str) -> bool:
    """Does ``s`` read as a post or a list of posts (``县委副书记、县长``, ``国家税务总局某县税务局``)?"""
    lex = names()
    t = compact(s).rstrip("。；;，,")
    if len(t) < 2:
        return False
    if "、" in t or lex.post_re.search(t) or UNIT_SUFFIX.search(t):
        return True
    return t[-1] in lex.post_end_chars or bool(re.search("(局|委|办|中心|公司|政府|部)", t))


def split_name_post(s: str) -> tuple[int, int, int, int] | None:
    """Split ``翟廷伟副县长`` or ``县发改局局长邢民选`` into name and post.

    Returns ``(name_lo, name_hi, post_lo, post_hi)`` offsets into ``s`` (post may be empty),
    or None when ``s`` holds no name. Only known surnames are taken, since nothing
    but the words themselves marks the boundary.
    """
    lex = names()
    n = len(s)
    if is_name(s, strict=True):
        return 0, n, n, n
    # Post first, name last: the text before the name must end with a post (four characters: a two-character
    # surname, ``司徒晓雯``).
    for k in (3, 2, 4):
        if n > k:
            name, post = s[n - k :], s[: n - k]
            if is_name(name, strict=True) and lex.post_end_re.search(post):
                return n - k, n, 0, n - k
    # Post first, then a name whose dot sets the given name apart (``县长艾尔肯·吐尔逊``): the shortest such name.
    dot = max(s.rfind("·"), s.rfind("•"))
    if dot > 2:
        for j in range(dot - 1, max(dot - 7, 0), -1):
            if lex.post_end_re.search(s[:j]) and dotted_name(s[j:]):
                return j, n, 0, j
    # Name first, post after it.
    for k in (3, 2):
        if n > k:
            name, post = s[:k], s[k:]
            if (
                is_name(name, strict=True)
                and lex.post_end_re.search(post)
                and (_TITLE_START.match(post) or lex.post_end_re.fullmatch(post) is not None)
                and not _ACROSS.match(s, k - 1)  # ``项目分管副县长``: 分管 is one word, not a name's end
                and not _ACROSS.match(post)  # nor does a post after a name start with a verb
                and not (name[-1] == "州" and post[0] in "市县区")  # (``贺州市X局局长``: a city, no name)
            ):
                return 0, k, k, n
    # A unit first, then the name, then the post held there (``县应急局王五局长``, ``驻局纪检组长李二书记``).
    for k in (3, 2):
        for t in (2, 3, 4):
            j = n - t - k
            if j >= 2 and lex.post_end_re.fullmatch(s, j + k) and is_name(s[j : j + k], strict=True) and (
                    UNIT_SUFFIX.search(s[:j]) or lex.post_end_re.search(s[:j])):
                return j, j + k, j + k, n
    return None


# Words a name's last character and the next one would form (``项目分|管``): no boundary there.
_ACROSS = LazyPattern(r"分管|主管|协管|联系|负责|牵头|担任|兼任")


def split_glued(s: str) -> int | None:
    """Length of the name at the start of ``王润县委副书记`` (a name glued to its title)."""
    for k in (3, 2):
        if len(s) > k + 1 and is_name(s[:k], strict=True):
            rest = s[k:]  # (a post, not a unit alone: ``芦塘县人民政府办公室`` is a place's office, no name)
            if _TITLE_START.match(rest) and title_like(rest) and names().post_re.search(rest):
                return k
    return None


_LEVEL_CHARS = frozenset("县市省区州旗盟乡镇")
_CUT_TAIL = 12  # the most letters of a person an excerpt's end may cut off


def glued_people(s: str, cut: bool = False) -> list[tuple[int, int, int, int]] | None:
    """A run of people, each name glued to the posts after it and nothing between them, as a flattened copy of a
    roster prints them (``张航翔市政府副秘书长王德悦市气象局局长``): ``(name_lo, name_hi, post_lo, post_hi)`` per
    person, or None unless the whole of ``s`` reads so, with two people or more.

    A name is two or three letters with a known surname; a post opens like a post and ends with a post's word
    (``长``, ``主任``, ``调研员``). Of two readings, the one whose posts open with a level (``县``, ``市``) or a
    two-letter place before one (``东平县``) wins, then the one with the longer names; a reading with more people
    wins over both. ``cut``: the text's end may cut the last person short (left out)."""
    lex = names()
    n = len(s)
    best: dict[int, tuple[int, list[tuple[int, int, int, int]]] | None] = {n: (0, [])}
    tail = max(0, n - _CUT_TAIL) if cut else n  # (an excerpt may cut the last person short from here on:
    # ``…刘德德某军分区司``; a whole person read there still counts)

    def parse(i: int) -> tuple[int, list[tuple[int, int, int, int]]] | None:
        if i in best:
            return best[i]
        found = None
        for k in (3, 2):
            p = i + k
            if p + 2 > n or not is_name(s[i:p], strict=True) or not _TITLE_START.match(s[p:]):
                continue  # (a post that opens with no level, ``发展改革委副主任``, leaves the name's end unsure)
            # (each person read is worth more than any opening: a post never runs over the next name)
            cost = (0 if s[p] in _LEVEL_CHARS else 1 if s[p + 2 : p + 3] in _LEVEL_CHARS else 2) - 100
            for j in range(p + 2, n + 1):
                if s[j - 1] not in lex.post_end_chars or not lex.post_re.search(s, p, j):
                    continue
                rest = parse(j)
                if rest is not None and (found is None or cost + rest[0] < found[0]):
                    found = (cost + rest[0], [(i, p, p, j), *rest[1]])
        best[i] = found if found is not None or i < tail else (0, [])
        return best[i]

    if n < 8 or not any(is_name(s[:k], strict=True) and _TITLE_START.match(s[k:]) for k in (3, 2)):
        return None  # (the common case, a slot that opens with a post or a unit: no run to read)
    if not _HAN_OR_LIST.fullmatch(s):
        return None
    whole = parse(0)
    return whole[1] if whole is not None and len(whole[1]) >= 2 else None


_HAN_OR_LIST = LazyPattern(r"[\u4e00-\u9fff、]+")


def strip_span(text: str, lo: int, hi: int, chars: str = " \t\u3000。.；;，,、：:") -> tuple[int, int]:
    while lo < hi and (text[lo] in chars or text[lo].isspace()):
        lo += 1
    while hi > lo and (text[hi - 1] in chars or text[hi - 1].isspace()):
        hi -= 1
    return lo, hi


def title_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A person's posts, split on ``、`` (``县委副书记、县长``)."""
    out = []
    for a, b in top_level_split(text, lo, hi, seps="、,，;；"):
        a, b = strip_span(text, a, b)
        if b > a:
            out.append((a, b))
    return out


class _Compact:
    """A span of text without whitespace, with a map back to the text."""

    def __init__(self, text: str, lo: int, hi: int):
        self.index = [i for i in range(lo, hi) if not text[i].isspace()]
        self.s = "".join(text[i] for i in self.index)

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.index[a], self.index[b - 1] + 1


@dataclass
class PersonSpan:
    name: tuple[int, int]
    titles: list[tuple[int, int]] = field(default_factory=list)


_UNCOUNTED = set("、，,；;。：:“”")


def only_people(text: str, lo: int, hi: int) -> list[PersonSpan] | None:
    """The people of ``text[lo:hi]`` read as a slot is (``县委办主任邓伟、县政府办主任庞丽``), only if their names
    (with a 同志 after them) and posts are all it holds: a list of units with one name-like word
    (``…、江云经开区管委会主要负责人``) is none."""
    people = people_in_slot(text, lo, hi)
    covered = set()
    for p in people:
        for a, b in (p.name, *p.titles):
            covered.update(range(a, b))
        if text.startswith("同志", p.name[1]):
            covered.update(range(p.name[1], p.name[1] + 2))
    left = (i for i in range(lo, hi) if i not in covered and not text[i].isspace() and text[i] not in _UNCOUNTED)
    return people if people and next(left, None) is None else None


# A unit named through its head (``和平里社区主要负责人``), which a name and a post could be read in too
_THROUGH_HEAD = LazyPattern(r"(?:社区|村|局|办|中心|所|站|委|部|公司|院|校|队|镇|乡|街道)[^、，,]*负责(?:人|同志)$")


# What opens a list's last item set apart by a comma (``A、B，以及C``): the list goes on.
LAST_ITEM_OPENERS = ("以及", "及", "还有")
_LIST_END = LazyPattern(f"(?:{'|'.join(LAST_ITEM_OPENERS)})?")


def people_in_slot(text: str, lo: int, hi: int) -> list[PersonSpan]:
    """Persons a prose slot names, with the posts written next to them.

    ``县委常委、政府副县长南选智同志`` -> 南选智 with ``县委常委``, ``政府副县长``;
    ``王润县长`` -> 王润 with ``县长``. A slot of posts or units only gives nothing.
    A bare two- or three-character word is taken for a name only where nothing
    else in the slot reads as a unit or a field (``公安、文旅等部门`` are not people).
    """
    lo, hi = strip_span(text, lo, hi)
    whole = _Compact(text, lo, hi)
    cut = not text[hi:].strip()  # (the slot runs to the text's end, where an excerpt may stop mid-word)
    if "、" not in whole.s[:3] and (glued := glued_people(whole.s, cut=cut)):  # a flattened roster's run of people
        return [PersonSpan(whole.span(a, b), title_spans(text, *whole.span(c, d))) for a, b, c, d in glued]
    parts = [strip_span(text, a, b) for a, b in top_level_split(text, lo, hi, seps="、,，")]
    parts = [(_LIST_END.match(text, a, b).end(), b) for a, b in parts]  # (``…，以及副县长李四``)
    parts = [p for a, b in parts if b > a for p in _split_people_conj(text, a, b)]
    found: list[tuple[_Compact, str, tuple[int, int, int, int] | None, bool]] = []
    for a, b in parts:
        c = _Compact(text, a, b)
        s = c.s
        comrade = s.endswith("同志") and len(s) > 3
        if comrade:
            s = s[:-2]
        sp = split_name_post(s) if s else None
        if sp is None and comrade and long_name(s, shortest=3):  # ``格绒拉姆同志``, ``其其格同志``: 同志 marks a name
            sp = (0, len(s), len(s), len(s))
        found.append((c, s, sp, comrade))
    # Bare names stand among other people and posts (``副县长李四、王五``), but not among
    # units or fields (``公安、市场监管等部门``): there only those marked 同志 count.
    all_people = all(sp is not None or _post_only(s) for _, s, sp, _ in found)
    if not all_people:  # (nor a unit through its head there, ``和平里社区主要负责人``: no 和平 with a post)
        found = [(c, s, None if sp and (sp[2] == sp[3] or _THROUGH_HEAD.search(s)) and not comrade else sp, comrade)
                 for c, s, sp, comrade in found]
    out: list[PersonSpan] = []
    pending: list[tuple[int, int]] = []  # posts seen before the next name
    last_name_first = False
    for c, s, sp, _ in found:
        bm = re.match(rf"^([{HAN}]{{2,4}}?)(同志)?[(（]([^)）]+)[)）]$", s)
        if bm and (is_name(bm.group(1), strict=True) or (bm.group(2) and long_name(bm.group(1), shortest=3))):
            p = PersonSpan(c.span(0, bm.end(1)))
            ta, tb = c.span(bm.start(3), bm.end(3))
            p.titles = title_spans(text, ta, tb)
            out.append(p)
            pending, last_name_first = [], True
            continue
        if sp is None:
            if s and out and last_name_first and not pending and _post_only(s):
                out[-1].titles.append(c.span(0, len(s)))
            elif s:
                pending.append(c.span(0, len(s)))
            continue
        n_lo, n_hi, p_lo, p_hi = sp
        person = PersonSpan(c.span(n_lo, n_hi))
        person.titles = [t for t in pending if _post_only(text[t[0] : t[1]])]
        if p_hi > p_lo:
            person.titles.append(c.span(p_lo, p_hi))
        out.append(person)
        last_name_first = n_lo == 0 and p_hi > p_lo
        pending = []
    return out


def _split_people_conj(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``县政府办副主任曹峻铭和县环保局局长何涵德`` -> two people; ``人力资源和社会保障局局长X`` stays one."""
    for i in range(lo + 2, hi - 1):
        if text[i] not in "和及与":
            continue
        left, right = compact(text[lo:i]), compact(text[i + 1 : hi])
        sl, sr = split_name_post(left), split_name_post(right)
        if sl and sr and sl[0] != sl[1] and sr[0] != sr[1] and (sl[1] == len(left) or sl[3] == len(left)):
            return [(lo, i), *_split_people_conj(text, i + 1, hi)]
        if sl and sl[0] != sl[1] and sl[1] == len(left) and _post_only(right) and not sr:
            # ``副局长陈宝銮和局党组成员、…主任黄文渊``: a name, then the next person's first post
            return [(lo, i), (i + 1, hi)]
    return [(lo, hi)]


def _post_only(s: str) -> bool:
    lex = names()
    t = compact(s)
    return bool(t) and bool(lex.post_end_re.search(t) or t[-1] in lex.post_end_chars)
