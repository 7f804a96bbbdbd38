"""People of a group shot, named one by one as dead in the sentences after it: "Five people were
shot at a party. Ann Lee, 19, died at the scene. Bo Park, 22, died Monday at a hospital." The five
are the people shot (the evaluation's shot less the dead) and each person named dead is one of the
dead, not only the first, whom referred_victims counts (two names or more: one alone may be someone
else's death, which shot_then_died judges). A toll told before the group in a sentence
of its own ("A second person has died after …") already counts them: the group is then the people
shot, and no death is added.
"""

from __future__ import annotations

from summarizer.rules import victims
from summarizer.rules.figure_drafts import HARMS, FigureDraft
from summarizer.rules.implicit_victims import people_draft
from summarizer.rules.shot_and_dead import is_shot_group, mark_shot
from summarizer.text.added_counts import ALSO, HURT_ENDS, ordinal_toll
from summarizer.text.regex import compiled
from summarizer.text.segments import Sentence

__all__ = ["named_dead"]

_REACH = 3  # sentences after the group
# a person's name, not a pronoun nor a description ("the victim", "a man")
_NAME = compiled(r"(?!(?:The|A|An|He|She|They|His|Her|One|Another)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")


def named_dead(view: str, sentences: list[Sentence], drafts: list[FigureDraft]) -> list[FigureDraft]:
    """For a count of people shot (two or more) followed within three sentences by people named
    dead, each by a name of their own (not the same surname twice), two or more (one when a toll
    told before counts them), fewer than the people shot:
    relabel the count (in place) as the people shot, and return the named dead that no count of the
    dead after the group tells, labelled as one more each ("people also killed"). Not when another
    count of a harm comes between the group and a death, nor when the group's own sentence tells its
    dead ("Two people were killed and five were shot"). ``drafts`` is in text order."""
    out: list[FigureDraft] = []
    for i, group in enumerate(drafts):
        if group.value < 2 or group.roundup or group.value_max is not None:
            continue
        if not (
            (group.category == "injured" and is_shot_group(view, group))
            or (group.category == "other" and group.label.endswith(HURT_ENDS))
        ):
            continue
        later = [s for s in sentences if group.sentence < s.index <= group.sentence + _REACH]
        if not later:
            continue
        after = [d for d in drafts[i + 1 :] if d.sentence <= group.sentence + _REACH]
        named = _named_dead(view, later, after)
        if not named or len(named) >= group.value:
            continue
        before = [d for d in drafts[:i] if d.category == "killed"]
        if len(named) < (1 if before else 2):
            continue  # one name alone may be someone else ("… Dana Reyes died, while a clerk was hurt")
        if any(d.sentence == group.sentence or (ordinal_toll(d.text) or d.value) < len(named) for d in before):
            continue  # the dead told beside the group ("two killed and five shot"), or fewer than named
        if group.category == "injured":
            mark_shot(view, group)
        if before:
            continue  # "A second person has died … Five people were shot": the lead counts them
        told = sum(d.value for d in after if d.category == "killed")
        for m in named:
            if told >= len(named):
                break
            if any(d.span[0] <= m.span[0] < d.span[1] for d in after):
                continue
            d = people_draft(view, m.span, "killed", m.sentence)
            d.label = f"{ALSO}killed"
            out.append(d)
            told += 1
    return out


def _named_dead(view: str, later: list[Sentence], after: list[FigureDraft]) -> list[victims.Mention]:
    """The people named dead in the sentences ``later``, each once, up to the first count of a harm
    that is not of them (a count of the hurt, or of the dead by a number)."""
    stop = next(
        (d.span[0] for d in after if d.category in HARMS and not (d.category == "killed" and d.value == 1)),
        len(view),
    )
    out: list[victims.Mention] = []
    surnames: set[str] = set()
    for m in victims.mentions(view, later):
        if m.span[0] >= stop:
            break
        text = view[m.span[0] : m.span[1]]
        if m.category != "killed" or _NAME.fullmatch(text) is None:
            continue
        surname = text.split()[-1].lower()
        if surname not in surnames:
            surnames.add(surname)
            out.append(m)
    return out
