"""One ticket's life, from acceptance to close: the story behind its feed events.

Most tickets go straight: dispatched → signed (or on site, when urgent) → replied →
closed. The rest are the cases the console exists for:

- misdispatch: the center picks a wrong unit, which returns it (jurisdiction) or
  transfers it on to the right one; two units, one pass: not shuffled;
- shirk: the right unit returns it (or passes it away and gets it back); the center
  sends it back to that unit: shuffled;
- relay: returned by one wrong unit, transferred on by another: three units, shuffled;
- dispute: the lead and its usual partner both return it for jurisdiction; the center
  coordinates and names the lead, the partner as co-unit: shuffled and disputed;
- reopened: the citizen is not satisfied and the closed ticket comes back;
- the return visit (回访): most closed tickets get a call a day or so later and a
  rating; a unit's manner shows in it (prompt units please more than slow ones or
  shufflers), and a late reply or a ticket passed around sours it. A ticket that comes
  back was rated unsatisfied first.

Non-urgent tickets are dispatched in office hours (the center holds night calls for the
morning); urgent ones at once, day or night.
"""

from __future__ import annotations

import random
from typing import Any

from console.simulator import citizens, rhythm
from console.simulator.city import UNITS, District, Unit, address, resolve_unit
from console.simulator.people import PROFILES, Profile, load_factor, minutes
from console.simulator.rhythm import BUSY, Draft
from console.simulator.simtime import DAY, HOUR, MINUTE, Moments, hour_of, next_morning
from console.simulator.topics import Topic

Event = dict[str, Any]
Timed = tuple[int, Event]

MISDISPATCH = 0.045  # the center's own routing errors
DISPUTE = 0.045  # of tickets whose topic has a usual partner unit
RELAY = 0.004
REOPEN = {"complaint": 0.02, "help": 0.015, "report": 0.015}
REOPEN_OTHER = 0.004
SITE_VISIT = 0.35  # non-urgent complaints / help / reports that get a site visit
LONG_DEADLINE = 0.15  # wage arrears, illegal building: the center may agree 5 days
REPLY_HOURS = {"consultation": 24, "suggestion": 24}  # others 48 h; praise none
MIN_GAP = 20  # seconds between two events of one ticket, so their order is plain
VISITED = 0.7  # closed tickets the center calls back (回访)
# chance a visit ends satisfied or basic, by the unit's profile
PLEASED = {"prompt": 0.95, "steady": 0.9, "slow": 0.8, "overloaded": 0.84, "shuffler": 0.74,
           "emergency": 0.94}  # fmt: skip
SOURED = 0.25  # less when the reply was late or the ticket was passed around
LINGER_DAYS = 3  # median days a lingering reply comes after its deadline (see ``play``)

_DEPARTMENTS = tuple(u for u in UNITS if u.kind == "department")
_PRAISED = tuple(u for u in UNITS if u.kind != "emergency")

_JURISDICTION_NOTES = ("非本单位职责，请重新派单", "该事项不属于本单位管辖范围")
_INFO_NOTES = ("地址不详，请补充具体位置", "诉求不明确，无法联系来电人核实")
_OTHER_NOTES = ("该诉求涉及多个部门，请中心协调", "重复工单，已在办理中")
_UNSATISFIED_NOTES = ("问题没有解决", "办理态度敷衍", "回复与实际情况不符", "等待时间太长")


def play(moments: Moments, draft: Draft, linger: float = 0.0) -> list[Timed]:
    """Every feed event of one ticket, in order, as (simulated second, event).

    ``linger``: the share of late replies that drag on for days instead of hours (the unit
    lets the ticket lie: what the urge and escalation steps are for). 0, the feed's and
    its targets', leaves every story as it was; the demo asks for some.
    """
    story = _Story(moments, draft, linger)
    story.run()
    return story.events


class _Story:
    def __init__(self, moments: Moments, draft: Draft, linger: float = 0.0) -> None:
        self.rng = rng = random.Random(draft.seed)
        self.linger = linger
        self.seed = draft.seed
        # return visits draw from a stream of their own: the rest of the story stays as
        # it was before visits were simulated
        self.visits = random.Random(f"visit:{draft.seed}")
        self.troubled = False  # late reply, or passed from unit to unit
        self.moments = moments
        self.number = draft.number
        self.t0 = draft.t0
        self.surge = draft.surge
        self.events: list[Timed] = []
        self.last_t = -MIN_GAP
        self.topic: Topic = rhythm.topic(rng, draft.surge)
        self.category = self.topic.category
        self.urgent = rng.random() < self.topic.urgent
        self.district: District = rhythm.district(rng)
        self.reply_due: int | None = None
        if self.category != "praise":
            self.reply_due = self.t0 + REPLY_HOURS.get(self.category, 48) * HOUR

    # --- writing events -------------------------------------------------------------

    def emit(self, t: float, kind: str, fields: Event | None = None) -> int:
        moment = max(int(t), self.last_t + MIN_GAP)
        event: Event = {
            "event": kind,
            "ticket": self.number,
            "at": self.moments.iso(moment),
            "id": f"{self.number}:{len(self.events) + 1}",
        }
        if fields:
            event.update(fields)
        self.events.append((moment, event))
        self.last_t = moment
        return moment

    def created(self) -> None:
        rng, topic = self.rng, self.topic
        channel = rhythm.channel(rng)
        fields: Event = {"category": self.category, "urgent": self.urgent}
        place = ""
        where: Event = {}
        if topic.located:
            full, place = address(rng, self.district)
            where = {"district": self.district.name, "address": full}
        elif rng.random() < 0.4:
            where = {"district": self.district.name}
        title, detail = rng.choice(topic.cases)
        detail = detail.format(place=place)
        if channel != "phone":
            detail = detail.replace("来电人", "网民", 1)
        fields["title"] = title.format(place=place)
        fields["description"] = f"{detail}。诉求：{rng.choice(topic.asks)}"
        fields["channel"] = channel
        fields.update(where)
        person = citizens.citizen(rng)
        if person is not None:
            fields["citizen"] = person
        if topic.key in ("wage_arrears", "illegal_building") and rng.random() < LONG_DEADLINE:
            self.reply_due = self.t0 + 5 * DAY
            fields["reply_due"] = self.moments.iso(self.reply_due)
        self.emit(self.t0, "created", fields)

    def dispatch(self, t: float, unit: Unit, co_units: tuple[Unit, ...] = ()) -> int:
        fields: Event = {"unit": unit.code, "unit_name": unit.name, "unit_kind": unit.kind}
        if co_units:
            fields["co_units"] = [u.code for u in co_units]
        return self.emit(t, "dispatched", fields)

    # --- time ----------------------------------------------------------------------

    def load(self, profile: Profile, t: float) -> float:
        return load_factor(profile, BUSY[hour_of(int(t))], self.surge)

    def office(self, t: float) -> float:
        """Non-urgent work waits for office hours (8 am – 9 pm)."""
        hour = hour_of(int(t))
        if hour >= 21 or hour < 8:
            return next_morning(int(t), 8) + self.rng.uniform(0, 90 * MINUTE)
        return t

    def center(self, t: float) -> float:
        """When the center (re)dispatches after acceptance or a return."""
        if self.urgent:
            return t + minutes(self.rng, 2.5, 0.4) * MINUTE
        t += minutes(self.rng, 6, 0.6) * MINUTE
        hour = hour_of(int(t))
        if hour >= 22 or hour < 7:
            return next_morning(int(t), 7.75) + self.rng.uniform(0, 40 * MINUTE)
        return t

    # --- what units do -------------------------------------------------------------

    def sign(self, unit: Unit, t: float) -> int:
        profile = PROFILES[unit.profile]
        delay = minutes(self.rng, profile.sign_median * self.load(profile, t), profile.sign_sigma)
        return self.emit(t + delay * MINUTE, "signed", {"unit": unit.code})

    def pass_on(self, unit: Unit, t: float) -> float:
        """When a unit that will not keep the ticket sends it on (it may sign first)."""
        profile = PROFILES[unit.profile]
        if not self.urgent and self.rng.random() < 0.3:
            t = self.sign(unit, t) + minutes(self.rng, 40, 0.8) * MINUTE
        else:
            t += minutes(self.rng, 15 * self.load(profile, t), 0.7) * MINUTE
        return t if self.urgent else self.office(t)

    def give_back(self, unit: Unit, t: float, reason: str, note: str) -> float:
        """The unit returns the ticket (退单); the center has it again."""
        fields = {"unit": unit.code, "reason": reason, "note": note}
        return self.center(self.emit(self.pass_on(unit, t), "returned", fields))

    def transfer(self, unit: Unit, t: float, to: Unit) -> int:
        fields = {"from": unit.code, "to": to.code, "to_name": to.name}
        return self.emit(self.pass_on(unit, t), "transferred", fields)

    def handle(self, unit: Unit, t: float, *, reopened: bool = False) -> None:
        """The unit that keeps the ticket: sign / on site, reply, and the center closes."""
        rng, profile = self.rng, PROFILES[unit.profile]
        if self.urgent:
            if rng.random() < 0.5:
                self.emit(t + minutes(rng, 2, 0.5) * MINUTE, "signed", {"unit": unit.code})
            delay = minutes(
                rng, profile.onsite_median * self.load(profile, t), profile.onsite_sigma
            )
            done: float = self.emit(t + delay * MINUTE, "onsite", {"unit": unit.code})
        else:
            done = self.sign(unit, t)
            visit = self.category in ("complaint", "help", "report") and self.topic.located
            if visit and rng.random() < SITE_VISIT:
                on_site = self.office(done + minutes(rng, 120, 0.8) * MINUTE)
                done = self.emit(on_site, "onsite", {"unit": unit.code})
        if self.reply_due is not None:
            done = self.emit(self.reply_time(profile, done, reopened), "replied", {
                "unit": unit.code, "note": rng.choice(self.topic.replies)})  # fmt: skip
            self.troubled |= done > self.reply_due
        closed = self.emit(self.office(done + minutes(rng, 120, 1.0) * MINUTE), "closed")
        if not reopened:
            self.maybe_reopen(unit, closed)
        else:
            self.visit(unit, closed)

    def reply_time(self, profile: Profile, ready: float, reopened: bool) -> float:
        rng = self.rng
        due = self.reply_due
        assert due is not None
        if reopened or self.urgent or ready + 10 * MINUTE >= due:
            return self.office(ready + minutes(rng, 90, 0.8) * MINUTE)
        late = profile.late_reply * self.load(profile, ready)
        if rng.random() < late:
            hours_late = due + minutes(rng, 240, 1.0) * MINUTE
            # a stream of its own, drawn only here: with no lingering every story stays
            # as it was, draw for draw
            lingers = random.Random(f"linger:{self.seed}") if self.linger else None
            if lingers is not None and lingers.random() < self.linger:
                return self.office(due + minutes(lingers, LINGER_DAYS * 24 * 60, 0.6) * MINUTE)
            return hours_late
        answer = ready + (due - ready) * rng.triangular(0.02, 0.95, profile.reply_share)
        in_office = self.office(answer)
        return in_office if in_office <= due else answer

    def visit(self, unit: Unit, closed: int, before: float | None = None) -> None:
        """The return visit (回访) of a closed ticket; ``before``: the ticket comes back
        then, so the visit is earlier and unsatisfied."""
        v = self.visits
        if before is None:
            if v.random() >= VISITED:
                return
            t = closed + minutes(v, 18 * 60, 0.6) * MINUTE
            if not 9 <= hour_of(int(t)) < 18:  # the visit team calls in office hours
                t = next_morning(int(t), 9) + v.uniform(0, 8 * HOUR)
            pleased = PLEASED[unit.profile] - (SOURED if self.troubled else 0.0)
            r = v.random()
            rating = "unsatisfied" if r >= pleased else "basic" if r >= 0.7 * pleased else (
                "satisfied")  # fmt: skip
        else:
            t = closed + (before - closed) * v.uniform(0.2, 0.7)
            rating = "unsatisfied"
        fields: Event = {"rating": rating}
        if rating == "unsatisfied":
            fields["note"] = v.choice(_UNSATISFIED_NOTES)
        self.emit(t, "rated", fields)

    def maybe_reopen(self, unit: Unit, closed: int) -> None:
        if self.rng.random() >= REOPEN.get(self.category, REOPEN_OTHER):
            self.visit(unit, closed)
            return
        t = self.office(closed + minutes(self.rng, 20 * 60, 0.6) * MINUTE)
        self.visit(unit, closed, before=t)
        t = self.emit(t, "reopened", {"note": "市民对办理结果不满意，要求重新办理"})
        t = self.dispatch(self.center(t), unit)
        self.handle(unit, t, reopened=True)

    # --- the story -----------------------------------------------------------------

    def other_department(self, *exclude: Unit) -> Unit:
        while True:
            unit = self.rng.choice(_DEPARTMENTS)
            if unit not in exclude:
                return unit

    def run(self) -> None:
        self.created()
        lead, partner = self.units()
        t = self.center(self.t0)
        routine = self.urgent or self.category == "praise"  # straight to the right unit
        stories = (
            (self.dispute, DISPUTE * (2 if lead.profile == "shuffler" else 1) if partner else 0),
            (self.misdispatch, 0.0 if routine else MISDISPATCH),
            (self.shirk, PROFILES[lead.profile].shirk),
            (self.relay, 0.0 if routine else RELAY),
        )
        r = self.rng.random()
        for story, chance in stories:
            if r < chance:
                story(t, lead, partner)
                return
            r -= chance
        self.handle(lead, self.dispatch(t, lead))

    def units(self) -> tuple[Unit, Unit | None]:
        """The unit that should handle the ticket, and the one it is disputed with."""
        topic = self.topic
        if topic.unit == "*":
            lead = self.rng.choice(_PRAISED)
        else:
            ref = topic.urgent_unit if self.urgent and topic.urgent_unit else topic.unit
            lead = resolve_unit(ref, self.district)
        partner = None
        if topic.partner and not self.urgent:
            partner = resolve_unit(topic.partner, self.district)
        return lead, (partner if partner != lead else None)

    def dispute(self, t: float, lead: Unit, partner: Unit | None) -> None:
        assert partner is not None
        self.troubled = True
        t = self.dispatch(t, lead)
        t = self.give_back(lead, t, "jurisdiction", f"该事项应由{partner.name}负责")
        t = self.dispatch(t, partner)
        t = self.give_back(partner, t, "jurisdiction", f"该事项应由{lead.name}负责")
        # the center coordinates (协调) and names a lead (主办) and co-unit (协办)
        t = self.office(t + self.rng.uniform(1, 6) * HOUR)
        self.handle(lead, self.dispatch(t, lead, (partner,)))

    def misdispatch(self, t: float, lead: Unit, partner: Unit | None) -> None:
        wrong = partner or self.other_department(lead)
        t = self.dispatch(t, wrong)
        if self.rng.random() < 0.6:
            t = self.give_back(wrong, t, "jurisdiction", self.rng.choice(_JURISDICTION_NOTES))
            t = self.dispatch(t, lead)
        else:
            t = self.transfer(wrong, t, lead)
        self.handle(lead, t)

    def shirk(self, t: float, lead: Unit, partner: Unit | None) -> None:
        rng = self.rng
        self.troubled = True
        t = self.dispatch(t, lead)
        if rng.random() < 0.7:  # returned, and the center sends it straight back
            reason = rng.choices(("jurisdiction", "other", "info_missing"), (45, 35, 20))[0]
            notes = {"jurisdiction": _JURISDICTION_NOTES, "other": _OTHER_NOTES}
            note = rng.choice(notes.get(reason, _INFO_NOTES))
            t = self.dispatch(self.give_back(lead, t, reason, note), lead)
        else:  # ping-pong: passed away, passed back
            away = partner or self.other_department(lead)
            t = self.transfer(away, self.transfer(lead, t, away), lead)
        self.handle(lead, t)

    def relay(self, t: float, lead: Unit, partner: Unit | None) -> None:
        self.troubled = True
        first = self.other_department(lead)
        second = partner if partner not in (None, first) else None
        second = second or self.other_department(lead, first)
        t = self.dispatch(t, first)
        t = self.dispatch(self.give_back(first, t, "other", self.rng.choice(_OTHER_NOTES)), second)
        self.handle(lead, self.transfer(second, t, lead))
